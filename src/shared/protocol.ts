/**
 * The one message protocol between the extension and the quiz webview. Both bundles import this
 * file; the extension validates everything the webview sends with `parseWebviewMessage`.
 */

export type GradeValue = 1 | 2 | 3 | 4;

/** Typed: write an answer, see which key points it covered. Flashcard: think, reveal, grade. */
export type AnswerMode = 'typed' | 'flashcard';

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

export interface KeyPointView {
  /** Rendered inline Markdown. */
  html: string;
  /** Whether the typed answer covered it; undefined in flashcard mode. */
  covered?: boolean;
  /** The key point's terms missing from the answer, to explain a miss. */
  missing?: string[];
}

export interface MockReportRow {
  index: number;
  prompt: string;
  topicTitle: string;
  /** m:ss */
  time: string;
  overTime: boolean;
  skipped: boolean;
  answer: string;
  modelAnswerHtml: string;
  missedKeyPointsHtml: string[];
  keyPointCount: number;
  grade?: GradeValue;
}

export interface GradeButton {
  grade: GradeValue;
  name: string;
  /** When the question comes back with this grade: "10m", "4d". */
  interval: string;
}

export type QuizViewState =
  | { kind: 'loading' }
  | { kind: 'question'; question: QuestionView; mode: AnswerMode }
  | {
      kind: 'answer';
      question: QuestionView;
      mode: AnswerMode;
      userAnswer: string;
      /** Rendered, sanitised HTML (raw HTML in decks is escaped). */
      answerHtml: string;
      keyPoints: KeyPointView[];
      followUpsHtml: string[];
      grades: GradeButton[];
    }
  | {
      kind: 'mockQuestion';
      question: QuestionView;
      /** When this question's time is up (epoch ms); the webview counts down to it. */
      deadline: number;
      limitMs: number;
    }
  | {
      kind: 'mockReport';
      title: string;
      startedAt: string;
      totalTime: string;
      rows: MockReportRow[];
      /** Where the report was saved as Markdown, once it was. */
      savedTo?: string;
    }
  | { kind: 'done'; scopeTitle: string; answered: number; nextDueIn?: string; canKeepPractising: boolean }
  | { kind: 'empty'; message: string };

/** Extension → webview. */
export type ExtensionMessage = {
  type: 'state';
  state: QuizViewState;
  /** The session's topics, persisted by the webview so a reload restores the same quiz. */
  topicIds?: string[];
};

/** Webview → extension: a closed set of requests, nothing more. */
export type WebviewMessage =
  | { type: 'ready' }
  | { type: 'reveal'; answer: string }
  | { type: 'grade'; grade: GradeValue }
  | { type: 'openSnippet' }
  | { type: 'runSnippet' }
  | { type: 'resetSnippet' }
  | { type: 'keepPractising' }
  | { type: 'setMode'; mode: AnswerMode }
  | { type: 'showHistory' }
  | { type: 'mockSubmit'; answer: string }
  | { type: 'mockFinish' }
  | { type: 'mockGrade'; index: number; grade: GradeValue }
  | { type: 'mockSave' };

/** What the webview persists with `setState` so a reloaded window can restore the panel. */
export interface PersistedWebviewState {
  topicIds?: string[];
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
    case 'showHistory':
    case 'mockFinish':
    case 'mockSave':
      return { type: message.type };
    case 'setMode':
      return message.mode === 'typed' || message.mode === 'flashcard' ? { type: 'setMode', mode: message.mode } : undefined;
    case 'mockSubmit':
      return typeof message.answer === 'string' ? { type: 'mockSubmit', answer: message.answer.slice(0, MAX_ANSWER_LENGTH) } : undefined;
    case 'mockGrade':
      return Number.isInteger(message.index) && (message.index as number) >= 0 && isGrade(message.grade)
        ? { type: 'mockGrade', index: message.index as number, grade: message.grade }
        : undefined;
    case 'reveal':
      return typeof message.answer === 'string' ? { type: 'reveal', answer: message.answer.slice(0, MAX_ANSWER_LENGTH) } : undefined;
    case 'grade':
      return isGrade(message.grade) ? { type: 'grade', grade: message.grade } : undefined;
    default:
      return undefined;
  }
}

function isGrade(value: unknown): value is GradeValue {
  return value === 1 || value === 2 || value === 3 || value === 4;
}

export function parsePersistedState(value: unknown): PersistedWebviewState {
  if (!value || typeof value !== 'object') return {};
  const state = value as Record<string, unknown>;
  const text = (key: string) => (typeof state[key] === 'string' ? (state[key] as string) : undefined);
  const topicIds = Array.isArray(state.topicIds) && state.topicIds.every((t) => typeof t === 'string') ? (state.topicIds as string[]) : undefined;
  return { topicIds, questionId: text('questionId'), draft: text('draft') };
}

/** Compile-time exhaustiveness for `switch` statements over the unions above. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}

/* ---------------------------------------------------------------- Progress panel */

export interface TopicProgressView {
  topicId: string;
  title: string;
  total: number;
  new: number;
  learning: number;
  young: number;
  mature: number;
  due: number;
  /** 0..1: (mature + 0.5 × young) / total. */
  mastery: number;
}

export interface DayCountView {
  /** 'YYYY-MM-DD' (UTC). */
  date: string;
  count: number;
}

export interface ProgressViewState {
  topics: TopicProgressView[];
  /** Reviews per day for the last 84 days (12 weeks), oldest first, ending today. */
  heatmap: DayCountView[];
  /** Questions due per day for the next 14 days; today includes the overdue ones. */
  forecast: DayCountView[];
  /** Consecutive days with at least one review, up to today (or yesterday). */
  streak: number;
  totals: { reviews: number; questionsSeen: number; questions: number; accuracy: number; mockInterviews: number };
}

/** Extension → progress webview. */
export type ProgressPanelMessage = { type: 'progress'; state: ProgressViewState };

/** Progress webview → extension. */
export type ProgressWebviewMessage = { type: 'ready' } | { type: 'startReview'; topicId?: string };

export function parseProgressWebviewMessage(value: unknown): ProgressWebviewMessage | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const message = value as Record<string, unknown>;
  switch (message.type) {
    case 'ready':
      return { type: 'ready' };
    case 'startReview':
      return message.topicId === undefined || typeof message.topicId === 'string' ? { type: 'startReview', topicId: message.topicId as string | undefined } : undefined;
    default:
      return undefined;
  }
}
