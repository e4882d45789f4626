// A phone system's call log → what a scenario's `calls` section needs: fresh demand by weekday and
// hour (redials removed), handling time, caller patience and redialling. One pass, row by row,
// with memory that does not grow with the number of rows.

import { LOGGED_CALL_STATUSES, type LoggedCall, type LoggedCallStatus } from '../../model/observed.js';
import { DayHourCounts, estimateProfile, type ProfileEstimate } from './hourly-profile.js';
import { LogHistogram } from './log-histogram.js';
import { type PatienceEstimate, PatienceTally } from './patience.js';
import { type Attempt, CallerChains, estimateRedials, type RedialEstimate, RedialTally } from './redials.js';
import { type DurationFit, fitDurations, type Missing } from './estimates.js';
import { Moments } from './statistics.js';

const SEC_PER_DAY = 86_400;

/** How to read a call log. */
export interface CallLogOptions {
  /** A caller calling again within this many minutes of a failed attempt is redialling. */
  readonly redialWindowMin: number;
  /** The service-level threshold the observed figures use, seconds. */
  readonly answeredWithinSec: number;
}

/** Everything a call log says, for the fragment and for calibrate. */
export interface CallsEstimate {
  readonly rows: number;
  readonly firstDay: number;
  readonly lastDay: number;
  readonly byStatus: Readonly<Record<LoggedCallStatus, number>>;
  /** Every attempt, and fresh demand (first attempts of each caller's story), by weekday and hour. */
  readonly attempts: ProfileEstimate;
  readonly fresh: ProfileEstimate;
  /** Talk time of answered calls, seconds. */
  readonly handling: DurationFit | Missing;
  readonly patience: PatienceEstimate | Missing;
  readonly redial: RedialEstimate | Missing;
  readonly redialWindowMin: number;
  /** Attempts without a caller number (counted as fresh demand: their redials cannot be seen). */
  readonly unknownCaller: number;
  /** Rows without a logged wait, and answered rows without a logged talk time. */
  readonly waitNotLogged: number;
  readonly talkNotLogged: number;
  /** Share of attempts answered within the threshold, and mean wait of answered attempts, seconds. */
  readonly answeredWithin: number;
  readonly meanAnsweredWaitSec: number;
  /** How the file was ordered: stretches in time order, and which way. */
  readonly runs: number;
  readonly order: 'oldest first' | 'newest first' | undefined;
}

/** Reads call attempts one by one; `finish` gives the estimate (undefined without a single row). */
export class CallLogCalibration {
  private rows = 0;
  private firstDay = Number.POSITIVE_INFINITY;
  private lastDay = Number.NEGATIVE_INFINITY;
  private readonly byStatus = Object.fromEntries(LOGGED_CALL_STATUSES.map((status) => [status, 0])) as Record<LoggedCallStatus, number>;
  private readonly dayWeekdays = new Map<number, number>();
  private readonly attempts = new DayHourCounts();
  private readonly fresh = new DayHourCounts();
  private readonly talk = new Moments();
  private readonly talkHistogram = new LogHistogram();
  private readonly patience = new PatienceTally();
  private readonly redials = new RedialTally();
  private readonly chains: CallerChains;
  private unknownCaller = 0;
  private knownCaller = 0;
  private waitNotLogged = 0;
  private talkNotLogged = 0;
  private answeredWithin = 0;
  private answeredWaitSec = 0;
  private sawWait = false;
  private sawTalk = false;

  constructor(private readonly options: CallLogOptions) {
    this.chains = new CallerChains(options.redialWindowMin * 60, (chain, known) => {
      const first = chain[0];
      this.fresh.add(first.day, Math.floor(first.startSec / 3600));
      if (known) this.redials.addChain(chain);
    });
  }

  /** Adds one logged attempt. */
  add(call: LoggedCall): void {
    this.rows++;
    this.firstDay = Math.min(this.firstDay, call.day);
    this.lastDay = Math.max(this.lastDay, call.day);
    this.byStatus[call.status]++;
    this.dayWeekdays.set(call.day, call.weekday);
    this.attempts.add(call.day, Math.floor(call.startSec / 3600));

    const waitSec = call.waitSec;
    if (waitSec === null) this.waitNotLogged++;
    else {
      this.sawWait = true;
      this.patience.add(waitSec, call.status === 'abandoned');
    }
    // A talk time on any row shows the column is there, answered calls or not.
    if (call.talkSec !== null) this.sawTalk = true;
    if (call.status === 'answered') {
      if (waitSec !== null) {
        this.answeredWaitSec += waitSec;
        if (waitSec <= this.options.answeredWithinSec) this.answeredWithin++;
      }
      if (call.talkSec !== null && call.talkSec > 0) {
        this.talk.add(call.talkSec);
        this.talkHistogram.add(call.talkSec);
      } else this.talkNotLogged++;
    }

    if (call.callerKey === null) this.unknownCaller++;
    else this.knownCaller++;
    const time = call.day * SEC_PER_DAY + call.startSec;
    const attempt: Attempt = { time, end: time + (waitSec ?? 0), failed: call.status !== 'answered', day: call.day, startSec: call.startSec };
    this.chains.add(call.callerKey, attempt);
  }

  /** The estimate; undefined when no row was added. */
  finish(): CallsEstimate | undefined {
    if (this.rows === 0) return undefined;
    this.chains.finish();
    const answered = this.byStatus.answered;
    return {
      rows: this.rows,
      firstDay: this.firstDay,
      lastDay: this.lastDay,
      byStatus: this.byStatus,
      attempts: estimateProfile(this.attempts, this.dayWeekdays),
      fresh: estimateProfile(this.fresh, this.dayWeekdays),
      handling: this.sawTalk ? fitDurations(this.talk, this.talkHistogram) : { missing: 'noColumn', field: 'talk' },
      patience: this.patienceEstimate(),
      redial: this.redialEstimate(),
      redialWindowMin: this.options.redialWindowMin,
      unknownCaller: this.unknownCaller,
      waitNotLogged: this.sawWait ? this.waitNotLogged : 0,
      talkNotLogged: this.sawTalk ? this.talkNotLogged : 0,
      answeredWithin: this.answeredWithin / this.rows,
      meanAnsweredWaitSec: answered > 0 ? this.answeredWaitSec / answered : Number.NaN,
      runs: this.chains.runs,
      order: this.chains.direction,
    };
  }

  private patienceEstimate(): PatienceEstimate | Missing {
    if (!this.sawWait) return { missing: 'noColumn', field: 'wait' };
    const estimate = this.patience.estimate();
    if (estimate.meanSec === null) return { missing: 'noAbandonments', waited: estimate.waited, totalWaitSec: estimate.totalWaitSec };
    return estimate;
  }

  private redialEstimate(): RedialEstimate | Missing {
    if (this.knownCaller === 0) return { missing: 'noKnownCallers' };
    const estimate = estimateRedials(this.redials, this.options.redialWindowMin * 60);
    if (estimate === null) return { missing: 'noRedials', failures: 0, upper: 1 };
    if (estimate.redials === 0) return { missing: 'noRedials', failures: estimate.failures, upper: estimate.p.high };
    return estimate;
  }
}
