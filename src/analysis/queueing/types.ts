// Public types of the exact queueing models: their inputs and metrics, in minutes and per minute.
// Separate so every model module, and every caller, shares one vocabulary without pulling in math.

/**
 * Steady-state metrics of one queue, per arrival unless noted, named as in the published
 * reference (`erlang-published.json`), whose vocabulary the reports share.
 */
export interface QueueMetrics {
  /** Share of arrivals that find every server busy and are not blocked (so they queue), in [0, 1]. */
  p_wait_gt0: number;
  /** Mean time in queue over all arrivals, minutes (0 if not delayed; time to hang-up for abandoners). */
  mean_wait_all: number;
  /** Mean time in queue over served arrivals only, minutes. */
  mean_wait_served: number;
  /** Share of arrivals that hang up before service, in [0, 1]. */
  p_abandon: number;
  /** Share of arrivals turned away at once because no server is free (Erlang B loss), in [0, 1]. */
  p_blocked: number;
  /** Arrivals answered within the threshold divided by all arrivals (the primary service level), in [0, 1]. */
  sl_answered_within_t_over_offered: number;
  /** Arrivals answered within the threshold divided by answered arrivals, in [0, 1]. */
  sl_within_t_over_answered: number;
  /** Time-average share of servers busy, in [0, 1]. */
  utilisation: number;
}

/** One pool of identical servers with Poisson arrivals and exponential service times. */
export interface PoolParams {
  /** Number of servers c, a positive integer. */
  servers: number;
  /** Arrival rate λ, calls per minute (> 0). */
  lambdaPerMin: number;
  /** Mean service (handling) time 1/μ, minutes (> 0). */
  meanServiceMin: number;
}

/** A pool plus the service-level threshold t, minutes (≥ 0). */
export interface ServiceLevelParams extends PoolParams {
  /** Service-level threshold t: answered within this many minutes counts as good, minutes (≥ 0). */
  slThresholdMin: number;
}

/** Erlang A: a pool whose waiting callers hang up after an exponential patience. */
export interface ErlangAParams extends ServiceLevelParams {
  /** Mean patience 1/θ of a waiting caller, minutes (> 0, finite). */
  patienceMeanMin: number;
}

/**
 * Patience law of a waiting caller (time he is willing to wait before hanging up), minutes.
 * `none`: never hangs up (Erlang C). `deterministic`: the call is diverted after exactly
 * `valueMin` of ringing (M/M/c+D; 0 gives Erlang B). `exponential-capped`: exponential patience
 * with mean `meanMin`, but the call is cut after `capMin` anyway: patience = min(Exp, cap).
 */
export type Patience =
  | { kind: 'none' }
  | { kind: 'exponential'; meanMin: number }
  | { kind: 'deterministic'; valueMin: number }
  | { kind: 'exponential-capped'; meanMin: number; capMin: number };

/** M/M/c+G: a pool whose waiting callers have the given patience law. */
export interface MmcgParams extends ServiceLevelParams {
  /** Patience law of a waiting caller, minutes. */
  patience: Patience;
}

/** Which exact model `requiredServers` sizes. */
export type StaffingModel =
  | { kind: 'erlang-b' }
  | { kind: 'erlang-c' }
  | { kind: 'erlang-a'; patienceMeanMin: number }
  | { kind: 'mmcg'; patience: Patience };

/**
 * What `requiredServers` must reach. `service-level`: share answered within `withinMin`
 * minutes ≥ `atLeast`, over offered calls (default) or over answered ones. The others are
 * upper bounds on a probability per arrival; `blocking` applies to Erlang B only.
 */
export type StaffingTarget =
  | { metric: 'service-level'; atLeast: number; withinMin: number; over?: 'offered' | 'answered' }
  | { metric: 'p-wait'; atMost: number }
  | { metric: 'p-abandon'; atMost: number }
  | { metric: 'blocking'; atMost: number };

/** Input of `requiredServers`: the traffic, the model and the target. */
export interface StaffingParams {
  /** Arrival rate λ, calls per minute (> 0). */
  lambdaPerMin: number;
  /** Mean service time 1/μ, minutes (> 0). */
  meanServiceMin: number;
  /** The model to size. */
  model: StaffingModel;
  /** The target to meet. */
  target: StaffingTarget;
  /** Give up (RangeError) above this many servers; default 100 000. */
  maxServers?: number;
}

/**
 * M/M/c with exponential patience and redials: a caller who abandons, or who is blocked because
 * the queue is full, redials with probability p after an exponential delay; a caller who does
 * not redial is lost for good.
 */
export interface RetrialParams extends PoolParams {
  /** Abandonment rate θ of each waiting caller, per minute (≥ 0; 0: waiting callers never hang up). */
  abandonRatePerMin: number;
  /** Probability p that a caller who abandons or is blocked redials, in [0, 1]. */
  redialProbability: number;
  /** Mean delay before a redial d, minutes (> 0). */
  redialDelayMeanMin: number;
  /**
   * Waiting places K beyond the servers, an integer ≥ 0 (0: a caller who finds every server busy
   * is blocked at once). For an unlimited queue pass a K large enough that `p_blocked` is negligible.
   */
  queueCapacity: number;
  /** Solve with at least this many orbit levels (default 16); the solver enlarges it as needed. */
  minOrbitLevels?: number;
}

/** Steady-state metrics of the retrial model: per attempt (fresh call or redial) unless noted. */
export interface RetrialMetrics {
  /** Attempts per minute, fresh calls plus redials. */
  attempts_per_min: number;
  /** Share of attempts that join the queue (every server busy, a waiting place free), in [0, 1]. */
  p_wait_gt0: number;
  /** Share of attempts that find the system full and are turned away, in [0, 1]. */
  p_blocked: number;
  /** Share of attempts that hang up while waiting, in [0, 1]. */
  p_abandon: number;
  /** Mean time in queue per attempt, minutes (0 for attempts not delayed). */
  mean_wait_all: number;
  /** Share of fresh callers who are never served (gave up without redialling), in [0, 1]. */
  p_lost_for_good: number;
  /** Mean number of attempts per fresh caller (attempt rate / fresh rate), ≥ 1. */
  mean_attempts_per_caller: number;
  /** Time-average share of servers busy, in [0, 1]. */
  utilisation: number;
  /** Mean number of callers waiting to redial (the orbit), callers. */
  mean_orbit_size: number;
  /** Number of orbit levels M solved for (orbit sizes 0..M). */
  orbit_levels: number;
  /** Stationary mass in the top tenth (at least 4) of the orbit levels: what truncation at M may disturb. */
  truncated_mass: number;
  /**
   * States solved for over every truncation tried, (M + 1) × (c + K + 1) each: the work the
   * search for M did. The final truncation alone is (orbit_levels + 1) × (c + K + 1).
   */
  solved_states: number;
  /** Stationary distribution: `distribution[m][n]` = P(m callers in orbit, n in system). */
  distribution: Float64Array[];
}
