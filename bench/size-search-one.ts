// Times size's search alone, as the library runs it (the pool opened, the teams searched, the
// scenario as written simulated; no start-up, no report, nothing written), on the medium example
// for 3 policies over 1–8 advisors, and prints `{"seconds": …}`; at exit, like command-probe.ts,
// its peak memory to stderr. Run in a fresh process per measurement (planning-bench.ts).
//   node dist/bench/size-search-one.js <workers> [first replications]

import { writeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { size } from '../src/api/size.js';

const [workers, firstReps] = process.argv.slice(2).map(Number);
process.on('exit', () => {
  writeSync(2, `\npeak-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
const started = performance.now();
await size({
  scenario: fileURLToPath(new URL('../../scenarios/medium-dealership.yaml', import.meta.url)),
  policies: [{ kind: 'answer-all' }, { kind: 'divert' }, { kind: 'threshold' }],
  maxAdvisors: 8,
  workers,
  initialReps: Number.isNaN(firstReps) ? undefined : firstReps,
  out: null,
  report: false,
});
process.stdout.write(`${JSON.stringify({ seconds: (performance.now() - started) / 1000 })}\n`);
