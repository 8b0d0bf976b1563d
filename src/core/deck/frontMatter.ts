import { MAX_FRONT_MATTER_CHARS, MAX_YAML_ALIASES } from './limits';
import { splitLines, stripBom } from './lines';
import { YamlProblem, readYaml } from './yaml';

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
  const read = readFrontMatterYaml(yamlText);
  return { data: read.data, body, bodyLineOffset: close + 1, problems: read.problems };
}

/** The YAML text as a mapping, with problems at file lines (the YAML starts on line 2). */
function readFrontMatterYaml(yamlText: string): { data: Record<string, unknown> | undefined; problems: Problem[] } {
  if (yamlText.length > MAX_FRONT_MATTER_CHARS) {
    return { data: undefined, problems: [{ line: 2, message: `Front matter is larger than ${MAX_FRONT_MATTER_CHARS / 1000} KB, so it is not read: keep it to the deck's id, title, order, tags and synonyms.` }] };
  }
  const read = readYaml(yamlText, { maxAliases: MAX_YAML_ALIASES });
  if (read.problem) return { data: undefined, problems: [{ line: read.problem.line + 2, message: messageOf(read.problem) }] };
  const value = read.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { data: undefined, problems: [{ line: 2, message: 'Front matter must be a YAML mapping (key: value lines).' }] };
  }
  return { data: value as Record<string, unknown>, problems: [] };
}

function messageOf(problem: YamlProblem): string {
  switch (problem.kind) {
    case 'unknown-alias':
      return `Front matter uses the YAML alias "*${problem.name}" with no "&${problem.name}" anchor before it: quote the value ("'*${problem.name}'") if the * is meant literally.`;
    case 'too-many-aliases':
      return `Front matter uses more than ${MAX_YAML_ALIASES} YAML aliases: write the values out.`;
    case 'duplicate-key':
      return `Front matter is not valid YAML: the key "${problem.name}" appears twice in one mapping.`;
    case 'too-large':
      return `Front matter cannot be read: ${problem.message}.`;
    case 'too-deep':
      return 'Front matter cannot be read: it is nested too deeply.';
    case 'syntax':
      return `Front matter is not valid YAML: ${problem.message}.`;
  }
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
