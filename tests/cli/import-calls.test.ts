// `recepsim import calls`, end to end: a known scenario is simulated, its trace written as a
// phone system's call log (plain CSV, and a Spanish export: ';', dd/mm/yyyy, decimal commas,
// Windows-1252, newest first, outgoing calls mixed in), and the import must recover the
// scenario's arrival profile, handling time, patience and redialling within its own intervals
// (four standard errors, as the validation tests allow). The fragment must run as a scenario.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { plainCallLog, spanishCallLog, type TracedCall, tracedCalls } from '../support/call-log.js';
import { recepsim, scratchFolder } from '../support/cli.js';
import { type Interval, withinFourSe } from '../support/intervals.js';

const PER_HOUR: Record<string, number> = { '08': 14, '09': 24, '10': 28, '11': 28, '12': 20, '13': 10, '14': 10, '15': 18, '16': 22, '17': 18, '18': 10 };
const FACTORS: Record<string, number> = { mon: 1.3, tue: 1, wed: 1, thu: 1, fri: 0.8 };
const BASE = [
  'name: Round trip calls',
  'day: { open: "08:00", close: "19:00" }',
  'seed: 8',
  'staff: { advisors: 2 }',
  'policy: { kind: divert, ringSec: 60 }',
].join('\n');
const SCENARIO = `${BASE}
days: 60
replications: 2
calls:
  perHour: ${JSON.stringify(PER_HOUR)}
  weekdayFactors: ${JSON.stringify(FACTORS)}
  reasons:
    - { name: all, share: 1, handle: { dist: lognormal, mean: 3, cv: 0.6 } }
  patience: { dist: exponential, mean: 1.0 }
  redial: { p: 0.4, delay: { dist: exponential, mean: 12 }, maxAttempts: 3 }
`;

// Every weekday is simulated equally often, so the average day's level is the mean factor.
const MEAN_FACTOR = Object.values(FACTORS).reduce((sum, f) => sum + f, 0) / 5;



let folder: string;
let calls: TracedCall[];
/** `import calls <file> --json`, by file: read once. */
const imported = new Map<string, { scenario: { calls: Record<string, unknown> }; estimate: Record<string, unknown> }>();

function importJson(file: string) {
  if (!imported.has(file)) {
    const result = recepsim(['import', 'calls', file, '--json'], folder);
    expect(result.code, result.stderr).toBe(0);
    imported.set(file, JSON.parse(result.stdout));
  }
  return imported.get(file)!;
}

beforeAll(() => {
  folder = scratchFolder();
  writeFileSync(join(folder, 'calls.yaml'), SCENARIO);
  const run = recepsim(['run', 'calls.yaml', '--trace', '--quiet', '--out', 'sim'], folder);
  expect(run.code, run.stderr).toBe(0);
  calls = tracedCalls(readFileSync(join(folder, 'sim', 'trace.csv'), 'utf8'));
  writeFileSync(join(folder, 'plain.csv'), plainCallLog(calls));
  writeFileSync(join(folder, 'spanish.csv'), spanishCallLog(calls));
}, 120_000);

describe.each(['plain.csv', 'spanish.csv'])('import calls %s', (file) => {
  let estimate: {
    rows: number;
    fresh: { perHour: Interval[]; weekdayFactors: (Interval | null)[]; total: number };
    handling: { fit: { mean: Interval; cv: Interval } };
    patience: { meanSec: Interval };
    redial: { p: Interval; maxAttempts: number | null; delayMeanSec: Interval };
  };

  beforeAll(() => {
    estimate = importJson(file).estimate as typeof estimate;
  });

  it('reads every attempt, and finds the first attempts of each caller (fresh demand)', () => {
    expect(estimate.rows).toBe(calls.length);
    const trace = readFileSync(join(folder, 'sim', 'trace.csv'), 'utf8');
    const firstAttempts = trace.split('\n').filter((line) => line.includes(',call,first,')).length;
    expect(estimate.fresh.total).toBe(firstAttempts);
  });

  it('recovers the hourly arrival profile and the weekday factors', () => {
    let covered = 0;
    for (const [hour, rate] of Object.entries(PER_HOUR)) {
      const interval = estimate.fresh.perHour[Number(hour)];
      expect(withinFourSe(interval, rate * MEAN_FACTOR), `hour ${hour}`).toBe(true);
      if (interval.low <= rate * MEAN_FACTOR && rate * MEAN_FACTOR <= interval.high) covered++;
    }
    // Eleven 95 % intervals: at least 8 cover the truth unless something is off (P < 0.002).
    expect(covered).toBeGreaterThanOrEqual(8);
    Object.values(FACTORS).forEach((factor, weekday) => {
      expect(withinFourSe(estimate.fresh.weekdayFactors[weekday]!, factor / MEAN_FACTOR), `weekday ${weekday}`).toBe(true);
    });
    expect(estimate.fresh.weekdayFactors[5]).toBeNull();
  });

  it('recovers the handling time (lognormal mean 3 min, cv 0.6)', () => {
    expect(withinFourSe(estimate.handling.fit.mean, 180)).toBe(true);
    expect(withinFourSe(estimate.handling.fit.cv, 0.6)).toBe(true);
  });

  it('recovers the patience (exponential, mean 1 min) from censored waits', () => {
    expect(withinFourSe(estimate.patience.meanSec, 60)).toBe(true);
  });

  it('recovers the redial probability, the delay and the cap on attempts', () => {
    expect(withinFourSe(estimate.redial.p, 0.4)).toBe(true);
    expect(withinFourSe(estimate.redial.delayMeanSec, 12 * 60)).toBe(true);
    expect(estimate.redial.maxAttempts).toBe(3);
  });

  it('prints a fragment that runs as the calls of a scenario, and no phone number anywhere', () => {
    const result = recepsim(['import', 'calls', file], folder);
    expect(result.code, result.stderr).toBe(0);
    const fragment = parseYaml(result.stdout) as { calls: Record<string, unknown> };
    expect(Object.keys(fragment.calls)).toEqual(['perHour', 'weekdayFactors', 'reasons', 'patience', 'redial']);
    const scenario = join(folder, `from-${file}.yaml`);
    writeFileSync(scenario, `${BASE}\ndays: 2\nreplications: 2\n${result.stdout}`);
    const run = recepsim(['run', scenario, '--quiet', '--out', join(folder, `run-${file}`)], folder);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toContain('warning');
    for (const phone of calls.slice(0, 200).map((call) => call.phone.replace(/\D/g, '').slice(2))) {
      expect(result.stdout + result.stderr).not.toContain(phone);
    }
  });
});

describe('import calls, both exports', () => {
  it('give the same fresh demand and redials from the same calls', () => {
    const [plain, spanish] = [importJson('plain.csv'), importJson('spanish.csv')];
    expect(spanish.scenario.calls.perHour).toEqual(plain.scenario.calls.perHour);
    expect(spanish.scenario.calls.redial).toEqual(plain.scenario.calls.redial);
    expect(spanish.estimate.order).toBe('newest first');
    expect(plain.estimate.order).toBe('oldest first');
  });
});
