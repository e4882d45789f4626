// Reading one cell of an exported CSV as people and spreadsheets write it: decimal commas,
// dd/mm/yyyy or ISO dates, clock times with or without seconds, durations in seconds, mm:ss or
// hh:mm:ss. Each reader returns undefined for a cell it cannot read; the caller says what was
// expected. Pure functions, no allocation on the common path beyond what a regex needs.

const SEC_PER_DAY = 86_400;
const MS_PER_DAY = SEC_PER_DAY * 1000;

/** Lower case, accents dropped, every run of other characters one space: "Duración (s)" → "duracion s". */
export function normaliseName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * A number written with a decimal point or a decimal comma. With both, the last one is the decimal
 * separator and the other groups thousands ("1.234,5" and "1,234.5" are 1234.5).
 */
export function parseNumber(text: string): number | undefined {
  // Fast path, most cells: digits with at most one '.' or ','.
  let separator = -1;
  let plain = text.length > 0;
  for (let i = 0; i < text.length && plain; i++) {
    const code = text.charCodeAt(i);
    if (code === 44 || code === 46) {
      if (separator >= 0 || text.length === 1) plain = false;
      separator = i;
    } else if (code < 48 || code > 57) plain = false;
  }
  if (plain) return Number(separator >= 0 && text.charCodeAt(separator) === 44 ? `${text.slice(0, separator)}.${text.slice(separator + 1)}` : text);
  let cleaned = text;
  const comma = text.lastIndexOf(',');
  const point = text.lastIndexOf('.');
  if (comma >= 0 && point >= 0) {
    cleaned = comma > point ? text.replace(/\./g, '').replace(',', '.') : text.replace(/,/g, '');
  } else if (comma >= 0) {
    if (text.indexOf(',') !== comma) return undefined;
    cleaned = text.replace(',', '.');
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return undefined;
  return Number(cleaned);
}

/**
 * A duration in seconds: "75", "75,5" (a plain number counts in `plainUnitSec` seconds: 1, or 60
 * when the column header says minutes), "1:15" (mm:ss), "0:01:15" (hh:mm:ss), with optional
 * fractional seconds. A leading minus is kept, so the caller can say a duration was negative.
 */
export function parseDurationSec(text: string, plainUnitSec = 1): number | undefined {
  if (!text.includes(':')) {
    const value = parseNumber(text);
    return value === undefined ? undefined : value * plainUnitSec;
  }
  const match = /^(-?)(?:(\d+):)?(\d+):(\d{1,2}(?:[.,]\d+)?)$/.exec(text);
  if (match === null) return undefined;
  const [, sign, hours, minutes, seconds] = match;
  const secondsValue = Number(seconds.replace(',', '.'));
  if (secondsValue >= 60 || (hours !== undefined && Number(minutes) >= 60)) return undefined;
  const total = Number(hours ?? 0) * 3600 + Number(minutes) * 60 + secondsValue;
  return sign === '-' ? -total : total;
}

/** A clock time "9:05", "09:05" or "09:05:33" (fractions of a second allowed) as seconds after midnight. */
export function parseClockSec(text: string): number | undefined {
  // Fast path, most cells: "h:mm:ss" or "hh:mm:ss".
  const colon = text.indexOf(':');
  if ((colon === 1 || colon === 2) && text.length === colon + 6 && text.charCodeAt(colon + 3) === 58) {
    const hours = digitsAt(text, 0, colon);
    const minutes = digitsAt(text, colon + 1, 2);
    const seconds = digitsAt(text, colon + 4, 2);
    if (hours >= 0 && hours <= 23 && minutes >= 0 && minutes <= 59 && seconds >= 0 && seconds <= 59) return hours * 3600 + minutes * 60 + seconds;
  }
  const match = /^(\d{1,2}):([0-5]\d)(?::([0-5]\d(?:[.,]\d+)?))?$/.exec(text);
  if (match === null) return undefined;
  const hours = Number(match[1]);
  if (hours > 23) return undefined;
  return hours * 3600 + Number(match[2]) * 60 + (match[3] === undefined ? 0 : Number(match[3].replace(',', '.')));
}

/**
 * A date as days since 1970-01-01: "dd/mm/yyyy" (also with '-' or '.', two-digit years as 20yy) or
 * ISO "yyyy-mm-dd" (also with '/'). Dates that do not exist (31/02/2024) are refused.
 */
export function parseDateDay(text: string): number | undefined {
  let year: number;
  let month: number;
  let day: number;
  let match = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(text);
  if (match !== null) {
    year = Number(match[1]);
    month = Number(match[2]);
    day = Number(match[3]);
  } else {
    match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text);
    if (match === null) return undefined;
    day = Number(match[1]);
    month = Number(match[2]);
    year = match[3].length === 2 ? 2000 + Number(match[3]) : Number(match[3]);
  }
  const ms = Date.UTC(year, month - 1, day);
  const date = new Date(ms);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return ms / MS_PER_DAY;
}

/** A date and a time in one cell ("04/03/2024 09:15", "2024-03-04T09:15:00"): day number and seconds. */
export function parseDateTime(text: string): { readonly day: number; readonly sec: number } | undefined {
  const split = text.search(/[T ]/);
  if (split < 0) return undefined;
  const day = parseDateDay(text.slice(0, split));
  const sec = parseClockSec(text.slice(split + 1).trim().replace(/(Z|[+-]\d{2}:?\d{2})$/, ''));
  return day === undefined || sec === undefined ? undefined : { day, sec };
}

/** The number written by `length` digits at `start` of `text`, or -1. */
function digitsAt(text: string, start: number, length: number): number {
  let value = 0;
  for (let i = start; i < start + length; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return -1;
    value = value * 10 + code - 48;
  }
  return value;
}

/** Weekday of a day number, Monday 0 … Sunday 6 (1970-01-01 was a Thursday). */
export function weekdayOfDay(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}
