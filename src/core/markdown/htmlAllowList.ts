/**
 * The raw HTML that interview READMEs are full of (`<br>`, `<b>`, `<details>`/`<summary>`, `<kbd>`,
 * `<sup>`…) kept as formatting, and nothing else: an allowed tag is re-written from its name alone
 * (every attribute is dropped, so no event handler, style, URL or id survives), any other tag or
 * comment is shown as text, and tags are balanced so an unclosed one cannot swallow the page.
 */

/** Formatting that renders the same with or without attributes, loads nothing and runs nothing. */
const INLINE = ['b', 'strong', 'i', 'em', 'u', 's', 'del', 'ins', 'mark', 'small', 'kbd', 'code', 'sup', 'sub', 'var', 'samp', 'abbr', 'cite', 'q'];
const BLOCK = ['details', 'summary', 'p', 'div', 'blockquote', 'pre', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'center'];
const VOID = ['br', 'hr', 'wbr'];
const ALLOWED = new Set([...INLINE, ...BLOCK, ...VOID]);
const VOID_SET = new Set(VOID);
/** Allowed tags that mean the same as another: `<center>` is a plain block. */
const RENAMED: Record<string, string> = { center: 'div' };

/** One complete tag, as the HTML tokenizer reads it: a name, attributes (quoted or not), an optional `/`. */
const TAG = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/;
const COMMENT = /^<!--[\s\S]*?-->/;
/** Character references pass as they are: in text they can only ever stand for text. */
const ENTITY = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/;

/** Open allowed tags, innermost last. One per block of HTML or per paragraph's inline HTML. */
export class OpenTags {
  private readonly open: string[] = [];

  /** The markup that closes whatever is still open. */
  closeAll(): string {
    return this.open.splice(0).reverse().map((name) => `</${name}>`).join('');
  }

  push(name: string): string {
    if (VOID_SET.has(name)) return `<${name}>`;
    this.open.push(name);
    return `<${name}>`;
  }

  /** Closes `name` and anything opened inside it; a close with nothing to close is dropped. */
  pop(name: string): string {
    const at = this.open.lastIndexOf(name);
    if (at < 0) return '';
    return this.open.splice(at).reverse().map((open) => `</${open}>`).join('');
  }
}

/** A tag longer than this is not taken for one (it shows as text): keeps the scan linear on hostile input. */
const MAX_TAG = 512;

/** Raw HTML from a deck as safe HTML: allowed tags without attributes, everything else as text. */
export function sanitiseHtml(html: string, tags: OpenTags): string {
  let out = '';
  const special = /[<&]/g;
  let from = 0;
  for (let match = special.exec(html); match; match = special.exec(html)) {
    const at = match.index;
    const rest = html.slice(at, at + MAX_TAG);
    const markup = html[at] === '<' ? tagAt(rest, tags) : entityAt(rest);
    if (!markup) continue;
    out += escapeText(html.slice(from, at)) + markup.html;
    from = at + markup.length;
    special.lastIndex = from;
  }
  return out + escapeText(html.slice(from));
}

function tagAt(rest: string, tags: OpenTags): { html: string; length: number } | undefined {
  const comment = COMMENT.exec(rest);
  if (comment) return { html: '', length: comment[0].length };
  const tag = TAG.exec(rest);
  const name = tag?.[2].toLowerCase();
  if (!tag || !name || !ALLOWED.has(name)) return undefined;
  const canonical = RENAMED[name] ?? name;
  return { html: tag[1] ? tags.pop(canonical) : tags.push(canonical), length: tag[0].length };
}

function entityAt(rest: string): { html: string; length: number } | undefined {
  const entity = ENTITY.exec(rest);
  return entity ? { html: entity[0], length: entity[0].length } : undefined;
}

function escapeText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
