// The public API of the exact queueing models, and the only module callers import: it keeps the
// split into one module per concept an internal detail of this folder.
//
// Exact steady-state results for one pool of identical servers fed by Poisson arrivals with
// exponential service: Erlang B (M/M/c/c), Erlang C (M/M/c), Erlang A (M/M/c+M), M/M/c+G and a
// retrial model with redials. They are the yardstick the simulator is validated against, so each
// model is computed from first principles and the models check one another in the tests.
//
// Units: time in minutes, rates per minute, offered load in Erlangs (λ × mean service time).
// Pure math: no imports outside this folder and no Node APIs, so it runs in the browser too.

export type {
  ErlangAParams,
  MmcgParams,
  Patience,
  PoolParams,
  QueueMetrics,
  RetrialMetrics,
  RetrialParams,
  ServiceLevelParams,
  StaffingModel,
  StaffingParams,
  StaffingTarget,
} from './types.js';
export { erlangB, erlangBMetrics, erlangC, erlangCMetrics } from './erlang-b-c.js';
export { erlangAMetrics, erlangAQueueStates, MAX_ERLANG_A_STATES } from './erlang-a.js';
export { mmcgMetrics } from './mmcg.js';
export { requiredServers } from './staffing.js';
export { retrialMetrics } from './retrial.js';
