// Where a scenario's figures come from: a grade and a source for any field, so a report can say
// which inputs are estimates. Grades as in the project's domain data: A study or mystery shop with
// a stated sample, B trade press or consultant, C vendor claim or assumption.

import { z } from 'zod';
import { crossCheck } from '../../text/messages.js';

/** How much to trust a figure, best first; "B/C" when sources of two grades agree. */
export const GRADES = ['A', 'A/B', 'A/C', 'B', 'B/C', 'C'] as const;

/** A grade of evidence. */
export type Grade = (typeof GRADES)[number];

/** One field's evidence. */
export const sourceSchema = z
  .strictObject({
    grade: z.enum(GRADES).describe('A study or mystery shop; B trade press or consultant; C vendor claim or assumption'),
    source: z.string().min(1).optional().describe('where the figure comes from: a study, an article, a measurement'),
  })
  .describe('the evidence for one input figure');

/** Evidence by field path, e.g. { "calls.patience": { grade: "A/B", source: "Volie 25-million-call study" } }. */
export const sourcesSchema = z
  .record(z.string().min(1), sourceSchema)
  .describe('where input figures come from, by field path ("calls.patience", "calls.reasons.2.share"); shown in reports');

/** The steps of a field path: "calls.reasons[2].share" or "calls.reasons.2.share" → calls, reasons, 2, share. */
export function pathSteps(path: string): (string | number)[] {
  return path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .map((step) => (/^\d+$/.test(step) ? Number(step) : step));
}

/** The value at a field path of a scenario, or undefined when there is none. */
export function valueAtPath(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const step of pathSteps(path)) {
    if (typeof step === 'number' ? !Array.isArray(node) : node === null || typeof node !== 'object' || Array.isArray(node)) return undefined;
    if (!Object.hasOwn(node as object, step)) return undefined;
    node = (node as Record<string | number, unknown>)[step];
  }
  return node;
}

/** Adds an issue for every graded path that names no field of the scenario (a typo must not pass). */
export function checkSourcePaths(scenario: { readonly sources?: Readonly<Record<string, unknown>> }, ctx: z.RefinementCtx): void {
  for (const path of Object.keys(scenario.sources ?? {})) {
    if (path.startsWith('sources') || valueAtPath(scenario, path) === undefined) {
      ctx.addIssue({ code: 'custom', path: ['sources', path], input: path, message: crossCheck.sourceNamesNoField(path) });
    }
  }
}
