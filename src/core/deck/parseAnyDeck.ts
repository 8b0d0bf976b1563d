import { baseNameOf } from './ids';
import { LINE_BREAK, stripBom } from './lines';
import { parseGenericMarkdown } from './genericMarkdown';
import { Deck, DeckDiagnostic } from './model';
import { ParseOptions, parseDeck } from './parseDeck';

export type DeckFormat = 'native' | 'generic';

export interface ParsedAnyDeck {
  format: DeckFormat;
  /** The deck's title (native) or the file's first `# ` heading or name (generic). */
  title: string;
  /** A native file gives at most one deck; a generic file one per section that has questions. */
  decks: Deck[];
  diagnostics: DeckDiagnostic[];
}

const FENCE = /^---\s*$/;
const CODE_FENCE = /^\s{0,3}(```|~~~)/;
const H2 = /^##\s/;
const META_ID = /^\s{0,3}[-*+]\s+id\s*:/i;

/**
 * The one front-matter detection: the index of the closing `---` of a `---` block that starts the
 * file, or 0 when the file has none (or it is never closed). Reads no YAML.
 */
export function frontMatterEnd(lines: readonly string[]): number {
  if (!FENCE.test(lines[0] ?? '')) return 0;
  for (let l = 1; l < lines.length; l++) if (FENCE.test(lines[l])) return l;
  return 0;
}

/**
 * Tells a native deck (questions/README.md) from any other Markdown file, in one pass over the lines.
 * Native: front matter with `id` and `title`, and either a `- id:` metadata line under a `## `
 * heading or no `## ` heading at all (a deck still being started). A file with no front matter
 * whose `## ` headings are followed by `- id:` lines is native too, so its missing front matter
 * is reported instead of the file being read as something else.
 */
export function detectDeckFormat(text: string): DeckFormat {
  const lines = stripBom(text).split(LINE_BREAK, 200_000);
  const close = frontMatterEnd(lines);
  const frontMatter = close > 0;
  const bodyStart = frontMatter ? close + 1 : 0;
  if (frontMatter) {
    const header = lines.slice(1, close);
    if (!(header.some((line) => /^id\s*:\s*\S/.test(line)) && header.some((line) => /^title\s*:\s*\S/.test(line)))) return 'generic';
  }
  let inCode = false;
  let underH2 = false;
  let sawH2 = false;
  let firstBlockAfterH2 = false;
  for (let l = bodyStart; l < lines.length; l++) {
    const line = lines[l];
    if (CODE_FENCE.test(line)) {
      inCode = !inCode;
      firstBlockAfterH2 = false;
      continue;
    }
    if (inCode) continue;
    if (H2.test(line)) {
      underH2 = true;
      sawH2 = true;
      firstBlockAfterH2 = true;
      continue;
    }
    if (/^#\s/.test(line)) underH2 = false;
    if (META_ID.test(line) && underH2 && (frontMatter || firstBlockAfterH2)) return 'native';
    if (line.trim() !== '') firstBlockAfterH2 = false;
  }
  return frontMatter && !sawH2 ? 'native' : 'generic';
}

/** Parses a deck file of either format. Pure and total, like the parsers it calls. */
export function parseAnyDeck(text: string, file: string, options: ParseOptions = {}): ParsedAnyDeck {
  if (detectDeckFormat(text) === 'native') {
    const parsed = parseDeck(text, file, options);
    const title = parsed.deck?.title ?? baseNameOf(file);
    return { format: 'native', title, decks: parsed.deck ? [parsed.deck] : [], diagnostics: parsed.diagnostics };
  }
  const parsed = parseGenericMarkdown(text, file);
  return { format: 'generic', title: parsed.title, decks: parsed.decks, diagnostics: parsed.diagnostics };
}
