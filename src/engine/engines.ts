// The registry of calendar implementations a user can pick with `--engine`.
// Node-only (the simjs calendar reads its bundle from disk); the browser uses HeapCalendar.

import type { CalendarFactory, CalendarOptions } from './calendar.js';
import { HeapCalendar } from './heap-calendar.js';
import { SimjsCalendar } from './simjs/simjs-calendar.js';

/** Every calendar implementation, by the name users pass to `--engine`. */
export const engines = {
  recepsim: (options?: CalendarOptions) => new HeapCalendar(options),
  simjs: (options?: CalendarOptions) => new SimjsCalendar(options),
} satisfies Record<string, CalendarFactory>;

/** Name of an available calendar implementation. */
export type EngineName = keyof typeof engines;

/** The engine used unless the user asks for another: the faster one (see bench/). */
export const DEFAULT_ENGINE: EngineName = 'recepsim';

