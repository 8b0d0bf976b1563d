/** Inline Markdown reduced to words, for titles, prompts and ids. */

/** The text without HTML tags. */
export function stripTags(text: string): string {
  return text.replace(/<[^>]*>/g, '');
}

/** The text without images (`![alt](src)`). */
export function withoutImages(text: string): string {
  return text.replace(/!\[[^\]]*\]\([^)]*\)/g, '');
}

/** Links (`[label](target)`) replaced by their labels. */
export function linkLabels(text: string): string {
  return text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
}

/** Inline Markdown reduced to its words, for titles. */
export function cleanInline(text: string): string {
  return linkLabels(withoutImages(stripTags(text)))
    .replace(/\*\*|__/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The question text that ids are made from: lowercase, no Markdown, no numbering, no final "?". */
export function normalise(prompt: string): string {
  return cleanInline(prompt)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[`*_~]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s?.:!]+$/, '')
    .trim();
}
