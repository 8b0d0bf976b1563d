/** Tiny DOM helpers shared by the webviews: no framework, no innerHTML for user text. */

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

export function button(label: string, iconName: string | undefined, kind: 'primary' | 'secondary', onClick: () => void, key?: string): HTMLButtonElement {
  const b = el('button', { type: 'button', class: kind }) as HTMLButtonElement;
  if (iconName) b.append(icon(iconName));
  b.append(el('span', {}, label));
  if (key) {
    b.append(el('kbd', { 'aria-hidden': 'true' }, key));
    b.setAttribute('aria-keyshortcuts', key === 'Space' ? 'Space' : key);
  }
  b.addEventListener('click', onClick);
  return b;
}

/** An element filled with HTML the extension rendered from Markdown with raw HTML disabled. */
export function rendered(tag: string, attributes: Record<string, string>, html: string): HTMLElement {
  const element = el(tag, attributes);
  element.innerHTML = html;
  return element;
}

export function hints(lines: string[]): HTMLElement {
  return el('p', { class: 'hints muted' }, lines.filter(Boolean).join(' · '));
}

/** True while the user is typing in a text field, where letter keys must not act as shortcuts. */
export function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement;
}
