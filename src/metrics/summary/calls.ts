// The `calls` section: offered call attempts (after-hours ones apart), their waits, outcomes,
// who answered them, transfers, after-hours calls and a breakdown by call reason.

import { TEAMS, type Team } from '../../model/domain.js';
import { byKey, perDay, quantiles, ratio, share, type Figure, type Get, type Quantiles, type Runs } from './figure.js';
import type { SummarySettings } from './settings.js';

/** Offered call attempts. */
export interface CallSummary {
  readonly offeredPerDay: Figure;
  readonly answeredPerDay: Figure;
  readonly p_wait_gt0: Figure;
  readonly p_abandon: Figure;
  /** Turned away at once, without waiting (rang out or sent to voicemail with no ring time): Erlang B's loss. */
  readonly p_blocked: Figure;
  readonly sl_answered_within_t_over_offered: Figure;
  readonly sl_within_t_over_answered: Figure;
  readonly mean_wait_all: Figure;
  readonly mean_wait_served: Figure;
  /** Mean wait of the attempts that waited at all (delayed calls only), minutes. */
  readonly mean_wait_delayed: Figure;
  /** Mean time to hang up of the attempts that abandoned, minutes. */
  readonly meanTimeToAbandonMin: Figure;
  /** Hung up within the threshold ÷ offered. */
  readonly p_abandon_within_t: Figure;
  /** Answered within the threshold ÷ (offered − hung up within it): the service level that leaves out quick hang-ups. */
  readonly sl_answered_within_t_excluding_short_abandons: Figure;
  /** First attempts only, redials apart: per day, share that waited, share turned away at once. */
  readonly firstAttempts: { readonly offeredPerDay: Figure; readonly p_wait_gt0: Figure; readonly p_blocked: Figure };
  readonly waitMin: { readonly all: Quantiles; readonly answered: Quantiles };
  readonly outcomeShare: {
    readonly answered: Figure;
    readonly abandoned: Figure;
    readonly rangOut: Figure;
    readonly voicemailWithMessage: Figure;
    readonly voicemailWithoutMessage: Figure;
    readonly closed: Figure;
  };
  readonly answeredByShare: Readonly<Record<Team, Figure>>;
  readonly transfersPerDay: Figure;
  readonly transferOutcomeShare: { readonly answered: Figure; readonly rangOut: Figure; readonly abandoned: Figure };
  readonly callbacksCreatedPerDay: Figure;
  readonly afterHours: {
    readonly attemptsPerDay: Figure;
    readonly answeredPerDay: Figure;
    readonly voicemailWithMessagePerDay: Figure;
  };
  readonly byReason: readonly ReasonSummary[];
}

/** Offered call attempts of one reason. */
export interface ReasonSummary {
  readonly reason: string;
  readonly offeredPerDay: Figure;
  readonly p_abandon: Figure;
  readonly sl_answered_within_t_over_offered: Figure;
  readonly mean_wait_all: Figure;
}

/** The calls section: counts per day, shares, and waits in minutes, over every replication. */
export function callSummary(config: SummarySettings, runs: Runs): CallSummary {
  const offered: Get = (r) => r.calls.offered.attempts;
  const answered: Get = (r) => r.calls.offered.answered;
  const transfers: Get = (r) => r.calls.transfers.answered + r.calls.transfers.rangOut + r.calls.transfers.abandoned;
  const reasons = config.calls?.reasons ?? [];
  return {
    offeredPerDay: perDay(runs, offered),
    answeredPerDay: perDay(runs, answered),
    p_wait_gt0: share(runs, (r) => r.calls.waited, offered),
    p_abandon: share(runs, (r) => r.calls.offered.abandoned, offered),
    p_blocked: share(runs, (r) => r.calls.offered.blocked, offered),
    sl_answered_within_t_over_offered: share(runs, (r) => r.calls.answeredWithin, offered),
    sl_within_t_over_answered: share(runs, (r) => r.calls.answeredWithin, answered),
    mean_wait_all: ratio(runs, (r) => r.calls.waitSumMin, offered),
    mean_wait_served: ratio(runs, (r) => r.calls.waitSumAnsweredMin, answered),
    // Attempts that did not wait add 0 to the sum of waits, so the sum over the delayed is the whole sum.
    mean_wait_delayed: ratio(runs, (r) => r.calls.waitSumMin, (r) => r.calls.waited),
    meanTimeToAbandonMin: ratio(runs, (r) => r.calls.abandonWaitSumMin, (r) => r.calls.offered.abandoned),
    p_abandon_within_t: share(runs, (r) => r.calls.abandonedWithin, offered),
    sl_answered_within_t_excluding_short_abandons: share(
      runs,
      (r) => r.calls.answeredWithin,
      (r) => r.calls.offered.attempts - r.calls.abandonedWithin,
    ),
    firstAttempts: {
      offeredPerDay: perDay(runs, (r) => r.calls.firstAttempts.offered),
      p_wait_gt0: share(runs, (r) => r.calls.firstAttempts.waited, (r) => r.calls.firstAttempts.offered),
      p_blocked: share(runs, (r) => r.calls.firstAttempts.blocked, (r) => r.calls.firstAttempts.offered),
    },
    waitMin: {
      all: quantiles(runs.map((r) => r.calls.waitSketch)),
      answered: quantiles(runs.map((r) => r.calls.waitAnsweredSketch)),
    },
    outcomeShare: {
      answered: share(runs, answered, offered),
      abandoned: share(runs, (r) => r.calls.offered.abandoned, offered),
      rangOut: share(runs, (r) => r.calls.offered.rangOut, offered),
      voicemailWithMessage: share(runs, (r) => r.calls.offered.voicemailWithMessage, offered),
      voicemailWithoutMessage: share(runs, (r) => r.calls.offered.voicemailWithoutMessage, offered),
      closed: share(runs, (r) => r.calls.offered.closed, offered),
    },
    answeredByShare: byKey(TEAMS, (team) => share(runs, (r) => r.calls.offered.answeredBy[team], answered)),
    transfersPerDay: perDay(runs, transfers),
    transferOutcomeShare: {
      answered: share(runs, (r) => r.calls.transfers.answered, transfers),
      rangOut: share(runs, (r) => r.calls.transfers.rangOut, transfers),
      abandoned: share(runs, (r) => r.calls.transfers.abandoned, transfers),
    },
    // One count: the callbacks section's (attempts of every hour that asked for a callback).
    callbacksCreatedPerDay: perDay(runs, (r) => r.callbacks.created),
    afterHours: {
      attemptsPerDay: perDay(runs, (r) => r.calls.afterHours.attempts),
      answeredPerDay: perDay(runs, (r) => r.calls.afterHours.answered),
      voicemailWithMessagePerDay: perDay(runs, (r) => r.calls.afterHours.voicemailWithMessage),
    },
    byReason: reasons.map((reason, i) => {
      const reasonOffered: Get = (r) => r.calls.byReason[i].offered;
      return {
        reason: reason.name,
        offeredPerDay: perDay(runs, reasonOffered),
        p_abandon: share(runs, (r) => r.calls.byReason[i].abandoned, reasonOffered),
        sl_answered_within_t_over_offered: share(runs, (r) => r.calls.byReason[i].answeredWithin, reasonOffered),
        mean_wait_all: ratio(runs, (r) => r.calls.byReason[i].waitSumMin, reasonOffered),
      };
    }),
  };
}
