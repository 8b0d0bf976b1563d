import * as path from 'path';
import MarkdownIt from 'markdown-it';
import { readHeader } from './deckHeader';
import { ListItem, atMost, keyPointOf, listItems } from './deckLists';
import { splitFrontMatter } from './frontMatter';
import { MAX_DECK_CHARS, MAX_QUESTIONS, tooLargeMessage } from './limits';
import { splitLines } from './lines';
import { Deck, DeckDiagnostic, PARSER_BUG, Question, Report, Severity } from './model';
import { Draft, finishQuestion, newDraft } from './nativeQuestion';

type Token = MarkdownIt.Token;

export interface ParseOptions {
  /** Tells whether a snippet file exists; parsing itself never touches the disk. */
  fileExists?: (absolutePath: string) => boolean;
}

export interface ParsedDeck {
  /** Undefined only when nothing usable could be read at all. */
  deck: Deck | undefined;
  diagnostics: DeckDiagnostic[];
}

type Section = 'meta' | 'answer' | 'keyPoints' | 'followUps' | 'unknown';

const tokenizer = new MarkdownIt({ html: false });
const META_KEYS = new Set(['id', 'difficulty', 'snippet']);
const META_LINE = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/;

/**
 * Parses one native-format deck (see questions/README.md). Pure and total: bad input gives
 * diagnostics with file lines, never an exception, and the questions that are fine still load.
 * Linear in the text, and bounded (limits.ts). The result is plain data (structured-cloneable),
 * so it can be computed in a worker.
 */
export function parseDeck(text: string, file: string, options: ParseOptions = {}): ParsedDeck {
  const fail = (message: string): ParsedDeck => ({ deck: undefined, diagnostics: [{ file, line: 1, severity: 'error', message }] });
  if (text.length > MAX_DECK_CHARS) return fail(tooLargeMessage(text.length));
  try {
    return readDeck(text, file, options);
  } catch (error) {
    return fail(`${PARSER_BUG}: ${String(error)}`);
  }
}

function readDeck(text: string, file: string, options: ParseOptions): ParsedDeck {
  const diagnostics: DeckDiagnostic[] = [];
  const report: Report = (line, message, severity: Severity = 'error') =>
    diagnostics.push({ file, line, severity, message });

  const front = splitFrontMatter(text);
  front.problems.forEach((p) => report(p.line, p.message));
  let tokens: Token[];
  try {
    tokens = tokenizer.parse(front.body, {});
  } catch (error) {
    report(1, `Could not read the Markdown: ${String(error)}`);
    return { deck: undefined, diagnostics };
  }
  const header = readHeader(front.data, file, tokens, report);
  const reader = new DeckReader(tokens, splitLines(front.body), front.bodyLineOffset, header.id, file, options, report);
  const questions = reader.read();

  if (questions.length === 0 && diagnostics.every((d) => d.severity !== 'error')) {
    report(1, 'This deck has no questions: add a "## " heading for each one.', 'warning');
  }
  const deck: Deck = { ...header, file, questions };
  diagnostics.sort((a, b) => a.line - b.line);
  return { deck, diagnostics };
}

/** One pass over the top-level tokens: `## ` questions, their `### ` sections and their lists. */
class DeckReader {
  private readonly questions: Question[] = [];
  private readonly seenIds = new Map<string, number>();
  private readonly deckDir: string;
  private draft: Draft | undefined;
  private section: Section | undefined;
  private sectionStart = 0;
  /** MAX_QUESTIONS was reached (and reported). */
  private capped = false;

  constructor(
    private readonly tokens: Token[],
    private readonly bodyLines: string[],
    /** Lines before the body (the front matter), to turn body lines into file lines. */
    private readonly offset: number,
    private readonly topicId: string,
    file: string,
    private readonly options: ParseOptions,
    private readonly report: Report,
  ) {
    this.deckDir = path.dirname(file);
  }

