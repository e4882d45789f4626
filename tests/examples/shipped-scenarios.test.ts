// Every shipped scenario is a test fixture: it validates without warnings, runs, gives the same
// results on both calendars, and its charts are valid Vega-Lite.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replicate } from '../../src/analysis/replicate.js';
import type { EngineName } from '../../src/engine/engines.js';
import { loadScenario } from '../../src/io/load-scenario.js';
import { summarise } from '../../src/metrics/summary/index.js';
import { WarningList } from '../../src/model/issues.js';
import { buildReport, reportContext } from '../../src/report/index.js';
import { reportLanguage } from '../../src/text/report/index.js';
import { ROOT } from '../support/cli.js';
import { validateVegaLite } from '../support/vega-lite-schema.js';

const SCENARIOS = readdirSync(join(ROOT, 'scenarios'))
  .filter((name) => /\.(ya?ml|json)$/.test(name))
  .map((name) => join('scenarios', name));

async function summaryOn(path: string, engine: EngineName): Promise<string> {
  const { scenario, config } = loadScenario(join(ROOT, path), { warnings: new WarningList(), overrides: ['replications=2', 'days=5'] });
  const results = await replicate(scenario, config, { engine, workers: 1 });
  return JSON.stringify(summarise(config, results.map((result) => result.totals)));
}

describe.each(SCENARIOS)('%s', (path) => {
  it('validates without warnings', () => {
    const warnings = new WarningList();
    const { config } = loadScenario(join(ROOT, path), { warnings });
    expect(warnings.issues).toEqual([]);
    expect(config.replications).toBeGreaterThanOrEqual(2);
  });

  it('gives identical results on the recepsim and simjs calendars', async () => {
    const ours = await summaryOn(path, 'recepsim');
    expect(JSON.parse(ours).calls.offeredPerDay.value).toBeGreaterThan(0);
    expect(await summaryOn(path, 'simjs')).toBe(ours);
  });

  it('produces charts that pass the Vega-Lite schema', async () => {
    const { scenario, config } = loadScenario(join(ROOT, path), { warnings: new WarningList(), overrides: ['replications=2', 'days=2'] });
    const results = await replicate(scenario, config, { engine: 'recepsim', workers: 1 });
    const run = { version: 'test', scenarioFile: path, changes: [], warnings: [] };
    const files = await buildReport(summarise(config, results.map((result) => result.totals)), reportContext(scenario, run, reportLanguage('es')));
    const specs = Object.entries(files).filter(([name]) => name.endsWith('.vl.json'));
    expect(specs.length).toBeGreaterThanOrEqual(5);
    for (const [name, text] of specs) expect(validateVegaLite(JSON.parse(text)), name).toEqual([]);
    expect(files['report.html']).toContain('<svg');
    // Its grades are shown as the inputs that are estimates.
    expect(Object.keys(scenario.sources ?? {}).length).toBeGreaterThan(5);
    for (const field of Object.keys(scenario.sources ?? {})) expect(files['report.html']).toContain(`<code>${field}</code>`);
  });
});
