// The bare engine, driving a minimal M/M/c model, reproduces the published Erlang C cases on
// both calendars, within four standard errors of the run's own batch-means estimate.

import { describe, expect, it } from 'vitest';
import { runMmc, type MmcResult } from '../../bench/models/mmc.js';
import { createStream } from '../../src/engine/random.js';
import { ratioEstimate, type Estimate } from '../../src/metrics/confidence.js';
import { engineNames, newCalendar } from '../support/calendars.js';
import { maxStandardError, RUN_SCALE } from '../support/precision.js';
import { referenceCases } from '../support/reference.js';

const BATCHES = 40;

function estimates(result: MmcResult, arrivalsPerMin: number, servers: number): Record<string, Estimate> {
  const arrivals = result.batches.map((b) => b.arrivals);
  const per = (field: 'delayed' | 'waitSumMin' | 'withinThreshold' | 'serviceSumMin') =>
    result.batches.map((b) => b[field]);
  const service = ratioEstimate(per('serviceSumMin'), arrivals);
  return {
    p_wait_gt0: ratioEstimate(per('delayed'), arrivals),
    mean_wait_all: ratioEstimate(per('waitSumMin'), arrivals),
    sl_answered_within_t_over_offered: ratioEstimate(per('withinThreshold'), arrivals),
    // Work brought per arrival × arrivals per minute / servers is the time-average busy share.
    utilisation: {
      value: (service.value * arrivalsPerMin) / servers,
      standardError: (service.standardError * arrivalsPerMin) / servers,
      halfWidth95: (service.halfWidth95 * arrivalsPerMin) / servers,
    },
  };
}

describe.each(engineNames)('M/M/c on the %s calendar', (engine) => {
  it.each(referenceCases('erlang-c').map((c) => [c.id, c] as const))('reproduces %s', (_id, reference) => {
    const { lambda_per_min: lambda, mean_service_min: service, c } = reference.params;
    // Enough arrivals for a tight interval; the heavy-load case relaxes slowly, so it gets more.
    const rho = (lambda * service) / c;
    const customers = (rho > 0.9 ? 4_000_000 : 3_000_000) * RUN_SCALE;
    const horizonMin = customers / lambda;
    const result = runMmc(
      newCalendar(engine),
      {
        arrivalsPerMin: lambda,
        meanServiceMin: service,
        servers: c,
        horizonMin,
        warmupMin: horizonMin / 50,
        slThresholdMin: reference.params.sl_threshold_min ?? 0,
        batches: BATCHES,
      },
      { arrivals: createStream(7, [reference.id, 'arrivals']), service: createStream(7, [reference.id, 'service']) },
    );
    const measured = estimates(result, lambda, c);
    for (const [metric, estimate] of Object.entries(measured)) {
      const expected = reference.expected[metric];
      const message = `${metric}: simulated ${estimate.value} ± ${estimate.standardError} vs exact ${expected}`;
      expect(Math.abs(estimate.value - expected), message).toBeLessThanOrEqual(4 * estimate.standardError);
      // The check means something only if the run was precise.
      expect(estimate.standardError, message).toBeLessThan(maxStandardError(expected, metric));
    }
  });
});
