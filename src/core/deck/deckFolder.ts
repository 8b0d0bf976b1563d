import * as fs from 'fs';
import * as path from 'path';
import { DeckSet } from './model';
import { DeckSource, buildDeckSet } from './deckSet';

/** Files in a deck folder that are documentation, not decks. */
const NOT_DECKS = new Set(['readme.md', 'contributing.md', 'changelog.md']);

/** Reads every `*.md` deck directly inside `folder` (not its subfolders, where snippets live). */
export async function readDeckFolder(folder: string): Promise<DeckSet> {
  let names: string[];
  try {
    names = await fs.promises.readdir(folder);
  } catch (error) {
    return { decks: [], diagnostics: [{ file: folder, line: 1, severity: 'error', message: `Cannot read the deck folder: ${(error as Error).message}` }] };
  }
  const files = names.filter((name) => name.toLowerCase().endsWith('.md') && !NOT_DECKS.has(name.toLowerCase())).map((name) => path.join(folder, name));
  const sources: DeckSource[] = [];
  const unreadable: DeckSet['diagnostics'] = [];
  await Promise.all(
    files.map(async (file) => {
      try {
        sources.push({ file, text: await fs.promises.readFile(file, 'utf8') });
      } catch (error) {
        unreadable.push({ file, line: 1, severity: 'error', message: `Cannot read the deck: ${(error as Error).message}` });
      }
    }),
  );
  const set = buildDeckSet(sources, { fileExists: (file) => fs.existsSync(file) });
  return { decks: set.decks, diagnostics: [...unreadable, ...set.diagnostics] };
}
