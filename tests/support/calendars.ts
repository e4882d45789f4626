import type { Calendar } from '../../src/engine/calendar.js';
import { engines, type EngineName } from '../../src/engine/engines.js';

/** Every engine, for tests that must hold on each calendar. */
export const engineNames = Object.keys(engines) as EngineName[];

/** A fresh calendar of the named engine. */
export function newCalendar(name: EngineName, maxEvents?: number): Calendar {
  return engines[name](maxEvents === undefined ? {} : { maxEvents });
}
