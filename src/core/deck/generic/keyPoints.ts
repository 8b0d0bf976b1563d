import { withoutImages } from './inlineText';
import { isLabel } from './noise';
import { Draft, GenericState } from './state';

const MAX_KEY_POINTS = 8;
const MAX_KEY_POINT_LENGTH = 240;
/** "- A: `Lydia`": the choices of a multiple-choice question, not key points. */
const CHOICE = /^\(?[A-Ha-h][:.)]\s/;

/**
 * Rule `keyPoints`: walks the top-level blocks alongside the drafts. A draft's key points are the
 * items of the lists in its answer (not choices, not tables of contents), or else the first
 * sentences of its paragraphs, or else its first line of text.
 */
export function findKeyPoints(state: GenericState): void {
  const { blocks } = state;
  let b = 0;
  for (const draft of state.drafts) {
    while (b < blocks.length && blocks[b].start < draft.start) b++;
    const listItems: string[] = [];
    const paragraphs: string[] = [];
    for (; b < blocks.length && blocks[b].start < draft.end; b++) {
      const block = blocks[b];
      if (block.depth !== draft.heading.depth) continue;
      if (block.kind === 'list') {
        const choices = block.items.length > 1 && block.items.every((item) => CHOICE.test(item));
        if (choices || (block.allAnchors && block.items.length > 0)) continue;
        for (const item of block.items) if (item.length > 0) listItems.push(item); // no spread: a list may have 100k items
      } else if (!block.stripped && !isLabel(block.text) && /[\p{L}\p{N}]/u.test(withoutImages(block.text))) {
        paragraphs.push(block.text);
      }
    }
    if (draft.answer) draft.keyPoints = keyPointsOf(listItems, paragraphs, draft);
  }
}

function keyPointsOf(listItems: string[], paragraphs: string[], draft: Draft): string[] {
  const points: string[] = [];
  for (const item of listItems) {
    const point = shorten(item.replace(/\s+/g, ' ').trim());
    if (point) points.push(point);
    if (points.length >= MAX_KEY_POINTS) return points;
  }
  if (points.length > 0) return points;
  let budget = 300;
  for (const paragraph of paragraphs) {
    for (const sentence of sentencesOf(paragraph.replace(/\s+/g, ' ').trim())) {
      if (points.length > 0 && (points.length >= 3 || sentence.length > budget)) return points;
      points.push(shorten(sentence));
      budget -= sentence.length;
    }
  }
  if (points.length > 0) return points;
  const answer = draft.answer ?? '';
  const answerLines = answer.split('\n');
  const firstLine = answerLines.find((line) => /[\p{L}\p{N}]/u.test(line) && !/^\s*(?:```|~~~|\|)/.test(line)) ?? answerLines.find((line) => line.trim() !== '');
  return [shorten((firstLine ?? answer).replace(/\s+/g, ' ').trim()) || 'See the answer.'];
}

const ABBREVIATIONS = new Set(['e.g', 'i.e', 'etc', 'vs', 'eg', 'ie', 'cf', 'approx', 'mr', 'mrs', 'dr', 'st', 'no', 'fig']);

/** Up to 3 sentences (and the rest), not cut after "e.g." and other abbreviations. */
function sentencesOf(text: string): string[] {
  const sentences: string[] = [];
  const boundary = /[.!?]["')\]*_`]*\s+(?=[^a-z\s])/g;
  let from = 0;
  let match: RegExpExecArray | null;
  while ((match = boundary.exec(text)) !== null) {
    const before = /([A-Za-z.]+)\.$/.exec(text.slice(Math.max(from, match.index - 8), match.index + 1));
    if (before && ABBREVIATIONS.has(before[1].toLowerCase().replace(/\.$/, ''))) continue;
    const sentence = text.slice(from, match.index + match[0].length).trim();
    if (sentence) sentences.push(sentence);
    from = match.index + match[0].length;
    if (sentences.length >= 3) return sentences;
  }
  const rest = text.slice(from).trim();
  if (rest) sentences.push(rest);
  return sentences;
}

function shorten(text: string): string {
  if (text.length <= MAX_KEY_POINT_LENGTH) return text;
  const cut = text.lastIndexOf(' ', MAX_KEY_POINT_LENGTH - 1);
  return `${text.slice(0, cut > 80 ? cut : MAX_KEY_POINT_LENGTH - 1)}\u2026`;
}
