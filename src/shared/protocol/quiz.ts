/**
 * The quiz panel's protocol: the view state the extension pushes, and the closed set of requests
 * the webview may send, partitioned by who handles them (the panel, a daily review, a mock
 * interview). Both bundles import this file; the extension validates everything inbound with
 * `parseQuizFromWebview`.
 *
 * Adding a request: add it to one of the three unions below and give it a validator in that
 * union's table (the compiler insists); then handle it in the union's one owner: `QuizPanel` for
 * `PanelRequest`, `ReviewController` for `ReviewRequest`, `MockController` for `MockRequest`.
 * A new kind of session is a new union, its table, and a controller whose `accepts` is its guard.
 */
import { AnswerMode, GradeValue, ReadyMessage, Validators, bare, belongsTo, isAnswerMode, isGrade, parseWith, withAnswer } from './common';

export interface QuestionView {
  id: string;
  prompt: string;
  /** The prompt rendered as inline Markdown (`_emphasis_`, `code`), shown instead of `prompt` when set. */
  promptHtml?: string;
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
  /** Typed mode: part of it was said. */
  partly?: boolean;
  /** Typed mode: why, in a few words (what was said, the missing idea, or what contradicts it). */
  reason?: string;
  /** The user said "I did cover this". */
  coveredByUser?: boolean;
}

/** A hands-on exercise of the question on screen: its state, and the last run's verdict. */
export interface ExerciseView {
  id: string;
  title: string;
  brief: string;
  status: 'untried' | 'failing' | 'passing';
  /** True while its checks run. */
  running: boolean;
  lastRun?: {
    outcome: 'passed' | 'failed' | 'error';
    /** A sentence: the failing check's message, or why the run could not happen. */
    message: string;
    /** A pass suggests Good and a failure Again; the user still chooses. */
    suggestedGrade?: GradeValue;
  };
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
  /** Why each missed key point was missed, in the same order (the quiz panel's reasons). */
  missedReasons?: string[];
  /** The grade the coverage suggests; the self-grade stays the user's. */
  suggestedGrade?: GradeValue;
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
  | { kind: 'question'; question: QuestionView; mode: AnswerMode; exercise?: ExerciseView }
  | {
      kind: 'answer';
      question: QuestionView;
      mode: AnswerMode;
      userAnswer: string;
      /** Rendered, sanitised HTML (raw HTML in decks is escaped). */
      answerHtml: string;
      keyPoints: KeyPointView[];
      /** Typed mode: the grade the key points' coverage suggests; the user still chooses. */
      suggestedGrade?: GradeValue;
      followUpsHtml: string[];
      grades: GradeButton[];
      exercise?: ExerciseView;
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

/** One screen of the union, e.g. `Screen<'answer'>`. */
export type Screen<K extends QuizViewState['kind']> = Extract<QuizViewState, { kind: K }>;

/** Extension → quiz webview. */
export type QuizToWebview = {
  type: 'state';
  state: QuizViewState;
  /** The session's topics, persisted by the webview so a reload restores the same quiz. */
  topicIds?: string[];
};

/** Quiz webview → extension, handled by the panel itself whatever session runs in it. */
export type PanelRequest =
  | { type: 'openSnippet' }
  | { type: 'runSnippet' }
  | { type: 'resetSnippet' }
  | { type: 'showHistory' }
  | { type: 'openExercise' }
  | { type: 'runExercise' };

/** Quiz webview → extension, handled by the daily review. */
export type ReviewRequest =
  | { type: 'reveal'; answer: string }
  | { type: 'grade'; grade: GradeValue }
  | { type: 'keepPractising' }
  | { type: 'setMode'; mode: AnswerMode }
  /** "I did cover this" on a key point (again: undo). */
  | { type: 'coverPoint'; index: number };

/** Quiz webview → extension, handled by the mock interview. */
export type MockRequest =
  | { type: 'mockSubmit'; answer: string }
  | { type: 'mockFinish' }
  | { type: 'mockGrade'; index: number; grade: GradeValue }
  | { type: 'mockSave' };

/** The requests that belong to a session, as opposed to the panel. */
export type SessionRequest = ReviewRequest | MockRequest;

/** Quiz webview → extension: a closed set of requests, nothing more. */
export type QuizFromWebview = ReadyMessage | PanelRequest | SessionRequest;

/*
 * One validator table per union. Each is keyed by every type of its union, so a request without a
 * validator does not compile; the same tables tell which union a request belongs to.
 */
const panelValidators: Validators<PanelRequest> = {
  openSnippet: bare('openSnippet'),
  runSnippet: bare('runSnippet'),
  resetSnippet: bare('resetSnippet'),
  showHistory: bare('showHistory'),
  openExercise: bare('openExercise'),
  runExercise: bare('runExercise'),
};

const reviewValidators: Validators<ReviewRequest> = {
  reveal: withAnswer('reveal'),
  grade: (raw) => (isGrade(raw.grade) ? { type: 'grade', grade: raw.grade } : undefined),
  keepPractising: bare('keepPractising'),
  setMode: (raw) => (isAnswerMode(raw.mode) ? { type: 'setMode', mode: raw.mode } : undefined),
  coverPoint: (raw) => (Number.isInteger(raw.index) && (raw.index as number) >= 0 && (raw.index as number) < 100 ? { type: 'coverPoint', index: raw.index as number } : undefined),
};

const mockValidators: Validators<MockRequest> = {
  mockSubmit: withAnswer('mockSubmit'),
  mockFinish: bare('mockFinish'),
  mockGrade: (raw) =>
    Number.isInteger(raw.index) && (raw.index as number) >= 0 && isGrade(raw.grade) ? { type: 'mockGrade', index: raw.index as number, grade: raw.grade } : undefined,
  mockSave: bare('mockSave'),
};

const quizValidators: Validators<QuizFromWebview> = { ready: bare('ready'), ...panelValidators, ...reviewValidators, ...mockValidators };

export const isPanelRequest = belongsTo<PanelRequest>(panelValidators);
export const isReviewRequest = belongsTo<ReviewRequest>(reviewValidators);
export const isMockRequest = belongsTo<MockRequest>(mockValidators);

/** Returns the message when it is one the extension accepts, otherwise undefined. */
export function parseQuizFromWebview(value: unknown): QuizFromWebview | undefined {
  return parseWith(quizValidators, value);
}

/** What the quiz webview persists with `setState` so a reloaded window can restore the panel. */
export interface PersistedQuizState {
  topicIds?: string[];
  questionId?: string;
  draft?: string;
}

export function parsePersistedState(value: unknown): PersistedQuizState {
  if (!value || typeof value !== 'object') return {};
  const state = value as Record<string, unknown>;
  const text = (key: string) => (typeof state[key] === 'string' ? (state[key] as string) : undefined);
  const topicIds = Array.isArray(state.topicIds) && state.topicIds.every((t) => typeof t === 'string') ? (state.topicIds as string[]) : undefined;
  return { topicIds, questionId: text('questionId'), draft: text('draft') };
}
