// Holds the folder rules of the architecture: which folder of src/ may import which, and that
// only cli/ touches the process and only io/ and cli/ touch files (one documented exception:
// the simjs loader reads its bundle).

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');

/** Folder → folders of src/ it may import (besides itself). `text` is a leaf everyone may use. */
const MAY_IMPORT: Record<string, readonly string[]> = {
  cli: ['api', 'analysis', 'report', 'io', 'model', 'metrics', 'engine', 'text', 'web'],
  api: ['analysis', 'report', 'io', 'model', 'metrics', 'engine', 'text'],
  io: ['model', 'text'],
  analysis: ['model', 'metrics', 'engine', 'text'],
  report: ['metrics', 'model', 'text'],
  metrics: ['model', 'text'],
  model: ['engine', 'text'],
  engine: [],
  // The what-if page runs in a browser: no io, no cli (nor Node itself, nor the worker pool: see below).
  web: ['engine', 'model', 'metrics', 'analysis', 'report', 'text'],
  text: [],
};

/** Files outside cli/ and io/ allowed to use the file system, and why. */
const FILE_SYSTEM_EXCEPTIONS: Record<string, string> = {
  'engine/simjs/load-simjs.ts': 'simjs is a browserify bundle that must be evaluated from its source',
};

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const files = sourceFiles(SRC).map((path) => ({
  path,
  name: relative(SRC, path),
  folder: relative(SRC, path).split('/')[0],
  text: readFileSync(path, 'utf8'),
}));

function importsOf(text: string): string[] {
  return [...text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((match) => match[1]);
}

describe('architecture', () => {
  it('every src folder is known to the rules', () => {
    expect(new Set(files.map((file) => file.folder))).toEqual(new Set(Object.keys(MAY_IMPORT)));
  });

  it.each(files.map((file) => [file.name, file] as const))('%s imports only what its folder may', (_name, file) => {
    for (const specifier of importsOf(file.text)) {
      if (!specifier.startsWith('.')) continue;
      const target = relative(SRC, resolve(dirname(file.path), specifier)).split('/')[0];
      if (target === file.folder) continue;
      expect(MAY_IMPORT[file.folder], `${file.name} imports ${specifier}`).toContain(target);
    }
  });

  it('only cli/ touches the process', () => {
    const offenders = files.filter((file) => file.folder !== 'cli' && /\bprocess\.(argv|exit|stdout|stderr|env|exitCode)\b/.test(file.text));
    expect(offenders.map((file) => file.name)).toEqual([]);
  });

  it('only cli/ and io/ touch files', () => {
    const offenders = files.filter(
      (file) =>
        !['cli', 'io'].includes(file.folder) &&
        !(file.name in FILE_SYSTEM_EXCEPTIONS) &&
        importsOf(file.text).some((specifier) => /^(node:)?fs(\/promises)?$/.test(specifier)),
    );
    expect(offenders.map((file) => file.name)).toEqual([]);
  });

  it('web/ uses no Node module and not the worker-thread pool (it runs in a browser)', () => {
    const nodeBuiltin = /^(node:|(fs|path|os|url|crypto|http|https|child_process|worker_threads|module|stream)(\/|$)|piscina$)/;
    const offenders = files
      .filter((file) => file.folder === 'web')
      .flatMap((file) =>
        importsOf(file.text)
          .filter((specifier) => nodeBuiltin.test(specifier) || /analysis\/(replicate|replication-worker|worker-threads)\.js$/.test(specifier))
          .map((specifier) => `${file.name} imports ${specifier}`),
      );
    expect(offenders).toEqual([]);
  });

  it("analysis/ is pure but for the thread pool: no Node API, no Node-only engine", () => {
    // The planning logic runs in a browser too (Web Workers instead of threads), so only the
    // modules that run replications on Node's threads may use Node.
    const threadModules = ['analysis/replicate.ts', 'analysis/replication-worker.ts', 'analysis/worker-threads.ts'];
    const offenders = files.filter(
      (file) =>
        file.folder === 'analysis' &&
        !threadModules.includes(file.name) &&
        importsOf(file.text).some((specifier) => specifier.startsWith('node:') || specifier === 'piscina' || specifier.endsWith('engine/engines.js')),
    );
    expect(offenders.map((file) => file.name)).toEqual([]);
  });

  it('what the command line loads before a command runs reaches no scenario reader, schema, CSV, chart or statistics library (so --help is quick)', () => {
    const byName = new Map(files.map((file) => [file.name, file]));
    const reached = new Set<string>();
    const packages = new Set<string>();
    const visit = (name: string): void => {
      if (reached.has(name)) return;
      reached.add(name);
      // Type-only imports are erased; dynamic import() loads only when a command runs.
      const text = byName.get(name)!.text.replace(/^\s*(?:import|export)\s+type\b[^;]*;/gm, '');
      for (const specifier of importsOf(text)) {
        if (specifier.startsWith('.')) visit(relative(SRC, resolve(dirname(join(SRC, name)), specifier)).replace(/\.js$/, '.ts'));
        else packages.add(specifier.split('/')[0]);
      }
    };
    visit('cli/main.ts');
    expect([...packages].filter((name) => ['zod', 'yaml', 'csv-parse', 'csv-stringify', 'vega', 'vega-lite', 'jstat', 'piscina'].includes(name))).toEqual([]);
  });

  it('nothing uses Math.random', () => {
    expect(files.filter((file) => /Math\.random\s*\(/.test(file.text)).map((file) => file.name)).toEqual([]);
  });
});
