import * as path from 'path';
import MarkdownIt from 'markdown-it';
type Token = MarkdownIt.Token;
import { splitFrontMatter } from './frontMatter';
import { DIFFICULTIES, Deck, DeckDiagnostic, Difficulty, ID_PATTERN, KeyPoint, Question, Severity } from './model';

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
  const report = (line: number, message: string, severity: Severity = 'error') =>
    diagnostics.push({ file, line, severity, message });

  const front = splitFrontMatter(text);
  front.problems.forEach((p) => report(p.line, p.message));
  const offset = front.bodyLineOffset;
  const bodyLines = front.body.split(/\r?\n/);
  let tokens: Token[];
  try {
    tokens = tokenizer.parse(front.body, {});
  } catch (error) {
    report(1, `Could not read the Markdown: ${String(error)}`);
    return { deck: undefined, diagnostics };
  }

  const header = readHeader(front.data, file, tokens, report);
  const deckDir = path.dirname(file);
  const questions: Question[] = [];
  const seenIds = new Map<string, number>();
  let draft: Draft | undefined;
  let section: Section | undefined;
  let sectionStart = 0;

  const closeSection = (endLine: number) => {
    if (draft && section === 'answer') {
      draft.answer = bodyLines.slice(sectionStart, endLine).join('\n').trim();
    }
    section = undefined;
  };
  const closeQuestion = (endLine: number) => {
    closeSection(endLine);
    if (draft) {
      const question = finishQuestion(draft, header.id, deckDir, seenIds, options, report);
      if (question) questions.push(question);
    }
    draft = undefined;
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.level !== 0 || !token.map) continue;
    const fileLine = token.map[0] + offset + 1;
    if (token.type === 'heading_open') {
      const level = Number(token.tag.slice(1));
      const title = tokens[i + 1]?.content.trim() ?? '';
      if (level <= 2) {
        closeQuestion(token.map[0]);
        if (level === 2) {
          draft = newDraft(title, fileLine);
          section = 'meta';
          if (!title) report(fileLine, 'Question heading is empty.');
        }
      } else if (level === 3 && draft) {
        closeSection(token.map[0]);
        section = sectionFor(title);
        sectionStart = token.map[1];
        if (section === 'unknown') {
          report(fileLine, `Unknown section "${title}": use "Answer", "Key points" or "Follow-ups".`, 'warning');
        }
        if (section === 'answer') draft.answerLine = fileLine;
      }
      continue;
    }
    if (!draft) continue;
    if (token.type === 'bullet_list_open') {
      const items = listItems(tokens, i);
      if (section === 'meta' && !draft.metaSeen) {
        draft.metaSeen = true;
        readMeta(draft, items, offset, report);
      } else if (section === 'keyPoints') {
        draft.keyPoints = items.map((item) => keyPointOf(item, offset, report));
      } else if (section === 'followUps') {
        draft.followUps = items.map((item) => item.text);
      }
    } else if (section === 'meta' && token.type.endsWith('_open')) {
      report(fileLine, 'Text between a question and its "### Answer" is ignored: start the question with its metadata list (- id: ...).', 'warning');
    }
  }
  closeQuestion(bodyLines.length);

  if (questions.length === 0 && diagnostics.every((d) => d.severity !== 'error')) {
    report(1, 'This deck has no questions: add a "## " heading for each one.', 'warning');
  }
  const deck: Deck = { ...header, file, questions };
  diagnostics.sort((a, b) => a.line - b.line);
  return { deck, diagnostics };
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

interface ListItem {
  text: string;
  /** 0-based body line. */
  line: number;
  /** The first paragraph of each item of a list nested directly in this item. */
  nested: ListItem[];
}

const KEY_POINT_NOTE = /^(also|not)\s*:\s*(.*)$/i;

/** A key point with its `- also: a; b` and `- not: c; d` sub-bullets (questions/README.md). */
function keyPointOf(item: ListItem, offset: number, report: (line: number, message: string, severity?: Severity) => void): KeyPoint {
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
    const phrases = match[2].split(';').map((phrase) => phrase.trim()).filter((phrase) => phrase.length > 0);
    if (phrases.length === 0) report(fileLine, `"${label}:" has nothing after it: list phrases separated by ";".`, 'warning');
    (label === 'also' ? point.alternatives : point.contradictions).push(...phrases);
  }
  return point;
}

/**
 * The first paragraph of each top-level item of the list opening at `start`, and of the items of
 * lists nested one level inside them. One pass over the tokens, no array copies (keeps parsing linear).
 */
function listItems(tokens: Token[], start: number): ListItem[] {
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

function readMeta(draft: Draft, items: ListItem[], offset: number, report: (line: number, message: string, severity?: Severity) => void) {
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
  report: (line: number, message: string, severity?: Severity) => void,
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
  report: (line: number, message: string, severity?: Severity) => void,
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

interface Header {
  id: string;
  title: string;
  order: number;
  tags: string[];
  synonyms: Record<string, string[]>;
}

/** Reads id/title/order/tags, falling back to the file name so a deck with a broken header still loads. */
function readHeader(
  data: Record<string, unknown> | undefined,
  file: string,
  tokens: Token[],
  report: (line: number, message: string, severity?: Severity) => void,
): Header {
  const fallbackId = path.basename(file).replace(/\.[^.]+$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'deck';
  const h1 = tokens.findIndex((t) => t.type === 'heading_open' && t.tag === 'h1');
  const fallbackTitle = h1 >= 0 ? tokens[h1 + 1].content.trim() : fallbackId;
  if (!data) return { id: fallbackId, title: fallbackTitle, order: Number.MAX_SAFE_INTEGER, tags: [], synonyms: {} };

  let id = fallbackId;
  if (typeof data.id === 'string' && ID_PATTERN.test(data.id)) id = data.id;
  else report(2, data.id === undefined ? 'Front matter has no "id".' : `Front matter id "${String(data.id)}" must be lowercase letters, digits and dashes.`);

  let title = fallbackTitle;
  if (typeof data.title === 'string' && data.title.trim()) title = data.title.trim();
  else report(2, 'Front matter has no "title".');

  let order = Number.MAX_SAFE_INTEGER;
  if (typeof data.order === 'number' && Number.isFinite(data.order)) order = data.order;
  else if (data.order !== undefined) report(2, 'Front matter "order" must be a number.');

  let tags: string[] = [];
  if (Array.isArray(data.tags) && data.tags.every((t) => typeof t === 'string')) tags = data.tags as string[];
  else if (data.tags !== undefined) report(2, 'Front matter "tags" must be a list of words.');

  const synonyms = readSynonyms(data.synonyms, report);

  for (const key of Object.keys(data)) {
    if (!['id', 'title', 'order', 'tags', 'synonyms'].includes(key)) report(2, `Unknown front matter key "${key}".`, 'warning');
  }
  return { id, title, order, tags, synonyms };
}

/** `synonyms: { jwt: [json web token], authz: authorisation }`: a term and what else counts as it. */
function readSynonyms(value: unknown, report: (line: number, message: string, severity?: Severity) => void): Record<string, string[]> {
  if (value === undefined) return {};
  const synonyms: Record<string, string[]> = {};
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [term, alternatives] of Object.entries(value as Record<string, unknown>)) {
      const list = typeof alternatives === 'string' ? [alternatives] : alternatives;
      if (Array.isArray(list) && list.every((a) => typeof a === 'string')) synonyms[term] = list as string[];
      else report(2, `Front matter synonyms for "${term}" must be a word or a list of words.`);
    }
    return synonyms;
  }
  report(2, 'Front matter "synonyms" must map a term to a list of words.');
  return {};
}
