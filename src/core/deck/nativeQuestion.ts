import * as path from 'path';
import type { ParseOptions } from './parseDeck';
import { DIFFICULTIES, Difficulty, ID_PATTERN, KeyPoint, Question, Report } from './model';

export interface MetaValue {
  value: string;
  /** 1-based file line. */
  line: number;
}

/** A native question's heading, metadata, answer, key points and follow-ups as the reader found them. */
export interface Draft {
  prompt: string;
  line: number;
  meta: Map<string, MetaValue[]>;
  metaSeen: boolean;
  answer: string | undefined;
  answerLine: number;
  keyPoints: KeyPoint[] | undefined;
  followUps: string[];
}

export function newDraft(prompt: string, line: number): Draft {
  return { prompt, line, meta: new Map(), metaSeen: false, answer: undefined, answerLine: line, keyPoints: undefined, followUps: [] };
}

/** The question a draft makes, or undefined (reported) when it lacks an id, an answer or key points. */
export function finishQuestion(
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
