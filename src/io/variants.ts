// A variant of a scenario as written on the command line: `NAME:path=value,path=value`, the
// changes in the language of `--set` (overrides.ts), with a name to show in tables and folders.
// Without a name, the changes themselves are the name.

import type { InputIssue } from '../model/issues.js';
import { variantText } from '../text/messages.js';
import type { OverrideFlag } from './overrides.js';

/** A named set of changes to a scenario. */
export interface Variant {
  /** How tables, folders and report titles name it. */
  readonly label: string;
  /** The changes, in order, each naming the flag it came from. */
  readonly overrides: readonly OverrideFlag[];
}

/** Paths that size the run or choose its language rather than change the reception: they never make a variant's name. */
const RUN_SIZE_PATHS = ['replications', 'days', 'seed', 'locale'];

/** Reads `--variant` text; issues name the flag. */
export function parseVariant(text: string): { readonly variant: Variant } | { readonly issues: InputIssue[] } {
  const source = `--variant ${JSON.stringify(text)}`;
  const fail = (message: string) => ({ issues: [{ path: [], message, file: source }] });
  // A name is what comes before the first colon, unless that colon is inside a change ("policy=phone-desk:2").
  const colon = text.indexOf(':');
  const equals = text.indexOf('=');
  const named = colon >= 0 && (equals < 0 || colon < equals);
  const label = named ? text.slice(0, colon).trim() : undefined;
  if (label === '') return fail(variantText.emptyLabel());
  const changes = splitTopLevel(named ? text.slice(colon + 1) : text).map((change) => change.trim());
  if (changes.length === 0 || changes.some((change) => !change.includes('='))) return fail(variantText.malformed());
  return {
    variant: {
      label: label ?? changes.join(', '),
      overrides: changes.map((assignment) => ({ assignment, label: source })),
    },
  };
}

/** The label of a run changed by plain `--set` flags: the changes that alter the reception (not its size, seed or language), or "as written". */
export function labelOfOverrides(overrides: readonly OverrideFlag[]): string {
  const changes = overrides
    .map((flag) => (typeof flag === 'string' ? flag : flag.assignment))
    .filter((assignment) => !RUN_SIZE_PATHS.includes(assignment.slice(0, assignment.indexOf('=')).trim()));
  return changes.length === 0 ? variantText.asWritten() : changes.join(', ');
}

/** Whether any override changes the reception (not only the run's size or seed). */
export function changesReception(overrides: readonly OverrideFlag[]): boolean {
  return labelOfOverrides(overrides) !== variantText.asWritten();
}

/** Splits on commas outside brackets, braces and quotes: "a=1, b={x: 1, y: 2}" → two changes. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quote !== null) {
      if (char === quote) quote = null;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '{' || char === '[') depth++;
    else if (char === '}' || char === ']') depth--;
    else if (char === ',' && depth === 0) {
      parts.push(text.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.filter((part) => part.trim() !== '');
}
