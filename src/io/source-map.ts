// Parses a scenario file (YAML, or JSON, which is YAML) keeping the document, so a field path can
// be mapped back to the line and column where the user wrote it.

import { type Document, isAlias, isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import type { DocumentOptions, ParseOptions, ScalarTag, SchemaOptions, Tags, ToJSOptions, YAMLError } from 'yaml';
import type { FieldPath, InputIssue } from '../model/issues.js';
import { InputError } from '../model/issues.js';
import { reading } from '../text/messages.js';

/** A 1-based position in a text file. */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

/** A parsed scenario file: its plain value, and where each field was written. */
export interface ParsedSource {
  /** The file name used in messages. */
  readonly name: string;
  /** The document as plain data (objects, arrays, strings, numbers, booleans, null). */
  readonly value: unknown;
  /** Problems the parser tolerated (e.g. an unknown tag), positioned. */
  readonly warnings: readonly InputIssue[];
  /**
   * Where the value (or, with 'key', the key) at `path` was written; when the path goes further
   * than the document, the nearest ancestor that exists. Undefined for an empty document.
   */
  locate(path: FieldPath, pointsAt?: 'key' | 'value'): SourcePosition | undefined;
}

const EXTENSIONS = ['.yaml', '.yml', '.json'];

/** Parses scenario text; throws InputError for an unsupported extension or invalid YAML/JSON. */
export function parseSource(text: string, name: string): ParsedSource {
  if (!EXTENSIONS.some((extension) => name.toLowerCase().endsWith(extension))) {
    throw new InputError([{ path: [], message: reading.unsupportedExtension(name) }]);
  }
  const lineCounter = new LineCounter();
  // A byte-order mark would count as a column of the first line.
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { ...YAML_OPTIONS, lineCounter });
  const position = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  if (doc.errors.length > 0) {
    throw new InputError(
      doc.errors.map((error) => ({
        path: [],
        message: yamlErrorMessage(error),
        file: name,
        ...position(error.pos[0]),
      })),
    );
  }
  const repeated = repeatedKeys(doc.contents);
  if (repeated.length > 0) {
    throw new InputError(repeated.map((offset) => ({ path: [], message: reading.invalidYaml('Map keys must be unique'), file: name, ...position(offset) })));
  }
  const merges = badMergeSources(doc);
  if (merges.length > 0) {
    throw new InputError(merges.map(({ offset, message }) => ({ path: [], message: reading.invalidYaml(message), file: name, ...position(offset) })));
  }
  let value: unknown;
  try {
    value = doc.toJS(TO_JS_OPTIONS);
  } catch (error) {
    // Thrown for an alias without its anchor, or too many aliases: nothing to point at but the file.
    throw new InputError([{ path: [], message: reading.invalidYaml((error as Error).message), file: name }]);
  }
  const warnings = doc.warnings.map((warning) => ({
    path: [],
    message: reading.yamlWarning(warning.message),
    file: name,
    ...position(warning.pos[0]),
  }));
  return {
    name,
    value,
    warnings,
    locate: (path, pointsAt = 'value') => {
      const offset = offsetOf(doc, path, pointsAt);
      return offset === undefined ? undefined : position(offset);
    },
  };
}

/**
 * Parses a YAML value written on the command line (a scalar or a flow collection), with the same
 * rules as a file. Returns the value, or the parser's complaint.
 */
export function parseYamlValue(text: string): { readonly value: unknown } | { readonly error: string } {
  const doc = parseDocument(text, YAML_OPTIONS);
  if (doc.errors.length > 0) return { error: yamlErrorMessage(doc.errors[0]) };
  try {
    return { value: doc.toJS(TO_JS_OPTIONS) };
  } catch (error) {
    return { error: reading.invalidYaml((error as Error).message) };
  }
}

function yamlErrorMessage(error: YAMLError): string {
  // The parser's own wording suggests an API call; say what the user wrote instead.
  return error.code === 'MULTIPLE_DOCS' ? reading.multipleDocuments() : reading.invalidYaml(error.message);
}

