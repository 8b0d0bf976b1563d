/** Hands-on exercises: code with a real defect that the user fixes until the checks pass. Pure data. */

export interface Exercise {
  /** Unique id (lowercase letters, digits, dashes) and the name of its folder. */
  id: string;
  /** The question it belongs to; the exercise shows under it in the tree and in the review. */
  questionId: string;
  /** 1-based line of `question:` in exercise.yml, for a diagnostic when no deck has that question. */
  questionLine: number;
  title: string;
  /** What is wrong and what the checks require, in a sentence or two. */
  brief: string;
  /** The starter file opened first, relative to `starter/`, with `/` separators. */
  main: string;
  /** Shown one at a time, in order. */
  hints: string[];
  timeoutSeconds: number;
  /** Absolute path of the exercise folder (holds exercise.yml, starter/, solution/, checks/). */
  folder: string;
  /** The starter's files, relative to `starter/`, with `/` separators. */
  files: string[];
}

export const EXERCISE_MANIFEST = 'exercise.yml';
export const DEFAULT_TIMEOUT_SECONDS = 60;
export const MAX_TIMEOUT_SECONDS = 600;
/** Exercises live in this folder beside the decks. */
export const EXERCISES_FOLDER = 'exercises';

/** What the folder holds, listed by the caller (the core does no I/O). Undefined: the folder is missing. */
export interface ExerciseListing {
  starter: string[] | undefined;
  solution: string[] | undefined;
  checks: string[] | undefined;
}

export type ExerciseStatus = 'untried' | 'failing' | 'passing';
