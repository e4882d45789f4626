// Who comes and what they need: the random draws that make the day's contacts (bookings that
// show up, walk-ins, pickups, callers and their attempts, messages). Plain functions of the
// config and the day's streams; the reception decides when they are drawn and what follows.
// NOTE: the order of draws within each function is part of the results (common random numbers):
// every draw is made whether or not its value is used, so contacts stay in step across runs.

import type { Distribution } from '../../engine/distributions/index.js';
import type { RandomStream } from '../../engine/random.js';
import type { AppointmentsConfig, CallsConfig, HorizonConfig, MessagesConfig, PickupsConfig, WalkInsConfig } from '../config.js';
import type { Segment } from '../domain.js';
import type { DayStreams } from './streams.js';

/** Draws a customer's segment. */
export function segmentOf(random: RandomStream, forcedShare: number): Segment {
  return random() < forcedShare ? 'forced' : 'simple';
}

/** Samples a distribution, or 0 when there is none. */
export function sampleOrZero(distribution: Distribution | null, random: RandomStream): number {
  return distribution ? distribution.sample(random) : 0;
}

/** A booked customer who shows up. */
export interface Booking {
  readonly arrivalMin: number;
  readonly serviceMin: number;
  readonly segment: Segment;
}

/**
 * Calls `show` for every booking whose customer comes, in booking order: when (early birds wait
 * at the door and arrive at opening; none after closing), how long their write-up takes.
 */
export function drawBookings(book: AppointmentsConfig, horizon: HorizonConfig, s: DayStreams, show: (booking: Booking) => void): void {
  for (const slotMin of book.bookingsMin) {
    const shows = s.appointmentShows() >= book.noShowProbability;
    const offsetMin = book.punctualityMin.sample(s.appointmentPunctuality);
    const extra = s.appointmentService() < book.extraRequestProbability;
    const serviceMin =
      book.writeUpMin.sample(s.appointmentService) + (extra ? sampleOrZero(book.extraRequestMin, s.appointmentService) : 0);
    const segment = segmentOf(s.appointmentSegments, book.forcedShare);
    if (!shows) continue;
    const arrivalMin = Math.min(Math.max(slotMin + offsetMin, horizon.openMin), horizon.closeMin);
    if (arrivalMin >= horizon.closeMin) continue;
    show({ arrivalMin, serviceMin, segment });
  }
}

/** A walk-in's needs: write-up minutes, patience (Infinity: waits as long as it takes), segment. */
export interface WalkInNeeds {
  serviceMin: number;
  patienceMin: number;
  segment: Segment;
}

/** Draws a walk-in's needs into `into`. */
export function drawWalkIn(walkIns: WalkInsConfig, s: DayStreams, into: WalkInNeeds): WalkInNeeds {
  into.serviceMin = walkIns.writeUpMin.sample(s.walkInService);
  into.patienceMin = walkIns.patienceMin ? walkIns.patienceMin.sample(s.walkInPatience) : Infinity;
  into.segment = segmentOf(s.walkInSegments, walkIns.forcedShare);
  return into;
}

/** A pickup: when its owner arrives (NaN: no pickup) and its service minutes. */
export interface PickupNeeds {
  arrivalMin: number;
  serviceMin: number;
}

/**
 * A drop-off done at `nowMin`: with probability `share` its owner comes back in the pickup
 * window. Writes the pickup's arrival minute (NaN: no pickup) and service minutes into `into`.
 */
export function drawPickup(pickups: PickupsConfig, closeMin: number, nowMin: number, s: DayStreams, into: PickupNeeds): PickupNeeds {
  const comesBack = s.pickups() < pickups.share;
  const position = s.pickups();
  const notReady = s.pickupService() < pickups.notReadyProbability;
  const serviceMin =
    pickups.serviceMin.sample(s.pickupService) + (notReady ? sampleOrZero(pickups.notReadyExtraMin, s.pickupService) : 0);
  const fromMin = Math.max(nowMin, pickups.windowFromMin);
  const toMin = Math.min(pickups.windowToMin, closeMin);
  into.serviceMin = serviceMin;
  into.arrivalMin = !comesBack || fromMin >= toMin ? Number.NaN : fromMin + position * (toMin - fromMin);
  return into;
}

/** An attempt's caller patience, minutes (Infinity: never hangs up); drawn for every attempt, before its talk time. */
export function drawPatienceMin(calls: CallsConfig, s: DayStreams): number {
  return calls.patienceMin ? calls.patienceMin.sample(s.callPatience) : Infinity;
}

/** An attempt's talk time, minutes, if a person resolves it; drawn for every attempt. */
export function drawHandleMin(handleMin: Distribution, s: DayStreams): number {
  return handleMin.sample(s.callHandling);
}

/**
 * After failed attempt number `attempts`: the minute of the redial, or NaN when the caller gives
 * up for good (no redials, too many attempts, or the redial would come after `lastRedialMin`).
 */
export function drawRedial(calls: CallsConfig, attempts: number, nowMin: number, lastRedialMin: number, s: DayStreams): number {
  const probabilities = calls.redialProbabilities;
  if (probabilities.length === 0 || attempts >= calls.maxAttempts || !calls.redialDelayMin) return Number.NaN;
  const p = probabilities[Math.min(attempts - 1, probabilities.length - 1)];
  const redials = s.callRedials() < p;
  const atMin = nowMin + calls.redialDelayMin.sample(s.callRedials);
  return redials && atMin < lastRedialMin ? atMin : Number.NaN;
}

/** Work minutes of a message. */
export function drawMessage(messages: MessagesConfig, s: DayStreams): number {
  return messages.handleMin.sample(s.messageHandling);
}
