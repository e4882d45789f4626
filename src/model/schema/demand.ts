// The four kinds of demand (appointments, walk-ins, pickups, phone calls) and optional messages.
// Every duration is a distribution in minutes.

import { z } from 'zod';
import { limits } from '../../text/messages.js';
import { SEGMENTS, SKILLS } from '../domain.js';
import { clockTime, durationMin, offsetMin, probability, ratePerHour, weekdayFactors } from './common.js';

/** Closest spacing of regular slots, minutes. */
const MIN_SLOT_SPACING_MIN = 1;
/** Most bookings in one slot, and in one day. */
const MAX_BOOKINGS_PER_SLOT = 1000;
const MAX_BOOKINGS_PER_DAY = 10_000;

/** Customer segment: simple jobs go elsewhere easily, forced ones (warranty, complex) mostly stay. */
export const segmentSchema = z.enum(SEGMENTS).describe('simple (easily lost) or forced (warranty, complex)');

/** The appointment book: regular slots, or an explicit list of booked times. */
export const slotsSchema = z
  .union([
    z
      .strictObject({
        from: clockTime.describe('first slot'),
        to: clockTime.describe('slots start before this time'),
        every: z
          .number()
          .min(MIN_SLOT_SPACING_MIN, { error: () => limits.slotSpacingMin(MIN_SLOT_SPACING_MIN) })
          .describe('minutes between slots'),
        perSlot: z
          .number()
          .int()
          .min(1)
          .max(MAX_BOOKINGS_PER_SLOT, { error: () => limits.bookingsPerSlot(MAX_BOOKINGS_PER_SLOT) })
          .describe('bookings per slot'),
      })
      .describe('regular slots from `from` (inclusive) to `to` (exclusive)'),
    z
      .array(clockTime)
      .min(1)
      .max(MAX_BOOKINGS_PER_DAY, { error: () => limits.bookingsPerDay(MAX_BOOKINGS_PER_DAY) })
      .describe('one booked time per appointment (repeat a time to book it twice)'),
    z.strictObject({ file: z.string().min(1) }).describe('CSV file with columns time[,count], relative to the scenario'),
  ])
  .describe('the appointment book');

/** Booked drop-offs. */
export const appointmentsSchema = z
  .strictObject({
    slots: slotsSchema,
    noShow: probability.default(0).describe('probability that a booked customer does not come'),
    punctuality: offsetMin
      .default({ dist: 'deterministic', value: 0 })
      .describe('arrival minus slot time, minutes (negative: early); arrivals before opening wait for it'),
    writeUp: durationMin.describe('vehicle write-up with an advisor, minutes'),
    extraRequest: z
      .strictObject({
        p: probability.describe('probability of a request not in the booking'),
        time: durationMin.describe('extra minutes it adds to the write-up'),
      })
      .optional(),
    forcedShare: probability.default(0).describe('share of appointments in the forced segment'),
  })
  .describe('appointment drop-offs');

/** Unbooked visitors, including tow-ins and urgent faults. */
export const walkInsSchema = z
  .strictObject({
    perHour: ratePerHour,
    weekdayFactors: weekdayFactors.optional(),
    writeUp: durationMin.describe('write-up with an advisor, minutes'),
    patience: durationMin.optional().describe('minutes a walk-in waits before leaving (absent: waits as long as it takes)'),
    balkAt: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe('a walk-in who finds this many visitors waiting leaves at once'),
    forcedShare: probability.default(0).describe('share of walk-ins in the forced segment'),
  })
  .describe('walk-ins: time-varying Poisson arrivals that may balk or renege');

/** Customers collecting their repaired car. */
export const pickupsSchema = z
  .strictObject({
    share: probability.describe("share of the day's drop-offs collected the same day"),
    window: z
      .strictObject({ from: clockTime, to: clockTime })
      .describe('pickups arrive uniformly in this window (or from the drop-off on, if later)'),
    service: durationMin.describe('invoice and explanation, minutes'),
    notReady: z
      .strictObject({
        p: probability.describe('probability that the car is not ready'),
        extra: durationMin.describe('extra minutes it costs at the counter'),
      })
      .optional(),
  })
  .describe('pickups of repaired cars');

/** One reason for calling. */
export const callReasonSchema = z
  .strictObject({
    name: z.string().min(1),
    share: probability.describe('share of calls with this reason (the shares sum to 1)'),
    handle: durationMin.describe('handling time, minutes'),
    skill: z
      .enum(SKILLS)
      .default('any')
      .describe('who can resolve it: any (desk or advisor), advisor, or parts (parts line)'),
    segment: segmentSchema.default('simple'),
  })
  .describe('a reason for calling');

/** Inbound phone calls. */
export const callsSchema = z
  .strictObject({
    perHour: ratePerHour,
    weekdayFactors: weekdayFactors.optional(),
    reasons: z.array(callReasonSchema).min(1),
    patience: durationMin
      .optional()
      .describe('minutes a caller waits before hanging up (absent: callers never hang up)'),
    redial: z
      .strictObject({
        p: z
          .union([probability, z.array(probability).min(1)])
          .describe('probability of calling again after a failed attempt; a list gives it per attempt (last repeats)'),
        delay: durationMin.describe('minutes before the next attempt'),
        maxAttempts: z
          .number()
          .int()
          .min(1)
          .nullable()
          .default(3)
          .describe('attempts per caller at most, the first included (null: no limit)'),
      })
      .optional()
      .describe('callers whose attempt failed may call again'),
    voicemail: z
      .strictObject({ leavesMessage: probability.describe('probability a caller sent to voicemail leaves a message') })
      .optional()
      .describe('voicemail: a message left becomes a callback; also takes calls after closing'),
  })
  .describe('inbound phone calls');

/** WhatsApp or web messages: answered in idle time. */
export const messagesSchema = z
  .strictObject({
    perHour: ratePerHour,
    weekdayFactors: weekdayFactors.optional(),
    handle: durationMin.describe('minutes to answer one message'),
    replyTargetMin: z.number().positive().default(120).describe('answer within this many minutes'),
  })
  .describe('messages: worked only when nothing else waits');
