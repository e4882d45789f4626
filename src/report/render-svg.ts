// Vega-Lite spec → SVG text, headless: compiled with vega-lite and rendered by a vega View with
// no renderer attached, so no browser and no canvas. Without the optional `canvas` package vega
// estimates text widths from font size, which is deterministic (and close enough for labels).

import { View, Warn, parse, type LoggerInterface } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

/** Options of renderChartSvg. */
export interface RenderOptions {
  /**
   * Prefix of the ids inside the SVG (clip paths, gradients), numbered in order of appearance:
   * gives the same text whatever was rendered before, and lets several SVGs share one HTML page.
   */
  readonly idPrefix?: string;
  /** Collects vega-lite and vega warnings; without it they are dropped (a report never prints). */
  readonly warnings?: string[];
}

/** The chart of a Vega-Lite spec as SVG text. */
export async function renderChartSvg(spec: TopLevelSpec, options: RenderOptions = {}): Promise<string> {
  const logger = collectingLogger(options.warnings ?? []);
  const compiled = compile(spec, { logger }).spec;
  const view = new View(parse(compiled), { renderer: 'none', logger, logLevel: Warn });
  try {
    const svg = await view.toSVG();
    return renumberIds(svg, options.idPrefix ?? 'chart');
  } finally {
    view.finalize();
  }
}

/** A vega logger that appends warnings and errors to `sink` instead of printing them. */
function collectingLogger(sink: string[]): LoggerInterface {
  let level = Warn;
  const text = (args: unknown[]) => args.map((arg) => (arg instanceof Error ? arg.message : String(arg))).join(' ');
  const logger: LoggerInterface = {
    level(value?: number) {
      if (value === undefined) return level;
      level = value;
      return logger;
    },
    error(...args: unknown[]) {
      sink.push(text(args));
      return logger;
    },
    warn(...args: unknown[]) {
      if (level >= Warn) sink.push(text(args));
      return logger;
    },
    info() {
      return logger;
    },
    debug() {
      return logger;
    },
  };
  return logger;
}

/**
 * Renames every id="…" in the SVG, and its references (url(#…), href="#…"), to prefix-1,
 * prefix-2, … in order of first appearance. Vega numbers clip paths with a counter global to
 * the process, so without this the same chart could come out with different ids.
 */
function renumberIds(svg: string, prefix: string): string {
  const names = new Map<string, string>();
  for (const match of svg.matchAll(/\sid="([^"]+)"/g)) {
    if (!names.has(match[1])) names.set(match[1], `${prefix}-${names.size + 1}`);
  }
  if (names.size === 0) return svg;
  return svg.replace(/(\sid="|url\(#|href="#)([^")]+)/g, (whole, lead: string, name: string) => {
    const renamed = names.get(name);
    return renamed === undefined ? whole : `${lead}${renamed}`;
  });
}
