/** Reviews per day over the last 12 weeks, as a weekday × week grid (GitHub style). */
import { DayCountView } from '../../shared/protocol';
import { Child, el, formatDay, plural, weekdayIndex } from './dom';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** 0 for no reviews, else 1..4 by quarters of the busiest day. */
export function heatLevel(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((4 * count) / max)));
}

export function cellLabel(day: DayCountView): string {
  return `${plural(day.count, 'review')} on ${day.date}`;
}

/**
 * Rows are weekdays (Monday first), columns weeks, oldest on the left; today is the last filled
 * cell. The days before the first one in its week, and after today, are blank padding.
 */
export function heatmap(days: readonly DayCountView[]): HTMLElement {
  const max = Math.max(0, ...days.map((d) => d.count));
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
      const level = heatLevel(day.count, max);
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

export function heatmapSummary(days: readonly DayCountView[]): string {
  const total = days.reduce((sum, d) => sum + d.count, 0);
  const active = days.filter((d) => d.count > 0).length;
  const busiest = days.reduce<DayCountView | undefined>((best, d) => (d.count > (best?.count ?? 0) ? d : best), undefined);
  const parts = [`${plural(total, 'review')} in the last 12 weeks`, `${plural(active, 'day')} with practice`];
  if (busiest) parts.push(`busiest ${formatDay(busiest.date, { month: 'short', day: 'numeric' })} (${busiest.count})`);
  return parts.join(' · ');
}
