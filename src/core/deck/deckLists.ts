import MarkdownIt from 'markdown-it';
import { MAX_LIST_VALUES } from './limits';
import { KeyPoint, Report } from './model';

type Token = MarkdownIt.Token;

/** The lists of a native deck: metadata, key points with their notes, follow-ups. */
export interface ListItem {
  text: string;
  /** 0-based body line. */
  line: number;
  /** The first paragraph of each item of a list nested directly in this item. */
  nested: ListItem[];
}

const KEY_POINT_NOTE = /^(also|not)\s*:\s*(.*)$/i;

/**
 * The first paragraph of each top-level item of the list opening at `start`, and of the items of
 * lists nested one level inside them. One pass over the tokens, no array copies (keeps parsing linear).
 */
export function listItems(tokens: Token[], start: number): ListItem[] {
  const items: ListItem[] = [];
  const listLevel = tokens[start].level;
  // list_item_open is at listLevel + 1; a list nested in an item opens at + 2, its items at + 3.
  for (let j = start + 1; j < tokens.length; j++) {
    const token = tokens[j];
    if (token.type === 'bullet_list_close' && token.level === listLevel) break;
    if (token.type !== 'list_item_open') continue;
    const nested = token.level === listLevel + 3;
    if (token.level !== listLevel + 1 && !nested) continue;
    const inline = tokens[j + 2]?.type === 'inline' ? tokens[j + 2] : undefined;
    const item: ListItem = { text: inline?.content.trim() ?? '', line: token.map?.[0] ?? 0, nested: [] };
    if (!nested) items.push(item);
    else items[items.length - 1]?.nested.push(item);
  }
  return items;
}

/** A key point with its `- also: a; b` and `- not: c; d` sub-bullets (questions/README.md). */
export function keyPointOf(item: ListItem, offset: number, report: Report): KeyPoint {
  const point: KeyPoint = { text: item.text, alternatives: [], contradictions: [] };
  const seen = new Set<string>();
  for (const note of item.nested) {
    const fileLine = note.line + offset + 1;
    const match = KEY_POINT_NOTE.exec(note.text);
    if (!match) {
      report(fileLine, `Under a key point, use "- also: ..." (other ways to say it) or "- not: ..." (what a wrong answer says); found "${note.text}".`, 'warning');
      continue;
    }
    const label = match[1].toLowerCase();
    if (seen.has(label)) report(fileLine, `This key point already has an "${label}:" line: put all of them on one line, separated by ";".`, 'warning');
    seen.add(label);
    const phrases = atMost(match[2].split(';').map((phrase) => phrase.trim()).filter((phrase) => phrase.length > 0), fileLine, report);
    if (phrases.length === 0) report(fileLine, `"${label}:" has nothing after it: list phrases separated by ";".`, 'warning');
    const into = label === 'also' ? point.alternatives : point.contradictions;
    for (const phrase of phrases) into.push(phrase);
  }
  return point;
}

/** The first MAX_LIST_VALUES of a line's values, with a warning at the line when it had more. */
export function atMost(values: string[], line: number, report: Report): string[] {
  if (values.length <= MAX_LIST_VALUES) return values;
  report(line, `This line lists ${values.length} values; only the first ${MAX_LIST_VALUES} are read.`, 'warning');
  return values.slice(0, MAX_LIST_VALUES);
}
