/**
 * Grading benchmark: `npm run bench` (or `node out/bench/grading/run.js [--answers file.jsonl]`).
 * Scores the key-point verdicts against the labelled set, per split (dev is tuned on, test is not)
 * and per answer kind, before (the old bag-of-words matcher) and after (the grader), and prints
 * the time per answer. Prints figures only: nothing here asserts.
 */
import * as path from 'path';
import { performance } from 'perf_hooks';
import { Question } from '../../src/core/deck/model';
import { matchKeyPoints } from './legacyMatcher';
import { LabelledAnswer, checkLabels, loadQuestions, readEvalSet } from './evalSet';
import { Checker, count, table, targets } from './metrics';
import { checkers } from './checkers';

const root = path.resolve(__dirname, '..', '..', '..');
const args = process.argv.slice(2);
const answersFile = args.includes('--answers') ? path.resolve(args[args.indexOf('--answers') + 1]) : path.join(root, 'bench', 'grading', 'answers.jsonl');
const ablate = args.includes('--ablate');

const questions = loadQuestions([path.join(root, 'questions'), path.join(root, 'bench', 'grading', 'generic')]);
const { answers, warnings } = checkLabels(readEvalSet(answersFile), questions);
for (const warning of warnings) console.warn(`warning: ${warning}`);

const before: Checker = (answer, question) => matchKeyPoints(answer, question.keyPoints).map((m) => m.covered);

function timePerAnswer(check: Checker, set: LabelledAnswer[]): number {
  const qs = set.map((a) => questions.get(a.id) as Question);
  for (let i = 0; i < set.length; i++) check(set[i].answer, qs[i]); // warm-up (and first-use loading)
  const rounds = 5;
  const start = performance.now();
  for (let r = 0; r < rounds; r++) for (let i = 0; i < set.length; i++) check(set[i].answer, qs[i]);
  return (performance.now() - start) / (rounds * set.length);
}

function report(name: string, check: Checker, detail = true): void {
  const counted = count(answers, questions, check);
  console.log(`\n=== ${name}: ${(timePerAnswer(check, answers) * 1000).toFixed(0)} µs per answer ===`);
  if (!detail) {
    for (const split of ['dev', 'test'] as const) console.log(`${split}:\n${targets(counted, (a) => a.split === split).lines.join('\n')}`);
    return;
  }
  for (const split of ['dev', 'test'] as const) {
    console.log(`\n${table(`${split} half`, counted, (a) => a.split === split)}`);
    console.log(targets(counted, (a) => a.split === split).lines.join('\n'));
  }
  console.log(`\n${table('generic-Markdown decks (both halves)', counted, (a) => a.source === 'generic')}`);
}

const kinds = answers.reduce((m, a) => m.set(a.kind, (m.get(a.kind) ?? 0) + 1), new Map<string, number>());
console.log(`Labelled answers: ${answers.length} (${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')}), ${answers.filter((a) => a.split === 'dev').length} dev / ${answers.filter((a) => a.split === 'test').length} test, from ${path.relative(process.cwd(), answersFile)}`);
report('before: bag-of-words matcher', before);
for (const [name, check, main] of checkers(questions, ablate)) report(name, check, main);
