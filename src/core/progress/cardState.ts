/**
 * What the extension stores for one question: the FSRS memory state, in plain JSON
 * (ISO dates) so it survives globalState, Settings Sync and export files.
 */
export interface StoredCard {
  due: string;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** 0 new, 1 learning, 2 review, 3 relearning (ts-fsrs `State`). */
  state: 0 | 1 | 2 | 3;
  lastReview?: string;
}

export type CardStatus = 'new' | 'due' | 'scheduled';

/** Cards by question id. Always built with `cardMap()`: a question id such as `constructor` or `__proto__` is only a key. */
export type CardMap = Record<string, StoredCard>;

/** A map with no prototype, so no question id reaches an inherited property. */
export function cardMap(from?: Readonly<Record<string, StoredCard>>): CardMap {
  const map = Object.create(null) as CardMap;
  if (from) for (const id of Object.keys(from)) map[id] = from[id];
  return map;
}

/** The card stored for `id`, never an inherited property (the maps may come from plain JSON objects). */
export function cardOf(cards: Readonly<Record<string, StoredCard>>, id: string): StoredCard | undefined {
  return Object.prototype.hasOwnProperty.call(cards, id) ? cards[id] : undefined;
}

export function hasCard(cards: Readonly<Record<string, StoredCard>>, id: string): boolean {
  return cardOf(cards, id) !== undefined;
}

/**
 * How far in the future a stored time may lie and still count: synced machines' clocks differ by
 * minutes. Anything later (a machine with a wrong clock, an edited file) must not win a merge.
 */
export const FUTURE_TOLERANCE_MS = 60 * 60_000;

export function isTooFarAhead(iso: string, now: Date): boolean {
  return Date.parse(iso) > now.getTime() + FUTURE_TOLERANCE_MS;
}

/** The range of stability (days) and difficulty that FSRS accepts for a reviewed card (ts-fsrs S_MIN/S_MAX). */
const STABILITY_MIN = 0.001;
const STABILITY_MAX = 36_500;
const clamp = (x: number, low: number, high: number) => Math.min(high, Math.max(low, x));
const count = (x: number) => Math.max(0, Math.round(x));

/**
 * A stored card brought into the ranges FSRS accepts, so the scheduler never throws on it: a new card
 * has no memory state, a reviewed one has stability and difficulty in range, counts are whole and
 * non-negative, and a last review too far in the future is forgotten (it would win every merge).
 */
export function normaliseCard(card: StoredCard, now: Date): StoredCard {
  const isNew = card.state === 0;
  const normal: StoredCard = {
    due: card.due,
    stability: isNew ? 0 : clamp(card.stability, STABILITY_MIN, STABILITY_MAX),
    difficulty: isNew ? 0 : clamp(card.difficulty, 1, 10),
    elapsedDays: Math.max(0, card.elapsedDays),
    scheduledDays: Math.max(0, card.scheduledDays),
    learningSteps: count(card.learningSteps),
    reps: count(card.reps),
    lapses: count(card.lapses),
    state: card.state,
  };
  if (card.lastReview !== undefined && !isTooFarAhead(card.lastReview, now)) normal.lastReview = card.lastReview;
  return normal;
}

export function cardStatus(card: StoredCard | undefined, now: Date): CardStatus {
  if (!card) return 'new';
  return Date.parse(card.due) <= now.getTime() ? 'due' : 'scheduled';
}

/** Checks a value read back from storage; anything off makes the card unusable rather than wrong. */
export function isStoredCard(value: unknown): value is StoredCard {
  if (!value || typeof value !== 'object') return false;
  const card = value as Record<string, unknown>;
  const numbers = ['stability', 'difficulty', 'elapsedDays', 'scheduledDays', 'learningSteps', 'reps', 'lapses'];
  return (
    typeof card.due === 'string' &&
    !Number.isNaN(Date.parse(card.due)) &&
    numbers.every((key) => typeof card[key] === 'number' && Number.isFinite(card[key]) && Math.abs(card[key] as number) < 1e9) &&
    [0, 1, 2, 3].includes(card.state as number) &&
    (card.lastReview === undefined || (typeof card.lastReview === 'string' && !Number.isNaN(Date.parse(card.lastReview))))
  );
}
