import { describe, expect, it } from 'vitest';
import { answerErlang, DEFAULT_TARGET, erlangRow, erlangTooLong, type ErlangQuestion } from '../../../src/analysis/erlang.js';
import { requiredServers } from '../../../src/analysis/queueing/index.js';
import { InputError } from '../../../src/model/issues.js';
import { referenceCases } from '../../support/reference.js';

describe('answerErlang', () => {
  it.each(referenceCases().map((c) => [c.id, c] as const))('%s: the figures of the published case for its team', (_id, c) => {
    const model = c.model === 'erlang-a' ? 'a' : c.model === 'erlang-b' ? 'b' : 'c';
    const answer = answerErlang({
      model,
      callsPerHour: c.params.lambda_per_min * 60,
      ahtMin: c.params.mean_service_min,
      patienceMin: c.params.patience_mean_min,
      agents: c.params.c,
      target: { serviceLevel: 0.8, withinSec: (c.params.sl_threshold_min ?? 20 / 60) * 60 },
    });
    expect(answer.rows).toHaveLength(1);
    const [row] = answer.rows;
    expect(row.agents).toBe(c.params.c);
    if (c.expected.sl_answered_within_t_over_offered !== undefined) {
      expect(row.serviceLevel).toBeCloseTo(c.expected.sl_answered_within_t_over_offered, 6);
    }
    if (c.expected.p_abandon !== undefined) expect(row.p_abandon).toBeCloseTo(c.expected.p_abandon, 6);
    if (c.expected.mean_wait_all !== undefined) expect(row.meanWaitSec! / 60).toBeCloseTo(c.expected.mean_wait_all, 6);
    if (c.required_agents.required_agents_sl80 !== undefined) expect(answer.requiredAgents).toBe(c.required_agents.required_agents_sl80);
  });

  it('the team a target needs is the smallest meeting it, and the rows around it say so', () => {
    const question = { model: 'a' as const, callsPerHour: 110, ahtMin: 4, patienceMin: 1.2, target: { serviceLevel: 0.9, withinSec: 30 } };
    const answer = answerErlang(question);
    const needed = requiredServers({
      lambdaPerMin: 110 / 60,
      meanServiceMin: 4,
      model: { kind: 'erlang-a', patienceMeanMin: 1.2 },
      target: { metric: 'service-level', atLeast: 0.9, withinMin: 0.5 },
    });
    expect(answer.requiredAgents).toBe(needed);
    expect(answer.rows.map((row) => row.agents)).toEqual([needed - 2, needed - 1, needed, needed + 1, needed + 2]);
    expect(answer.rows.map((row) => row.meetsTarget)).toEqual([false, false, true, true, true]);
    expect(answer.offeredLoadErlangs).toBeCloseTo((110 / 60) * 4, 12);
  });

  it('Erlang C has no figures for a team the load overwhelms', () => {
    const answer = answerErlang({ model: 'c', callsPerHour: 120, ahtMin: 3, agents: 6 });
    expect(answer.rows[0]).toMatchObject({ agents: 6, serviceLevel: null, utilisation: null, meetsTarget: false });
  });

  it.each([
    ['c', 200, 3, undefined, 0.8, 20],
    ['c', 37, 11, undefined, 0.95, 5],
    ['a', 110, 4, 1.2, 0.9, 30],
    ['a', 3000, 2.5, 0.4, 0.8, 20],
    ['a', 500, 6, 30, 0.99, 0],
    ['b', 60, 3, undefined, 0.98, 0],
    ['b', 900, 5, undefined, 0.5, 10],
  ] as const)('%s %d calls/h × %d min (patience %s): the team found is the first of every team tried one by one', (model, callsPerHour, ahtMin, patienceMin, serviceLevel, withinSec) => {
    const question: ErlangQuestion = { model, callsPerHour, ahtMin, patienceMin, target: { serviceLevel, withinSec }, maxAgents: 400 };
    let first: number | null = null;
    for (let agents = 1; agents <= 400 && first === null; agents++) if (erlangRow(question, agents, question.target!).meetsTarget) first = agents;
    expect(first).not.toBeNull();
    expect(answerErlang(question).requiredAgents).toBe(first);
  });

  it('a call centre\'s traffic gets its team, and a sum that would take minutes is named before it starts', () => {
    const question = { model: 'a', callsPerHour: 100_000, ahtMin: 4, patienceMin: 1.5, maxAgents: 10_000 } as const;
    const { requiredAgents } = answerErlang(question);
    expect(requiredAgents).not.toBeNull();
    expect(erlangRow(question, requiredAgents!, DEFAULT_TARGET).meetsTarget).toBe(true);
    expect(erlangRow(question, requiredAgents! - 1, DEFAULT_TARGET).meetsTarget).toBe(false);
    expect(erlangTooLong(question)).toBeNull();
    expect(erlangTooLong({ model: 'a', callsPerHour: 1e12, ahtMin: 3, patienceMin: 1, maxAgents: 10_000 })).toMatchObject({ agents: 9998 });
    expect(erlangTooLong({ model: 'a', callsPerHour: 100, ahtMin: 3, patienceMin: 1e9 })?.states).toBeGreaterThan(1e8);
    expect(erlangTooLong({ model: 'c', callsPerHour: 1e12, ahtMin: 3 })).toBeNull();
  });

  it('says plainly when no team up to the limit meets the target', () => {
    expect(answerErlang({ model: 'b', callsPerHour: 60, ahtMin: 3, target: { serviceLevel: 0.999, withinSec: 0 }, maxAgents: 5 }).requiredAgents).toBeNull();
  });

  it('refuses a question it cannot answer with an InputError naming each field, as the command line does', () => {
    const issuesOf = (question: ErlangQuestion) => {
      try {
        answerErlang(question);
      } catch (error) {
        if (error instanceof InputError) return error.issues.map((issue) => issue.path.join('.'));
        throw error;
      }
      return [];
    };
    expect(issuesOf({ model: 'c', callsPerHour: -5, ahtMin: Number.NaN })).toEqual(['callsPerHour', 'ahtMin']);
    expect(issuesOf({ model: 'a', callsPerHour: 60, ahtMin: 4 })).toEqual(['patienceMin']);
    expect(issuesOf({ model: 'x' as ErlangQuestion['model'], callsPerHour: 60, ahtMin: 4 })).toEqual(['model']);
    expect(issuesOf({ model: 'c', callsPerHour: 1e200, ahtMin: 1e200 })).toEqual(['ahtMin']);
    expect(issuesOf({ model: 'c', callsPerHour: 60, ahtMin: 4, agents: 0 })).toEqual(['agents']);
    expect(issuesOf({ model: 'c', callsPerHour: 60, ahtMin: 4, agents: 30, maxAgents: 20 })).toEqual(['agents']);
    expect(issuesOf({ model: 'c', callsPerHour: 60, ahtMin: 4, target: { serviceLevel: 1, withinSec: -1 } })).toEqual(['target.serviceLevel', 'target.withinSec']);
    expect(issuesOf({ model: 'a', callsPerHour: 1e7, ahtMin: 4, patienceMin: 1e6 })).toEqual(['patienceMin']);
    expect(issuesOf({ model: 'c', callsPerHour: 60, ahtMin: 4, target: { serviceLevel: 0.9999, withinSec: 20 } })).toEqual([]);
  });
});
