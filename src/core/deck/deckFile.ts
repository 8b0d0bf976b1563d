import { ParsedFile } from './deckSet';
import { ParseOptions, parseDeck } from './parseDeck';
import { parseAnyDeck } from './parseAnyDeck';

export interface DeckFileOptions extends ParseOptions {
  /** Force a format (the built-in bank is native); otherwise it is detected. */
  format?: 'native' | 'generic';
}

/** Parses one Markdown file into the decks it holds, whatever its format. */
export function parseDeckFile(text: string, file: string, options: DeckFileOptions = {}): ParsedFile {
  if (options.format === 'native') {
    const parsed = parseDeck(text, file, options);
    return { file, decks: parsed.deck ? [parsed.deck] : [], diagnostics: parsed.diagnostics };
  }
  const parsed = parseAnyDeck(text, file, options);
  return { file, decks: parsed.decks, diagnostics: parsed.diagnostics };
}
