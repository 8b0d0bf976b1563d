/**
 * What the Progress panel shows: the stats of `stats.ts` (already in the protocol's shapes) and
 * the totals. Pure, so it is unit-tested without VS Code.
 */
import { Deck } from '../deck/model';
import { ProgressViewState } from '../../shared/protocol';
import { Cards, progressStats } from './stats';
import { ReviewEntry } from './reviewLog';

/**
 * @param mockCount mock interviews finished so far (their reports are stored elsewhere).
 * Accuracy is 0 before the first review; the webview shows "—" when there are no reviews.
 */
export function buildProgressView(decks: readonly Deck[], cards: Cards, entries: readonly ReviewEntry[], now: Date, mockCount: number): ProgressViewState {
  const stats = progressStats(decks, cards, entries, now);
  return {
    topics: stats.topics,
    heatmap: stats.reviewsPerDay,
    forecast: stats.dueForecast,
    streak: stats.streak,
    totals: {
      reviews: stats.totals.reviews,
      questionsSeen: stats.totals.questionsSeen,
      questions: decks.reduce((sum, deck) => sum + deck.questions.length, 0),
      accuracy: stats.totals.accuracy ?? 0,
      mockInterviews: Math.max(0, Math.floor(mockCount)),
    },
  };
}
