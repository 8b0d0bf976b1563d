import * as fs from 'fs';
import * as path from 'path';
import { DeckSet, isDocumentationFile } from './model';
import { DeckSource, buildDeckSet } from './deckSet';

/** Reads every `*.md` deck directly inside `folder` (not its subfolders, where snippets live). */
export async function readDeckFolder(folder: string): Promise<DeckSet> {
  let names: string[];
  try {
    names = await fs.promises.readdir(folder);
  } catch (error) {
    return { decks: [], diagnostics: [{ file: folder, line: 1, severity: 'error', message: `Cannot read the deck folder: ${(error as Error).message}` }] };
  }
  const files = names.filter((name) => name.toLowerCase().endsWith('.md') && !isDocumentationFile(name)).map((name) => path.join(folder, name));
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
