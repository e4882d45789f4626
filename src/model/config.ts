// The normalised, frozen description of a reception that the simulation trusts: clock times in
// minutes after midnight, rates per minute by weekday and hour, distributions built, every
// optional part resolved to a value or null. Built by normalise.ts from a validated Scenario.

import type { Choice, Distribution } from '../engine/distributions/index.js';
import type { Segment, Skill } from './domain.js';
import type { PolicyConfig } from './policies/index.js';

export type { Segment, Skill } from './domain.js';

/** One person's working time on any day, minutes after midnight. */
export interface ShiftConfig {
  readonly fromMin: number;
  readonly toMin: number;
  /** Breaks, sorted, not overlapping; a break starts when the contact in hand ends and ends at its written end. */
  readonly breaks: readonly { readonly fromMin: number; readonly toMin: number }[];
}

/** Arrivals per minute for each weekday of the scenario's week (index) and hour of the day (0–23). */
export type RateTable = readonly (readonly number[])[];

/** A time-varying Poisson stream. */
export interface PoissonStreamConfig {
  /** ratePerMin[weekday][hour]; in steady-state mode every entry is the same. */
  readonly ratePerMin: RateTable;
}

/** Appointment drop-offs. */
export interface AppointmentsConfig {
  /** Booked times (minutes after midnight), sorted, one entry per booking. */
  readonly bookingsMin: readonly number[];
  readonly noShowProbability: number;
  readonly punctualityMin: Distribution;
  readonly writeUpMin: Distribution;
  readonly extraRequestProbability: number;
  readonly extraRequestMin: Distribution | null;
  readonly forcedShare: number;
}

/** Walk-ins. */
export interface WalkInsConfig extends PoissonStreamConfig {
  readonly writeUpMin: Distribution;
  /** Minutes a walk-in waits before leaving; null: waits as long as it takes. */
  readonly patienceMin: Distribution | null;
  /** A walk-in who finds this many visitors waiting leaves at once (Infinity: never). */
  readonly balkAtWaiting: number;
  readonly forcedShare: number;
}

/** Pickups of repaired cars. */
export interface PickupsConfig {
  readonly share: number;
  readonly windowFromMin: number;
  readonly windowToMin: number;
  readonly serviceMin: Distribution;
  readonly notReadyProbability: number;
  readonly notReadyExtraMin: Distribution | null;
}

/** One reason for calling. */
export interface CallReasonConfig {
  readonly name: string;
  readonly handleMin: Distribution;
  readonly skill: Skill;
  readonly segment: Segment;
}

/** Inbound calls. */
export interface CallsConfig extends PoissonStreamConfig {
  readonly reasons: readonly CallReasonConfig[];
  readonly reasonChoice: Choice;
  /** Minutes a caller waits before hanging up; null: never hangs up. */
  readonly patienceMin: Distribution | null;
  /** Probability of redialling after failed attempt k (index k − 1; the last entry repeats); empty: never. */
  readonly redialProbabilities: readonly number[];
  readonly redialDelayMin: Distribution | null;
  /** Attempts per caller at most, the first included (Infinity: no limit). */
  readonly maxAttempts: number;
  /** Probability a caller sent to voicemail leaves a message; null when there is no voicemail. */
  readonly voicemailMessageProbability: number | null;
}

/** Messages answered in idle time. */
export interface MessagesConfig extends PoissonStreamConfig {
  readonly handleMin: Distribution;
  readonly replyTargetMin: number;
}

/** The parts line. */
export interface PartsLineConfig {
  readonly agents: readonly ShiftConfig[];
  readonly ringMin: number;
  readonly transferMin: number;
  readonly costPerHour: number;
}

/** The external overflow team. */
export interface OverflowConfig {
  readonly agents: number;
  readonly costPerCall: number;
  readonly takeMessageMin: number;
}

/** Targets and service-level thresholds. */
export interface TargetsConfig {
  readonly callAnsweredWithinMin: number;
  readonly callServiceLevel: number | null;
  readonly callMaxAbandon: number | null;
  readonly callMaxLostForGood: number | null;
  readonly visitorAttendedWithinMin: number;
  readonly visitorServiceLevel: number | null;
  readonly visitorMaxInterruptedShare: number | null;
  readonly visitorMaxMeanWaitMin: number | null;
}

/** Money. */
export interface EconomicsConfig {
  readonly currency: string;
  readonly advisorCostPerHour: number;
  readonly phoneDeskCostPerHour: number;
  readonly marginPerJob: Readonly<Record<Segment, number>>;
  readonly churnAfterLostContact: Readonly<Record<Segment, number>>;
  readonly churnPerInterruption: number;
}

/** How the run is laid out in time. */
export interface HorizonConfig {
  readonly mode: 'days' | 'steady';
  /** Doors open / close (steady-state: 0 and the horizon). */
  readonly openMin: number;
  readonly closeMin: number;
  /** Contacts arriving in [measureFromMin, measureToMin) are measured. */
  readonly measureFromMin: number;
  readonly measureToMin: number;
  /** Staff time is counted until then: Infinity for working days (to the last contact), measureToMin in steady state. */
  readonly staffToMin: number;
  /** No redial is placed at or after this time (end of the calendar day; Infinity in steady state). */
  readonly lastRedialMin: number;
}

/** A fully resolved scenario: everything the simulation needs, nothing it must check. */
export interface ModelConfig {
  readonly name: string;
  readonly horizon: HorizonConfig;
  /** Working weekdays, e.g. ['mon', …, 'fri']; day d is weekday d mod week length. */
  readonly week: readonly string[];
  readonly days: number;
  readonly replications: number;
  readonly seed: number | string;
  readonly advisors: readonly ShiftConfig[];
  readonly phoneDesk: readonly ShiftConfig[];
  readonly parts: PartsLineConfig | null;
  readonly overflow: OverflowConfig | null;
  /**
   * The phone policy by time of day, in order, each normalised by its module (minutes, defaults
   * filled): one window from 0 to Infinity for a policy that holds all day. Before the first
   * window's start the first holds, after the last one's end the last.
   */
  readonly policies: readonly PolicyWindowConfig[];
  readonly appointments: AppointmentsConfig | null;
  readonly walkIns: WalkInsConfig | null;
  readonly pickups: PickupsConfig | null;
  readonly calls: CallsConfig | null;
  readonly messages: MessagesConfig | null;
  readonly targets: TargetsConfig;
  readonly economics: EconomicsConfig;
}

/** A phone policy and the time of day it holds, minutes after midnight: [fromMin, toMin). */
export interface PolicyWindowConfig {
  readonly fromMin: number;
  readonly toMin: number;
  readonly policy: PolicyConfig;
}
