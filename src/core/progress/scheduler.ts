import { Card, FSRS, Grade as FsrsGrade, State, createEmptyCard, fsrs, generatorParameters } from 'ts-fsrs';
import { StoredCard, isStoredCard, normaliseCard } from './cardState';
import { Grade, formatInterval } from './interval';

export interface GradeOutcome {
  card: StoredCard;
  /** How long until the question comes back, e.g. "10m", "4d". */
  interval: string;
}

/** Spaced repetition with FSRS-6 (ts-fsrs); cards absent from the store are new. */
export class Scheduler {
  private readonly engine: FSRS;

  constructor(desiredRetention = 0.9) {
    this.engine = fsrs(generatorParameters({ request_retention: desiredRetention, enable_fuzz: false }));
  }

  /** What each of the four grades would do now, for the buttons ("Good · 4d"). */
  preview(card: StoredCard | undefined, now: Date): Record<Grade, GradeOutcome> {
    const preview = this.engine.repeat(toFsrs(card, now), now);
    const outcome = (grade: Grade): GradeOutcome => {
      const next = fromFsrs(preview[grade as FsrsGrade].card);
      return { card: next, interval: formatInterval(Date.parse(next.due) - now.getTime()) };
    };
    return { 1: outcome(1), 2: outcome(2), 3: outcome(3), 4: outcome(4) };
  }

  grade(card: StoredCard | undefined, grade: Grade, now: Date): StoredCard {
    return fromFsrs(this.engine.next(toFsrs(card, now), now, grade as FsrsGrade).card);
  }
}

/**
 * Stored data can be out of what FSRS accepts (an old or hand-edited value, a synced machine whose
 * clock runs ahead): ranges are clamped, and a last review later than `now` counts as made now, since
 * FSRS throws on a negative interval (as soon as it falls on a later UTC day).
 */
function toFsrs(stored: StoredCard | undefined, now: Date): Card {
  // Not a card at all (an inherited property looked up by a caller, a hand-edited value): a new one.
  if (!stored || !isStoredCard(stored)) return createEmptyCard(now);
  const card = normaliseCard(stored, now);
  const lastReview = card.lastReview ? Math.min(Date.parse(card.lastReview), now.getTime()) : undefined;
  const due = Date.parse(card.due);
  return {
    due: new Date(Number.isNaN(due) ? now.getTime() : due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as State,
    last_review: lastReview === undefined ? undefined : new Date(lastReview),
  };
}

function fromFsrs(card: Card): StoredCard {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as StoredCard['state'],
    lastReview: card.last_review?.toISOString(),
  };
}

// In their own module so the tree, the status bar and the history show grades and intervals without loading FSRS.
export { GRADES, GRADE_NAMES, formatInterval } from './interval';
export type { Grade } from './interval';
