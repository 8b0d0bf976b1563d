/** Questions coming due per day for the next 14 days, as labelled CSS bars. */
import { DayCountView } from '../../shared/protocol';
import { el, formatDay, plural, setFraction } from './dom';

export function forecastLabel(day: DayCountView, index: number): string {
  const due = `${plural(day.count, 'question')} due`;
  return index === 0 ? `${due} today (overdue included)` : `${due} on ${day.date}`;
}

export function forecast(days: readonly DayCountView[]): HTMLElement {
  const max = Math.max(1, ...days.map((d) => d.count));
  const chart = el('div', { class: 'forecast', role: 'list', 'aria-label': 'Questions due per day, next 14 days' });
  days.forEach((day, index) => {
    const label = forecastLabel(day, index);
    const bar = el('span', { class: `bar${day.count === 0 ? ' zero' : ''}` });
    setFraction(bar, 'height', day.count / max);
    const weekday = index === 0 ? 'Today' : formatDay(day.date, { weekday: 'short' });
    chart.append(
      el(
        'div',
        { class: `column${index === 0 ? ' today' : ''}`, role: 'listitem', title: label, 'aria-label': label, 'data-date': day.date, 'data-count': String(day.count) },
        el('span', { class: 'count', 'aria-hidden': 'true' }, day.count ? String(day.count) : ''),
        el('span', { class: 'track', 'aria-hidden': 'true' }, bar),
        el('span', { class: 'day', 'aria-hidden': 'true' }, el('span', { class: 'weekday' }, weekday), el('span', { class: 'date' }, formatDay(day.date, { day: 'numeric' }))),
      ),
    );
  });
  return chart;
}

export function forecastSummary(days: readonly DayCountView[]): string {
  const total = days.reduce((sum, d) => sum + d.count, 0);
  const today = days[0]?.count ?? 0;
  const week = days.slice(0, 7).reduce((sum, d) => sum + d.count, 0);
  return `${plural(today, 'question')} due by the end of today · ${week} within 7 days · ${total} within 14 days`;
}
