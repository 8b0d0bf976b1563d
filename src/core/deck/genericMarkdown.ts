import * as path from 'path';
import MarkdownIt from 'markdown-it';
import { Deck, DeckDiagnostic, Question, plainKeyPoint } from './model';

type Token = MarkdownIt.Token;

/**
 * Reads any Markdown file of questions and answers (the shape of the popular "interview questions"
 * READMEs) as decks. Pure and total: it never touches the disk and never throws.
 *
 * - A question is a heading that ends in `?`, starts with a number (`### 12. What is X`) or a
 *   question marker (`## Q. What is X?`, `#### Q1: ...`), or is the first thing in a numbered list
 *   item (`1. ### What is X`). At the level where such headings are most common, a heading that
 *   starts like a question (`### Explain closures`) is one too.
 * - A heading above question headings, or one that is not a question at all, starts a section:
 *   each section with questions becomes a deck. Questions before any section go to a deck named
 *   after the file's first `# ` heading (or the file name).
 * - The answer is the Markdown source under the question, up to the next question or section
 *   heading, without "back to top" links, badges, tables of contents and HTML-only wrappers.
 * - Left out: tables of contents, license/contributing/acknowledgements/support/sponsors sections
 *   and the like, and question headings with no answer text (reported as warnings).
 * - Question ids are `<file>-<slug of the question text>` (plus a hash of the text when the slug
 *   had to be shortened), so they survive edits, re-ordering and renames of the other questions.
 *
 * Runs in time linear in the text: one markdown-it parse and a few passes over its output.
 */
export interface GenericParse {
  /** The file's first `# ` heading, or its name. */
  title: string;
  decks: Deck[];
  diagnostics: DeckDiagnostic[];
}

/** The markdown-it options used to tokenise generic files (the benchmark compares against them). */
export const GENERIC_MARKDOWN_OPTIONS = { html: true } as const;
// Block structure is all the parser needs (inline tokens keep their source in `content`), so
// markdown-it's inline pass, the larger part of its work, is switched off.
const tokenizer = new MarkdownIt(GENERIC_MARKDOWN_OPTIONS).disable(['inline', 'text_join', 'linkify', 'replacements', 'smartquotes'], true);

const MAX_SLUG = 60;
const MAX_KEY_POINTS = 8;
const MAX_KEY_POINT_LENGTH = 240;

interface HeadingRec {
  /** 1..6 */
  level: number;
  /** markdown-it nesting level of the heading token: blocks of its answer sit at the same level. */
  depth: number;
  /** 0-based first line and line after the heading. */
  line: number;
  end: number;
  /** The heading's inline Markdown source. */
  raw: string;
  /** The heading is the first thing in a numbered list item. */
  inOrderedItem: boolean;
  /** When the heading opens a list item: the line after the item, and its content indent. */
  itemEnd: number;
  indent: number;
}

interface ParagraphRec {
  kind: 'paragraph';
  depth: number;
  start: number;
  text: string;
  stripped: boolean;
}

interface ListRec {
  kind: 'list';
  depth: number;
  start: number;
  end: number;
  items: string[];
  allAnchors: boolean;
  awaitingItem: boolean;
}

type BlockRec = ParagraphRec | ListRec;

interface Section {
  level: number;
  title: string;
  deck: Deck | undefined;
  /** No text of its own between the heading and the next one. */
  bare: boolean;
}

interface Analysis {
  prompt: string;
  strong: boolean;
  weak: boolean;
  qMarker: boolean;
  numberOnly: boolean;
  sectionOnly: boolean;
  endsWithQuestionMark: boolean;
}

