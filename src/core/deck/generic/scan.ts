import MarkdownIt from 'markdown-it';
import { blankFrontMatter } from '../frontMatter';
import { isBackToTop, isBadgeLine, isMarkupOnly } from './noise';
import { GenericState, ListRec, Token, markLines } from './state';

/** The markdown-it options used to tokenise generic files (the benchmark compares against them). */
export const GENERIC_MARKDOWN_OPTIONS = { html: true } as const;
// Block structure is all the parser needs (inline tokens keep their source in `content`), so
// markdown-it's inline pass, the larger part of its work, is switched off.
const tokenizer = new MarkdownIt(GENERIC_MARKDOWN_OPTIONS).disable(['inline', 'text_join', 'linkify', 'replacements', 'smartquotes'], true);

const ANCHOR_LINK = /^\[[^\]]*\]\(#[^)\s]*\)\s*$/;
const LIST_MARKER = /^\s*(?:\d{1,9}[.)]|[-*+])(?:[ \t]{1,4}|$)/;

/** Rule `tokenize`: markdown-it's block tokens of the file, front matter blanked out. */
export function tokenize(state: GenericState): void {
  state.tokens = tokenizer.parse(blankFrontMatter(state.lines, state.text), {});
}

/** The scan's open lists and list items while it walks the tokens. */
interface ScanContext {
  state: GenericState;
  tokens: Token[];
  listStack: ListRec[];
  itemStack: { ordered: boolean; end: number; indent: number }[];
}

type TokenRule = (cx: ScanContext, i: number) => void;

/**
 * Rule `scan`, one pass over the tokens: the headings, the top-level blocks (paragraphs and lists,
 * for key points), and the lines to drop from answers. Then lets the tokens go, so that on a large
 * file the garbage collector does not keep copying them while the later rules allocate.
 */
export function scan(state: GenericState): void {
  const cx: ScanContext = { state, tokens: state.tokens, listStack: [], itemStack: [] };
  for (let i = 0; i < cx.tokens.length; i++) TOKEN_RULES.get(cx.tokens[i].type)?.(cx, i);
  state.tokens = [];
}

const heading: TokenRule = (cx, i) => {
  const token = cx.tokens[i];
  if (!token.map) return;
  const prev = i > 0 ? cx.tokens[i - 1] : undefined;
  const item = prev?.type === 'list_item_open' ? cx.itemStack[cx.itemStack.length - 1] : undefined;
  cx.state.headings.push({
    level: Number(token.tag.slice(1)) || 1,
    depth: token.level,
    line: token.map[0],
    end: token.map[1],
    raw: cx.tokens[i + 1]?.type === 'inline' ? cx.tokens[i + 1].content : '',
    inOrderedItem: item?.ordered ?? false,
    itemEnd: item ? item.end : -1,
    indent: item ? item.indent : 0,
  });
};

const listOpen: TokenRule = (cx, i) => {
  const token = cx.tokens[i];
  if (!token.map) return;
  const list: ListRec = { kind: 'list', depth: token.level, start: token.map[0], end: token.map[1], items: [], allAnchors: true, awaitingItem: false };
  cx.listStack.push(list);
  cx.state.blocks.push(list);
};

const listClose: TokenRule = (cx) => {
  const list = cx.listStack.pop();
  // A list of nothing but in-page links is a table of contents.
  if (list && list.items.length > 0 && list.allAnchors) markLines(cx.state.stripped, list.start, list.end);
};

const itemOpen: TokenRule = (cx, i) => {
  const token = cx.tokens[i];
  const list = cx.listStack[cx.listStack.length - 1];
  const start = token.map ? token.map[0] : 0;
  const marker = LIST_MARKER.exec(cx.state.lines[start] ?? '');
  cx.itemStack.push({ ordered: token.markup === '.' || token.markup === ')', end: token.map ? token.map[1] : start, indent: marker ? marker[0].length : 0 });
  if (list) list.awaitingItem = true;
};

/** The first paragraph of a list item is the item's text. */
const inline: TokenRule = (cx, i) => {
  const token = cx.tokens[i];
  const list = cx.listStack[cx.listStack.length - 1];
  if (!list || !list.awaitingItem || token.level !== list.depth + 3) return;
  list.awaitingItem = false;
  const content = token.content.trim();
  list.items.push(content);
  if (!ANCHOR_LINK.test(content.replace(/\*\*|__/g, ''))) list.allAnchors = false;
};

const paragraph: TokenRule = (cx, i) => {
  const token = cx.tokens[i];
  const next = cx.tokens[i + 1];
  if (!token.map || next?.type !== 'inline') return;
  const strip = isBackToTop(next.content) || isBadgeLine(next.content);
  if (strip) markLines(cx.state.stripped, token.map[0], token.map[1]);
  cx.state.blocks.push({ kind: 'paragraph', depth: token.level, start: token.map[0], text: next.content, stripped: strip });
};

const htmlBlock: TokenRule = (cx, i) => {
  const token = cx.tokens[i];
  if (token.map && (isBackToTop(token.content) || isMarkupOnly(token.content))) markLines(cx.state.stripped, token.map[0], token.map[1]);
};

const thematicBreak: TokenRule = (cx, i) => {
  const map = cx.tokens[i].map;
  if (map) markLines(cx.state.ruleLine, map[0], map[1]);
};

const TOKEN_RULES = new Map<string, TokenRule>([
  ['heading_open', heading],
  ['bullet_list_open', listOpen],
  ['ordered_list_open', listOpen],
  ['bullet_list_close', listClose],
  ['ordered_list_close', listClose],
  ['list_item_open', itemOpen],
  ['list_item_close', (cx) => void cx.itemStack.pop()],
  ['inline', inline],
  ['paragraph_open', paragraph],
  ['html_block', htmlBlock],
  ['hr', thematicBreak],
]);
