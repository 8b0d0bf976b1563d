/** Small DOM helpers for the Progress webview: no framework, no inline style attributes (CSP). */

export type Child = Node | string;

export function el(tag: string, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
  element.append(...children);
  return element;
}

export function icon(name: string): HTMLElement {
  return el('span', { class: `codicon codicon-${name}`, 'aria-hidden': 'true' });
}

export function button(label: string, iconName: string | undefined, kind: 'primary' | 'secondary', onClick: () => void): HTMLButtonElement {
  const b = el('button', { type: 'button', class: kind }) as HTMLButtonElement;
  if (iconName) b.append(icon(iconName));
  b.append(el('span', {}, label));
  b.addEventListener('click', onClick);
  return b;
}

/**
 * Sets a size through the CSSOM (`element.style`), which CSP `style-src` allows, unlike a
 * `style="…"` attribute. `fraction` is clamped to 0..1.
 */
export function setFraction(element: HTMLElement, property: 'width' | 'height', fraction: number): void {
  const value = Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
  element.style[property] = `${(value * 100).toFixed(2)}%`;
}

/** "1 review", "3 reviews". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
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
