import { latestTimeMs } from '../clock.ts';

const yearFirst = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const dayFirst = /^(\d{1,2})-(\d{1,2})-(\d{4})$/;
const epochMs = /^\d{10,}$/;

/**
 * Parses `options.timestamp_send` as the vendor documents it: digits separated by "-", the month
 * in the middle, year and day in either order ("2018-05-20", "20-05-2018"), read as midnight UTC
 * (the vendor names no time zone). The epoch-milliseconds string that responses carry is accepted
 * too, so a value read back can be sent again, up to the emulator's last date (9999-12-31; past
 * it no date can be written back). Anything else gives `undefined`.
 */
export function parseTimestampSend(value: string): number | undefined {
  const trimmed = value.trim();
  if (epochMs.test(trimmed)) {
    const ms = Number(trimmed);
    return ms <= latestTimeMs ? ms : undefined;
  }
  const ymd = yearFirst.exec(trimmed);
  const dmy = ymd ? undefined : dayFirst.exec(trimmed);
  const parts = ymd
    ? { year: ymd[1], month: ymd[2], day: ymd[3] }
    : dmy
      ? { year: dmy[3], month: dmy[2], day: dmy[1] }
      : undefined;
  if (!parts) return undefined;
  const year = Number(parts.year);
  const month = Number(parts.month);
  const day = Number(parts.day);
  const ms = Date.UTC(year, month - 1, day);
  const date = new Date(ms);
  // Date.UTC rolls 2018-02-31 over into March; a date that does not exist is refused instead.
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return undefined;
  }
  return ms;
}
