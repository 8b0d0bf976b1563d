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
    numbers.every((key) => typeof card[key] === 'number' && Number.isFinite(card[key])) &&
    [0, 1, 2, 3].includes(card.state as number) &&
    (card.lastReview === undefined || (typeof card.lastReview === 'string' && !Number.isNaN(Date.parse(card.lastReview))))
  );
}
