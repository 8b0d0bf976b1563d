/**
 * The labelled evaluation set (answers.jsonl): typed answers in candidates' own words, each key
 * point labelled covered or not by position, with the key point's text as it was when labelled.
 * Decks change (key points get reworded), so a label whose key point no longer resembles the one
 * labelled is reported and skipped rather than silently scored against a different idea.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Question } from '../../src/core/deck/model';
import { parseAnyDeck } from '../../src/core/deck/parseAnyDeck';

export type AnswerKind = 'strong' | 'partial' | 'wrong' | 'terse';
export const ANSWER_KINDS: readonly AnswerKind[] = ['strong', 'partial', 'wrong', 'terse'];

export interface Label {
  index: number;
  /** The key point's text when the label was written. */
  keyPoint: string;
  covered: boolean;
}

export interface LabelledAnswer {
  id: string;
  /** `bank` (questions/) or `generic` (a README-style Markdown deck with no authored alternatives). */
  source: string;
  kind: AnswerKind;
  /** `dev` is looked at while tuning; `test` is not. Split by question, so no question is in both. */
  split: 'dev' | 'test';
  answer: string;
  labels: Label[];
}

export interface LoadedSet {
  answers: LabelledAnswer[];
  warnings: string[];
}

export function readEvalSet(file: string): LabelledAnswer[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as LabelledAnswer);
}

/** Every question of the deck files and folders (`.md` directly inside a folder). */
export function loadQuestions(targets: string[]): Map<string, Question> {
  const questions = new Map<string, Question>();
  for (const target of targets) {
    const files = fs.statSync(target).isDirectory()
      ? fs.readdirSync(target).filter((f) => f.endsWith('.md') && f.toLowerCase() !== 'readme.md').map((f) => path.join(target, f))
      : [target];
    for (const file of files) {
      const parsed = parseAnyDeck(fs.readFileSync(file, 'utf8'), path.resolve(file));
      for (const deck of parsed.decks) for (const q of deck.questions) questions.set(q.id, q);
    }
  }
  return questions;
}

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[a-z0-9_+#]{3,}/g) ?? []);
}

/** Share of the labelled text's words still in the current key point (rewording keeps most of them). */
export function resemblance(labelled: string, current: string): number {
  const a = words(labelled);
  const b = words(current);
  if (a.size === 0) return labelled.trim() === current.trim() ? 1 : 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.max(a.size, Math.min(b.size, a.size * 2));
}

export const MIN_RESEMBLANCE = 0.5;

/** Drops the labels whose key point is gone or reworded beyond recognition, with a warning each. */
export function checkLabels(answers: LabelledAnswer[], questions: ReadonlyMap<string, Question>): LoadedSet {
  const warnings: string[] = [];
  const kept: LabelledAnswer[] = [];
  for (const answer of answers) {
    const question = questions.get(answer.id);
    if (!question) {
      warnings.push(`${answer.id}: no such question, ${answer.kind} answer skipped`);
      continue;
    }
    const labels = answer.labels.filter((label) => {
      const current = question.keyPoints[label.index];
      if (current && resemblance(label.keyPoint, current.text) >= MIN_RESEMBLANCE) return true;
      warnings.push(`${answer.id} key point ${label.index + 1}: ${current ? `now "${current.text}"` : 'gone'}; was "${label.keyPoint}": label skipped`);
      return false;
    });
    if (labels.length) kept.push({ ...answer, labels });
  }
  return { answers: kept, warnings };
}
