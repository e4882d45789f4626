// How big a run is, estimated from the scenario before anything is simulated: contacts, calendar
// events, memory and time. Upper-end estimates (every redial that may happen does), so that a
// run that would exhaust memory or take hours is refused or confirmed before it starts, not
// discovered after. The caller supplies the machine's limits: nothing here reads the process.

import type { ModelConfig, RateTable } from '../model/config.js';

const MIN_PER_HOUR = 60;
const MIN_PER_DAY = 24 * MIN_PER_HOUR;

// NOTE: measured on the example scenarios (tests/unit/analysis/run-size.test.ts keeps them
// honest): about 2.2 calendar events per contact, a replication's tallies ~40 KB in memory, a
// trace row ~280 bytes in memory and ~120 bytes of CSV, ~1 µs per event and ~0.3 ms to set up a
// day on one thread. The figures below are rounded up.
const EVENTS_PER_CONTACT = 3;
const EVENTS_PER_PERSON_DAY = 4;
const TALLY_BYTES_PER_REPLICATION = 64 * 1024;
const TRACE_ROW_BYTES_IN_MEMORY = 300;
const TRACE_ROW_CSV_BYTES = 130;
const BASE_MEMORY_BYTES = 200 * 1024 * 1024;
const SECONDS_PER_EVENT = 1.5e-6;
const SECONDS_PER_DAY_SETUP = 0.5e-3;
/** Share of a thread's speed each extra worker thread adds. */
const PARALLEL_EFFICIENCY = 0.8;

/** How to run: the thread count asked for, and whether every contact is kept for a trace. */
export interface RunShape {
  readonly workers: number;
  readonly trace: boolean;
}

/** The estimated size of a run. */
export interface RunSizeEstimate {
  /** Simulated days over all replications (steady state: one long period per replication). */
  readonly days: number;
  /** Contacts (call attempts, visitors, callbacks, messages) over the whole run; Infinity if unbounded. */
  readonly contacts: number;
  readonly events: number;
  /** Worker threads that will run (a trace runs in one). */
  readonly threads: number;
  readonly memoryBytes: number;
  /** Size of trace.csv (0 without a trace). */
  readonly traceBytes: number;
  readonly seconds: number;
}

/** Estimates the size of running `config` with `shape`. */
export function estimateRunSize(config: ModelConfig, shape: RunShape): RunSizeEstimate {
  const days = config.replications * config.days;
  const contactsPerDay = contactsPerDayOf(config);
  const contacts = contactsPerDay * days;
  const people = config.advisors.length + config.phoneDesk.length + (config.parts?.agents.length ?? 0);
  const events = contacts * EVENTS_PER_CONTACT + people * EVENTS_PER_PERSON_DAY * days;
  const threads = shape.trace ? 1 : Math.max(1, Math.min(shape.workers, config.replications));
  const speedUp = 1 + (threads - 1) * PARALLEL_EFFICIENCY;
  const traceBytes = shape.trace ? contacts * TRACE_ROW_CSV_BYTES : 0;
  const traceMemory = shape.trace ? contacts * TRACE_ROW_BYTES_IN_MEMORY + 2 * traceBytes : 0;
  return {
    days,
    contacts,
    events,
    threads,
    memoryBytes: BASE_MEMORY_BYTES + config.replications * TALLY_BYTES_PER_REPLICATION + traceMemory,
    traceBytes,
    seconds: (events * SECONDS_PER_EVENT + days * SECONDS_PER_DAY_SETUP) / speedUp,
  };
}

/**
 * The size of configurations run together on one pool (a sweep's points, a comparison's
 * variants): their days, contacts, events, time and tallies add up; the process's base memory
 * counts once.
 */
export function totalRunSize(estimates: readonly RunSizeEstimate[]): RunSizeEstimate {
  if (estimates.length === 0) return { days: 0, contacts: 0, events: 0, threads: 1, memoryBytes: BASE_MEMORY_BYTES, traceBytes: 0, seconds: 0 };
  return estimates.reduce((total, estimate) => ({
    days: total.days + estimate.days,
    contacts: total.contacts + estimate.contacts,
    events: total.events + estimate.events,
    threads: Math.max(total.threads, estimate.threads),
    memoryBytes: total.memoryBytes + estimate.memoryBytes - BASE_MEMORY_BYTES,
    traceBytes: total.traceBytes + estimate.traceBytes,
    seconds: total.seconds + estimate.seconds,
  }));
}

