import * as assert from 'assert';
import { buildProgressView } from '../../src/core/progress/progressView';
import { parseProgressWebviewMessage } from '../../src/shared/protocol';
import { forecastLabel } from '../../src/webview/progress/forecast';
import { cellLabel, heatLevels } from '../../src/webview/progress/heatmap';
import { masteryText } from '../../src/webview/progress/mastery';

import { card, daysFromNow, deck, now, review } from './builders';

describe('progress view', () => {
  const decks = [deck('django', ['d1', 'd2', 'd3', 'd4'], 'Django'), deck('http', ['h1', 'h2'], 'HTTP')];

  it('maps the stats to the protocol: topics, heatmap, forecast, streak, totals', () => {
    const cards = {
      d1: card({ stability: 30 }),
      d2: card({ due: daysFromNow(-1) }),
      h1: card({ state: 1, due: daysFromNow(3) }),
      gone: card({ due: daysFromNow(-5) }), // a deleted question: counted as seen, not forecast
    };
    const entries = [review('d1', '2026-11-24T08:00:00Z', 4), review('d2', '2026-11-23T08:00:00Z', 1), review('h1', '2026-11-22T08:00:00Z'), review('d1', '2026-11-22T09:00:00Z')];
    const view = buildProgressView(decks, cards, entries, now, 2);

    assert.deepStrictEqual(view.topics[0], { topicId: 'django', title: 'Django', total: 4, new: 2, learning: 0, young: 1, mature: 1, due: 1, mastery: 0.375 });
    assert.deepStrictEqual(view.topics[1], { topicId: 'http', title: 'HTTP', total: 2, new: 1, learning: 1, young: 0, mature: 0, due: 0, mastery: 0 });

    assert.strictEqual(view.heatmap.length, 84);
    assert.deepStrictEqual(view.heatmap.slice(-3), [
      { date: '2026-11-22', count: 2 },
      { date: '2026-11-23', count: 1 },
      { date: '2026-11-24', count: 1 },
    ]);
    assert.strictEqual(view.heatmap[0].date, '2026-09-02');

    assert.strictEqual(view.forecast.length, 14);
    assert.deepStrictEqual(view.forecast.slice(0, 4), [
      { date: '2026-11-24', count: 1 },
      { date: '2026-11-25', count: 1 },
      { date: '2026-11-26', count: 0 },
      { date: '2026-11-27', count: 1 },
    ]);

    assert.strictEqual(view.streak, 3);
    assert.deepStrictEqual(view.totals, { reviews: 4, questionsSeen: 4, questions: 6, accuracy: 0.75, mockInterviews: 2 });
  });

  it('is honest when nothing was reviewed yet: zeros, no NaN', () => {
    const view = buildProgressView(decks, {}, [], now, 0);
    assert.deepStrictEqual(view.totals, { reviews: 0, questionsSeen: 0, questions: 6, accuracy: 0, mockInterviews: 0 });
    assert.strictEqual(view.streak, 0);
    assert.ok(view.heatmap.every((d) => d.count === 0));
    assert.ok(view.forecast.every((d) => d.count === 0));
    assert.ok(view.topics.every((t) => t.mastery === 0 && t.new === t.total));
  });

  it('handles no decks at all', () => {
    const view = buildProgressView([], {}, [], now, 0);
    assert.deepStrictEqual(view.topics, []);
    assert.strictEqual(view.totals.questions, 0);
  });

  it('returns plain JSON that survives postMessage', () => {
    const view = buildProgressView(decks, { d1: card() }, [review('d1', '2026-11-24T08:00:00Z')], now, 1);
    assert.deepStrictEqual(JSON.parse(JSON.stringify(view)), view);
  });
});

describe('progress webview messages', () => {
  it('accepts ready and startReview with or without a topic', () => {
    assert.deepStrictEqual(parseProgressWebviewMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepStrictEqual(parseProgressWebviewMessage({ type: 'startReview', topicId: 'django' }), { type: 'startReview', topicId: 'django' });
    assert.deepStrictEqual(parseProgressWebviewMessage({ type: 'startReview' }), { type: 'startReview', topicId: undefined });
  });

  it('rejects anything else', () => {
    for (const bad of [undefined, null, 'ready', 42, {}, { type: 'grade' }, { type: 'startReview', topicId: 3 }]) {
      assert.strictEqual(parseProgressWebviewMessage(bad), undefined, JSON.stringify(bad));
    }
  });
});

describe('progress webview figures', () => {
  it('grades heatmap days 0–4: none is 0, the busiest is 4, the rest by quartile', () => {
    assert.deepStrictEqual(heatLevels([0, 0, 0]), [0, 0, 0]);
    assert.deepStrictEqual(heatLevels([0, 1, 0]), [0, 4, 0]);
    assert.deepStrictEqual(heatLevels([1, 2, 3, 4, 5, 6, 7, 8, 0, 30]), [1, 1, 1, 2, 2, 3, 3, 4, 0, 4]);
    // One huge day does not wash the others out to the faintest level.
    const levels = heatLevels([3, 5, 8, 100]);
    assert.deepStrictEqual(levels, [1, 2, 3, 4]);
  });

  it('labels cells and bars in words', () => {
    assert.strictEqual(cellLabel({ date: '2026-11-20', count: 3 }), '3 reviews on 2026-11-20');
    assert.strictEqual(cellLabel({ date: '2026-11-20', count: 1 }), '1 review on 2026-11-20');
    assert.strictEqual(forecastLabel({ date: '2026-11-24', count: 4 }, 0), '4 questions due today (overdue included)');
    assert.strictEqual(forecastLabel({ date: '2026-11-25', count: 1 }, 1), '1 question due on 2026-11-25');
  });

  it('describes a topic mastery meter', () => {
    const topic = { topicId: 'django', title: 'Django', total: 4, new: 2, learning: 0, young: 1, mature: 1, due: 1, mastery: 0.375 };
    assert.strictEqual(masteryText(topic), '38% mastered: 1 mature, 1 young, 2 new');
  });
});
