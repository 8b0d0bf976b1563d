/**
 * The one message protocol between the extension and the quiz webview. Both bundles import this
 * file; the extension validates everything the webview sends with `parseWebviewMessage`.
 */

export type GradeValue = 1 | 2 | 3 | 4;

export interface QuestionView {
  id: string;
  prompt: string;
  topicTitle: string;
  difficulty: 'easy' | 'medium' | 'hard';
  /** File name of the first snippet, when the question has one. */
  snippetName?: string;
  /** 1-based place in the session and the session's length. */
  position: number;
  total: number;
}

export interface GradeButton {
  grade: GradeValue;
  name: string;
  /** When the question comes back with this grade: "10m", "4d". */
  interval: string;
}

export type QuizViewState =
  | { kind: 'loading' }
  | { kind: 'question'; question: QuestionView }
  | {
      kind: 'answer';
      question: QuestionView;
      userAnswer: string;
      /** Rendered, sanitised HTML (raw HTML in decks is escaped). */
      answerHtml: string;
      keyPointsHtml: string[];
      followUpsHtml: string[];
      grades: GradeButton[];
    }
  | { kind: 'done'; scopeTitle: string; answered: number; nextDueIn?: string; canKeepPractising: boolean }
  | { kind: 'empty'; message: string };

/** Extension → webview. */
export type ExtensionMessage = {
  type: 'state';
  state: QuizViewState;
  /** The session's topic, persisted by the webview so a reload restores the same quiz. */
  topicId?: string;
};

/** Webview → extension: a closed set of requests, nothing more. */
export type WebviewMessage =
  | { type: 'ready' }
  | { type: 'reveal'; answer: string }
  | { type: 'grade'; grade: GradeValue }
  | { type: 'openSnippet' }
  | { type: 'runSnippet' }
  | { type: 'resetSnippet' }
  | { type: 'keepPractising' };

/** What the webview persists with `setState` so a reloaded window can restore the panel. */
export interface PersistedWebviewState {
  topicId?: string;
  questionId?: string;
  draft?: string;
}

const MAX_ANSWER_LENGTH = 20_000;

/** Returns the message when it is one the extension accepts, otherwise undefined. */
export function parseWebviewMessage(value: unknown): WebviewMessage | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const message = value as Record<string, unknown>;
  switch (message.type) {
    case 'ready':
    case 'openSnippet':
    case 'runSnippet':
    case 'resetSnippet':
    case 'keepPractising':
      return { type: message.type };
    case 'reveal':
      return typeof message.answer === 'string' ? { type: 'reveal', answer: message.answer.slice(0, MAX_ANSWER_LENGTH) } : undefined;
    case 'grade':
      return message.grade === 1 || message.grade === 2 || message.grade === 3 || message.grade === 4 ? { type: 'grade', grade: message.grade } : undefined;
    default:
      return undefined;
  }
}

export function parsePersistedState(value: unknown): PersistedWebviewState {
  if (!value || typeof value !== 'object') return {};
  const state = value as Record<string, unknown>;
  const text = (key: string) => (typeof state[key] === 'string' ? (state[key] as string) : undefined);
  return { topicId: text('topicId'), questionId: text('questionId'), draft: text('draft') };
}

/** Compile-time exhaustiveness for `switch` statements over the unions above. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
