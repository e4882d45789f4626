// Call attempts: what is counted of each offered attempt (after-hours ones apart, see
// after-hours.ts), and the `calls` figures of summary.json made from it. A redial is a new attempt.

import { TEAMS } from '../../model/domain.js';
import type { CallAttemptRecord } from '../../model/observer.js';
import { section } from '../measures.js';
import { each, figuresOf } from '../summary/table.js';
import { AFTER_HOURS } from './after-hours.js';
import { CALLBACKS } from './callbacks.js';

/** Offered call attempts (arrived while the reception was open). */
export const CALLS = section<CallAttemptRecord>()({
  name: 'calls',
  facts: {
    answered: (r) => r.outcome === 'answered',
    abandoned: (r) => r.outcome === 'abandoned',
    rangOut: (r) => r.outcome === 'rang-out',
    voicemail: (r) => r.outcome === 'voicemail',
    closed: (r) => r.outcome === 'closed',
    /** The caller left a voicemail or the call was logged for a callback. */
    leftMessage: (r) => r.callbackCreated,
    /** Turned away at once, without waiting: rang out or sent to voicemail with no ring time (Erlang B's loss). */
    blocked: (r) => (r.outcome === 'rang-out' || r.outcome === 'voicemail') && r.waitMin === 0,
    waited: (r) => r.waitMin > 0,
    /** Waited no longer than the service-level threshold. */
    withinT: (r, t) => r.waitMin <= t.callAnsweredWithinMin,
    firstAttempt: (r) => r.attempt === 1,
    transferAnswered: (r) => r.transfer === 'answered',
    transferRangOut: (r) => r.transfer === 'rang-out',
  },
  values: { waitMin: (r) => r.waitMin, talkMin: (r) => r.talkMin },
  keys: { team: { of: TEAMS, index: (r) => (r.answeredBy === null ? -1 : TEAMS.indexOf(r.answeredBy)) } },
  measures: {
    offered: {},
    answered: { where: ['answered'] },
    abandoned: { where: ['abandoned'] },
    rangOut: { where: ['rangOut'] },
    voicemailWithMessage: { where: ['voicemail', 'leftMessage'] },
    voicemailWithoutMessage: { where: ['voicemail'], unless: ['leftMessage'] },
    closed: { where: ['closed'] },
    blocked: { where: ['blocked'] },
    /** Answered attempts by who answered. */
    answeredBy: { where: ['answered'], by: 'team' },
    answeredWithin: { where: ['answered', 'withinT'] },
    waited: { where: ['waited'] },
    /** Σ wait over all offered attempts, minutes (an abandoned attempt's is its time to hang up). */
    waitSumMin: { sum: 'waitMin' },
    waitSumAnsweredMin: { where: ['answered'], sum: 'waitMin' },
    abandonWaitSumMin: { where: ['abandoned'], sum: 'waitMin' },
    /** Σ talk time of answered attempts, minutes. */
    talkSumMin: { where: ['answered'], sum: 'talkMin' },
    abandonedWithin: { where: ['abandoned', 'withinT'] },
    firstOffered: { where: ['firstAttempt'] },
    firstWaited: { where: ['firstAttempt', 'waited'] },
    firstBlocked: { where: ['firstAttempt', 'blocked'] },
    transfersAnswered: { where: ['transferAnswered'] },
    transfersRangOut: { where: ['transferRangOut'] },
    waitSketch: { sketch: 'waitMin' },
    waitAnsweredSketch: { where: ['answered'], sketch: 'waitMin' },
  },
  derived: {
    transfers: { from: ['transfersAnswered', 'transfersRangOut'], value: (m) => m.transfersAnswered + m.transfersRangOut },
    offeredLessQuickAbandons: { from: ['offered', 'abandonedWithin'], value: (m) => m.offered - m.abandonedWithin },
  },
  clock: { at: (r) => r.arrivalMin },
  reason: (r) => r.reason,
});

