/**
 * The figures of the Progress panel, computed from the decks, the card states and the review log.
 * Days are UTC calendar days ('YYYY-MM-DD') so the result does not depend on the machine's zone.
 */
import { Deck } from '../deck/model';
import { StoredCard, cardMap, cardOf } from './cardState';
import { ReviewEntry } from './reviewLog';
import type { DayCountView, TopicProgressView } from '../../shared/protocol/progress';

export type Cards = Readonly<Record<string, StoredCard>>;

/** A card is mature once FSRS expects to remember it for three weeks. */
export const MATURE_DAYS = 21;

export type CardStage = 'new' | 'learning' | 'young' | 'mature';

/**
 * new: never graded (no card, or FSRS state New). learning: state Learning or Relearning (just
 * met or just forgotten). mature: state Review with stability ≥ 21 days or an interval ≥ 21 days.
 * young: any other Review card.
 */
export function cardStage(card: StoredCard | undefined): CardStage {
  if (!card || card.state === 0) return 'new';
  if (card.state !== 2) return 'learning';
  return card.stability >= MATURE_DAYS || card.scheduledDays >= MATURE_DAYS ? 'mature' : 'young';
}

/** A topic's mastery, in the Progress panel's own shape (one type for core and protocol). */
export type TopicMastery = TopicProgressView;

export function masteryByTopic(decks: readonly Deck[], cards: Cards, now: Date): TopicMastery[] {
  return decks.map((deck) => {
    const row: TopicMastery = { topicId: deck.id, title: deck.title, total: deck.questions.length, new: 0, learning: 0, young: 0, mature: 0, due: 0, mastery: 0 };
    for (const q of deck.questions) {
      const card = cardOf(cards, q.id);
      row[cardStage(card)]++;
      if (card && Date.parse(card.due) <= now.getTime()) row.due++;
    }
    row.mastery = row.total === 0 ? 0 : (row.mature + 0.5 * row.young) / row.total;
    return row;
  });
}

/** A UTC calendar day ('YYYY-MM-DD') and a count. */
export type DayCount = DayCountView;

const DAY_MS = 86_400_000;

export function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Day number since the epoch (UTC), so days can be counted by subtraction. */
function dayIndex(time: number): number {
  return Math.floor(time / DAY_MS);
}

function dayRow(index: number): DayCount {
  return { date: utcDay(new Date(index * DAY_MS)), count: 0 };
}

/** Reviews per day, oldest first, ending with today: 84 days = the 12-week heatmap. */
export function reviewsPerDay(entries: readonly ReviewEntry[], now: Date, days = 84): DayCount[] {
  const today = dayIndex(now.getTime());
  const first = today - days + 1;
  const rows = Array.from({ length: Math.max(0, days) }, (_, i) => dayRow(first + i));
  for (const entry of entries) {
    const day = dayIndex(Date.parse(entry.at));
    if (day >= first && day <= today) rows[day - first].count++;
  }
  return rows;
}

/** Cards coming due per day, starting today; anything overdue is due today. */
export function dueForecast(cards: Cards, now: Date, days = 14): DayCount[] {
  const today = dayIndex(now.getTime());
  const rows = Array.from({ length: Math.max(0, days) }, (_, i) => dayRow(today + i));
  for (const card of Object.values(cards)) {
    const offset = Math.max(0, dayIndex(Date.parse(card.due)) - today);
    if (offset < rows.length) rows[offset].count++;
  }
  return rows;
}

/**
 * Consecutive days with at least one review, ending today, or yesterday when today has none yet
 * (the streak is not broken until the day is over).
 */
export function streak(entries: readonly ReviewEntry[], now: Date): number {
  const days = new Set(entries.map((e) => dayIndex(Date.parse(e.at))));
  let day = dayIndex(now.getTime());
  if (!days.has(day)) day--;
  let count = 0;
  while (days.has(day)) {
    count++;
    day--;
  }
  return count;
}

export interface Totals {
  reviews: number;
  /** Questions reviewed at least once: in the log or with a card (the log is bounded, cards are not). */
  questionsSeen: number;
  /** Share of reviews graded Good or Easy; undefined before the first review. */
  accuracy: number | undefined;
}

export function totals(entries: readonly ReviewEntry[], cards: Cards = {}): Totals {
  const seen = new Set(entries.map((e) => e.id));
  for (const [id, card] of Object.entries(cards)) if (card.state !== 0) seen.add(id);
  const good = entries.filter((e) => e.grade >= 3).length;
  return { reviews: entries.length, questionsSeen: seen.size, accuracy: entries.length ? good / entries.length : undefined };
}

export interface ProgressStats {
  topics: TopicMastery[];
  reviewsPerDay: DayCount[];
  dueForecast: DayCount[];
  streak: number;
  totals: Totals;
}

/** Everything the Progress panel shows, in one call. Only cards of loaded decks are forecast. */
export function progressStats(decks: readonly Deck[], cards: Cards, entries: readonly ReviewEntry[], now: Date): ProgressStats {
  const known = new Set(decks.flatMap((d) => d.questions.map((q) => q.id)));
  const current = cardMap();
  for (const [id, card] of Object.entries(cards)) if (known.has(id)) current[id] = card;
  return {
    topics: masteryByTopic(decks, cards, now),
    reviewsPerDay: reviewsPerDay(entries, now),
    dueForecast: dueForecast(current, now),
    streak: streak(entries, now),
    totals: totals(entries, cards),
  };
}
