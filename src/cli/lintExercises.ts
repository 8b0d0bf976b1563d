import { DeckSource, LoadedDecks } from '../core/deck/load/loadDecks';
import { attachToQuestions, loadExercises } from '../core/exercise/loadExercises';
import { nodeFileAccess } from '../node/nodeFileAccess';
import type { LintResult } from './lint';

/**
 * Adds the exercises beside the linted deck folders: their problems, and per deck file the number
 * of exercises tied to its questions (`"exercises": N` in --json).
 */
export async function withExercises(result: LintResult, loaded: LoadedDecks<DeckSource>): Promise<LintResult> {
  const folders = loaded.sources.filter((s) => s.source.kind === 'folder').map((s) => s.source.path);
  const fileOfQuestion = new Map<string, string>();
  for (const file of loaded.sources.flatMap((s) => s.files)) for (const deck of file.decks) for (const q of deck.questions) fileOfQuestion.set(q.id, file.file);
  const exercises = attachToQuestions(await loadExercises(folders, nodeFileAccess), (id) => fileOfQuestion.has(id));
  const counts = new Map<string, number>();
  for (const exercise of exercises.exercises) {
    const file = fileOfQuestion.get(exercise.questionId)!;
    counts.set(file, (counts.get(file) ?? 0) + 1);
  }
  return {
    decks: result.decks.map((deck) => ({ ...deck, exercises: counts.get(deck.file) ?? 0 })),
    diagnostics: [...result.diagnostics, ...exercises.diagnostics],
  };
}
