// Writing scenario edits as YAML with their comments (the yaml library's Document API): a new
// fragment from an import, or an existing scenario with calibrated values merged in — its own
// comments, key order and layout kept. No file system here.

import { Document, isMap, isScalar, isSeq, type Node, parseDocument, Scalar, type YAMLMap } from 'yaml';
import type { FieldPath } from '../model/issues.js';
import type { ScenarioEdit, ScenarioFragment } from '../model/scenario-edit.js';

const TO_STRING = { lineWidth: 0, flowCollectionPadding: true } as const;

/** A fragment file: the header lines of each source as comments, then the edited fields. */
export function fragmentYaml(fragments: readonly ScenarioFragment[]): string {
  const doc = new Document({});
  applyFragments(doc, fragments);
  return doc.toString(TO_STRING);
}

/** The fragments' values as plain data, without comments: { calls: { perHour: { "08": 9.1 }, … } }. */
export function fragmentValue(fragments: readonly ScenarioFragment[]): unknown {
  const doc = new Document({});
  applyFragments(doc, fragments);
  return doc.toJS();
}

/** The scenario text with the fragments' edits applied and their headers added below the file's own first comments. */
export function editScenarioYaml(scenarioText: string, fragments: readonly ScenarioFragment[]): string {
  const doc = parseDocument(scenarioText.replace(/^\uFEFF/, ''));
  applyFragments(doc, fragments);
  return doc.toString(TO_STRING);
}

function applyFragments(doc: Document, fragments: readonly ScenarioFragment[]): void {
  const header: string[] = [];
  for (const fragment of fragments) {
    header.push(...fragment.header);
    for (const edit of fragment.edits) {
      if (edit.value === undefined) {
        if (doc.hasIn(edit.path)) doc.deleteIn(edit.path);
        header.push(...(edit.commentBefore ?? []));
      } else applyEdit(doc, edit);
    }
  }
  const ours = commentText(header);
  if (ours !== '') doc.commentBefore = doc.commentBefore ? `${doc.commentBefore}\n\n${ours}` : ours;
}

function applyEdit(doc: Document, edit: ScenarioEdit): void {
  const node = toNode(doc, edit.value, edit.flow ?? false);
  if (edit.comment !== undefined) node.comment = ` ${edit.comment}`;
  if (edit.entryComments !== undefined && isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const comment = edit.entryComments[key];
      if (comment !== undefined && pair.value !== null && typeof pair.value === 'object') (pair.value as Node).comment = ` ${comment}`;
    }
  }
  doc.setIn(edit.path, node);
  if (edit.commentBefore !== undefined && edit.commentBefore.length > 0) {
    const key = keyNode(doc, edit.path);
    if (key !== undefined) key.commentBefore = commentText(edit.commentBefore);
  }
}

/** A node for plain data: distributions, lists of numbers and list items on one line; other maps in blocks. */
function toNode(doc: Document, value: unknown, flow: boolean): Node {
  const node = doc.createNode(value) as Node;
  const style = (item: unknown, inList: boolean): void => {
    if (isMap(item)) {
      if (inList || (item as YAMLMap).has('dist')) (item as YAMLMap).flow = true;
      // Hours "08" … "23" in clock order (a plain object lists "10" before "08").
      if (item.items.every((pair) => isScalar(pair.key) && /^\d\d$/.test(String(pair.key.value)))) {
        item.items.sort((a, b) => String((a.key as Scalar).value).localeCompare(String((b.key as Scalar).value)));
      }
      for (const pair of (item as YAMLMap).items) style(pair.value, false);
    } else if (isSeq(item)) {
      const scalars = item.items.every((child) => isScalar(child));
      if (scalars) item.flow = true;
      for (const child of item.items) style(child, true);
    }
  };
  style(node, false);
  if (flow && (isMap(node) || isSeq(node))) node.flow = true;
  return node;
}

/** The key node of the field at `path`, turned into a node if it was a plain key (so it can carry a comment). */
function keyNode(doc: Document, path: FieldPath): Scalar | undefined {
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  if (!isMap(parent)) return undefined;
  const last = path[path.length - 1];
  const pair = parent.items.find((item) => (isScalar(item.key) ? item.key.value : item.key) === last);
  if (pair === undefined) return undefined;
  if (!isScalar(pair.key)) pair.key = new Scalar(pair.key);
  return pair.key as Scalar;
}

function commentText(lines: readonly string[]): string {
  return lines.map((line) => (line === '' ? '' : ` ${line}`)).join('\n');
}
