/** Test data builders shared by the unit tests of the progress and quiz core. */
import { Deck, Question, plainKeyPoint } from '../../src/core/deck/model';
import { StoredCard } from '../../src/core/progress/cardState';
import { ReviewEntry } from '../../src/core/progress/reviewLog';

export const now = new Date('2026-11-24T10:00:00Z');
export const DAY = 86_400_000;
export const daysFromNow = (d: number) => new Date(now.getTime() + d * DAY).toISOString();

/** A review-state card due tomorrow, last reviewed two days ago. */
export const card = (overrides: Partial<StoredCard> = {}): StoredCard => ({
  due: daysFromNow(1),
  stability: 3,
  difficulty: 5,
  elapsedDays: 0,
  scheduledDays: 3,
  learningSteps: 0,
  reps: 3,
  lapses: 0,
  state: 2,
  lastReview: daysFromNow(-2),
  ...overrides,
});

export const question = (id: string, topicId: string): Question => ({ id, topicId, prompt: id, difficulty: 'easy', answer: '', keyPoints: [plainKeyPoint('x')], followUps: [], snippets: [], line: 1 });

export const deck = (id: string, ids: string[], title = id.toUpperCase()): Deck => ({ id, title, order: 0, tags: [], synonyms: {}, file: `/${id}.md`, questions: ids.map((q) => question(q, id)) });

export const review = (id: string, at: string, grade: ReviewEntry['grade'] = 3): ReviewEntry => ({ id, at, grade, mode: 'typed' });

/** The value as JSON would store it: maps with no prototype become plain objects, so they compare with literals. */
export const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