export function parseGenericMarkdown(text: string, file: string): GenericParse {
  const diagnostics: DeckDiagnostic[] = [];
  const fileSlug = fileSlugOf(file);
  const lines = text.split(/\r\n?|\n/); // line breaks as markdown-it counts them
  let tokens: Token[];
  try {
    tokens = tokenizer.parse(withoutFrontMatter(lines, text), {});
  } catch (error) {
    diagnostics.push({ file, line: 1, severity: 'error', message: `Could not read the Markdown: ${String(error)}` });
    return { title: fileTitleOf(file), decks: [], diagnostics };
  }

  // Pass 1 over the tokens: headings, top-level blocks, and lines to drop from answers.
  const headings: HeadingRec[] = [];
  const blocks: BlockRec[] = [];
  const stripped = new Uint8Array(lines.length + 1);
  const ruleLine = new Uint8Array(lines.length + 1);
  const mark = (start: number, end: number, into: Uint8Array) => {
    for (let l = start; l < end && l < into.length; l++) into[l] = 1;
  };
  const listStack: ListRec[] = [];
  const itemStack: { ordered: boolean; end: number; indent: number }[] = [];

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const map = token.map;
    switch (token.type) {
      case 'heading_open': {
        if (!map) break;
        const prev = i > 0 ? tokens[i - 1] : undefined;
        const item = prev?.type === 'list_item_open' ? itemStack[itemStack.length - 1] : undefined;
        headings.push({
          level: Number(token.tag.slice(1)) || 1,
          depth: token.level,
          line: map[0],
          end: map[1],
          raw: tokens[i + 1]?.type === 'inline' ? tokens[i + 1].content : '',
          inOrderedItem: item?.ordered ?? false,
          itemEnd: item ? item.end : -1,
          indent: item ? item.indent : 0,
        });
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open': {
        if (!map) break;
        const list: ListRec = { kind: 'list', depth: token.level, start: map[0], end: map[1], items: [], allAnchors: true, awaitingItem: false };
        listStack.push(list);
        blocks.push(list);
        break;
      }
      case 'bullet_list_close':
      case 'ordered_list_close': {
        const list = listStack.pop();
        if (list && list.items.length > 0 && list.allAnchors) mark(list.start, list.end, stripped);
        break;
      }
      case 'list_item_open': {
        const list = listStack[listStack.length - 1];
        const start = map ? map[0] : 0;
        const markerLine = lines[start] ?? '';
        const marker = /^\s*(?:\d{1,9}[.)]|[-*+])(?:[ \t]{1,4}|$)/.exec(markerLine);
        itemStack.push({ ordered: token.markup === '.' || token.markup === ')', end: map ? map[1] : start, indent: marker ? marker[0].length : 0 });
        if (list) list.awaitingItem = true;
        break;
      }
      case 'list_item_close':
        itemStack.pop();
        break;
      case 'inline': {
        const list = listStack[listStack.length - 1];
        if (list && list.awaitingItem && token.level === list.depth + 3) {
          list.awaitingItem = false;
          const content = token.content.trim();
          list.items.push(content);
          if (!ANCHOR_LINK.test(content.replace(/\*\*|__/g, ''))) list.allAnchors = false;
        }
        break;
      }
      case 'paragraph_open': {
        const inline = tokens[i + 1];
        if (!map || inline?.type !== 'inline') break;
        const content = inline.content;
        const strip = isBackToTop(content) || isBadgeLine(content);
        if (strip) mark(map[0], map[1], stripped);
        blocks.push({ kind: 'paragraph', depth: token.level, start: map[0], text: content, stripped: strip });
        break;
      }
      case 'html_block':
        if (map && (isBackToTop(token.content) || isMarkupOnly(token.content))) mark(map[0], map[1], stripped);
        break;
      case 'hr':
        if (map) mark(map[0], map[1], ruleLine);
        break;
      default:
        break;
    }
  }

  // The tokens are no longer needed: let them go before the passes below allocate, so that on a
  // large file the garbage collector does not keep copying them.
  tokens = [];

  // Pass 2 over the headings: which are questions, which are sections.
  const analyses = headings.map((h) => analyse(h));
  let qMarkers = 0;
  let numberOnly = 0;
  for (const a of analyses) {
    if (a.qMarker) qMarkers++;
    else if (a.numberOnly && !a.endsWithQuestionMark) numberOnly++;
  }
  // A file that marks questions with "Q." and numbers its sections: the numbered headings are sections.
  if (qMarkers > numberOnly) {
    for (const a of analyses) {
      if (a.numberOnly && !a.qMarker && !a.endsWithQuestionMark && !a.weak) {
        a.strong = false;
        a.sectionOnly = true;
      }
    }
  }
  const questionLevel = dominantLevel(headings, analyses);
  const isCandidate = (k: number) => {
    const a = analyses[k];
    return !a.sectionOnly && a.prompt.length > 0 && (a.strong || (a.weak && headings[k].level === questionLevel));
  };
  // Whether a heading has question headings below it (before the next heading of its level or higher).
  const hasQuestionsBelow = new Uint8Array(headings.length);
  const open: number[] = [];
  for (let k = 0; k < headings.length; k++) {
    while (open.length > 0 && headings[open[open.length - 1]].level >= headings[k].level) open.pop();
    if (isCandidate(k)) {
      for (let s = open.length - 1; s >= 0 && !hasQuestionsBelow[open[s]]; s--) hasQuestionsBelow[open[s]] = 1;
    }
    open.push(k);
  }

  const decks: Deck[] = [];
  const deckIds = new Set<string>();
  let title: string | undefined;
  const root: Section = { level: 0, title: '', deck: undefined, bare: true };
  const sections: Section[] = [root];
  const drafts: { heading: HeadingRec; prompt: string; deck: () => Deck; start: number; end: number }[] = [];
  let current: (typeof drafts)[number] | undefined;
  let skipLevel = 0;
  let sawQuestion = false;

  const hasText = (start: number, end: number) => {
    for (let l = start; l < end && l < lines.length; l++) if (!stripped[l] && !ruleLine[l] && lines[l].trim() !== '') return true;
    return false;
  };
  const deckFor = (section: Section) => (): Deck => {
    if (section.deck) return section.deck;
    const base = section === root ? fileSlug : `${fileSlug}-${slugify(section.title, 40) || hash(section.title)}`;
    const id = uniqueId(base, deckIds);
    const deck: Deck = { id, title: section === root ? (title ?? fileTitleOf(file)) : section.title, order: 0, tags: [], synonyms: {}, file, questions: [] };
    section.deck = deck;
    decks.push(deck);
    return deck;
  };

  for (let k = 0; k < headings.length; k++) {
    const h = headings[k];
    if (skipLevel > 0 && h.level > skipLevel) continue;
    skipLevel = 0;
    if (current && h.level > current.heading.level) continue; // a heading inside an answer
    if (current && ANSWER_HEADING.test(analyses[k].prompt)) continue; // "###### 1. ..." then "#### Answer: D"
    if (current) {
      current.end = Math.min(h.line, current.end);
      current = undefined;
    }
    const a = analyses[k];
    if (title === undefined && !sawQuestion && h.level === 1 && (!isCandidate(k) || hasQuestionsBelow[k])) {
      title = cleanInline(a.prompt) || cleanInline(h.raw);
      sections.length = 1;
      continue;
    }
    if (isCandidate(k) && !(h.level < questionLevel && hasQuestionsBelow[k])) {
      // A bare heading at the question's own level ("## # Hooks" above "## Q. ...") is a section
      // that holds it; one with text of its own ("## Introduction") is a preface and does not.
      while (sections.length > 1 && sections[sections.length - 1].level > h.level) sections.pop();
      if (sections.length > 1 && sections[sections.length - 1].level === h.level && !sections[sections.length - 1].bare) sections.pop();
      sawQuestion = true;
      current = {
        heading: h,
        prompt: a.prompt,
        deck: deckFor(sections[sections.length - 1]),
        start: h.end,
        end: h.itemEnd >= 0 ? h.itemEnd : lines.length,
      };
      drafts.push(current);
      continue;
    }
    while (sections.length > 1 && sections[sections.length - 1].level >= h.level) sections.pop();
    const sectionTitle = cleanInline(stripMarkers(a.prompt));
    if (isLeftOutSection(sectionTitle)) {
      skipLevel = h.level;
      continue;
    }
    const bodyEnd = k + 1 < headings.length ? headings[k + 1].line : lines.length;
    const bare = a.sectionOnly || !hasText(h.end, bodyEnd);
    sections.push({ level: h.level, title: sectionTitle || cleanInline(h.raw), deck: undefined, bare });
  }

  // Pass 3: answers and key points, walking the blocks alongside the questions.
  const questionIds = new Set<string>();
  let b = 0;
  for (const draft of drafts) {
    const { heading } = draft;
    const answer = sliceAnswer(lines, draft.start, draft.end, heading.indent, stripped, ruleLine);
    while (b < blocks.length && blocks[b].start < draft.start) b++;
    const listItems: string[] = [];
    const paragraphs: string[] = [];
    for (; b < blocks.length && blocks[b].start < draft.end; b++) {
      const block = blocks[b];
      if (block.depth !== heading.depth) continue;
      if (block.kind === 'list') {
        const choices = block.items.length > 1 && block.items.every((item) => CHOICE.test(item)); // "- A: `Lydia`"
        if (!choices && !(block.allAnchors && block.items.length > 0)) listItems.push(...block.items.filter((item) => item.length > 0));
      } else if (!block.stripped && !isLabel(block.text) && /[\p{L}\p{N}]/u.test(block.text.replace(/!\[[^\]]*\]\([^)]*\)/g, ''))) {
        paragraphs.push(block.text);
      }
    }
    if (!answer) {
      diagnostics.push({ file, line: heading.line + 1, severity: 'warning', message: `"${draft.prompt}" looks like a question but has no answer text under it; it is left out.` });
      continue;
    }
    const normalised = normalise(draft.prompt);
    const id = uniqueId(`${fileSlug}-${questionSlug(normalised)}`, questionIds);
    const deck = draft.deck();
    const question: Question = {
      id,
      topicId: deck.id,
      prompt: draft.prompt,
      difficulty: 'medium',
      answer,
      keyPoints: keyPointsOf(listItems, paragraphs, answer).map(plainKeyPoint),
      followUps: [],
      snippets: [],
      line: heading.line + 1,
    };
    deck.questions.push(question);
  }

  const result = decks.filter((deck) => deck.questions.length > 0);
  result.forEach((deck, index) => (deck.order = index));
  if (result.length === 0) {
    diagnostics.push({ file, line: 1, severity: 'warning', message: 'No questions found: write each question as a heading ("## What is X?", "### 12. What is X", "## Q. What is X?") with its answer under it.' });
  }
  diagnostics.sort((x, y) => x.line - y.line);
  return { title: title || fileTitleOf(file), decks: result, diagnostics };
}

