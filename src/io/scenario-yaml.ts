// Writing scenario edits as YAML with their comments (the yaml library's Document API): a new
// fragment from an import, or an existing scenario with calibrated values merged in — its own
// comments, key order and layout kept, new fields placed where the schema lists them. No file
// system here.

import { Document, isMap, isScalar, isSeq, type Node, type Pair, parseDocument, Scalar, type YAMLMap } from 'yaml';
import type { FieldPath } from '../model/issues.js';
import type { ScenarioEdit, ScenarioFragment } from '../model/scenario-edit.js';
import { scenarioSchema } from '../model/schema/index.js';
import { valueAtPath } from '../model/schema/sources.js';

const TO_STRING = { lineWidth: 0, flowCollectionPadding: true } as const;

/** A fragment file: the header lines of each source as comments, then the edited fields. */
export function fragmentYaml(fragments: readonly ScenarioFragment[]): string {
  const doc = new Document({});
  const header = applyFragments(doc, fragments);
  return withHeader(doc.toString(TO_STRING), header);
}

/** The fragments' values as plain data, without comments: { calls: { perHour: { "08": 9.1 }, … } }. */
export function fragmentValue(fragments: readonly ScenarioFragment[]): unknown {
  const doc = new Document({});
  applyFragments(doc, fragments);
  return doc.toJS();
}

/**
 * The scenario text with the fragments' edits applied, their headers added below the file's own
 * first comments, and its `sources` brought up to date: each calibrated field graded A with the
 * fragment's evidence, and entries for fields that no longer exist, or that described part of a
 * value the data replaced, dropped.
 */
export function calibratedScenarioYaml(scenarioText: string, fragments: readonly ScenarioFragment[]): string {
  const doc = parseDocument(scenarioText.replace(/^\uFEFF/, ''));
  const header = applyFragments(doc, fragments);
  const value = doc.toJS() as Record<string, unknown>;
  const edited = fragments.flatMap((fragment) => fragment.edits.map((edit) => edit.path.join('.')));
  const sources = doc.get('sources', true);
  if (isMap(sources)) {
    for (const pair of [...sources.items]) {
      const path = keyOf(pair).replace(/\[(\d+)\]/g, '.$1');
      const stale = valueAtPath(value, path) === undefined || edited.some((field) => path.startsWith(`${field}.`));
      if (stale) sources.delete(pair.key);
    }
  }
  for (const fragment of fragments) {
    for (const edit of fragment.edits) {
      if (edit.value === undefined || fragment.evidence === '') continue;
      const node = doc.createNode({ grade: 'A', source: fragment.evidence }) as YAMLMap;
      node.flow = true;
      setAt(doc, ['sources', edit.path.join('.')], node);
    }
  }
  return withHeader(doc.toString(TO_STRING), header);
}

/** Applies every edit; returns the header lines (the sources' descriptions and notes on removed fields). */
function applyFragments(doc: Document, fragments: readonly ScenarioFragment[]): string[] {
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
  return header;
}

function applyEdit(doc: Document, edit: ScenarioEdit): void {
  const node = toNode(doc, edit.value, edit.flow ?? false);
  if (edit.entryComments !== undefined && isMap(node)) {
    for (const pair of node.items) {
      const comment = edit.entryComments[keyOf(pair)];
      if (comment !== undefined && pair.value !== null && typeof pair.value === 'object') (pair.value as Node).comment = ` ${comment}`;
    }
  }
  setAt(doc, edit.path, node);
  // A comment inside a flow collection ({ name: booking, handle: … # …}) would break it over
  // lines: such comments go above the nearest field written in block style.
  const lines = [...(edit.commentBefore ?? []), ...(edit.comment === undefined ? [] : [edit.comment])];
  const blockAt = nearestBlockField(doc, edit.path);
  if (blockAt.length === edit.path.length) {
    if (edit.comment !== undefined) node.comment = ` ${edit.comment}`;
    addCommentBefore(doc, edit.path, edit.commentBefore ?? []);
  } else addCommentBefore(doc, blockAt, lines);
}

/** Sets `node` at `path`; a field the map lacks is placed after the fields the schema lists before it. */
function setAt(doc: Document, path: FieldPath, node: Node): void {
  const existed = doc.hasIn(path);
  doc.setIn(path, node);
  if (existed) return;
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  if (!isMap(parent)) return;
  const order = fieldOrder(path.slice(0, -1));
  const key = String(path[path.length - 1]);
  const rank = order.indexOf(key);
  if (rank < 0) return;
  const items = parent.items as Pair[];
  const added = items.pop()!;
  // After the last field that comes before this one in the schema (at the start if none does).
  let at = 0;
  items.forEach((pair, index) => {
    const other = order.indexOf(keyOf(pair));
    if (other >= 0 && other < rank) at = index + 1;
  });
  items.splice(at, 0, added);
}

