// Runs the recepsim command in this process and, at exit, prints its peak resident memory (this
// process and its worker threads) to stderr as `peak-rss-kb <n>`: `node command-probe.js <args>`.

import { writeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../src/cli/main.js', import.meta.url));

process.on('exit', () => {
  writeSync(2, `\npeak-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
process.argv = [process.argv[0], CLI, ...process.argv.slice(2)];
await import(CLI);
