/** Reviews per day over the last 12 weeks, as a weekday × week grid (GitHub style). */
import { DayCountView } from '../../shared/protocol';
import { Child, el, formatDay, plural, weekdayIndex } from './dom';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/**
 * Intensity 0..4 per day: 0 without reviews; otherwise by quartile of the days with reviews (so a
 * single very busy day does not wash every other day out), and the busiest day is always 4.
 */
export function heatLevels(counts: readonly number[]): number[] {
  const active = counts.filter((c) => c > 0).sort((a, b) => a - b);
  if (active.length === 0) return counts.map(() => 0);
  const max = active[active.length - 1];
  const quantile = (p: number) => active[Math.floor(p * (active.length - 1))];
  const [q1, q2, q3] = [quantile(0.25), quantile(0.5), quantile(0.75)];
  return counts.map((c) => (c <= 0 ? 0 : c >= max ? 4 : c <= q1 ? 1 : c <= q2 ? 2 : c <= q3 ? 3 : 4));
}

export function cellLabel(day: DayCountView): string {
  return `${plural(day.count, 'review')} on ${day.date}`;
}

/**
 * Rows are weekdays (Monday first), columns weeks, oldest on the left; today is the last filled
 * cell. The days before the first one in its week, and after today, are blank padding.
 */
export function heatmap(days: readonly DayCountView[]): HTMLElement {
  const levels = heatLevels(days.map((d) => d.count));
  const lead = days.length ? weekdayIndex(days[0].date) : 0;
  const weeks = Math.ceil((lead + days.length) / 7);
  const grid = el('div', { class: 'heatmap-grid', role: 'group', 'aria-label': 'Reviews per day, last 12 weeks' });
  grid.style.setProperty('--weeks', String(weeks));

  // Month names over the first column of each month (and the first column).
  const months: Child[] = [el('span', { class: 'corner', 'aria-hidden': 'true' })];
  let lastMonth = '';
  for (let week = 0; week < weeks; week++) {
    const first = days[Math.max(0, week * 7 - lead)];
    const month = first ? first.date.slice(0, 7) : '';
    const label = el('span', { class: 'month', 'aria-hidden': 'true' });
    if (first && month !== lastMonth) {
      label.textContent = formatDay(first.date, { month: 'short' });
      lastMonth = month;
    }
    months.push(label);
  }
  grid.append(...months);

  for (let row = 0; row < 7; row++) {
    grid.append(el('span', { class: 'weekday', 'aria-hidden': 'true' }, row % 2 === 0 ? WEEKDAYS[row] : ''));
    for (let week = 0; week < weeks; week++) {
      const index = week * 7 + row - lead;
      const day = days[index];
      if (!day) {
        grid.append(el('span', { class: 'cell pad', 'aria-hidden': 'true' }));
        continue;
      }
      const level = levels[index];
      const label = cellLabel(day);
      const today = index === days.length - 1;
      grid.append(
        el('span', {
          class: `cell day level-${level}${today ? ' today' : ''}`,
          role: 'img',
          title: today ? `${label} (today)` : label,
          'aria-label': today ? `${label} (today)` : label,
          'data-date': day.date,
          'data-count': String(day.count),
          'data-level': String(level),
        }),
      );
    }
  }
  return grid;
}

export function heatmapLegend(): HTMLElement {
  const swatches = [0, 1, 2, 3, 4].map((level) => el('span', { class: `cell level-${level}`, 'aria-hidden': 'true' }));
  return el('div', { class: 'legend heat-legend', 'aria-hidden': 'true' }, el('span', {}, 'Less'), ...swatches, el('span', {}, 'More'));
}

/** Figures beside the grid: total, days practised, busiest day, average on practice days. */
export function heatmapFacts(days: readonly DayCountView[]): HTMLElement {
  const total = days.reduce((sum, d) => sum + d.count, 0);
  const active = days.filter((d) => d.count > 0);
  const busiest = active.reduce<DayCountView | undefined>((best, d) => (d.count > (best?.count ?? 0) ? d : best), undefined);
  const facts: [string, string][] = [
    ['Reviews in 12 weeks', String(total)],
    ['Days practised', `${active.length} of ${days.length}`],
    ['Busiest day', busiest ? `${formatDay(busiest.date, { month: 'short', day: 'numeric' })} · ${busiest.count}` : '—'],
    ['Average on those days', active.length ? (total / active.length).toFixed(1) : '—'],
  ];
  return el('dl', { class: 'facts' }, ...facts.flatMap(([term, value]) => [el('dt', {}, term), el('dd', {}, value)]));
}
