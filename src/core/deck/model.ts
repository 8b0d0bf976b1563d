/** The deck model: what a parsed topic file holds. Pure data, no behaviour. */

export type Difficulty = 'easy' | 'medium' | 'hard';
export const DIFFICULTIES: readonly Difficulty[] = ['easy', 'medium', 'hard'];

export interface Question {
  /** Stable id, unique across all decks; progress is stored under it. */
  id: string;
  topicId: string;
  prompt: string;
  difficulty: Difficulty;
  /** The model answer as Markdown source. */
  answer: string;
  keyPoints: KeyPoint[];
  followUps: string[];
  /** Absolute paths of the runnable examples, each inside the deck's folder. */
  snippets: string[];
  /** 1-based line of the question's heading in its file. */
  line: number;
}

/** One idea a good answer must state, with the deck's own hints for judging a typed answer. */
export interface KeyPoint {
  /** The key point as written (inline Markdown). */
  text: string;
  /** Other ways a correct answer says it (`- also:` under the point): each one is enough evidence. */
  alternatives: string[];
  /** What a wrong answer typically says instead (`- not:` under the point). */
  contradictions: string[];
}

/** A key point with no authored alternatives or contradictions (generic-Markdown decks, tests). */
export function plainKeyPoint(text: string): KeyPoint {
  return { text, alternatives: [], contradictions: [] };
}

export interface Deck {
  id: string;
  title: string;
  order: number;
  tags: string[];
  /** Words that count as the same term when typed answers are checked against key points. */
  synonyms: Record<string, string[]>;
  /** Absolute path of the deck file. */
  file: string;
  questions: Question[];
}

export type Severity = 'error' | 'warning';

export interface DeckDiagnostic {
  file: string;
  /** 1-based line. */
  line: number;
  severity: Severity;
  message: string;
}

/** The start of the message of a diagnostic that stands for an exception: a bug in a parser. */
export const PARSER_BUG = 'Interview Coach could not parse this file (a bug in the parser; please report it)';

/** Where a parser sends a problem it found at a 1-based file line. */
export type Report = (line: number, message: string, severity?: Severity) => void;

export interface DeckSet {
  decks: Deck[];
  diagnostics: DeckDiagnostic[];
}

/** Files in a deck folder that document it rather than hold questions. */
const DOCUMENTATION_FILES = new Set(['readme.md', 'contributing.md', 'changelog.md', 'license.md']);

export function isDocumentationFile(fileName: string): boolean {
  return DOCUMENTATION_FILES.has(fileName.toLowerCase());
}

/** Ids are written by hand and must survive edits: keep them boring. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