// NOTE: YAML 1.2 core schema, so "08:00" is a string (YAML 1.1 read it as sexagesimal 480) and
// yes/no/on/off are strings. One change: a decimal integer with a leading zero ("08", an hour key
// of a rate profile) stays a string too, as an hour is meant, not the number 8.
const YAML_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.2',
  schema: 'core',
  customTags: (tags) => tags.map((tag) => (isDecimalInt(tag) ? { ...tag, test: /^[-+]?(?:0|[1-9][0-9]*)$/ } : tag)),
  // Merge keys ("<<: *shift") repeat a mapping with a few fields changed: YAML 1.1's, kept
  // because rosters are written that way.
  merge: true,
  // Checked by repeatedKeys instead: the parser compares each key with every one before it, which
  // takes minutes for a (mistaken) file of tens of thousands of keys.
  uniqueKeys: false,
  // No !!binary, !!set, !!timestamp…: an unknown tag is a warning and the value stays a string.
  resolveKnownTags: false,
  prettyErrors: false,
  strict: true,
};

function isDecimalInt(tag: Tags[number]): tag is ScalarTag {
  return (
    typeof tag === 'object' && tag.tag === 'tag:yaml.org,2002:int' && tag.format === undefined && tag.test !== undefined
  );
}

const TO_JS_OPTIONS: ToJSOptions = { maxAliasCount: 100 };

/** Where each key written again in its mapping starts (scalar keys, as the parser compared them), in one pass. */
function repeatedKeys(root: unknown): number[] {
  const offsets: number[] = [];
  const visit = (node: unknown): void => {
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const item of node.items) {
        if (isScalar(item.key) || item.key === null) {
          const key = isScalar(item.key) ? item.key.value : null;
          if (seen.has(key)) offsets.push(startOf(item.key) ?? startOf(node) ?? 0);
          seen.add(key);
        }
        visit(item.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) visit(item);
    }
  };
  visit(root);
  return offsets;
}

/**
 * Where a merge key's source is not a mapping (or an alias of one), with the parser's words: it
 * would say so only when converting, for the whole file, and call an alias without its anchor
 * a source of the wrong kind.
 */
function badMergeSources(doc: Document): { offset: number; message: string }[] {
  const found: { offset: number; message: string }[] = [];
  const check = (source: unknown): void => {
    if (isAlias(source) && source.resolve(doc) === undefined) {
      found.push({ offset: startOf(source) ?? 0, message: `Unresolved alias (the anchor must be set before the alias): ${source.source}` });
    } else if (!isMap(resolve(doc, source))) {
      found.push({ offset: startOf(source) ?? 0, message: 'Merge sources must be maps or map aliases' });
    }
  };
  const visit = (node: unknown): void => {
    if (isMap(node)) {
      for (const item of node.items) {
        if (isScalar(item.key) && item.key.source === '<<') {
          if (isSeq(item.value)) item.value.items.forEach(check);
          else check(item.value);
        } else visit(item.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) visit(item);
    }
  };
  visit(doc.contents);
  return found;
}

/** Each map's entries by key (the first entry of a key, as a search from the start finds): built once per map. */
const entriesByKey = new WeakMap<object, Map<string, { key: unknown; value: unknown }>>();

function entryOf(map: { items: { key: unknown; value: unknown }[] }, key: string): { key: unknown; value: unknown } | undefined {
  let entries = entriesByKey.get(map);
  if (entries === undefined) {
    entries = new Map();
    for (const item of map.items) if (!entries.has(jsKey(item.key))) entries.set(jsKey(item.key), item);
    entriesByKey.set(map, entries);
  }
  return entries.get(key);
}

/** Character offset of the node at `path`, or of the nearest ancestor that exists. */
function offsetOf(doc: Document, path: FieldPath, pointsAt: 'key' | 'value'): number | undefined {
  let node: unknown = doc.contents;
  let best = startOf(node);
  for (const [index, key] of path.entries()) {
    node = resolve(doc, node);
    let child: unknown;
    let keyNode: unknown;
    if (isMap(node)) {
      const pair = entryOf(node, String(key));
      if (pair === undefined) return best;
      child = pair.value;
      keyNode = pair.key;
    } else if (isSeq(node) && typeof key === 'number') {
      child = node.items[key];
    } else {
      return best;
    }
    const last = index === path.length - 1;
    if (last && pointsAt === 'key' && keyNode !== undefined) return startOf(keyNode) ?? best;
    // A key written with no value ("share:") still has a node, just after the colon.
    best = startOf(child) ?? startOf(keyNode) ?? best;
    node = child;
  }
  return best;
}

function resolve(doc: Document, node: unknown): unknown {
  return isAlias(node) ? node.resolve(doc) : node;
}

function startOf(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range === undefined || range === null ? undefined : range[0];
}

/** The key a map entry has once converted to a plain object (as yaml's toJS names it). */
function jsKey(key: unknown): string {
  const value = isScalar(key) ? key.value : key;
  return value === null || value === undefined ? '' : String(value);
}
