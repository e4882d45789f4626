import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The loader's text path must run where there is no file system (the browser): nothing it
// imports, directly or not, may import node:* modules.
const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../../src');

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/gm)].map((match) => match[1]);
}

/** Every src module reached from `entry` through relative imports, and the non-relative imports they make. */
function closure(entry: string): { modules: string[]; external: Map<string, string> } {
  const seen = new Set<string>();
  const external = new Map<string, string>();
  const stack = [entry];
  while (stack.length > 0) {
    const file = stack.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of importsOf(file)) {
      if (specifier.startsWith('.')) stack.push(resolve(dirname(file), specifier).replace(/\.js$/, '.ts'));
      else external.set(specifier, relative(SRC, file));
    }
  }
  return { modules: [...seen], external };
}

describe('the text loader', () => {
  it.each(['io/load-scenario-text.ts', 'io/format-issues.ts'])('%s reaches no node:* module', (entry) => {
    const { external } = closure(join(SRC, entry));
    const nodeImports = [...external].filter(([specifier]) => specifier.startsWith('node:') || specifier === 'fs');
    expect(nodeImports).toEqual([]);
  });

  it('is told apart from the file loader (the check sees through imports)', () => {
    const { modules, external } = closure(join(SRC, 'io/load-scenario.ts'));
    expect(modules.length).toBeGreaterThan(5);
    expect(external.get('node:fs')).toBe(join('io', 'text-file.ts'));
    expect(external.has('zod')).toBe(true);
  });
});
