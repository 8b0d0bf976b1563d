import * as path from 'path';
import { DeckDiagnostic } from '../deck/model';
import { EXERCISES_FOLDER, EXERCISE_MANIFEST, Exercise, ExerciseListing } from './model';
import { parseExercise } from './parseExercise';

/** The part of the deck pipeline's file access that exercise discovery needs. */
export interface ExerciseFileAccess {
  stat(path: string): Promise<{ kind: 'file' | 'folder' | 'other' } | undefined>;
  list(folder: string): Promise<{ name: string; kind: 'file' | 'folder' | 'other'; link: boolean }[]>;
  realPath(path: string): Promise<string | undefined>;
  readFile(path: string, maxBytes: number): Promise<Uint8Array>;
}

export interface LoadedExercises {
  exercises: Exercise[];
  diagnostics: DeckDiagnostic[];
}

const MAX_EXERCISES_PER_FOLDER = 200;
const MAX_FILES_PER_PART = 100;
const MAX_DEPTH = 4;
const MAX_MANIFEST_BYTES = 64 * 1024;
const SKIPPED = new Set(['__pycache__', '.pytest_cache', 'node_modules']);

/**
 * Finds `exercises/<id>/exercise.yml` beside the decks of each deck folder and reads them. Links
 * are never followed out of the exercise's folder, and the walk is bounded. Never throws.
 */
export async function loadExercises(deckFolders: readonly string[], files: ExerciseFileAccess): Promise<LoadedExercises> {
  const exercises: Exercise[] = [];
  const diagnostics: DeckDiagnostic[] = [];
  const seen = new Map<string, string>();
  for (const deckFolder of deckFolders) {
    const root = path.join(deckFolder, EXERCISES_FOLDER);
    if ((await files.stat(root))?.kind !== 'folder') continue; // most deck folders have none
    const entries = await files.list(root).catch(() => []);
    for (const entry of entries.filter((e) => e.kind === 'folder' && !e.link).slice(0, MAX_EXERCISES_PER_FOLDER)) {
      const folder = path.join(root, entry.name);
      const loaded = await loadOne(folder, files, diagnostics);
      if (!loaded) continue;
      const first = seen.get(loaded.id);
      if (first) {
        diagnostics.push({ file: path.join(folder, EXERCISE_MANIFEST), line: 1, severity: 'error', message: `Duplicate exercise id "${loaded.id}" (also in ${first}).` });
        continue;
      }
      seen.set(loaded.id, folder);
      exercises.push(loaded);
    }
  }
  return { exercises, diagnostics };
}

/** Diagnostics for exercises whose question no deck has; those exercises are left out. */
export function attachToQuestions(loaded: LoadedExercises, hasQuestion: (id: string) => boolean): LoadedExercises {
  const diagnostics = [...loaded.diagnostics];
  const exercises = loaded.exercises.filter((exercise) => {
    if (hasQuestion(exercise.questionId)) return true;
    diagnostics.push({ file: path.join(exercise.folder, EXERCISE_MANIFEST), line: exercise.questionLine, severity: 'error', message: `No deck has the question "${exercise.questionId}".` });
    return false;
  });
  return { exercises, diagnostics };
}

async function loadOne(folder: string, files: ExerciseFileAccess, diagnostics: DeckDiagnostic[]): Promise<Exercise | undefined> {
  const manifest = path.join(folder, EXERCISE_MANIFEST);
  let text: string;
  try {
    text = new TextDecoder().decode(await files.readFile(manifest, MAX_MANIFEST_BYTES)).replace(/^\uFEFF/, '');
  } catch (error) {
    diagnostics.push({ file: manifest, line: 1, severity: 'error', message: `Cannot read ${EXERCISE_MANIFEST}: ${error instanceof Error ? error.message : String(error)}` });
    return undefined;
  }
  const realFolder = (await files.realPath(folder)) ?? folder;
  const listing: ExerciseListing = {
    starter: await listPart(path.join(folder, 'starter'), realFolder, files, diagnostics),
    solution: await listPart(path.join(folder, 'solution'), realFolder, files, diagnostics),
    checks: await listPart(path.join(folder, 'checks'), realFolder, files, diagnostics),
  };
  const parsed = parseExercise(text, folder, listing);
  diagnostics.push(...parsed.diagnostics);
  return parsed.exercise;
}

/** The regular files under `dir`, relative with `/`; undefined when the folder is missing. */
async function listPart(dir: string, realFolder: string, files: ExerciseFileAccess, diagnostics: DeckDiagnostic[]): Promise<string[] | undefined> {
  const found: string[] = [];
  const walk = async (current: string, relative: string, depth: number): Promise<boolean> => {
    let entries;
    try {
      entries = await files.list(current);
    } catch {
      return false;
    }
    for (const entry of entries) {
      if (SKIPPED.has(entry.name) || found.length >= MAX_FILES_PER_PART) continue;
      const child = path.join(current, entry.name);
      const name = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.link) {
        const real = await files.realPath(child);
        if (!real || path.relative(realFolder, real).startsWith('..')) {
          diagnostics.push({ file: child, line: 1, severity: 'error', message: 'A symbolic link out of the exercise folder: exercise files must be inside it.' });
          continue;
        }
      }
      if (entry.kind === 'file') found.push(name);
      else if (entry.kind === 'folder' && !entry.link && depth < MAX_DEPTH) await walk(child, name, depth + 1);
    }
    return true;
  };
  return (await walk(dir, '', 0)) ? found.sort() : undefined;
}
