// Times one import of a call log in a fresh process and prints its row as JSON: rows, seconds and
// the process's peak memory. `parse` reads the same file with csv-parse alone (the floor an
// importer cannot go below); `import` is recepsim's whole import: decode, parse, read rows,
// estimate, build the fragment.

import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import { importFile } from '../src/cli/calibration-sources.js';
import { fragmentYaml } from '../src/io/scenario-yaml.js';

const [mode, path] = process.argv.slice(2) as ['parse' | 'import', string];

async function parseOnly(): Promise<number> {
  let rows = 0;
  const parser = createReadStream(path, { highWaterMark: 1 << 20 }).pipe(parse({ delimiter: ';', relax_column_count: true, skip_empty_lines: true }));
  parser.on('data', () => rows++);
  await new Promise((resolve, reject) => parser.on('end', resolve).on('error', reject));
  return rows - 1;
}

async function importCalls(): Promise<number> {
  const imported = await importFile('calls', path, { map: [], strict: false, redialWindowMin: 120, answeredWithinSec: 20 });
  fragmentYaml([imported.fragment]);
  return (imported.estimate as { rows: number }).rows;
}

const start = process.hrtime.bigint();
const rows = mode === 'parse' ? await parseOnly() : await importCalls();
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
process.stdout.write(JSON.stringify({ rows, seconds, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