  read(): Question[] {
    for (let i = 0; i < this.tokens.length; i++) {
      const token = this.tokens[i];
      if (token.level !== 0 || !token.map) continue;
      if (token.type === 'heading_open') this.heading(token, i);
      else if (this.draft) this.block(token, i);
    }
    this.closeQuestion(this.bodyLines.length);
    return this.questions;
  }

  private heading(token: Token, i: number): void {
    const [start, end] = token.map ?? [0, 0];
    const fileLine = start + this.offset + 1;
    const level = Number(token.tag.slice(1));
    const title = this.tokens[i + 1]?.content.trim() ?? '';
    if (level <= 2) {
      this.closeQuestion(start);
      if (level === 2) {
        this.draft = newDraft(title, fileLine);
        this.section = 'meta';
        if (!title) this.report(fileLine, 'Question heading is empty.');
      }
    } else if (level === 3 && this.draft) {
      this.closeSection(start);
      this.section = sectionFor(title);
      this.sectionStart = end;
      if (this.section === 'unknown') {
        this.report(fileLine, `Unknown section "${title}": use "Answer", "Key points" or "Follow-ups".`, 'warning');
      }
      if (this.section === 'answer') this.draft.answerLine = fileLine;
    }
  }

  private block(token: Token, i: number): void {
    const draft = this.draft;
    if (!draft) return;
    if (token.type === 'bullet_list_open') {
      const items = listItems(this.tokens, i);
      if (this.section === 'meta' && !draft.metaSeen) {
        draft.metaSeen = true;
        readMeta(draft, items, this.offset, this.report);
      } else if (this.section === 'keyPoints') {
        draft.keyPoints = items.map((item) => keyPointOf(item, this.offset, this.report));
      } else if (this.section === 'followUps') {
        draft.followUps = items.map((item) => item.text);
      }
    } else if (this.section === 'meta' && token.type.endsWith('_open')) {
      const fileLine = (token.map?.[0] ?? 0) + this.offset + 1;
      this.report(fileLine, 'Text between a question and its "### Answer" is ignored: start the question with its metadata list (- id: ...).', 'warning');
    }
  }

  private closeSection(endLine: number): void {
    if (this.draft && this.section === 'answer') {
      this.draft.answer = this.bodyLines.slice(this.sectionStart, endLine).join('\n').trim();
    }
    this.section = undefined;
  }

  private closeQuestion(endLine: number): void {
    this.closeSection(endLine);
    if (this.draft && this.questions.length >= MAX_QUESTIONS) {
      if (!this.capped) this.report(this.draft.line, `Only the first ${MAX_QUESTIONS} questions of a deck are read; split it into several files.`);
      this.capped = true;
    } else if (this.draft) {
      const question = finishQuestion(this.draft, this.topicId, this.deckDir, this.seenIds, this.options, this.report);
      if (question) this.questions.push(question);
    }
    this.draft = undefined;
  }
}

function sectionFor(title: string): Section {
  const normalised = title.toLowerCase().replace(/[^a-z]/g, '');
  if (normalised === 'answer' || normalised === 'modelanswer') return 'answer';
  if (normalised === 'keypoints' || normalised === 'keypoint') return 'keyPoints';
  if (normalised.startsWith('followup')) return 'followUps';
  return 'unknown';
}

function readMeta(draft: Draft, items: ListItem[], offset: number, report: Report) {
  for (const item of items) {
    const fileLine = item.line + offset + 1;
    const match = META_LINE.exec(item.text);
    if (!match) {
      report(fileLine, `Metadata lines are "key: value"; found "${item.text}".`);
      continue;
    }
    const key = match[1].toLowerCase();
    if (!META_KEYS.has(key)) {
      report(fileLine, `Unknown metadata key "${key}": use id, difficulty or snippet.`);
      continue;
    }
    const values = atMost(match[2].split(',').map(unquote).filter((v) => v.length > 0), fileLine, report);
    const entries = draft.meta.get(key) ?? [];
    for (const value of values) entries.push({ value, line: fileLine });
    draft.meta.set(key, entries);
  }
}

function unquote(value: string): string {
  return value.trim().replace(/^[`"']|[`"']$/g, '').trim();
}
