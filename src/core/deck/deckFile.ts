import { baseNameOf } from './ids';
import type { Deck, DeckDiagnostic } from './model';
import { ParseOptions, parseDeck } from './parseDeck';
import { DeckFormat, parseAnyDeck } from './parseAnyDeck';

export interface DeckFileOptions extends ParseOptions {
  /** Force a format (the built-in bank is native); otherwise it is detected. */
  format?: DeckFormat;
}

/** One file's parse result: a native deck file gives one deck, a generic Q&A file one per section. */
export interface ParsedFile {
  file: string;
  format: DeckFormat;
  /** The deck's title (native) or the file's first `# ` heading or name (generic). */
  title: string;
  decks: Deck[];
  diagnostics: DeckDiagnostic[];
  /** The text parsed, to point a later cross-file problem at the right line. */
  text: string;
}

/**
 * Parses one Markdown file into the decks it holds, whatever its format. Total: should a parser
 * throw on some input, the file gives a diagnostic instead and the other files still load.
 */
export function parseDeckFile(text: string, file: string, options: DeckFileOptions = {}): ParsedFile {
  try {
    if (options.format === 'native') {
      const parsed = parseDeck(text, file, options);
      const title = parsed.deck?.title ?? baseNameOf(file);
      return { file, format: 'native', title, decks: parsed.deck ? [parsed.deck] : [], diagnostics: parsed.diagnostics, text };
    }
    return { file, text, ...parseAnyDeck(text, file, options) };
  } catch (error) {
    const message = `Cannot read the deck: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
    return { file, format: options.format ?? 'generic', title: baseNameOf(file), decks: [], diagnostics: [{ file, line: 1, severity: 'error', message }], text };
  }
}
