import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../../src/model/observed.js';
import {
  normaliseName,
  parseClockSec,
  parseDateDay,
  parseDateTime,
  parseDurationSec,
  parseNumber,
  weekdayOfDay,
} from '../../../../src/io/csv/cells.js';

describe('cells', () => {
  it('normalises header names: case, accents, punctuation', () => {
    expect(normaliseName(' Duración (s) ')).toBe('duracion s');
    expect(normaliseName('Nº citas')).toBe('n citas');
    expect(normaliseName('Tiempo_de-ESPERA')).toBe('tiempo de espera');
  });

  it('reads numbers with a decimal point or comma, and thousands groups', () => {
    expect(parseNumber('12')).toBe(12);
    expect(parseNumber('12,5')).toBe(12.5);
    expect(parseNumber('12.5')).toBe(12.5);
    expect(parseNumber('1.234,5')).toBe(1234.5);
    expect(parseNumber('1,234.5')).toBe(1234.5);
    expect(parseNumber('-3')).toBe(-3);
    for (const bad of ['', 'abc', '1,2,3', '12s', '1e5', ',']) expect(parseNumber(bad), bad).toBeUndefined();
  });

  it('reads durations in seconds, mm:ss and hh:mm:ss, and a plain number in the header unit', () => {
    expect(parseDurationSec('75')).toBe(75);
    expect(parseDurationSec('75,5')).toBe(75.5);
    expect(parseDurationSec('01:15')).toBe(75);
    expect(parseDurationSec('1:02:03')).toBe(3723);
    expect(parseDurationSec('00:00:07,5')).toBe(7.5);
    expect(parseDurationSec('2,5', 60)).toBe(150);
    expect(parseDurationSec('-00:05')).toBe(-5);
    for (const bad of ['', '1:75', '1:60:00', 'abc', '1::2']) expect(parseDurationSec(bad), bad).toBeUndefined();
  });

  it('reads clock times with or without seconds', () => {
    expect(parseClockSec('9:05')).toBe(9 * 3600 + 300);
    expect(parseClockSec('09:05:33')).toBe(9 * 3600 + 333);
    expect(parseClockSec('23:59:59.5')).toBe(86399.5);
    for (const bad of ['24:00', '9', '9:5', '09:60', 'nine']) expect(parseClockSec(bad), bad).toBeUndefined();
  });

  it('reads dd/mm/yyyy and ISO dates, and refuses dates that do not exist', () => {
    const day = parseDateDay('2024-03-04')!;
    expect(isoDate(day)).toBe('2024-03-04');
    expect(weekdayOfDay(day)).toBe(0); // a Monday
    expect(parseDateDay('04/03/2024')).toBe(day);
    expect(parseDateDay('4-3-24')).toBe(day);
    expect(parseDateDay('04.03.2024')).toBe(day);
    expect(parseDateDay('2024/03/04')).toBe(day);
    expect(weekdayOfDay(parseDateDay('10/03/2024')!)).toBe(6); // a Sunday
    for (const bad of ['31/02/2024', '2024-13-01', '03/15/2024', '2024-03', 'ayer']) expect(parseDateDay(bad), bad).toBeUndefined();
  });

  it('reads a date and a time in one cell', () => {
    const day = parseDateDay('2024-03-04')!;
    expect(parseDateTime('04/03/2024 09:15')).toEqual({ day, sec: 9 * 3600 + 900 });
    expect(parseDateTime('2024-03-04T09:15:30Z')).toEqual({ day, sec: 9 * 3600 + 930 });
    expect(parseDateTime('09:15')).toBeUndefined();
  });
});
