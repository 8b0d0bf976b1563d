import { QuestionView } from '../../shared/protocol';
import { el, icon } from '../dom';

/** Topic, difficulty and "2 / 10" above every question. */
export function questionHeader(question: QuestionView, extra: (Node | string)[] = []): HTMLElement {
  return el(
    'header',
    { class: 'meta' },
    el('span', { class: 'topic' }, icon('book'), question.topicTitle),
    el('span', { class: `badge ${question.difficulty}` }, question.difficulty),
    ...extra,
    el('span', { class: 'position', 'aria-label': `Question ${question.position} of ${question.total}` }, `${question.position} / ${question.total}`),
  );
}
