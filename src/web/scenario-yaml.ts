// A column's scenario as a YAML file `recepsim run` loads: the validated scenario (every default
// filled in, the page's seed, days and replications), small maps and lists written on one line
// and hours in order, so it reads like the shipped examples.

import { Document, isMap, isScalar, isSeq, type Node } from 'yaml';
import type { Scenario } from '../model/schema/index.js';

// A map or list is written on one line when it holds at most this many scalars in all, and
// nests at most one map or list inside (two inside a top-level section: a distribution in a reason).
const FLOW_MAX_SCALARS = 12;

/** The YAML text of a scenario, with comment lines at the top. */
export function scenarioYaml(scenario: Scenario, comment: readonly string[]): string {
  const doc = new Document(scenario);
  if (doc.contents) layOut(doc.contents as Node, 0);
  doc.commentBefore = comment.map((line) => ` ${line}`).join('\n');
  return doc.toString({ lineWidth: 0, flowCollectionPadding: true });
}

/** Scalars and depth under `node` if it can go on one line (all its children do), else null; sets `flow` on the way. */
function layOut(node: Node, level: number): { scalars: number; depth: number } | null {
  if (isScalar(node)) return { scalars: 1, depth: 0 };
  if (!isMap(node) && !isSeq(node)) return null;
  if (isMap(node) && node.items.every((pair) => isScalar(pair.key) && /^\d\d$/.test(String(pair.key.value)))) {
    // Hours of a rate profile: "08" before "10" (a JS object lists "10" first).
    node.items.sort((a, b) => String((a.key as { value: unknown }).value).localeCompare(String((b.key as { value: unknown }).value)));
  }
  const children = isMap(node) ? node.items.map((pair) => pair.value as Node) : (node.items as Node[]);
  let scalars = 0;
  let depth = 1;
  let inline = true;
  for (const child of children) {
    const inner = child === null || child === undefined ? { scalars: 1, depth: 0 } : layOut(child, level + 1);
    if (inner === null) inline = false;
    else {
      scalars += inner.scalars;
      depth = Math.max(depth, inner.depth + 1);
    }
  }
  // A list of objects reads better one per line.
  const listOfMaps = isSeq(node) && children.some((child) => isMap(child));
  const shallow = depth <= 1 || (depth === 2 && level >= 2);
  if (!inline || listOfMaps || !shallow || scalars > FLOW_MAX_SCALARS) return null;
  node.flow = true;
  return { scalars, depth };
}
