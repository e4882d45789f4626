// Variants compared on one seed see the same customers: the same callers at the same times with
// the same reasons, the same visitors booked or walking in at the same times with the same work.

import { describe, expect, it } from 'vitest';
import { loadVariant } from '../../../src/api/load.js';
import { engines } from '../../../src/engine/engines.js';
import type { CallAttemptRecord, DayObserver, VisitRecord } from '../../../src/model/observer.js';
import { simulateReplication } from '../../../src/model/simulate.js';
import { join } from 'node:path';
import { ROOT } from '../../support/cli.js';

/**
 * Who arrived in one replication, in a canonical order: first call attempts (with the talk time
 * of those a person answered), drop-off visitors, and pickups (their segment and service time).
 */
function customers(changes: readonly string[], replication: number, common: readonly string[] = []) {
  const loaded = loadVariant({ source: join(ROOT, 'scenarios/medium-dealership.yaml'), common: ['days=3', ...common], variant: { label: 'x', overrides: changes } });
  const calls: string[] = [];
  const talks = new Map<string, number>();
  const visits: string[] = [];
  const pickups: string[] = [];
  const ignore = () => {};
  const observer: DayObserver = {
    dayStarted: ignore,
    arrival: ignore,
    callAttempt: (record: CallAttemptRecord) => {
      if (record.attempt !== 1) return;
      calls.push(`${record.day} ${record.arrivalMin} ${record.reason} ${record.segment}`);
      // A call a person resolves takes its whole handling time (a desk's triage or a transfer would not).
      if (record.outcome === 'answered' && record.transfer === 'none' && record.skill === 'any') talks.set(`${record.day} ${record.arrivalMin}`, record.talkMin);
    },
    caller: ignore,
    visit: (record: VisitRecord) => {
      if (record.kind !== 'pickup') visits.push(`${record.day} ${record.kind} ${record.arrivalMin} ${record.segment} ${record.serviceMin}`);
      else pickups.push(`${record.day} ${record.segment} ${record.serviceMin}`);
    },
    callback: ignore,
    message: ignore,
    activity: ignore,
    queueLength: ignore,
    duty: ignore,
    dayEnded: ignore,
  };
  simulateReplication(loaded.config, replication, engines.recepsim, observer);
  return { calls: calls.sort(), talks, visits: visits.sort(), pickups: pickups.sort() };
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
        // A caller answered in both talks as long in both, though redials differ between them.
        let both = 0;
        for (const [call, talkMin] of variant.talks) {
          if (!reference.talks.has(call)) continue;
          both++;
          expect(talkMin, call).toBeCloseTo(reference.talks.get(call)!, 9);
        }
        expect(both).toBeGreaterThan(0.2 * reference.calls.length);
      }
    },
  );

  it('a drop-off brings the same pickup, whichever order the visits finish in', () => {
    // Nobody balks or gives up, so every drop-off is served in both; they finish in another order.
    const patient = ['walkIns.balkAt=1000', 'walkIns.patience={dist: deterministic, value: 10000}'];
    for (const changes of [['advisors=+1'], ['policy=divert']]) {
      const reference = customers([], 2, patient);
      const variant = customers(changes, 2, patient);
      expect(reference.pickups.length).toBeGreaterThan(40);
      expect(variant.pickups).toEqual(reference.pickups);
    }
  });

  it('another replication sees other customers', () => {
    expect(customers([], 1).calls).not.toEqual(customers([], 2).calls);
  });
});
