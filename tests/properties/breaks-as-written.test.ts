// A break is simulated as written: it starts when the contact in hand ends, and ends at its
// written end however late it started, so nobody is ever on a break at a time not written as
// one, and a roster's coverage is the one written.

import { describe, expect, it } from 'vitest';
import { engines } from '../../src/engine/engines.js';
import type { ModelConfig } from '../../src/model/config.js';
import { WarningList } from '../../src/model/issues.js';
import { normaliseScenario } from '../../src/model/normalise.js';
import type { Activity, DayObserver, Team } from '../../src/model/observer.js';
import { type ScenarioInput, scenarioSchema } from '../../src/model/schema/index.js';
import { simulateReplication } from '../../src/model/simulate.js';
import { randomScenario } from '../support/random-scenario.js';

type Span = { team: Team; member: number; fromMin: number; toMin: number };

/** Every break taken, by team and member, over one replication. */
function breaksTaken(config: ModelConfig): Span[] {
  const spans: Span[] = [];
  const ignore = () => {};
  const observer: DayObserver = {
    dayStarted: ignore,
    arrival: ignore,
    callAttempt: ignore,
    caller: ignore,
    visit: ignore,
    callback: ignore,
    message: ignore,
    activity: (team: Team, member: number, activity: Activity, fromMin: number, toMin: number) => {
      if (activity === 'break') spans.push({ team, member, fromMin, toMin });
    },
    queueLength: ignore,
    duty: ignore,
    dayEnded: ignore,
  };
  simulateReplication(config, 0, engines.recepsim, observer);
  return spans;
}

const configOf = (input: ScenarioInput) => normaliseScenario(scenarioSchema.parse(input), new WarningList());

/** One advisor on 08:00–18:00 with a 13:00–13:30 break, and one appointment at 12:50 taking `writeUpMin`. */
function oneVisitAcrossTheBreak(writeUpMin: number): ModelConfig {
  return configOf({
    name: 'break',
    day: { open: '08:00', close: '18:00' },
    days: 1,
    replications: 2,
    staff: { advisors: [{ from: '08:00', to: '18:00', breaks: ['13:00-13:30'] }] },
    policy: { kind: 'answer-all' },
    appointments: { slots: ['12:50'], writeUp: { dist: 'deterministic', value: writeUpMin } },
  });
}

describe('a break taken late', () => {
  it('starts when the visit in hand ends and still ends at its written end', () => {
    expect(breaksTaken(oneVisitAcrossTheBreak(20))).toEqual([{ team: 'advisors', member: 0, fromMin: 13 * 60 + 10, toMin: 13 * 60 + 30 }]);
  });

  it('is taken whole when the advisor is free at its start', () => {
    expect(breaksTaken(oneVisitAcrossTheBreak(5))).toEqual([{ team: 'advisors', member: 0, fromMin: 13 * 60, toMin: 13 * 60 + 30 }]);
  });

  it('is not taken at all when the visit in hand outlasts it', () => {
    expect(breaksTaken(oneVisitAcrossTheBreak(60))).toEqual([]);
  });

  it('does not push the next break back: back-to-back breaks end as written', () => {
    const config = configOf({
      name: 'two breaks',
      day: { open: '08:00', close: '18:00' },
      days: 1,
      replications: 2,
      staff: { advisors: [{ from: '08:00', to: '18:00', breaks: ['13:00-13:30', '13:30-14:00'] }] },
      policy: { kind: 'answer-all' },
      appointments: { slots: ['12:50'], writeUp: { dist: 'deterministic', value: 20 } },
    });
    const spans = breaksTaken(config);
    expect(spans.map((span) => [span.fromMin, span.toMin])).toEqual([
      [13 * 60 + 10, 13 * 60 + 30],
      [13 * 60 + 30, 14 * 60],
    ]);
  });
});

describe('over random scenarios with shifts and breaks', () => {
  it.each(Array.from({ length: 40 }, (_, i) => i + 1))('scenario %i: every break lies inside a break written for that person', (seed) => {
    const input = randomScenario(seed);
    const config = configOf(input);
    const shiftsOf: Record<Team, ModelConfig['advisors']> = {
      advisors: config.advisors,
      phoneDesk: config.phoneDesk,
      parts: config.parts?.agents ?? [],
      overflow: [],
    };
    for (const span of breaksTaken(config)) {
      const written = shiftsOf[span.team][span.member].breaks;
      const inside = written.some((pause) => pause.fromMin <= span.fromMin && span.toMin <= pause.toMin + 1e-9);
      expect(inside, `${span.team} ${span.member}: break ${span.fromMin}–${span.toMin}, written ${JSON.stringify(written)}`).toBe(true);
    }
  });
});
