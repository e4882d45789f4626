// Results change only on purpose: the summary of each shipped scenario (2 replications × 5 days)
// is pinned by its SHA-256. A change that moves any number fails here; when the move is meant
// (a new stream scheme, a corrected rule), re-check tests/validation against theory, then
// update the hashes below in the same commit and say why in its message.

import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replicate } from '../../src/analysis/replicate.js';
import { loadScenario } from '../../src/io/load-scenario.js';
import { summarise } from '../../src/metrics/summary/index.js';
import { WarningList } from '../../src/model/issues.js';
import { ROOT } from '../support/cli.js';

/** SHA-256 of the summary JSON, by scenario. */
const PINNED: Record<string, string> = {
  'scenarios/small-dealership.yaml': '8861664b881b94ace714c862ed52361d78034bbb56b80d3dd07ef1334f7447f8',
  'scenarios/medium-dealership.yaml': 'e1bde2e715c3c36e96a24480b9dab3043c0fac99ab0cca45a13feb9e7f6de5a7',
  'scenarios/large-dealership-phone-desk.yaml': '75cc1284e02c8e9b9c07f22d131c1b4fbef03912f76921925b64e3ffc48e01ad',
};

describe.each(Object.keys(PINNED))('%s', (path) => {
  it('gives the pinned results', async () => {
    const { scenario, config } = loadScenario(join(ROOT, path), { warnings: new WarningList(), overrides: ['replications=2', 'days=5'] });
    const results = await replicate(scenario, config, { engine: 'recepsim', workers: 1 });
    const summary = JSON.stringify(summarise(config, results.map((result) => result.totals)));
    expect(createHash('sha256').update(summary).digest('hex')).toBe(PINNED[path]);
  });
});
