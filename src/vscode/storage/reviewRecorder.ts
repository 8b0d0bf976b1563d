import { Question } from '../../core/deck/model';
import { cardOf } from '../../core/progress/cardState';
import { replayMissedReviews } from '../../core/progress/reconcile';
import { ReviewEntry, ReviewMode } from '../../core/progress/reviewLog';
import { Grade, Scheduler } from '../../core/progress/scheduler';
import { settings } from '../settings';
import { ProgressStore } from './progressStore';
import { ReviewLogStore } from './reviewLogStore';

/** One grade, recorded everywhere it belongs: the FSRS card in the progress store and the review log. */
export class ReviewRecorder {
  constructor(
    private readonly progress: ProgressStore,
    private readonly reviewLog: ReviewLogStore,
  ) {}

  scheduler(): Scheduler {
    return new Scheduler(settings().desiredRetention);
  }

  /** Replays the log's reviews the card store missed (see ProgressStore.reconcile); how many cards were repaired. */
  replayMissed(entries: readonly ReviewEntry[]): Promise<number> {
    const scheduler = this.scheduler();
    return this.progress.reconcile((cards, removed, now) => replayMissedReviews(cards, entries, scheduler, removed, now));
  }

  async record(question: Question, grade: Grade, details: { answer: string; mode: ReviewMode; ms: number; coveredByUser?: number[]; suggestedGrade?: Grade }, now: Date): Promise<void> {
    const card = this.scheduler().grade(cardOf(this.progress.cards, question.id), grade, now);
    await this.progress.record(question.id, card);
    const { coveredByUser, suggestedGrade } = details;
    await this.reviewLog.append({ id: question.id, at: now.toISOString(), grade, answer: details.answer.trim() || undefined, mode: details.mode, ms: details.ms, coveredByUser, suggestedGrade });
  }
}
