// Staffing: the smallest pool whose exact metrics meet a target. Separate because it sits on top
// of every model and adds no queueing math of its own.

import { checkNonNegative, checkPositive, checkPositiveInteger, checkProbability, fail } from './checks.js';
import { erlangAMetrics } from './erlang-a.js';
import { erlangBMetrics, erlangCMetrics } from './erlang-b-c.js';
import { mmcgMetrics } from './mmcg.js';
import { patienceLaw } from './patience.js';
import type { QueueMetrics, ServiceLevelParams, StaffingParams } from './types.js';

/** Smallest number of servers whose exact metrics meet the target; RangeError if none ≤ maxServers. */
export function requiredServers(p: StaffingParams): number {
  const fn = 'requiredServers';
  checkPositive(fn, 'lambdaPerMin', p.lambdaPerMin);
  checkPositive(fn, 'meanServiceMin', p.meanServiceMin);
  const maxServers = p.maxServers ?? 100_000;
  checkPositiveInteger(fn, 'maxServers', maxServers);
  const target = p.target;
  const model = p.model;
  let threshold = 0;
  let meets: (m: QueueMetrics) => boolean;
  switch (target.metric) {
    case 'service-level': {
      checkProbability(fn, 'target.atLeast', target.atLeast);
      checkNonNegative(fn, 'target.withinMin', target.withinMin);
      if (target.over !== undefined && target.over !== 'offered' && target.over !== 'answered') {
        fail(fn, 'target.over', target.over, "'offered' or 'answered'");
      }
      threshold = target.withinMin;
      meets =
        target.over === 'answered'
          ? (m) => m.sl_within_t_over_answered >= target.atLeast
          : (m) => m.sl_answered_within_t_over_offered >= target.atLeast;
      break;
    }
    case 'p-wait':
      checkProbability(fn, 'target.atMost', target.atMost);
      meets = (m) => m.p_wait_gt0 <= target.atMost;
      break;
    case 'p-abandon':
      checkProbability(fn, 'target.atMost', target.atMost);
      meets = (m) => m.p_abandon <= target.atMost;
      break;
    case 'blocking':
      checkProbability(fn, 'target.atMost', target.atMost);
      if (model?.kind !== 'erlang-b') fail(fn, 'model.kind', model?.kind, "'erlang-b' for a blocking target");
      meets = (m) => m.p_blocked <= target.atMost;
      break;
    default:
      fail(fn, 'target.metric', (target as { metric: unknown })?.metric, "'service-level', 'p-wait', 'p-abandon' or 'blocking'");
  }

  const load = p.lambdaPerMin * p.meanServiceMin;
  const pool = (servers: number): ServiceLevelParams => ({
    servers,
    lambdaPerMin: p.lambdaPerMin,
    meanServiceMin: p.meanServiceMin,
    slThresholdMin: threshold,
  });
  let evaluate: (servers: number) => QueueMetrics;
  let first = 1;
  switch (model?.kind) {
    case 'erlang-b':
      evaluate = (servers) => erlangBMetrics(pool(servers));
      break;
    case 'erlang-c':
      evaluate = (servers) => erlangCMetrics(pool(servers));
      first = Math.floor(load) + 1; // the smallest stable pool
      break;
    case 'erlang-a':
      checkPositive(fn, 'model.patienceMeanMin', model.patienceMeanMin);
      evaluate = (servers) => erlangAMetrics({ ...pool(servers), patienceMeanMin: model.patienceMeanMin });
      break;
    case 'mmcg':
      patienceLaw(fn, model.patience);
      if (model.patience.kind === 'none') first = Math.floor(load) + 1;
      evaluate = (servers) => mmcgMetrics({ ...pool(servers), patience: model.patience });
      break;
    default:
      fail(fn, 'model.kind', (model as { kind: unknown } | undefined)?.kind, "'erlang-b', 'erlang-c', 'erlang-a' or 'mmcg'");
  }
  // A linear scan: every metric here is monotone in c, and the answer is near the load anyway.
  for (let servers = first; servers <= maxServers; servers++) {
    if (meets(evaluate(servers))) return servers;
  }
  throw new RangeError(
    `${fn}: target ${JSON.stringify(target)} is not met by any pool of up to maxServers = ${maxServers} servers`,
  );
}
