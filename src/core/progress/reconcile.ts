import { CardMap, StoredCard, cardMap, cardOf, isTooFarAhead } from './cardState';
import { ReviewEntry, sortByTime } from './reviewLog';
import { Scheduler } from './scheduler';

/**
 * Cards rebuilt from reviews that the stored card state does not include yet. Two windows write
 * the card store last-writer-wins, but every review is also appended to the shared log; replaying
 * the log entries newer than a card's last review brings back a review the other window's write
 * overwrote. Returns only the cards that changed.
 */
export function replayMissedReviews(
  cards: Readonly<Record<string, StoredCard>>,
  entries: readonly ReviewEntry[],
  scheduler: Scheduler,
  /** Resets by question id (ISO): reviews before a reset stay forgotten. */
  removed: Readonly<Record<string, string>>,
  /** Reviews dated too far after this are not replayed: they would win every merge. */
  now: Date,
): CardMap {
  const changed = cardMap();
  const resetAt = (id: string) => (Object.prototype.hasOwnProperty.call(removed, id) ? Date.parse(removed[id]) : Number.NEGATIVE_INFINITY);
  for (const entry of sortByTime(entries)) {
    if (isTooFarAhead(entry.at, now)) continue;
    const card: StoredCard | undefined = cardOf(changed, entry.id) ?? cardOf(cards, entry.id);
    const at = Date.parse(entry.at);
    if (card?.lastReview && Date.parse(card.lastReview) >= at) continue;
    if (resetAt(entry.id) >= at) continue;
    changed[entry.id] = scheduler.grade(card, entry.grade, new Date(at));
  }
  return changed;
}
