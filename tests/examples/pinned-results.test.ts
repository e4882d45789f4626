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
  'scenarios/small-dealership.yaml': '81f949f451b8294fd5f7fb5e95249156939b01920efdeae1cbed611a65b3de0d',
  'scenarios/medium-dealership.yaml': '5f6c4aad8a6a8ee054cc74b52d865a3ec4b7ddfe20bc4bd72adb212319cbc3ff',
  'scenarios/large-dealership-phone-desk.yaml': 'd9ce20115709e3aa42f18b5eec1e18c8d37e6173d5b1fb578048f599bc5d934b',
};

describe.each(Object.keys(PINNED))('%s', (path) => {
  it('gives the pinned results', async () => {
    const { scenario, config } = loadScenario(join(ROOT, path), { warnings: new WarningList(), overrides: ['replications=2', 'days=5'] });
    const results = await replicate(scenario, config, { engine: 'recepsim', workers: 1 });
    const summary = JSON.stringify(summarise(config, results.map((result) => result.totals)));
    expect(createHash('sha256').update(summary).digest('hex')).toBe(PINNED[path]);
  });
});
