import { Question } from '../deck/model';
import { StoredCard, cardOf, cardStatus } from '../progress/cardState';

export type Cards = Readonly<Record<string, StoredCard>>;

export interface ReviewQueueOptions {
  /** New questions to introduce at most, after the due ones. */
  newLimit: number;
}

/** A review: due questions first (most overdue first), then new ones in deck order, up to the limit. */
export function buildReviewQueue(questions: readonly Question[], cards: Cards, now: Date, options: ReviewQueueOptions): string[] {
  const dueAt = (q: Question) => Date.parse(cardOf(cards, q.id)?.due ?? '');
  const due = questions.filter((q) => cardStatus(cardOf(cards, q.id), now) === 'due').sort((a, b) => dueAt(a) - dueAt(b));
  const fresh = questions.filter((q) => !cardOf(cards, q.id)).slice(0, Math.max(0, options.newLimit));
  return [...due, ...fresh].map((q) => q.id);
}

/**
 * Keep practising after the review is done: everything not yet seen in this session,
 * the ones coming back soonest first, new ones last.
 */
export function buildPracticeQueue(questions: readonly Question[], cards: Cards, seen: ReadonlySet<string>): string[] {
  const dueTime = (q: Question) => {
    const card = cardOf(cards, q.id);
    return card ? Date.parse(card.due) : Number.POSITIVE_INFINITY;
  };
  return questions
    .filter((q) => !seen.has(q.id))
    .map((q, order) => ({ q, order }))
    .sort((a, b) => dueTime(a.q) - dueTime(b.q) || a.order - b.order)
    .map(({ q }) => q.id);
}

/** When the next scheduled question of `questions` comes back, if any is scheduled. */
export function nextDueDate(questions: readonly Question[], cards: Cards): Date | undefined {
  let next: number | undefined;
  for (const q of questions) {
    const card = cardOf(cards, q.id);
    if (card && (next === undefined || Date.parse(card.due) < next)) next = Date.parse(card.due);
  }
  return next === undefined ? undefined : new Date(next);
}

export interface TopicCounts {
  total: number;
  new: number;
  due: number;
}

export function countByStatus(questions: readonly Question[], cards: Cards, now: Date): TopicCounts {
  const counts: TopicCounts = { total: questions.length, new: 0, due: 0 };
  for (const q of questions) {
    const status = cardStatus(cardOf(cards, q.id), now);
    if (status === 'new') counts.new++;
    else if (status === 'due') counts.due++;
  }
  return counts;
}

/**
 * How many questions were seen for the first time on `now`'s (UTC) day, from the review log:
 * what the daily limit on new questions counts against.
 */
export function newQuestionsSeenToday(entries: readonly { id: string; at: string }[], now: Date): number {
  const today = now.toISOString().slice(0, 10);
  const firstSeen = new Map<string, string>();
  for (const entry of entries) {
    const time = Date.parse(entry.at);
    if (Number.isNaN(time)) continue;
    const day = new Date(time).toISOString().slice(0, 10);
    const known = firstSeen.get(entry.id);
    if (!known || day < known) firstSeen.set(entry.id, day);
  }
  let count = 0;
  for (const day of firstSeen.values()) if (day === today) count++;
  return count;
}

/** The tree's short summary of a topic: "12 · 3 new · 2 due", leaving out the parts that are 0. */
export function describeCounts(counts: TopicCounts): string {
  const parts = [String(counts.total)];
  if (counts.new > 0) parts.push(`${counts.new} new`);
  if (counts.due > 0) parts.push(`${counts.due} due`);
  return parts.join(' · ');
}
