/** Inline Markdown reduced to words, for titles, prompts and ids. */

/*
 * These three do what the regexes /<[^>]*>/g, /!\[[^\]]*\]\([^)]*\)/g and /\[([^\]]*)\]\([^)]*\)/g
 * do, in one pass: the regexes rescan to the end of the text from every `<` or `[` that has no
 * closing `>` or `)`, which is quadratic on a heading of 20,000 `[](` (the reliability review, R5–R7).
 */

/** The text without HTML tags (`<` up to the next `>`). */
export function stripTags(text: string): string {
  let out = '';
  let from = 0;
  for (let open = text.indexOf('<'); open >= 0; open = text.indexOf('<', from)) {
    const close = text.indexOf('>', open + 1);
    if (close < 0) break; // no later `<` can close either
    out += text.slice(from, open);
    from = close + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** The text without images (`![alt](src)`). */
export function withoutImages(text: string): string {
  return replaceBrackets(text, true, () => '');
}

/** Links (`[label](target)`) replaced by their labels. */
export function linkLabels(text: string): string {
  return replaceBrackets(text, false, (label) => label);
}

/**
 * Replaces each `[label](target)` (or `![label](target)` when `image`) where the label holds no `]`
 * and the target no `)`, scanning left to right like a global regex. The next `]` and `)` are
 * remembered, so the text is scanned once whatever it holds.
 */
function replaceBrackets(text: string, image: boolean, replace: (label: string) => string): string {
  const opener = image ? '![' : '[';
  let out = '';
  let from = 0;
  let closeBracket = -1;
  let closeParen = -1;
  for (let open = text.indexOf(opener); open >= 0; open = text.indexOf(opener, open + 1)) {
    if (open < from) continue;
    const labelStart = open + opener.length;
    if (closeBracket < labelStart) closeBracket = text.indexOf(']', labelStart);
    if (closeBracket < 0) break;
    if (text[closeBracket + 1] !== '(') continue;
    if (closeParen < closeBracket + 2) closeParen = text.indexOf(')', closeBracket + 2);
    if (closeParen < 0) break;
    out += text.slice(from, open) + replace(text.slice(labelStart, closeBracket));
    from = closeParen + 1;
  }
  return from === 0 ? text : out + text.slice(from);
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
