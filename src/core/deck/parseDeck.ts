import * as path from 'path';
import MarkdownIt from 'markdown-it';
import { readHeader } from './deckHeader';
import { ListItem, keyPointOf, listItems } from './deckLists';
import { splitFrontMatter } from './frontMatter';
import { DIFFICULTIES, Deck, DeckDiagnostic, Difficulty, ID_PATTERN, KeyPoint, Question, Report, Severity } from './model';

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

interface MetaValue {
  value: string;
  /** 1-based file line. */
  line: number;
}

type Section = 'meta' | 'answer' | 'keyPoints' | 'followUps' | 'unknown';

interface Draft {
  prompt: string;
  line: number;
  meta: Map<string, MetaValue[]>;
  metaSeen: boolean;
  answer: string | undefined;
  answerLine: number;
  keyPoints: KeyPoint[] | undefined;
  followUps: string[];
}

const tokenizer = new MarkdownIt({ html: false });
const META_KEYS = new Set(['id', 'difficulty', 'snippet']);
const META_LINE = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/;

/**
 * Parses one native-format deck (see questions/README.md). Pure and total: bad input gives
 * diagnostics with file lines, never an exception, and the questions that are fine still load.
 */
export function parseDeck(text: string, file: string, options: ParseOptions = {}): ParsedDeck {
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
  const reader = new DeckReader(tokens, front.body.split(/\r?\n/), front.bodyLineOffset, header.id, file, options, report);
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
    if (this.draft) {
      const question = finishQuestion(this.draft, this.topicId, this.deckDir, this.seenIds, this.options, this.report);
      if (question) this.questions.push(question);
    }
    this.draft = undefined;
  }
}

function newDraft(prompt: string, line: number): Draft {
  return { prompt, line, meta: new Map(), metaSeen: false, answer: undefined, answerLine: line, keyPoints: undefined, followUps: [] };
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
    const values = match[2].split(',').map(unquote).filter((v) => v.length > 0);
    const entries = draft.meta.get(key) ?? [];
    entries.push(...values.map((value) => ({ value, line: fileLine })));
    draft.meta.set(key, entries);
  }
}

function unquote(value: string): string {
  return value.trim().replace(/^[`"']|[`"']$/g, '').trim();
}

function finishQuestion(
  draft: Draft,
  topicId: string,
  deckDir: string,
  seenIds: Map<string, number>,
  options: ParseOptions,
  report: Report,
): Question | undefined {
  const idEntry = draft.meta.get('id')?.[0];
  const id = idEntry?.value;
  if (!idEntry || !id) {
    report(draft.line, `Question "${draft.prompt}" has no id: add "- id: some-stable-id" under its heading.`);
    return undefined;
  }
  if (!ID_PATTERN.test(id)) {
    report(idEntry.line, `Id "${id}" must be lowercase letters, digits and dashes.`);
    return undefined;
  }
  const firstLine = seenIds.get(id);
  if (firstLine !== undefined) {
    report(idEntry.line, `Duplicate question id "${id}" (first used on line ${firstLine}).`);
    return undefined;
  }
  seenIds.set(id, idEntry.line);

  let difficulty: Difficulty = 'medium';
  const difficultyEntry = draft.meta.get('difficulty')?.[0];
  if (difficultyEntry) {
    const value = difficultyEntry.value.toLowerCase();
    if (DIFFICULTIES.includes(value as Difficulty)) difficulty = value as Difficulty;
    else report(difficultyEntry.line, `Difficulty "${value}" must be easy, medium or hard.`);
  }

  let usable = true;
  if (!draft.answer) {
    report(draft.answerLine, `Question "${id}" has no answer: add a "### Answer" section.`);
    usable = false;
  }
  if (!draft.keyPoints || draft.keyPoints.length === 0) {
    report(draft.line, `Question "${id}" has no key points: add a "### Key points" list.`);
    usable = false;
  }
  const snippets = resolveSnippets(draft.meta.get('snippet'), deckDir, options, report);
  if (!usable) return undefined;
  return {
    id,
    topicId,
    prompt: draft.prompt,
    difficulty,
    answer: draft.answer ?? '',
    keyPoints: draft.keyPoints ?? [],
    followUps: draft.followUps,
    snippets,
    line: draft.line,
  };
}

function resolveSnippets(
  entries: MetaValue[] | undefined,
  deckDir: string,
  options: ParseOptions,
  report: Report,
): string[] {
  const resolved: string[] = [];
  for (const { value: relative, line } of entries ?? []) {
    const absolute = path.resolve(deckDir, relative);
    const inside = path.relative(deckDir, absolute);
    if (path.isAbsolute(relative) || inside.startsWith('..') || path.isAbsolute(inside)) {
      report(line, `Snippet "${relative}" leaves the deck's folder: use a path inside it.`);
    } else if (options.fileExists && !options.fileExists(absolute)) {
      report(line, `Snippet "${relative}" does not exist.`);
    } else {
      resolved.push(absolute);
    }
  }
  return resolved;
}
