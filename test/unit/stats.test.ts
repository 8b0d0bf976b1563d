import * as assert from 'assert';
import { cardStage, dueForecast, masteryByTopic, progressStats, reviewsPerDay, streak, totals } from '../../src/core/progress/stats';

import { card, daysFromNow, deck, now, review } from './builders';

describe('progress stats', () => {
  it('classifies cards: new, learning, young, mature', () => {
    assert.strictEqual(cardStage(undefined), 'new');
    assert.strictEqual(cardStage(card({ state: 0 })), 'new');
    assert.strictEqual(cardStage(card({ state: 1 })), 'learning');
    assert.strictEqual(cardStage(card({ state: 3, stability: 40 })), 'learning');
    assert.strictEqual(cardStage(card()), 'young');
    assert.strictEqual(cardStage(card({ stability: 21 })), 'mature');
    assert.strictEqual(cardStage(card({ scheduledDays: 30 })), 'mature');
  });

  it('computes mastery per topic: (mature + ½ young) / total', () => {
    const decks = [deck('django', ['d1', 'd2', 'd3', 'd4']), deck('http', ['h1']), deck('empty', [])];
    const cards = {
      d1: card({ stability: 30, scheduledDays: 25 }),
      d2: card({ due: daysFromNow(-1) }),
      d3: card({ state: 1, due: daysFromNow(-0.01) }),
      h1: card({ stability: 50 }),
      other: card(),
    };
    const [django, http, empty] = masteryByTopic(decks, cards, now);
    assert.deepStrictEqual(django, { topicId: 'django', title: 'DJANGO', total: 4, new: 1, learning: 1, young: 1, mature: 1, due: 2, mastery: 0.375 });
    assert.strictEqual(http.mastery, 1);
    assert.strictEqual(empty.mastery, 0);
  });

  it('counts reviews per UTC day over the last 12 weeks, ending today', () => {
    const entries = [
      review('a', '2026-11-24T00:30:00Z'),
      review('b', '2026-11-24T09:00:00Z'),
      review('a', '2026-11-23T23:59:59Z'),
      review('a', '2026-09-02T10:00:00Z'),
      review('a', '2026-09-01T23:00:00Z'), // before the window
      review('a', '2026-11-25T10:00:00Z'), // in the future: ignored
    ];
    const days = reviewsPerDay(entries, now);
    assert.strictEqual(days.length, 84);
    assert.deepStrictEqual(days[0], { date: '2026-09-02', count: 1 });
    assert.deepStrictEqual(days.slice(-2), [
      { date: '2026-11-23', count: 1 },
      { date: '2026-11-24', count: 2 },
    ]);
    assert.strictEqual(days.reduce((sum, d) => sum + d.count, 0), 4);
    assert.strictEqual(reviewsPerDay(entries, now, 7).length, 7);
  });

  it('forecasts due cards for 14 days with overdue ones today', () => {
    const cards = {
      overdue: card({ due: daysFromNow(-10) }),
      later: card({ due: '2026-11-24T23:00:00Z' }),
      tomorrow: card({ due: '2026-11-25T00:00:00Z' }),
      week: card({ due: daysFromNow(7) }),
      far: card({ due: daysFromNow(30) }),
    };
    const forecast = dueForecast(cards, now);
    assert.strictEqual(forecast.length, 14);
    assert.deepStrictEqual(forecast[0], { date: '2026-11-24', count: 2 });
    assert.deepStrictEqual(forecast[1], { date: '2026-11-25', count: 1 });
    assert.deepStrictEqual(forecast[7], { date: '2026-12-01', count: 1 });
    assert.strictEqual(forecast.reduce((sum, d) => sum + d.count, 0), 4);
  });

  it('counts the streak up to today, or up to yesterday before today’s first review', () => {
    const days = (...offsets: number[]) => offsets.map((d) => review('a', daysFromNow(d)));
    assert.strictEqual(streak(days(0, -1, -2, -4), now), 3);
    assert.strictEqual(streak(days(-1, -2), now), 2);
    assert.strictEqual(streak(days(-2, -3), now), 0);
    assert.strictEqual(streak([...days(0), ...days(0)], now), 1);
    assert.strictEqual(streak([], now), 0);
  });

  it('totals: reviews, questions seen (log or cards), accuracy', () => {
    const entries = [review('a', daysFromNow(-1), 1), review('a', daysFromNow(0), 3), review('b', daysFromNow(0), 4), review('c', daysFromNow(0), 2)];
    assert.deepStrictEqual(totals(entries, { d: card(), e: card({ state: 0 }) }), { reviews: 4, questionsSeen: 4, accuracy: 0.5 });
    assert.deepStrictEqual(totals([]), { reviews: 0, questionsSeen: 0, accuracy: undefined });
  });

  it('gathers everything for the panel, forecasting only questions that still exist', () => {
    const stats = progressStats([deck('t', ['a'])], { a: card({ due: daysFromNow(-1) }), gone: card({ due: daysFromNow(-1) }) }, [review('a', daysFromNow(0))], now);
    assert.strictEqual(stats.topics.length, 1);
    assert.strictEqual(stats.dueForecast[0].count, 1);
    assert.strictEqual(stats.streak, 1);
    assert.strictEqual(stats.reviewsPerDay.length, 84);
    assert.strictEqual(stats.totals.questionsSeen, 2);
  });
});
