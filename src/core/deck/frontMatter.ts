import { Document, LineCounter, Node, isAlias, isMap, isNode, isScalar, parseDocument, visit } from 'yaml';
import { MAX_FRONT_MATTER_CHARS, MAX_YAML_ALIASES } from './limits';
import { splitLines, stripBom } from './lines';

export interface FrontMatter {
  /** The YAML mapping, or undefined when there is none or it is not a mapping. */
  data: Record<string, unknown> | undefined;
  /** Markdown after the closing `---`. */
  body: string;
  /** Number of lines before `body` starts, to map body lines back to file lines. */
  bodyLineOffset: number;
  /** Problems with 1-based file lines. */
  problems: { line: number; message: string }[];
}

type Problem = FrontMatter['problems'][number];

const FENCE = /^---\s*$/;

/**
 * Where the front matter ends: the index of its closing `---` line, -1 when it is not closed, or
 * undefined when the file does not start with `---`. Lines as `splitLines` gives them.
 */
export function frontMatterEnd(lines: string[]): number | undefined {
  if (lines.length === 0 || !FENCE.test(lines[0])) return undefined;
  for (let l = 1; l < lines.length; l++) if (FENCE.test(lines[l])) return l;
  return -1;
}

/** Splits `---` YAML front matter from a Markdown file. Total: every problem is reported, nothing throws. */
export function splitFrontMatter(text: string): FrontMatter {
  const lines = splitLines(stripBom(text));
  const close = frontMatterEnd(lines);
  if (close === undefined) {
    return { data: undefined, body: lines.join('\n'), bodyLineOffset: 0, problems: [{ line: 1, message: 'Missing front matter: start the file with a `---` block holding id and title.' }] };
  }
  if (close < 0) {
    return { data: undefined, body: '', bodyLineOffset: lines.length, problems: [{ line: 1, message: 'Front matter is not closed: add a `---` line after it.' }] };
  }
  const yamlText = lines.slice(1, close).join('\n');
  const body = lines.slice(close + 1).join('\n');
  const read = readYaml(yamlText);
  return { data: read.data, body, bodyLineOffset: close + 1, problems: read.problems };
}

/** The YAML text as a mapping, with problems at file lines (the YAML starts on line 2). */
function readYaml(yamlText: string): { data: Record<string, unknown> | undefined; problems: Problem[] } {
  if (yamlText.length > MAX_FRONT_MATTER_CHARS) {
    return { data: undefined, problems: [{ line: 2, message: `Front matter is larger than ${MAX_FRONT_MATTER_CHARS / 1000} KB, so it is not read: keep it to the deck's id, title, order, tags and synonyms.` }] };
  }
  const lineCounter = new LineCounter();
  const fileLine = (offset: number) => lineCounter.linePos(offset).line + 1;
  try {
    // uniqueKeys: false because yaml's own duplicate-key check is quadratic in the number of keys;
    // checkNodes below finds duplicates in one pass.
    const doc = parseDocument(yamlText, { prettyErrors: true, lineCounter, uniqueKeys: false });
    const problems: Problem[] = doc.errors.map((error) => ({
      line: (error.linePos?.[0]?.line ?? 1) + 1,
      message: `Front matter is not valid YAML: ${firstLine(error.message).replace(/ at line \d+, column \d+:?$/, '')}`,
    }));
    if (problems.length === 0) problems.push(...checkNodes(doc, fileLine));
    if (problems.length > 0) return { data: undefined, problems };
    const value: unknown = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      return { data: undefined, problems: [{ line: 2, message: 'Front matter must be a YAML mapping (key: value lines).' }] };
    }
    return { data: value as Record<string, unknown>, problems: [] };
  } catch (error) {
    // yaml's alias-expansion limit (a "billion laughs" document) or nesting too deep for the stack.
    const reason = error instanceof RangeError ? 'it is nested too deeply' : firstLine(String((error as Error).message ?? error));
    return { data: undefined, problems: [{ line: 2, message: `Front matter cannot be read: ${reason}.` }] };
  }
}

/**
 * One pass over the YAML nodes in document order: aliases must follow their anchor (yaml only
 * finds out in toJS, by throwing), at most MAX_YAML_ALIASES of them (yaml resolves each alias by
 * walking the whole document), and no map has a key twice.
 */
function checkNodes(doc: Document, fileLine: (offset: number) => number): Problem[] {
  const problems: Problem[] = [];
  const anchors = new Set<string>();
  let aliases = 0;
  const lineOf = (node: Node) => fileLine(node.range?.[0] ?? 0);
  visit(doc, (_key, node) => {
    if (isAlias(node)) {
      if (!anchors.has(node.source)) problems.push({ line: lineOf(node), message: `Front matter uses the YAML alias "*${node.source}" with no "&${node.source}" anchor before it: quote the value ("'*${node.source}'") if the * is meant literally.` });
      else if (++aliases === MAX_YAML_ALIASES + 1) problems.push({ line: lineOf(node), message: `Front matter uses more than ${MAX_YAML_ALIASES} YAML aliases: write the values out.` });
      return;
    }
    if (isNode(node) && node.anchor) anchors.add(node.anchor);
    if (isMap(node)) {
      const keys = new Set<string>();
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        if (keys.has(key)) problems.push({ line: lineOf(pair.key), message: `Front matter is not valid YAML: the key "${key}" appears twice in one mapping.` });
        keys.add(key);
      }
    }
  });
  return problems;
}

function firstLine(message: string): string {
  return message.split('\n')[0];
}

/**
 * For files that are not native decks: front matter (a `---` line, `key:` lines and a closing
 * `---` or `...` within 200 lines) turned into blank lines, so the Markdown keeps its line numbers.
 */
export function blankFrontMatter(lines: string[], text: string): string {
  if (!/^---\s*$/.test(lines[0] ?? '') || !/^[\w-]+\s*:/.test(lines[1] ?? '')) return text;
  for (let l = 1; l < lines.length && l < 200; l++) {
    if (/^(?:---|\.\.\.)\s*$/.test(lines[l])) return '\n'.repeat(l + 1) + lines.slice(l + 1).join('\n');
  }
  return text;
}
