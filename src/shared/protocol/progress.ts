/** The Progress panel's protocol: the figures the extension pushes, and the webview's two requests. */
import { ReadyMessage, Validators, bare, parseWith } from './common';

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
export type ProgressToWebview = { type: 'progress'; state: ProgressViewState };

/** Progress webview → extension. */
export type ProgressFromWebview = ReadyMessage | { type: 'startReview'; topicId?: string };

const progressValidators: Validators<ProgressFromWebview> = {
  ready: bare('ready'),
  startReview: (raw) => (raw.topicId === undefined || typeof raw.topicId === 'string' ? { type: 'startReview', topicId: raw.topicId } : undefined),
};

export function parseProgressFromWebview(value: unknown): ProgressFromWebview | undefined {
  return parseWith(progressValidators, value);
}
