import MarkdownIt from 'markdown-it';
import { Deck, DeckDiagnostic } from '../model';
import { IdAllocator, fileSlugOf } from '../ids';
import { splitLines } from '../lines';

export type Token = MarkdownIt.Token;

/** A heading as the scan saw it. */
export interface HeadingRec {
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

export interface ParagraphRec {
  kind: 'paragraph';
  depth: number;
  start: number;
  text: string;
  stripped: boolean;
}

export interface ListRec {
  kind: 'list';
  depth: number;
  start: number;
  end: number;
  items: string[];
  allAnchors: boolean;
  awaitingItem: boolean;
}

export type BlockRec = ParagraphRec | ListRec;

/** What the heading's text says about it (headings.ts). */
export interface Analysis {
  prompt: string;
  strong: boolean;
  weak: boolean;
  qMarker: boolean;
  numberOnly: boolean;
  sectionOnly: boolean;
  endsWithQuestionMark: boolean;
}

/** A heading that holds questions, and the deck it becomes once one of them has an answer. */
export interface Section {
  level: number;
  title: string;
  deck: Deck | undefined;
  /** No text of its own between the heading and the next one. */
  bare: boolean;
}

/** A question heading and the lines of its answer, filled in by the later rules. */
export interface Draft {
  heading: HeadingRec;
  prompt: string;
  section: Section;
  /** 0-based lines [start, end) of the answer. */
  start: number;
  end: number;
  answer?: string;
  keyPoints?: string[];
}

/** Everything the rules share, in the order they fill it in (cf. markdown-it's StateCore). */
export interface GenericState {
  readonly text: string;
  readonly file: string;
  readonly fileSlug: string;
  /** The file's lines, split on `\r\n`, `\n` and a lone `\r` as markdown-it counts them. */
  readonly lines: string[];
  readonly diagnostics: DeckDiagnostic[];
  /** Set by a rule when nothing more can be read: the rules after it do not run. */
  done: boolean;
  // tokenize
  tokens: Token[];
  // scan
  headings: HeadingRec[];
  blocks: BlockRec[];
  /** Lines left out of answers (back-to-top links, badges, HTML wrappers, anchor-link lists). */
  stripped: Uint8Array;
  /** Lines of thematic breaks (`---`), dropped at the ends of an answer. */
  ruleLine: Uint8Array;
  // headings
  analyses: Analysis[];
  /** The heading level where question headings are most common. */
  questionLevel: number;
  /** Per heading: it can be a question. */
  candidate: Uint8Array;
  /** Per heading: question headings follow before the next heading of its level or higher. */
  hasQuestionsBelow: Uint8Array;
  // sections
  title: string | undefined;
  root: Section;
  drafts: Draft[];
  /** MAX_QUESTIONS drafts were made (and the rest reported). */
  capped: boolean;
  // ids
  deckIds: IdAllocator;
  questionIds: IdAllocator;
  decks: Deck[];
}

export function createState(text: string, file: string): GenericState {
  const lines = splitLines(text);
  return {
    text,
    file,
    fileSlug: fileSlugOf(file),
    lines,
    diagnostics: [],
    done: false,
    tokens: [],
    headings: [],
    blocks: [],
    stripped: new Uint8Array(lines.length + 1),
    ruleLine: new Uint8Array(lines.length + 1),
    analyses: [],
    questionLevel: 0,
    candidate: new Uint8Array(0),
    hasQuestionsBelow: new Uint8Array(0),
    title: undefined,
    root: { level: 0, title: '', deck: undefined, bare: true },
    drafts: [],
    capped: false,
    deckIds: new IdAllocator(),
    questionIds: new IdAllocator(),
    decks: [],
  };
}

/** Marks lines [start, end) in `into`. */
export function markLines(into: Uint8Array, start: number, end: number): void {
  for (let l = start; l < end && l < into.length; l++) into[l] = 1;
}
