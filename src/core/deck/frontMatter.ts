import { parseDocument } from 'yaml';

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

const FENCE = /^---\s*$/;

/** Splits `---` YAML front matter from a Markdown file. Never throws. */
export function splitFrontMatter(text: string): FrontMatter {
  const lines = text.split(/\r?\n/);
  if (lines.length === 0 || !FENCE.test(lines[0])) {
    return { data: undefined, body: text, bodyLineOffset: 0, problems: [{ line: 1, message: 'Missing front matter: start the file with a `---` block holding id and title.' }] };
  }
  const close = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (close < 0) {
    return { data: undefined, body: '', bodyLineOffset: lines.length, problems: [{ line: 1, message: 'Front matter is not closed: add a `---` line after it.' }] };
  }
  const yamlText = lines.slice(1, close).join('\n');
  const body = lines.slice(close + 1).join('\n');
  const problems: FrontMatter['problems'] = [];
  const doc = parseDocument(yamlText, { prettyErrors: false });
  for (const error of doc.errors) {
    const yamlLine = error.linePos?.[0]?.line ?? 1;
    problems.push({ line: yamlLine + 1, message: `Front matter is not valid YAML: ${firstLine(error.message)}` });
  }
  if (problems.length > 0) return { data: undefined, body, bodyLineOffset: close + 1, problems };
  const value: unknown = doc.toJS();
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { data: undefined, body, bodyLineOffset: close + 1, problems: [{ line: 2, message: 'Front matter must be a YAML mapping (key: value lines).' }] };
  }
  return { data: value as Record<string, unknown>, body, bodyLineOffset: close + 1, problems };
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