const call = figuresOf(CALLS);
const afterHours = figuresOf(AFTER_HOURS);
const callbacks = figuresOf(CALLBACKS);
const everywhere = { hourly: true, byReason: true } as const;

/** The `calls` figures, in summary.json's order (byReason follows them, see summary/index.ts). */
export const CALL_FIGURES = {
  offeredPerDay: call.perDay('offered', everywhere),
  answeredPerDay: call.perDay('answered'),
  p_wait_gt0: call.share('waited', 'offered'),
  p_abandon: call.share('abandoned', 'offered', everywhere),
  /** Turned away at once, without waiting (rang out or sent to voicemail with no ring time): Erlang B's loss. */
  p_blocked: call.share('blocked', 'offered'),
  sl_answered_within_t_over_offered: call.share('answeredWithin', 'offered', everywhere),
  sl_within_t_over_answered: call.share('answeredWithin', 'answered'),
  mean_wait_all: call.ratio('waitSumMin', 'offered', everywhere),
  mean_wait_served: call.ratio('waitSumAnsweredMin', 'answered', { hourly: true }),
  /** Mean wait of the attempts that waited at all (those that did not add 0 to the sum), minutes. */
  mean_wait_delayed: call.ratio('waitSumMin', 'waited'),
  /** Mean talk time of the answered attempts (the handling time measured), minutes. */
  meanTalkMin: call.ratio('talkSumMin', 'answered'),
  /** Mean time to hang up of the attempts that abandoned, minutes. */
  meanTimeToAbandonMin: call.ratio('abandonWaitSumMin', 'abandoned'),
  /** Hung up within the threshold ÷ offered. */
  p_abandon_within_t: call.share('abandonedWithin', 'offered'),
  /** Answered within the threshold ÷ (offered − hung up within it): the service level that leaves out quick hang-ups. */
  sl_answered_within_t_excluding_short_abandons: call.share('answeredWithin', 'offeredLessQuickAbandons'),
  /**
   * Share of calls whose wait would pass the threshold had the caller waited as long as it takes
   * (the offered, or virtual, wait P(V > t)): Kaplan–Meier over the waits, hang-ups and diverted
   * calls counting only as having waited that long.
   */
  p_offered_wait_gt_t: call.survival('waitAnsweredSketch', 'waitSketch', 'callAnsweredWithinMin'),
  /** First attempts only, redials apart: per day, share that waited, share turned away at once. */
  firstAttempts: {
    offeredPerDay: call.perDay('firstOffered'),
    p_wait_gt0: call.share('firstWaited', 'firstOffered'),
    p_blocked: call.share('firstBlocked', 'firstOffered'),
  },
  waitMin: { all: call.quantiles('waitSketch'), answered: call.quantiles('waitAnsweredSketch') },
  outcomeShare: {
    answered: call.share('answered', 'offered'),
    abandoned: call.share('abandoned', 'offered'),
    rangOut: call.share('rangOut', 'offered'),
    voicemailWithMessage: call.share('voicemailWithMessage', 'offered'),
    voicemailWithoutMessage: call.share('voicemailWithoutMessage', 'offered'),
    closed: call.share('closed', 'offered'),
  },
  answeredByShare: each(TEAMS, (team) => call.share(`answeredBy.${team}`, 'answered')),
  transfersPerDay: call.perDay('transfers'),
  transferOutcomeShare: {
    answered: call.share('transfersAnswered', 'transfers'),
    rangOut: call.share('transfersRangOut', 'transfers'),
  },
  /** One count: the callbacks section's (attempts of every hour that asked for a callback). */
  callbacksCreatedPerDay: callbacks.perDay('created'),
  afterHours: {
    attemptsPerDay: afterHours.perDay('attempts'),
    answeredPerDay: afterHours.perDay('answered'),
    voicemailWithMessagePerDay: afterHours.perDay('voicemailWithMessage'),
  },
};
