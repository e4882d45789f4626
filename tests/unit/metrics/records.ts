// Hand-made day records for the metrics tests: every field defaulted, the ones a test is about
// given. Not a test file itself.

import type {
  CallAttemptRecord,
  CallbackRecord,
  CallerRecord,
  DayStart,
  DutyRecord,
  MessageRecord,
  VisitRecord,
} from '../../../src/model/observer.js';
import type { SummarySettings } from '../../../src/metrics/summary/index.js';
import type { TallySettings } from '../../../src/metrics/tally.js';

/** A day open 08:00–19:00, measured over the opening hours. */
export function dayStart(day: number, fields: Partial<DayStart> = {}): DayStart {
  return { day, weekday: day % 5, openMin: 480, closeMin: 1140, measureFromMin: 480, measureToMin: 1140, staffToMin: fields.measureToMin ?? 1140, ...fields };
}

export function callAttempt(day: number, arrivalMin: number, fields: Partial<CallAttemptRecord> = {}): CallAttemptRecord {
  return {
    day,
    callerId: 0,
    attempt: 1,
    reason: 0,
    skill: 'any',
    segment: 'simple',
    arrivalMin,
    waitMin: 0,
    outcome: 'answered',
    answeredBy: fields.outcome === undefined || fields.outcome === 'answered' ? 'advisors' : null,
    talkMin: 3,
    callbackCreated: false,
    transfer: 'none',
    afterHours: false,
    ...fields,
  };
}

export function caller(day: number, firstArrivalMin: number, fields: Partial<CallerRecord> = {}): CallerRecord {
  return { day, callerId: 0, firstArrivalMin, attempts: 1, segment: 'simple', resolution: 'served', ...fields };
}

export function visit(day: number, arrivalMin: number, fields: Partial<VisitRecord> = {}): VisitRecord {
  return {
    day,
    kind: 'walkIn',
    segment: 'simple',
    arrivalMin,
    outcome: 'served',
    waitMin: 0,
    endMin: arrivalMin + 20,
    serviceMin: 20,
    interruptions: 0,
    holdMin: 0,
    ...fields,
  };
}

export function callback(day: number, createdMin: number, startMin: number | null, fields: Partial<CallbackRecord> = {}): CallbackRecord {
  return { day, source: 'voicemail', segment: 'simple', createdMin, requestedMin: createdMin, startMin, team: startMin === null ? null : 'advisors', ...fields };
}

export function message(day: number, arrivalMin: number, answeredMin: number | null): MessageRecord {
  return { day, arrivalMin, answeredMin };
}

export function duty(day: number, fields: Partial<DutyRecord> = {}): DutyRecord {
  return { day, team: 'advisors', member: 0, fromMin: 480, toMin: 1140, overtimeMin: 0, ...fields };
}

/** Tally settings: 20 s call threshold, 5 min visitor threshold, 2 h reply target, 10% churn per interruption. */
export const tallySettings: TallySettings = {
  targets: { callAnsweredWithinMin: 1 / 3, visitorAttendedWithinMin: 5 },
  calls: { reasons: [{ name: 'booking' }, { name: 'status' }] },
  messages: { replyTargetMin: 120 },
  economics: { churnPerInterruption: 0.1 },
};

/** Summary settings matching `tallySettings`, with no targets set. */
export function summarySettings(overrides: Partial<SummarySettings> = {}): SummarySettings {
  return {
    name: 'test',
    targets: {
      callAnsweredWithinMin: 1 / 3,
      callServiceLevel: null,
      callMaxAbandon: null,
      callMaxLostForGood: null,
      visitorAttendedWithinMin: 5,
      visitorServiceLevel: null,
      visitorMaxInterruptedShare: null,
      visitorMaxMeanWaitMin: null,
    },
    economics: {
      currency: 'EUR',
      advisorCostPerHour: 30,
      phoneDeskCostPerHour: 20,
      marginPerJob: { simple: 100, forced: 400 },
      churnAfterLostContact: { simple: 0.5, forced: 0.1 },
      churnPerInterruption: 0.1,
    },
    calls: { reasons: [{ name: 'booking' }, { name: 'status' }] },
    messages: { replyTargetMin: 120 },
    parts: null,
    overflow: null,
    ...overrides,
  };
}
