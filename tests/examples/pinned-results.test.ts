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
  'scenarios/small-dealership.yaml': 'df2c33799f2db388388b793d9acc57029169d24c5ef7f01430775489ba239a51',
  'scenarios/medium-dealership.yaml': 'b12a9420c835e86d8564c07efd108ea34c074e5e5e4f28595b67b6ccab5cb236',
  'scenarios/large-dealership-phone-desk.yaml': 'a61c379fee1ca45aa5a54124c5c46cfee43ee1a4c0e0a1ba5e7cc0b7daa2060c',
};

describe.each(Object.keys(PINNED))('%s', (path) => {
  it('gives the pinned results', async () => {
    const { scenario, config } = loadScenario(join(ROOT, path), { warnings: new WarningList(), overrides: ['replications=2', 'days=5'] });
    const results = await replicate(scenario, config, { engine: 'recepsim', workers: 1 });
    const summary = JSON.stringify(summarise(config, results.map((result) => result.totals)));
    expect(createHash('sha256').update(summary).digest('hex')).toBe(PINNED[path]);
  });
});
