// `recepsim erlang` as a user runs it: the published cases, JSON, and bad flags.

import { describe, expect, it } from 'vitest';
import { answerErlang, ERLANG_MODELS } from '../../src/analysis/erlang.js';
import { renderErlang } from '../../src/cli/render/erlang.js';
import { reportLanguage } from '../../src/text/report/index.js';
import { cli, erlangText } from '../../src/text/messages.js';
import { recepsim } from '../support/cli.js';
import { referenceCases } from '../support/reference.js';

describe('recepsim erlang', () => {
  it('gives the published Erlang C answer: 14 agents for 80 % within 20 s (100 calls per 30 min, 3 min each)', () => {
    const result = recepsim(['erlang', 'c', '--calls-per-hour', '200', '--aht-min', '3', '--json']);
    expect(result.code, result.stderr).toBe(0);
    const answer = JSON.parse(result.stdout);
    expect(answer.requiredAgents).toBe(14);
    const row = answer.rows.find((r: { agents: number }) => r.agents === 14);
    expect(row.serviceLevel).toBeCloseTo(0.88835, 4);
    expect(row.meetsTarget).toBe(true);
    expect(answer.rows.find((r: { agents: number }) => r.agents === 13).meetsTarget).toBe(false);
  });

  it.each(referenceCases('erlang-a').map((c) => [c.id, c] as const))('%s: Erlang A figures for the published team', (_id, c) => {
    const args = ['erlang', 'a', '--calls-per-hour', String(c.params.lambda_per_min * 60), '--aht-min', String(c.params.mean_service_min)];
    args.push('--patience-min', String(c.params.patience_mean_min), '--agents', String(c.params.c), '--json');
    const result = recepsim(args);
    expect(result.code, result.stderr).toBe(0);
    const [row] = JSON.parse(result.stdout).rows;
    expect(row.p_abandon).toBeCloseTo(c.expected.p_abandon, 5);
  });

  it('prints a table with the team the target needs', () => {
    const result = recepsim(['erlang', 'a', '--calls-per-hour', '110', '--aht-min', '4', '--patience-min', '1.2', '--target', '90/30']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Erlang A');
    expect(result.stdout).toMatch(/target 90\.0 ?% answered within 30 s: \d+ agents/);
    expect(result.stdout).toContain('✓ met');
  });

  it('writes the traffic as typed, in the numbers of the language asked for', () => {
    const answer = answerErlang({ model: 'a', callsPerHour: 1500.5, ahtMin: 4.5, patienceMin: 1.2, target: { serviceLevel: 0.855, withinSec: 30.5 } });
    const [es] = renderErlang(answer, 10_000, reportLanguage('es')).split('\n');
    expect(es).toBe('Erlang A — 1500,5 llamadas/h, 4,5 min por llamada, paciencia 1,2 min: carga ofrecida 112,54 Erlangs');
    const [en] = renderErlang({ ...answer, callsPerHour: 1_000_000 }, 10_000, reportLanguage('en')).split('\n');
    expect(en).toContain('1,000,000 calls/h, 4.5 min per call, patience 1.2 min');
    expect(renderErlang(answer, 10_000, reportLanguage('es'))).toContain('atendidas en 30,5 s');
    // A load too small for two decimals is not written as none.
    const trickle = answerErlang({ model: 'c', callsPerHour: 0.01, ahtMin: 4, target: { serviceLevel: 0.8, withinSec: 20 } });
    expect(renderErlang(trickle, 10_000, reportLanguage('es'))).toContain('carga ofrecida 0,00067 Erlangs');
  });

  it('shows the service level with the decimals the target needs: no missed team reads as reaching it', () => {
    for (const serviceLevel of [0.9999, 0.995, 0.8]) {
      const answer = answerErlang({ model: 'c', callsPerHour: 60, ahtMin: 4, target: { serviceLevel, withinSec: 20 } });
      const lines = renderErlang(answer, 10_000, reportLanguage('en')).split('\n');
      const targetShown = Number(/^target (\d+\.\d+)%/.exec(lines[1])![1]);
      expect(targetShown).toBe(serviceLevel * 100);
      answer.rows.forEach((row, index) => {
        const shown = Number(lines[4 + index].trim().split(/\s{2,}/)[3].replace('%', ''));
        expect(shown < targetShown, `${row.agents} agents: ${lines[4 + index]}`).toBe(!row.meetsTarget);
      });
    }
    // One decimal when that is enough, as every other share.
    expect(renderErlang(answerErlang({ model: 'c', callsPerHour: 60, ahtMin: 4 }), 10_000, reportLanguage('en'))).toMatch(/^target 80\.0% /m);
  });

  it.each([
    [['erlang', 'a', '--calls-per-hour', '100', '--aht-min', '4'], [erlangText.patienceNeeded()]],
    [['erlang', 'a', '--target', '80'], [cli.missingFlag('--calls-per-hour', 'a number above 0'), cli.missingFlag('--aht-min', 'a number above 0'), erlangText.patienceNeeded(), erlangText.targetExpected()]],
    [['erlang', 'c', '--calls-per-hour', 'abc', '--aht-min', '0'], [cli.badFlag('--calls-per-hour', 'a number above 0', 'abc'), cli.badFlag('--aht-min', 'a number above 0', '0')]],
    [['erlang', 'c', '--calls-per-hour', '100', '--aht-min', '4', '--target', '80'], [erlangText.targetExpected()]],
    // No finite team answers every random call in time: only rounding would find one.
    [['erlang', 'b', '--calls-per-hour', '100', '--aht-min', '4', '--target', '100/20'], [cli.badFlag('--target', erlangText.targetExpected(), '100/20')]],
    [['erlang', 'c', '--calls-per-hour', '1e200', '--aht-min', '1e200'], [cli.badFlag('--aht-min', erlangText.loadTooLarge(), '1e200')]],
    [['erlang', 'c', '--calls-per-hour', '100', '--aht-min', '4', '--agents', '2.5'], [cli.badFlag('--agents', 'a whole number from 1 to 10000', '2.5')]],
    [['erlang', 'c', '--calls-per-hour', '100', '--calls-per-hour', '120', '--aht-min', '4'], [cli.repeatedFlag('--calls-per-hour', ['100', '120'])]],
    [['erlang', 'x', '--calls-per-hour', '100', '--aht-min', '4'], [cli.badFlag('<model>', cli.oneOf(ERLANG_MODELS), 'x')]],
    [['erlang', 'x', '--calls-per-hour', '0', '--aht-min', '4'], [cli.badFlag('<model>', cli.oneOf(ERLANG_MODELS), 'x'), cli.badFlag('--calls-per-hour', 'a number above 0', '0')]],
    [['erlang', 'c', '--calls-per-hour', '100', '--aht-min', '4', '--agent', '3'], [cli.unknownFlag('--agent', '--agents')]],
    [['erlang', 'a', '--calls-per-hour', '1e12', '--aht-min', '3', '--patience-min', '1'], [erlangText.sumTooLong(9998, (1e12 / 60 - 9998 / 3) * 1, 2e7)]],
    [['erlang', 'a', '--calls-per-hour', '100', '--aht-min', '3', '--patience-min', '1e9', '--agents', '1'], ['Erlang A: with 1 agent ']],
  ])('%j is refused with one clear message and exit 2', (args, expected) => {
    const result = recepsim(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    for (const text of expected) expect(result.stderr).toContain(text);
  });

  it('warns that a patience changes nothing for Erlang C', () => {
    const result = recepsim(['erlang', 'c', '--calls-per-hour', '100', '--aht-min', '4', '--patience-min', '2']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(erlangText.patienceIgnored('Erlang C'));
  });
});
