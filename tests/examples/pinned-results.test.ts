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
  'scenarios/small-dealership.yaml': '106ece93fb6c69513fdd3e3867ae1eefeeebab5c0ab5d55599bccd61d7c884cc',
  'scenarios/medium-dealership.yaml': 'f15575e09819d346f1ed666f93515dcd63600e21df66ff0adeb393af59efa6af',
  'scenarios/large-dealership-phone-desk.yaml': 'd47207aff788eb7f40586845f16f745418d8fd062d046cb0d3df15f113fbb185',
};

describe.each(Object.keys(PINNED))('%s', (path) => {
  it('gives the pinned results', async () => {
    const { scenario, config } = loadScenario(join(ROOT, path), { warnings: new WarningList(), overrides: ['replications=2', 'days=5'] });
    const results = await replicate(scenario, config, { engine: 'recepsim', workers: 1 });
    const summary = JSON.stringify(summarise(config, results.map((result) => result.totals)));
    expect(createHash('sha256').update(summary).digest('hex')).toBe(PINNED[path]);
  });
});
