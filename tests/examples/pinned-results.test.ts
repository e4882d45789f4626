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
  'scenarios/small-dealership.yaml': 'd355f90c8b3eb2bb4040a60fdf6a849908a9ae98213336027a72fbf4d404fe7c',
  'scenarios/medium-dealership.yaml': '2f5d5f44f98dcdc175c8cb70de39ebe5db21e0e972cc1bfd4ccd7c6409b85045',
  'scenarios/large-dealership-phone-desk.yaml': '490bde60078934c96f33264605f767ab67bdace2d43d4b8f403d2a0581bea067',
};

describe.each(Object.keys(PINNED))('%s', (path) => {
  it('gives the pinned results', async () => {
    const { scenario, config } = loadScenario(join(ROOT, path), { warnings: new WarningList(), overrides: ['replications=2', 'days=5'] });
    const results = await replicate(scenario, config, { engine: 'recepsim', workers: 1 });
    const summary = JSON.stringify(summarise(config, results.map((result) => result.totals)));
    expect(createHash('sha256').update(summary).digest('hex')).toBe(PINNED[path]);
  });
});
