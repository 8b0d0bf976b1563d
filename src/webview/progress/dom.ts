/** DOM helpers of the Progress webview, on top of the shared ones: no inline style attributes (CSP). */
import { Child, el, icon } from '../dom';

export { Child, button, el, icon } from '../dom';
export { plural } from '../../shared/format';

/**
 * Sets a size through the CSSOM (`element.style`), which CSP `style-src` allows, unlike a
 * `style="…"` attribute. `fraction` is clamped to 0..1.
 */
export function setFraction(element: HTMLElement, property: 'width' | 'height', fraction: number): void {
  const value = Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
  element.style[property] = `${(value * 100).toFixed(2)}%`;
}

export function percent(fraction: number): string {
  return `${Math.round((Number.isFinite(fraction) ? fraction : 0) * 100)}%`;
}

/** A 'YYYY-MM-DD' day as a Date at UTC midnight (the panel's days are UTC days). */
export function utcDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** Monday 0 … Sunday 6. */
export function weekdayIndex(day: string): number {
  return (utcDate(day).getUTCDay() + 6) % 7;
}

export function formatDay(day: string, options: Intl.DateTimeFormatOptions): string {
  return utcDate(day).toLocaleDateString(undefined, { ...options, timeZone: 'UTC' });
}

/** A section with a heading (h2) and an accessible name from it. */
export function section(id: string, title: string, iconName: string, ...children: Child[]): HTMLElement {
  const headingId = `${id}-title`;
  return el('section', { id, class: 'card', 'aria-labelledby': headingId }, el('h2', { id: headingId }, icon(iconName), el('span', {}, title)), ...children);
}
