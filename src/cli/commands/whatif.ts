// `recepsim whatif <scenario>`: the what-if page for a scenario, served on this computer only
// (127.0.0.1, a free port) or, with --export, written as one self-contained HTML file.
// 1. load and check the scenario (as `run` does) → 2. build the page from the bundles
// (dist/web, made by `npm run build`) → 3. serve it, or write it all at once.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Argv } from 'yargs';
import type { DescribedCommand } from './index.js';
import { formatIssue } from '../../io/format-issues.js';
import { fsErrorCode, fsFailure } from '../../io/fs-failure.js';
import { loadScenario } from '../../io/load-scenario.js';
import { checkNewFile, writeNewFile } from '../../io/output-file.js';
import { InputError } from '../../model/issues.js';
import { WarningList } from '../../model/issues.js';
import { cli } from '../../text/messages.js';
import { REPORT_LANGUAGES } from '../../text/report/index.js';
import { type PageBundles, whatIfPageHtml } from '../../web/page-html.js';
import { checkFlags, flag, typedTexts } from '../flags.js';
import { languageFlagCheck, languageOption, resolveLanguage, speakScenarioLanguage } from '../report-language.js';
import { printWarnings, rawArguments } from '../terminal.js';

interface WhatIfArgs {
  readonly scenario: string;
  readonly lang?: string;
  readonly export?: string;
  readonly set: readonly string[];
  readonly port?: number;
}

/** The `whatif` command. */
export const whatIfCommand: DescribedCommand<WhatIfArgs> = {
  command: 'whatif <scenario>',
  describe: 'open the what-if page for a scenario: move controls, see the day change (served on 127.0.0.1)',
  builder: (yargs: Argv) =>
    languageOption(yargs, `language of the page: ${REPORT_LANGUAGES.join(' or ')} (default: the scenario's locale, else LANG)`)
      .positional('scenario', { type: 'string', demandOption: true, describe: 'scenario file (.yaml, .yml or .json)' })
      .option('export', { type: 'string', describe: 'write the page to this .html file instead (works offline, by double-click)' })
      .option('set', { type: 'string', array: true, default: [], requiresArg: true, describe: 'override a field: --set staff.advisors=4' })
      .option('port', { type: 'number', requiresArg: true, describe: 'port on 127.0.0.1 (default: a free one)' })
      .example('$0 whatif scenarios/medium-dealership.yaml', 'serve the page and print its address')
      .example('$0 whatif scenarios/medium-dealership.yaml --export whatif.html', 'write a page to open or mail') as unknown as Argv<WhatIfArgs>,
  arguments: {
    positionals: { scenario: { expects: cli.expectedScenarioFile, file: 'input' } },
    fileFlags: { export: { expects: cli.htmlFileExpected, file: 'output' } },
  },
  handler: (args) => whatIf(args),
};

// The bundles `npm run build` writes, beside the compiled CLI: dist/src/cli/commands → dist/web.
const BUNDLES = fileURLToPath(new URL('../../../web/', import.meta.url));

async function whatIf(args: WhatIfArgs): Promise<void> {
  // Messages speak the scenario's locale (unless --lang), from its own problems on.
  speakScenarioLanguage(args, args.scenario, process.env);
  // 1. Flags, then the scenario, checked like `run` checks it.
  // The port as typed (yargs' number would take '0x50' or '8e3').
  const port = typedTexts(rawArguments(), 'port').at(-1);
  checkFlags([
    flag('--port', port, (v) => /^\d+$/.test(v.trim()) && Number(v) <= 65535, cli.portExpected()),
    flag('--export', args.export, (v) => /\.html?$/i.test(v.trim()), cli.htmlFileExpected()),
    languageFlagCheck(args),
  ]);
  if (args.export !== undefined) checkNewFile(args.export, cli.exportExists);
  const warnings = new WarningList();
  const { scenario } = loadScenario(args.scenario, { overrides: args.set, warnings });
  // A page written to a file is not served: a --port beside --export changes nothing.
  const portUnused = args.export !== undefined && port !== undefined ? [{ path: [], file: `--port ${port}`, message: cli.portWithExport() }] : [];
  printWarnings([...portUnused, ...warnings.issues], process.stderr);

  // 2. The page.
  const html = whatIfPageHtml(readBundles(), {
    scenario,
    sourceName: basename(args.scenario),
    warnings: warnings.issues.map(formatIssue),
    language: resolveLanguage({ lang: args.lang }, scenario.locale, process.env).language,
    version: (createRequire(import.meta.url)('../../../../package.json') as { version: string }).version,
  });

  // 3. Written, or served.
  if (args.export !== undefined) {
    writeNewFile(args.export, html, cli.exportExists);
    process.stdout.write(`${cli.whatIfExported(args.export)}\n`);
    return;
  }
  await serve(html, scenario.name, port === undefined ? 0 : Number(port));
}

function readBundles(): PageBundles {
  const read = (name: string) => {
    try {
      return readFileSync(join(BUNDLES, name), 'utf8');
    } catch {
      throw new Error(cli.whatIfNotBuilt(BUNDLES));
    }
  };
  return { page: read('page.js'), simWorker: read('sim-worker.js'), summaryWorker: read('summary-worker.js'), chartWorker: read('chart-worker.js'), goalSeekWorker: read('goal-seek-worker.js') };
}

/** Serves the page on 127.0.0.1 until the process is told to stop. */
async function serve(html: string, scenarioName: string, port: number): Promise<void> {
  const body = Buffer.from(html, 'utf8');
  let address = '';
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    // Only this computer's own names for the server: a page elsewhere cannot reach it through
    // a name of its own that resolves here (DNS rebinding).
    const host = request.headers.host ?? '';
    if (host !== address && host !== address.replace('127.0.0.1', 'localhost')) {
      response.writeHead(421, { 'content-type': 'text/plain' }).end('misdirected request\n');
      return;
    }
    const path = (request.url ?? '/').split(/[?#]/)[0];
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
    } else if (path === '/' || path === '/index.html') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length, 'cache-control': 'no-store' });
      response.end(request.method === 'HEAD' ? undefined : body);
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error) => {
      // A port taken or refused is the user's --port (the free one the system picks cannot be).
      const code = fsErrorCode(error);
      reject(code === undefined ? error : new InputError([{ path: [], message: cli.portUnavailable(port, code === 'EADDRINUSE' ? cli.portInUse() : fsFailure(error)) }]));
    });
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const bound = server.address();
  if (bound === null || typeof bound === 'string') throw new Error(`what-if server: unexpected address ${String(bound)}`);
  address = `127.0.0.1:${bound.port}`;
  process.stdout.write(`${cli.whatIfServing(scenarioName, `http://${address}/`)}\n`);
  process.stderr.write(`${cli.whatIfStop()}\n`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      server.close(() => resolve());
      server.closeAllConnections();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
