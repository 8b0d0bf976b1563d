/**
 * Wording helpers shared by the extension, the webviews and (so they can adopt it) the core:
 * counts with their noun, and instants as the UTC minute the product shows everywhere.
 * Pure: no `vscode`, no DOM, no Node.
 */

/** "1 question", "3 questions"; `many` for irregular plurals. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** An ISO instant as "2026-11-24 10:00 UTC" (the string is cut, not re-parsed: no time zone surprises). */
export function utcMinute(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** A date as its UTC day, "2026-11-24". */
export function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The self-grades' names, as on the buttons and keys 1–4. */
export const GRADE_LABELS = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' } as const satisfies Record<1 | 2 | 3 | 4, string>;