/** What this machine allows. */
export interface RunLimits {
  /** Memory the run may use, bytes. */
  readonly memoryBytes: number;
  /** Longest text one file can be built from, bytes. */
  readonly textBytes: number;
  /** Runs estimated longer than this need confirming, seconds. */
  readonly confirmAfterSec: number;
}

/** Whether a run of that size may start: yes, only if confirmed, or not at all. */
export type RunSizeVerdict =
  | { readonly verdict: 'ok' }
  | { readonly verdict: 'confirm'; readonly why: 'long' }
  | { readonly verdict: 'refuse'; readonly why: 'endless' | 'memory' | 'trace' };

/** Judges an estimate against the machine's limits. */
export function judgeRunSize(estimate: RunSizeEstimate, limits: RunLimits): RunSizeVerdict {
  if (!Number.isFinite(estimate.contacts)) return { verdict: 'refuse', why: 'endless' };
  if (estimate.traceBytes > limits.textBytes) return { verdict: 'refuse', why: 'trace' };
  if (estimate.memoryBytes > limits.memoryBytes) return { verdict: 'refuse', why: 'memory' };
  if (estimate.seconds > limits.confirmAfterSec) return { verdict: 'confirm', why: 'long' };
  return { verdict: 'ok' };
}

/** Expected contacts per simulated day (per replication in steady state), at the upper end. */
function contactsPerDayOf(config: ModelConfig): number {
  const dayMin = config.horizon.mode === 'steady' ? config.horizon.closeMin : MIN_PER_DAY;
  let contacts = 0;
  if (config.calls) {
    const callers = arrivalsPerDay(config.calls.ratePerMin, config);
    // Each call attempt may leave a callback too.
    contacts += 2 * callers * attemptsPerCaller(config, dayMin);
  }
  const bookings = config.appointments?.bookingsMin.length ?? 0;
  const walkIns = config.walkIns ? arrivalsPerDay(config.walkIns.ratePerMin, config) : 0;
  const pickups = config.pickups ? config.pickups.share * (bookings + walkIns) : 0;
  const messages = config.messages ? arrivalsPerDay(config.messages.ratePerMin, config) : 0;
  return contacts + bookings + walkIns + pickups + messages;
}

/** Mean arrivals per day of a rate table over the week (steady state: over the whole period). */
function arrivalsPerDay(table: RateTable, config: ModelConfig): number {
  if (config.horizon.mode === 'steady') return table[0][0] * config.horizon.closeMin;
  const perWeekday = table.map((byHour) => byHour.reduce((sum, perMin) => sum + perMin * MIN_PER_HOUR, 0));
  return perWeekday.reduce((sum, count) => sum + count, 0) / perWeekday.length;
}

/** Attempts per caller if every attempt failed: the most redials the scenario allows. */
function attemptsPerCaller(config: ModelConfig, dayMin: number): number {
  const calls = config.calls!;
  const p = calls.redialProbabilities;
  if (p.length === 0 || calls.maxAttempts <= 1) return 1;
  // The probabilities listed before the last, one attempt each…
  let attempts = 1;
  let reach = 1;
  let counted = 1;
  for (const probability of p.slice(0, -1)) {
    if (counted >= calls.maxAttempts) return attempts;
    reach *= probability;
    attempts += reach;
    counted++;
  }
  // …then the last one repeats for the remaining attempts: a geometric sum.
  const last = p[p.length - 1];
  if (reach === 0 || last === 0) return attempts;
  const remaining = calls.maxAttempts - counted;
  attempts += last < 1 ? (reach * last * (1 - last ** remaining)) / (1 - last) : reach * remaining;
  // Redials come one delay apart, and none after the day (or the period) ends.
  const delayMin = calls.redialDelayMin?.mean ?? 0;
  return Math.min(attempts, delayMin > 0 ? 1 + dayMin / delayMin : Infinity);
}
