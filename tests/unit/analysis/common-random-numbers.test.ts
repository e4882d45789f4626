// Variants compared on one seed see the same customers: the same callers at the same times with
// the same reasons, the same visitors booked or walking in at the same times with the same work.

import { describe, expect, it } from 'vitest';
import { loadVariant } from '../../../src/api/load.js';
import { engines } from '../../../src/engine/engines.js';
import type { CallAttemptRecord, DayObserver, VisitRecord } from '../../../src/model/observer.js';
import { simulateReplication } from '../../../src/model/simulate.js';
import { join } from 'node:path';
import { ROOT } from '../../support/cli.js';

/** Who arrived in one replication: first call attempts and drop-off visitors, in a canonical order. */
function customers(changes: readonly string[], replication: number) {
  const loaded = loadVariant({ source: join(ROOT, 'scenarios/medium-dealership.yaml'), common: ['days=3'], variant: { label: 'x', overrides: changes } });
  const calls: string[] = [];
  const visits: string[] = [];
  const ignore = () => {};
  const observer: DayObserver = {
    dayStarted: ignore,
    arrival: ignore,
    callAttempt: (record: CallAttemptRecord) => {
      if (record.attempt === 1) calls.push(`${record.day} ${record.arrivalMin} ${record.reason} ${record.segment}`);
    },
    caller: ignore,
    visit: (record: VisitRecord) => {
      if (record.kind !== 'pickup') visits.push(`${record.day} ${record.kind} ${record.arrivalMin} ${record.segment} ${record.serviceMin}`);
    },
    callback: ignore,
    message: ignore,
    activity: ignore,
    queueLength: ignore,
    duty: ignore,
    dayEnded: ignore,
  };
  simulateReplication(loaded.config, replication, engines.recepsim, observer);
  return { calls: calls.sort(), visits: visits.sort() };
}

describe('common random numbers', () => {
  it.each([[['advisors=+2']], [['policy=divert']], [['policy=phone-desk:1']], [['policy=threshold:1', 'advisors=-1']]])(
    'variant %j sees the same callers and drop-off visitors as the scenario as written',
    (changes) => {
      for (const replication of [0, 3]) {
        const reference = customers([], replication);
        const variant = customers(changes, replication);
        expect(reference.calls.length).toBeGreaterThan(200);
        expect(reference.visits.length).toBeGreaterThan(50);
        expect(variant.calls).toEqual(reference.calls);
        expect(variant.visits).toEqual(reference.visits);
      }
    },
  );

  it('another replication sees other customers', () => {
    expect(customers([], 1).calls).not.toEqual(customers([], 2).calls);
  });
});
