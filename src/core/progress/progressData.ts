import { CardMap, StoredCard, cardMap, cardOf, isStoredCard, isTooFarAhead, normaliseCard } from './cardState';

/** Bump when the stored shape changes, and add a step to MIGRATIONS. */
export const PROGRESS_SCHEMA_VERSION = 2;

export interface ProgressData {
  schemaVersion: typeof PROGRESS_SCHEMA_VERSION;
  /** Card state per stable question id (a map with no prototype: see `cardMap`). */
  cards: CardMap;
  /**
   * When a question's progress was reset (ISO), per id. A reset is a fact to merge, not an absence:
   * without it another window or Settings Sync would bring the old card back.
   */
  removed?: Record<string, string>;
}

export interface ReadProgressResult {
  data: ProgressData;
  /** Set when something stored could not be used: the caller backs up the raw value and tells the user. */
  problem?: string;
}

/** Upgrades from version N to N+1, keyed by N. */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  // 1 → 2: resets are recorded, so they survive merges.
  1: (old) => ({ ...old, schemaVersion: 2, removed: {} }),
};

export function emptyProgress(): ProgressData {
  return { schemaVersion: PROGRESS_SCHEMA_VERSION, cards: cardMap(), removed: stampMap() };
}

function stampMap(): Record<string, string> {
  return Object.create(null) as Record<string, string>;
}

/**
 * Reads whatever storage holds into the current schema; never throws, never invents data. Cards are
 * brought into the ranges the scheduler accepts, and times too far after `now` are dropped: a reset
 * stamped in 2099 would otherwise delete the card and every later review of it at each merge.
 */
export function readProgress(raw: unknown, now: Date): ReadProgressResult {
  if (raw === undefined || raw === null) return { data: emptyProgress() };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { data: emptyProgress(), problem: 'The stored progress is not an object.' };
  }
  let value = raw as Record<string, unknown>;
  let version = typeof value.schemaVersion === 'number' ? value.schemaVersion : NaN;
  if (!Number.isInteger(version) || version < 1) {
    return { data: emptyProgress(), problem: 'The stored progress has no schema version.' };
  }
  if (version > PROGRESS_SCHEMA_VERSION) {
    return { data: emptyProgress(), problem: `The stored progress was written by a newer version of Interview Coach (schema ${version}).` };
  }
  while (version < PROGRESS_SCHEMA_VERSION) {
    value = MIGRATIONS[version](value);
    version++;
  }
  const cards = cardMap();
  const storedCards = value.cards && typeof value.cards === 'object' && !Array.isArray(value.cards) ? (value.cards as Record<string, unknown>) : undefined;
  if (!storedCards) return { data: emptyProgress(), problem: 'The stored progress has no cards.' };
  let dropped = 0;
  for (const [id, card] of Object.entries(storedCards)) {
    if (isStoredCard(card)) cards[id] = normaliseCard(card, now);
    else dropped++;
  }
  const removed = stampMap();
  if (value.removed && typeof value.removed === 'object' && !Array.isArray(value.removed)) {
    for (const [id, at] of Object.entries(value.removed as Record<string, unknown>)) {
      if (typeof at === 'string' && !Number.isNaN(Date.parse(at)) && !isTooFarAhead(at, now)) removed[id] = at;
    }
  }
  const data: ProgressData = { schemaVersion: PROGRESS_SCHEMA_VERSION, cards, removed };
  return dropped > 0 ? { data, problem: `${dropped} stored card(s) were unreadable and were set aside.` } : { data };
}

/**
 * Combines two copies of the progress (another window's and ours, or an import): for each question
 * the card reviewed last wins, so no review is lost whichever copy is written last.
 */
export function mergeProgress(ours: ProgressData, theirs: ProgressData): ProgressData {
  const removed = Object.assign(stampMap(), ours.removed);
  for (const [id, at] of Object.entries(theirs.removed ?? {})) {
    const known = Object.prototype.hasOwnProperty.call(removed, id) ? removed[id] : undefined;
    if (!known || Date.parse(at) > Date.parse(known)) removed[id] = at;
  }
  const cards = cardMap(ours.cards);
  for (const [id, card] of Object.entries(theirs.cards)) {
    const mine = cardOf(cards, id);
    if (!mine || reviewedAt(card) > reviewedAt(mine) || (reviewedAt(card) === reviewedAt(mine) && card.reps > mine.reps)) {
      cards[id] = card;
    }
  }
  // A card reviewed before its reset stays reset; a review after the reset starts it again.
  for (const [id, at] of Object.entries(removed)) {
    const card = cardOf(cards, id);
    if (card && reviewedAt(card) <= Date.parse(at)) delete cards[id];
  }
  return { schemaVersion: PROGRESS_SCHEMA_VERSION, cards, removed };
}

/** Forgets the given questions' progress, recording when, so merges do not bring it back. */
export function resetCards(data: ProgressData, ids: readonly string[], now: Date): ProgressData {
  const cards = cardMap(data.cards);
  const removed = Object.assign(stampMap(), data.removed);
  for (const id of ids) {
    delete cards[id];
    removed[id] = now.toISOString();
  }
  return { schemaVersion: PROGRESS_SCHEMA_VERSION, cards, removed };
}

function reviewedAt(card: StoredCard): number {
  return card.lastReview ? Date.parse(card.lastReview) : 0;
}