// ---------------------------------------------------------------------------------------------
// Headings

const Q_MARKER = /^(?:q(?:uestion|ues)?\s*#?\s*\d*\s*[.:)\-\u2013\u2014]|q\s*#?\s*\d+(?=\s))\s*/i;
const NUMBER_MARKER = /^(?:#\s*)?(?:\d{1,5}(?:\.\d{1,5})*\s*[.):\-\u2013\u2014]|\d{1,5}(?:\.\d{1,5})+(?=\s)|\[\d{1,5}\])\s*/;
const QUESTION_WORD =
  /^(?:what|what's|why|how|how's|when|where|which|who|whom|whose|explain|describe|define|difference|differences|differentiate|compare|contrast|list|tell|give|write|implement|mention|discuss|distinguish)\b/i;
const CHOICE = /^\(?[A-Ha-h][:.)]\s/;
const ANSWER_HEADING = /^(?:answers?|solutions?|explanations?|output)\b\s*(?::.*)?$/i;
const LEADING_SYMBOLS = /^(?:[\p{Extended_Pictographic}\u2190-\u21ff\u2600-\u27bf\u25a0-\u25ff\ufe0f\u200d]\s*)+/u;
const ANCHOR_LINK = /^\[[^\]]*\]\(#[^)\s]*\)\s*$/;

function analyse(h: HeadingRec): Analysis {
  let text = cleanHeading(h.raw);
  let sectionOnly = false;
  if (/^#+\s/.test(text)) {
    // "## # 1. Introduction": a literal hash and a space mark a section in some READMEs.
    sectionOnly = true;
    text = text.replace(/^#+\s*/, '');
  }
  const q = Q_MARKER.exec(text);
  let qMarker = false;
  let numberOnly = false;
  if (q && text.length > q[0].length) {
    qMarker = true;
    text = text.slice(q[0].length);
  } else {
    const n = NUMBER_MARKER.exec(text);
    if (n && text.length > n[0].length) {
      numberOnly = true;
      text = text.slice(n[0].length);
      const again = Q_MARKER.exec(text); // "12. Q: ..."
      if (again && text.length > again[0].length) text = text.slice(again[0].length);
    }
  }
  text = unwrapEmphasis(text.trim());
  const endsWithQuestionMark = /\?[\s)"'\]*_`]*$/.test(text);
  if (!endsWithQuestionMark && isLeftOutSection(text)) sectionOnly = true; // "## 10. License"
  const weak = QUESTION_WORD.test(text);
  return {
    prompt: text,
    strong: !sectionOnly && (qMarker || numberOnly || endsWithQuestionMark || h.inOrderedItem),
    weak: !sectionOnly && weak,
    qMarker,
    numberOnly,
    sectionOnly,
    endsWithQuestionMark,
  };
}

/** The heading level where question headings are most common (the shallower on a tie). */
function dominantLevel(headings: HeadingRec[], analyses: Analysis[]): number {
  const strong = [0, 0, 0, 0, 0, 0, 0];
  const weak = [0, 0, 0, 0, 0, 0, 0];
  analyses.forEach((a, k) => {
    if (a.sectionOnly || !a.prompt) return;
    if (a.strong) strong[headings[k].level]++;
    else if (a.weak) weak[headings[k].level]++;
  });
  const counts = strong.some((c) => c > 0) ? strong : weak;
  let best = 0;
  for (let level = 1; level <= 6; level++) if (counts[level] > counts[best]) best = level;
  return best;
}

/** Heading source without HTML, images, link targets, heading ids and wrapping emphasis. */
function cleanHeading(raw: string): string {
  let text = raw
    .replace(/<[^>]*>/g, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\s*\{#[\w-]+\}\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  text = unwrapEmphasis(text.replace(LEADING_SYMBOLS, ''));
  // "**Q1.** What is X?" and "**12.** What is X": emphasis around the marker only.
  text = text.replace(/^(\*\*|__)([^*_]{1,20}?)\1\s*/, '$2 ');
  return text.trim();
}

function unwrapEmphasis(text: string): string {
  let out = text;
  for (;;) {
    const match = /^(\*\*|__|\*|_)(.+)\1$/.exec(out);
    if (!match || match[2].includes(match[1])) return out;
    out = match[2].trim();
  }
}

function stripMarkers(text: string): string {
  return text.replace(/^#+\s*/, '').replace(NUMBER_MARKER, '').trim();
}

/** Inline Markdown reduced to its words, for titles. */
function cleanInline(text: string): string {
  return text
    .replace(/<[^>]*>/g, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const LEFT_OUT_SECTIONS =
  /^(?:table of contents?|contents|toc|index|licen[cs]e|licensing|contributing|contributions?|contributors|how to contribute|contribution guidelines|acknowledge?ments?|credits|thanks|special thanks|support|support (?:me|us|this project|the project)|show your support|sponsors?|sponsorship|backers|donat(?:e|ions?)|funding|author|authors|about the authors?|maintainers?|stargazers|star history|code of conduct|changelog|feedback|disclaimer|translations|other languages|related (?:projects|repositories|repos))$/;

function isLeftOutSection(title: string): boolean {
  const words = title
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return LEFT_OUT_SECTIONS.test(words);
}

// ---------------------------------------------------------------------------------------------
// Blocks left out of answers

const BACK_TO_TOP = /\b(?:back|go|return|scroll|jump)\s+(?:up\s+)?to\s+(?:the\s+)?(?:top|contents|index|toc|table of contents|questions)\b/i;

function isBackToTop(source: string): boolean {
  if (source.length > 400) return false;
  const hasInPageLink = /\]\(\s*#|href\s*=\s*["']?#/i.test(source);
  if (!hasInPageLink) return false;
  if (BACK_TO_TOP.test(source)) return true;
  const words = source.replace(/<[^>]*>/g, '').replace(/\([^)]*\)/g, '').replace(/[^A-Za-z]+/g, ' ').trim().toLowerCase();
  return words === 'top' || words === '' || words === 'back' || words === 'up';
}

const BADGE_SOURCE = /shields\.io|badgen\.net|badge|travis-ci|circleci|codecov|coveralls|\/workflows\/|codeclimate|gitter|discord|npmjs|visitor|hits\./i;

const IMAGE = /^!\[[^\]]*\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)/;
const LINKED_IMAGE = /^\[\s*!\[[^\]]*\]\([^)]*\)\s*\]\([^)]*\)/;

/** A paragraph of nothing but images that are links or badges (`[![build](...)](...) ![npm](...)`). */
function isBadgeLine(source: string): boolean {
  if (source.length > 4000) return false;
  let rest = source.trim();
  let images = 0;
  while (rest.length > 0) {
    const linked = LINKED_IMAGE.exec(rest);
    const image = linked ? undefined : IMAGE.exec(rest);
    if (linked) rest = rest.slice(linked[0].length);
    else if (image && BADGE_SOURCE.test(image[1])) rest = rest.slice(image[0].length);
    else return false;
    images++;
    rest = rest.replace(/^(?:\s|\\$)+/, '');
  }
  return images > 0;
}

/** An HTML block with no words of its own: wrappers like `<details><summary>Answer</summary>`, `<br/>`, comments. */
function isMarkupOnly(source: string): boolean {
  if (source.length > 2000) return false;
  const words = source
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return words === '' || /^(?:(?:show|view|see|click (?:here )?(?:for|to (?:see|view|show)))\s+(?:the\s+)?)?(?:answers?|solutions?|explanations?|output)\s*:?$/i.test(words);
}

/** "**Example:**", "Output:", and other short labels in front of a code block. */
function isLabel(text: string): boolean {
  if (text.length > 80 || !/:[\s*_`]*$/.test(text)) return false;
  const plain = cleanInline(text).replace(/[*_`]/g, '').trim();
  return plain.length < 40 && /:$/.test(plain);
}

// ---------------------------------------------------------------------------------------------
// Answers and key points

function sliceAnswer(lines: string[], start: number, end: number, indent: number, stripped: Uint8Array, ruleLine: Uint8Array): string {
  const out: string[] = [];
  const keepRule: boolean[] = [];
  let lastBlank = true;
  for (let l = start; l < end && l < lines.length; l++) {
    if (stripped[l]) continue;
    let line = lines[l];
    if (indent > 0) line = dedent(line, indent);
    const blank = line.trim() === '';
    if (blank && lastBlank) continue;
    out.push(line);
    keepRule.push(ruleLine[l] === 1);
    lastBlank = blank;
  }
  // Separators (`---`) and blank lines around the answer are not part of it.
  let first = 0;
  let last = out.length;
  while (first < last && (out[first].trim() === '' || keepRule[first])) first++;
  while (last > first && (out[last - 1].trim() === '' || keepRule[last - 1])) last--;
  return out.slice(first, last).join('\n');
}

function dedent(line: string, indent: number): string {
  let i = 0;
  let width = 0;
  while (i < line.length && width < indent) {
    if (line[i] === ' ') width++;
    else if (line[i] === '\t') width += 4;
    else break;
    i++;
  }
  return line.slice(i);
}

function keyPointsOf(listItems: string[], paragraphs: string[], answer: string): string[] {
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
  const answerLines = answer.split('\n');
  const firstLine = answerLines.find((line) => /[\p{L}\p{N}]/u.test(line) && !/^\s*(?:```|~~~|\|)/.test(line)) ?? answerLines.find((line) => line.trim() !== '');
  return [shorten((firstLine ?? answer).replace(/\s+/g, ' ').trim()) || 'See the answer.'];
}

const ABBREVIATIONS = new Set(['e.g', 'i.e', 'etc', 'vs', 'eg', 'ie', 'cf', 'approx', 'mr', 'mrs', 'dr', 'st', 'no', 'fig']);

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

// ---------------------------------------------------------------------------------------------
// Ids

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

function questionSlug(normalised: string): string {
  const full = slugify(normalised, Number.MAX_SAFE_INTEGER);
  if (full && full.length <= MAX_SLUG) return full;
  return full ? `${slugify(normalised, MAX_SLUG)}-${hash(normalised)}` : `q-${hash(normalised)}`;
}

/** Lowercase letters, digits and single dashes, cut at a word boundary to at most `max` characters. */
export function slugify(text: string, max: number): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .replace(/c\+\+/g, 'cpp')
    .replace(/([a-z])#(?![\w-])/g, '$1sharp')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const dash = cut.lastIndexOf('-');
  return (dash > max / 2 ? cut.slice(0, dash) : slug.slice(0, max)).replace(/-+$/, '');
}

/** FNV-1a, 6 base-36 characters: short and stable. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(6, '0').slice(-6);
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** The file's slug: its name, or its folder's name for README.md and index.md. */
function fileSlugOf(file: string): string {
  return slugify(fileTitleOf(file), 40) || 'deck';
}

function fileTitleOf(file: string): string {
  const base = path.basename(file).replace(/\.[^.]+$/, '');
  if (/^(?:readme|index)$/i.test(base)) {
    const folder = path.basename(path.dirname(file));
    if (folder && folder !== '.' && folder !== path.sep) return folder;
  }
  return base || 'deck';
}

/** Front matter turned into blank lines, so the Markdown keeps its line numbers. */
function withoutFrontMatter(lines: string[], text: string): string {
  if (!/^---\s*$/.test(lines[0] ?? '') || !/^[\w-]+\s*:/.test(lines[1] ?? '')) return text;
  for (let l = 1; l < lines.length && l < 200; l++) {
    if (/^(?:---|\.\.\.)\s*$/.test(lines[l])) return '\n'.repeat(l + 1) + lines.slice(l + 1).join('\n');
  }
  return text;
}
