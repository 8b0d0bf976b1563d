/** Mastery per topic: a table of stacked bars (mature, young, learning; the rest is new). */
import { TopicProgressView } from '../../shared/protocol';
import { button, el, percent, plural, setFraction } from './dom';

const STAGES = ['mature', 'young', 'learning', 'new'] as const;

export function masteryText(topic: TopicProgressView): string {
  const parts = STAGES.filter((stage) => topic[stage] > 0).map((stage) => `${topic[stage]} ${stage}`);
  return `${percent(topic.mastery)} mastered${parts.length ? `: ${parts.join(', ')}` : ''}`;
}

function meter(topic: TopicProgressView): HTMLElement {
  const value = Math.round(Math.min(1, Math.max(0, topic.mastery)) * 100);
  const bar = el('div', {
    class: 'meter',
    role: 'meter',
    'aria-valuemin': '0',
    'aria-valuemax': '100',
    'aria-valuenow': String(value),
    'aria-valuetext': masteryText(topic),
    'aria-label': `${topic.title} mastery`,
    title: masteryText(topic),
  });
  for (const stage of STAGES.slice(0, 3)) {
    const count = topic[stage];
    if (count <= 0 || topic.total <= 0) continue;
    const segment = el('span', { class: `segment ${stage}` });
    setFraction(segment, 'width', count / topic.total);
    bar.append(segment);
  }
  return bar;
}

export function masteryTable(topics: readonly TopicProgressView[], startReview: (topicId: string) => void): HTMLElement {
  const head = el(
    'thead',
    {},
    el(
      'tr',
      {},
      el('th', { scope: 'col' }, 'Topic'),
      el('th', { scope: 'col', class: 'meter-col' }, 'Mastery'),
      el('th', { scope: 'col', class: 'num' }, 'Mastered'),
      el('th', { scope: 'col', class: 'num' }, 'Due'),
      el('th', { scope: 'col' }, el('span', { class: 'visually-hidden' }, 'Action')),
    ),
  );
  const rows = topics.map((topic) => {
    const review = button('Review', 'play', 'secondary', () => startReview(topic.topicId));
    review.setAttribute('aria-label', `Review ${topic.title}${topic.due ? ` (${plural(topic.due, 'question')} due)` : ''}`);
    review.dataset.key = `review:${topic.topicId}`;
    review.disabled = topic.total === 0;
    return el(
      'tr',
      { 'data-topic': topic.topicId },
      el('th', { scope: 'row', class: 'topic' }, el('span', { class: 'title' }, topic.title), el('span', { class: 'muted small' }, plural(topic.total, 'question'))),
      el('td', { class: 'meter-col' }, meter(topic)),
      el('td', { class: 'num' }, percent(topic.mastery)),
      el('td', { class: 'num' }, topic.due ? el('span', { class: 'due-badge' }, String(topic.due)) : el('span', { class: 'muted' }, '—')),
      el('td', { class: 'action' }, review),
    );
  });
  return el('table', { class: 'mastery' }, head, el('tbody', {}, ...rows));
}

export function masteryLegend(): HTMLElement {
  const item = (stage: string, text: string) => el('span', { class: 'legend-item' }, el('span', { class: `swatch ${stage}`, 'aria-hidden': 'true' }), text);
  return el(
    'p',
    { class: 'legend' },
    item('mature', 'Mature (remembered for 3+ weeks)'),
    item('young', 'Young'),
    item('learning', 'Learning'),
    item('new', 'New'),
    el('span', { class: 'muted' }, 'Mastery = mature + ½ young'),
  );
}