/** The field names of the schema's object at `path`, in the schema's order ([] where none is known). */
function fieldOrder(path: FieldPath): string[] {
  let schema: unknown = scenarioSchema;
  for (const step of [...path, null]) {
    // Down through optional, default and refinement wrappers to the object or list.
    for (let depth = 0; depth < 10; depth++) {
      const def = (schema as { _zod?: { def?: { type?: string; innerType?: unknown; in?: unknown } } })?._zod?.def;
      if (def?.innerType !== undefined) schema = def.innerType;
      else if (def?.type === 'pipe' && def.in !== undefined) schema = def.in;
      else break;
    }
    const def = (schema as { _zod?: { def?: { shape?: Record<string, unknown>; element?: unknown } } })?._zod?.def;
    if (step === null) return def?.shape === undefined ? [] : Object.keys(def.shape);
    if (typeof step === 'number') schema = def?.element;
    else schema = def?.shape?.[step];
    if (schema === undefined) return [];
  }
  return [];
}

/** The longest prefix of `path` whose field is in a block (not flow) map. */
function nearestBlockField(doc: Document, path: FieldPath): FieldPath {
  for (let length = path.length; length > 0; length--) {
    if (typeof path[length - 1] === 'number') continue;
    const ancestors = Array.from({ length }, (_, index) => (index === 0 ? doc.contents : doc.getIn(path.slice(0, index), true)));
    if (ancestors.every((node) => !((isMap(node) || isSeq(node)) && node.flow))) return path.slice(0, length);
  }
  return path.slice(0, 1);
}

function addCommentBefore(doc: Document, path: FieldPath, lines: readonly string[]): void {
  if (lines.length === 0) return;
  const key = keyNode(doc, path);
  if (key === undefined) return;
  const text = commentText(lines);
  key.commentBefore = key.commentBefore ? `${key.commentBefore}\n${text}` : text;
}

/** A node for plain data: distributions, lists of numbers and list items on one line; other maps in blocks. */
function toNode(doc: Document, value: unknown, flow: boolean): Node {
  const node = doc.createNode(value) as Node;
  const style = (item: unknown, inList: boolean): void => {
    // Clock times quoted, as the examples write them ("08:30" is a number in YAML 1.1 readers).
    if (isScalar(item) && typeof item.value === 'string' && /^\d{1,2}:\d\d$/.test(item.value)) item.type = 'QUOTE_DOUBLE';
    if (isMap(item)) {
      if (inList || (item as YAMLMap).has('dist')) (item as YAMLMap).flow = true;
      // Hours "08" … "23" in clock order (a plain object lists "10" before "08").
      if (item.items.every((pair) => isScalar(pair.key) && /^\d\d$/.test(String(pair.key.value)))) {
        item.items.sort((a, b) => keyOf(a).localeCompare(keyOf(b)));
      }
      for (const pair of (item as YAMLMap).items) style(pair.value, false);
    } else if (isSeq(item)) {
      if (item.items.every((child) => isScalar(child))) item.flow = true;
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
  const last = String(path[path.length - 1]);
  const pair = parent.items.find((item) => keyOf(item) === last);
  if (pair === undefined) return undefined;
  if (!isScalar(pair.key)) pair.key = new Scalar(pair.key);
  return pair.key as Scalar;
}

function keyOf(pair: Pair): string {
  return String(isScalar(pair.key) ? pair.key.value : pair.key);
}

function commentText(lines: readonly string[]): string {
  return lines.map((line) => (line === '' ? '' : ` ${line}`)).join('\n');
}

/**
 * The header lines as comments after the file's own opening comments (so a first-line
 * `# yaml-language-server: $schema=…` stays first), before its first field.
 */
function withHeader(yaml: string, header: readonly string[]): string {
  if (header.length === 0) return yaml;
  const lines = yaml.split('\n');
  let at = 0;
  while (at < lines.length && (lines[at].startsWith('#') || lines[at].trim() === '')) at++;
  // Keep the file's own first comment block together; ours follows it after a blank line.
  let end = at;
  while (end > 0 && lines[end - 1].trim() === '') end--;
  const ours = header.map((line) => `# ${line}`);
  const block = end === 0 ? [...ours, ''] : ['', ...ours, ''];
  lines.splice(end, at - end, ...block);
  return lines.join('\n');
}
