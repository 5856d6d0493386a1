import { latestTimeMs } from '../clock.ts';
import type { TwoSmsMessageRecord } from './records.ts';

/** "None" for the update's group ids. */
export const zeroGuid = '00000000-0000-0000-0000-000000000000';

export function sendsSms(channel: number): boolean {
  // 2 = SMS, 3 = e-mail and SMS; any other unpublished value is taken as SMS, e-mail (1) is not.
  return channel !== 1;
}

export function sendsEmail(channel: number): boolean {
  return channel === 1 || channel === 3;
}

/**
 * An optional ISO 8601 date-time: its epoch ms, null when absent, 'invalid' when unreadable or
 * past 9999-12-31 (the last date .NET's `DateTime` holds).
 */
export function parseDate(value: string | undefined): number | null | 'invalid' {
  if (value === undefined) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) || ms > latestTimeMs ? 'invalid' : ms;
}

const dateTimeFormat = 'expected an ISO 8601 date-time that exists, e.g. 2030-01-15T09:00:00Z';

/**
 * The first of `dates` (name → text as sent) that is present but no date: its name and what was
 * expected, for a refusal that names it.
 */
export function invalidDate(
  dates: readonly (readonly [string, string | undefined])[],
): { readonly name: string; readonly reason: string } | undefined {
  for (const [name, value] of dates) {
    if (parseDate(value) === 'invalid') {
      return { name, reason: `${dateTimeFormat}, up to 9999-12-31, got ${JSON.stringify(value)}` };
    }
  }
  return undefined;
}

export function isExpired(message: TwoSmsMessageRecord, now: number): boolean {
  return message.expiredAt !== null || (message.expiresAt !== null && now >= message.expiresAt);
}

export function isSent(message: TwoSmsMessageRecord, now: number): boolean {
  return message.cancelledAt === null && now >= message.sendAt;
}
