/**
 * Line breaks as markdown-it counts them (`\r\n`, `\n` and a lone `\r`), so that line numbers from
 * its token maps index the same lines in every parser.
 */
export const LINE_BREAK = /\r\n?|\n/;

export function splitLines(text: string): string[] {
  return text.split(LINE_BREAK);
}

/** The text without a leading byte-order mark (which `readFileSync(…, 'utf8')` keeps). */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
