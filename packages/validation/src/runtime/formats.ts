// The `format` checks the specs use. They read characters, not regular expressions, because
// date-time is on the hot path of every response (ajv-formats' regex spent most of ajv's time).

/** RFC 4122 text form: 8-4-4-4-12 hex digits, either case, any version. */
export function isUuid(text: string): boolean {
  if (text.length !== 36) return false;
  for (let index = 0; index < 36; index++) {
    const code = text.charCodeAt(index);
    if (index === 8 || index === 13 || index === 18 || index === 23) {
      if (code !== 0x2d) return false;
    } else if (!isHexDigit(code)) {
      return false;
    }
  }
  return true;
}

/**
 * RFC 3339 `date-time`: `YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM)`, `T` and `Z` in either case, the
 * day within its month (29 February only in leap years), and second 60 only for a leap second:
 * at 23:59 UTC of a day in the IERS table.
 */
export function isDateTime(text: string): boolean {
  // The shortest form is `YYYY-MM-DDTHH:MM:SSZ`.
  if (text.length < 20) return false;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const separator = text.charCodeAt(10);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  if (
    year < 0 ||
    text.charCodeAt(4) !== 0x2d ||
    text.charCodeAt(7) !== 0x2d ||
    (separator !== 0x54 && separator !== 0x74) ||
    text.charCodeAt(13) !== 0x3a ||
    text.charCodeAt(16) !== 0x3a ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month) ||
    hour < 0 ||
    hour > 23 ||
    minute < 0 ||
    minute > 59 ||
    second < 0 ||
    second > 60
  ) {
    return false;
  }
  let index = 19;
  if (text.charCodeAt(index) === 0x2e) {
    const start = ++index;
    while (index < text.length && isDigit(text.charCodeAt(index))) index++;
    if (index === start) return false;
  }
  let offsetMinutes = 0;
  const zone = text.charCodeAt(index);
  if (zone === 0x5a || zone === 0x7a) {
    if (index + 1 !== text.length) return false;
  } else if (zone === 0x2b || zone === 0x2d) {
    if (index + 6 !== text.length || text.charCodeAt(index + 3) !== 0x3a) return false;
    const offsetHour = digits(text, index + 1, 2);
    const offsetMinute = digits(text, index + 4, 2);
    if (offsetHour < 0 || offsetHour > 23 || offsetMinute < 0 || offsetMinute > 59) return false;
    offsetMinutes = (zone === 0x2b ? 1 : -1) * (offsetHour * 60 + offsetMinute);
  } else {
    return false;
  }
  return second !== 60 || isLeapSecond(year, month, day, hour * 60 + minute - offsetMinutes);
}

/** RFC 3339 `full-date`: `YYYY-MM-DD` with the day within its month. */
export function isDate(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 0x2d || text.charCodeAt(7) !== 0x2d) {
    return false;
  }
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Whether a local time with second 60 is a leap second: its UTC minute (`utcMinuteOfDay`, the
 * local minute of the day minus the offset, possibly outside 0..1439) must be 23:59 of a day in
 * the leap-second table.
 */
function isLeapSecond(year: number, month: number, day: number, utcMinuteOfDay: number): boolean {
  // The table starts in 1960 (an offset moves the day by one at most); this also keeps Date.UTC
  // away from years 0..99, which it reads as 1900..1999.
  if (year < 1959) return false;
  const utc = new Date(Date.UTC(year, month - 1, day, 0, utcMinuteOfDay));
  if (utc.getUTCHours() !== 23 || utc.getUTCMinutes() !== 59) return false;
  const key = utc.getUTCFullYear() * 10000 + (utc.getUTCMonth() + 1) * 100 + utc.getUTCDate();
  return leapSecondDays.has(key);
}

/** Days whose last minute had a 61st second (IERS Bulletin C; the same table as json-schema-formats). */
const leapSecondDays = new Set([
  19601231, 19610731, 19611231, 19631031, 19631231, 19640331, 19640831, 19641231, 19650228,
  19650630, 19650831, 19651231, 19680131, 19711231, 19720630, 19721231, 19731231, 19741231,
  19751231, 19761231, 19771231, 19781231, 19791231, 19810630, 19820630, 19830630, 19850630,
  19871231, 19891231, 19901231, 19920630, 19930630, 19940630, 19951231, 19970630, 19981231,
  20051231, 20081231, 20120630, 20150630, 20161231,
]);

/** The number written by `count` ASCII digits at `start`, or -1 if any of them is not a digit. */
function digits(text: string, start: number, count: number): number {
  let value = 0;
  for (let index = start; index < start + count; index++) {
    const code = text.charCodeAt(index);
    if (!isDigit(code)) return -1;
    value = value * 10 + (code - 0x30);
  }
  return value;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isHexDigit(code: number): boolean {
  return isDigit(code) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);
}
