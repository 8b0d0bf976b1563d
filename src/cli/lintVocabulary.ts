import * as path from 'path';
import { DeckSource, LoadedDecks } from '../core/deck/load/loadDecks';
import type { DeckDiagnostic } from '../core/deck/model';
import { VOCABULARY_FILE } from '../core/grading/bankGrader';
import { MAX_VOCABULARY_CHARS, parseVocabulary } from '../core/grading/vocabularyFile';
import { FileAccess, decodeText, reasonOf } from '../core/deck/load/fileAccess';
import type { LintResult } from './lint';

/**
 * Adds the problems of the shared vocabulary (`vocabulary.yml`) of each linted deck folder, at
 * their lines: a broken vocabulary is reported like a broken deck (the grader would skip it).
 */
export async function withVocabulary(result: LintResult, loaded: LoadedDecks<DeckSource>, access: FileAccess): Promise<LintResult> {
  const diagnostics: DeckDiagnostic[] = [];
  for (const source of loaded.sources) {
    if (source.source.kind !== 'folder') continue;
    const file = path.join(source.source.path, VOCABULARY_FILE);
    const info = await access.stat(file);
    if (info?.kind !== 'file') continue;
    let text: string;
    try {
      text = decodeText(await access.readFile(file, 4 * MAX_VOCABULARY_CHARS));
    } catch (error) {
      diagnostics.push({ file, line: 1, severity: 'error', message: `cannot read the vocabulary: ${reasonOf(error)}` });
      continue;
    }
    for (const p of parseVocabulary(text).problems) diagnostics.push({ file, line: p.line, severity: p.severity, message: p.message });
  }
  return { ...result, diagnostics: [...result.diagnostics, ...diagnostics] };
}
