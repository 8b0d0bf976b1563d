/**
 * Build step: parses the built-in bank (questions/*.md and questions/exercises/) with the same
 * pipeline the extension uses and writes it as one compact file (see compiledBank.ts).
 * Run by esbuild.js through scripts/compileBank.js.
 */
import * as fs from 'fs';
import * as path from 'path';
import { COMPILED_BANK_VERSION, CompiledBank, encodeCompiledBank, mapBankPaths, toBankRelative } from '../core/deck/compiled/compiledBank';
import { combineDecks, newIdRegistry } from '../core/deck/deckSet';
import { bankSource, loadDecks } from '../core/deck/load/loadDecks';
import { attachToQuestions, loadExercises } from '../core/exercise/loadExercises';
import { nodeFileAccess } from '../node/nodeFileAccess';

export { BANK_PACK, writeBankPack } from '../node/bankPack';
export { COMPILED_BANK_FILE } from '../core/deck/compiled/compiledBank';

export async function compileBank(folder: string, outFile: string): Promise<CompiledBank> {
  const loaded = await loadDecks([bankSource(folder)], nodeFileAccess);
  const registry = newIdRegistry();
  combineDecks(loaded.sources[0].files, registry);
  const ids = new Set(loaded.decks.flatMap((deck) => deck.questions.map((q) => q.id)));
  const exercises = attachToQuestions(await loadExercises([folder], nodeFileAccess), (id) => ids.has(id));
  const owners = (map: Map<string, { file: string; line: number }>) => [...map].map(([id, o]): [string, string, number] => [id, o.file, o.line]);
  const bank: CompiledBank = {
    version: COMPILED_BANK_VERSION,
    decks: loaded.decks,
    diagnostics: loaded.diagnostics,
    exercises: exercises.exercises,
    exerciseDiagnostics: exercises.diagnostics,
    registry: { topics: owners(registry.topics), questions: owners(registry.questions) },
  };
  const relative = mapBankPaths(bank, toBankRelative(folder));
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, encodeCompiledBank(relative));
  return relative;
}
