// Who comes and what they need: the random draws that make the day's contacts (bookings that
// show up, walk-ins, pickups, callers and their attempts, messages). Plain functions of the
// config and the day's streams; the reception decides when they are drawn and what follows.
// NOTE: the order of draws within each function is part of the results (common random numbers):
// every draw is made whether or not its value is used, so contacts stay in step across runs. What
// a customer brings is drawn when they first appear, in an order no policy changes (a booking's
// or a walk-in's pickup too, though it is used only once the car is dropped off), and a redial's
// needs come from streams of their own, so a policy that makes more redials, or finishes visits
// in another order, leaves every other customer as they were.

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
export function drawBookings(
  book: AppointmentsConfig,
  pickups: PickupsConfig | null,
  horizon: HorizonConfig,
  s: DayStreams,
  show: (booking: Booking, pickup: PickupPlan) => void,
): void {
  const pickup: PickupPlan = { position: Number.NaN, serviceMin: 0 };
  for (const slotMin of book.bookingsMin) {
    const shows = s.appointmentShows() >= book.noShowProbability;
    const offsetMin = book.punctualityMin.sample(s.appointmentPunctuality);
    const extra = s.appointmentService() < book.extraRequestProbability;
    const serviceMin =
      book.writeUpMin.sample(s.appointmentService) + (extra ? sampleOrZero(book.extraRequestMin, s.appointmentService) : 0);
    const segment = segmentOf(s.appointmentSegments, book.forcedShare);
    if (pickups) drawPickupPlan(pickups, s, pickup);
    if (!shows) continue;
    const arrivalMin = Math.min(Math.max(slotMin + offsetMin, horizon.openMin), horizon.closeMin);
    if (arrivalMin >= horizon.closeMin) continue;
    show({ arrivalMin, serviceMin, segment }, pickup);
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

/**
 * A drop-off's pickup, drawn when its customer first appears: where in the pickup window its
 * owner comes back (a share of it, 0 to 1; NaN: they do not come back the same day) and the
 * pickup's service minutes.
 */
export interface PickupPlan {
  position: number;
  serviceMin: number;
}

/** Draws a drop-off's pickup into `into`: with probability `share` its owner comes back. */
export function drawPickupPlan(pickups: PickupsConfig, s: DayStreams, into: PickupPlan): PickupPlan {
  const comesBack = s.pickups() < pickups.share;
  const position = s.pickups();
  const notReady = s.pickupService() < pickups.notReadyProbability;
  into.serviceMin =
    pickups.serviceMin.sample(s.pickupService) + (notReady ? sampleOrZero(pickups.notReadyExtraMin, s.pickupService) : 0);
  into.position = comesBack ? position : Number.NaN;
  return into;
}

/**
 * When a pickup planned at `position` of the window arrives for a drop-off done at `nowMin`: in
 * what remains of the window, or NaN (no pickup, or the window is over).
 */
export function pickupArrivalMin(pickups: PickupsConfig, closeMin: number, nowMin: number, position: number): number {
  const fromMin = Math.max(nowMin, pickups.windowFromMin);
  const toMin = Math.min(pickups.windowToMin, closeMin);
  return Number.isNaN(position) || fromMin >= toMin ? Number.NaN : fromMin + position * (toMin - fromMin);
}

/**
 * An attempt's caller patience, minutes (Infinity: never hangs up); drawn for every attempt,
 * before its talk time: a first attempt from the callers' stream, a redial from the redials'.
 */
export function drawPatienceMin(calls: CallsConfig, s: DayStreams, redial: boolean): number {
  return calls.patienceMin ? calls.patienceMin.sample(redial ? s.redialPatience : s.callPatience) : Infinity;
}

/** An attempt's talk time, minutes, if a person resolves it; drawn for every attempt (a redial from its own stream). */
export function drawHandleMin(handleMin: Distribution, s: DayStreams, redial: boolean): number {
  return handleMin.sample(redial ? s.redialHandling : s.callHandling);
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
