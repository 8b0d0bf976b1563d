/** The Progress webview: draws the figures the extension sends; "Review" buttons ask it to start a quiz. */
import { plural } from '../../shared/format';
import { ProgressFromWebview, ProgressToWebview, ProgressViewState } from '../../shared/protocol/progress';
import { connectHost } from '../host';
import { button, el, icon, percent, section } from './dom';
import { forecast, forecastSummary } from './forecast';
import { heatmap, heatmapFacts, heatmapLegend } from './heatmap';
import { masteryLegend, masteryTable } from './mastery';

const host = connectHost<ProgressToWebview, ProgressFromWebview>();
const app = document.getElementById('app')!;
const send = (message: ProgressFromWebview) => host.post(message);

host.onMessage((message) => {
  if (message.type !== 'progress' || !message.state) return;
  render(message.state);
});

function render(state: ProgressViewState): void {
  // Keep keyboard focus on the same button across refreshes (they come after every review).
  const focusKey = (document.activeElement as HTMLElement | null)?.dataset?.key;
  app.replaceChildren(header(state), totals(state), masterySection(state), activitySection(state), forecastSection(state));
  // The first render is announced; later refreshes would re-read the whole page.
  app.setAttribute('aria-live', 'off');
  app.setAttribute('aria-busy', 'false');
  if (focusKey) app.querySelector<HTMLElement>(`[data-key="${CSS.escape(focusKey)}"]`)?.focus({ preventScroll: true });
}

function reviewAll(label: string, key: string): HTMLButtonElement {
  const b = button(label, 'play', 'primary', () => send({ type: 'startReview' }));
  b.dataset.key = key;
  return b;
}

function header(state: ProgressViewState): HTMLElement {
  const due = state.topics.reduce((sum, t) => sum + t.due, 0);
  const topics = plural(state.topics.length, 'topic');
  const subtitle = !state.totals.questions
    ? 'No question decks are loaded.'
    : due
      ? `${plural(due, 'question')} due now across ${topics}`
      : state.totals.questionsSeen
        ? `Nothing due right now · ${plural(state.totals.questions, 'question')} in ${topics}`
        : `${plural(state.totals.questions, 'question')} in ${topics}, none reviewed yet`;
  const actions = state.totals.questions ? [reviewAll(due ? 'Review due questions' : 'Start a review', 'review:all')] : [];
  return el('header', { class: 'page-header' }, el('div', {}, el('h1', {}, 'Progress'), el('p', { class: 'muted subtitle' }, subtitle)), ...actions);
}

function stat(id: string, iconName: string, label: string, value: string, detail: string): HTMLElement {
  return el(
    'div',
    { class: 'stat', id, role: 'group', 'aria-label': `${label}: ${value}${detail ? `, ${detail}` : ''}` },
    el('span', { class: 'stat-icon', 'aria-hidden': 'true' }, icon(iconName)),
    el('span', { class: 'stat-value', 'aria-hidden': 'true' }, value),
    el('span', { class: 'stat-label', 'aria-hidden': 'true' }, label),
    el('span', { class: 'stat-detail muted', 'aria-hidden': 'true' }, detail),
  );
}

function totals(state: ProgressViewState): HTMLElement {
  const t = state.totals;
  const reviewedToday = (state.heatmap[state.heatmap.length - 1]?.count ?? 0) > 0;
  const recent = state.heatmap.reduce((sum, d) => sum + d.count, 0);
  const streakDetail = state.streak === 0 ? 'review today to start one' : reviewedToday ? 'including today' : 'review today to keep it';
  return el(
    'div',
    { class: 'stats', role: 'group', 'aria-label': 'Totals' },
    stat('stat-streak', 'flame', 'Day streak', String(state.streak), streakDetail),
    stat('stat-reviews', 'history', 'Reviews', String(t.reviews), t.reviews ? `${recent} in the last 12 weeks` : 'none yet'),
    stat('stat-seen', 'pass', 'Questions seen', String(t.questionsSeen), `of ${t.questions}`),
    stat('stat-accuracy', 'target', 'Accuracy', t.reviews ? percent(t.accuracy) : '—', t.reviews ? 'graded Good or Easy' : 'no reviews yet'),
    stat('stat-mock', 'mortar-board', 'Mock interviews', String(t.mockInterviews), t.mockInterviews ? 'completed' : 'none yet'),
  );
}

function masterySection(state: ProgressViewState): HTMLElement {
  if (state.topics.length === 0) {
    return section('mastery', 'Mastery by topic', 'graph', el('p', { class: 'empty muted' }, 'No topics yet — add a question deck to see mastery per topic.'));
  }
  return section('mastery', 'Mastery by topic', 'graph', el('div', { class: 'table-scroll' }, masteryTable(state.topics, (topicId) => send({ type: 'startReview', topicId }))), masteryLegend());
}

function activitySection(state: ProgressViewState): HTMLElement {
  const total = state.heatmap.reduce((sum, d) => sum + d.count, 0);
  if (total === 0) {
    const message = state.totals.reviews ? 'No reviews in the last 12 weeks.' : 'No reviews yet — start a quiz.';
    const children: HTMLElement[] = [el('p', { class: 'empty muted' }, icon('info'), el('span', {}, message))];
    if (state.totals.questions) children.push(el('div', { class: 'actions' }, reviewAll('Start a quiz', 'review:empty')));
    return section('activity', 'Reviews per day', 'calendar', ...children);
  }
  return section(
    'activity',
    'Reviews per day',
    'calendar',
    el('div', { class: 'activity-body' }, el('div', { class: 'heatmap-scroll' }, heatmap(state.heatmap), heatmapLegend()), heatmapFacts(state.heatmap)),
  );
}

function forecastSection(state: ProgressViewState): HTMLElement {
  const total = state.forecast.reduce((sum, d) => sum + d.count, 0);
  if (total === 0) {
    const message = state.totals.questionsSeen
      ? 'Nothing comes due in the next 14 days.'
      : 'Nothing scheduled yet — questions appear here after their first review.';
    return section('forecast', 'Due in the next 14 days', 'milestone', el('p', { class: 'empty muted' }, icon('info'), el('span', {}, message)));
  }
  return section('forecast', 'Due in the next 14 days', 'milestone', el('p', { class: 'muted summary' }, forecastSummary(state.forecast)), el('div', { class: 'forecast-scroll' }, forecast(state.forecast)));
}

host.ready();
