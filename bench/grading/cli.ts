/**
 * A labelled set through the command line, as deck authors' CI and the held-out judging run it:
 * `interview-coach grade --jsonl questions/` (dist/cli.js, so build first), one JSON line per
 * answer; a key point counts as credited when the CLI says `covered: true`. Prints the same tables
 * as run.ts, over the whole set and per kind, so the two can be compared. Prints figures only.
 *
 *   node out/bench/grading/cli.js FILE.jsonl [more files]
 */
import { execFileSync } from 'child_process';
import * as path from 'path';
import { Question } from '../../src/core/deck/model';
import { LabelledAnswer, checkLabels, loadQuestions, readEvalSet } from './evalSet';
import { Checker, count, table, targets } from './metrics';

interface CliLine {
  id: string;
  keyPoints?: { covered: boolean }[];
  error?: string;
}

const root = path.resolve(__dirname, '..', '..', '..');
const questions = loadQuestions([path.join(root, 'questions')]);

/** The CLI's verdicts for `answers`, in order: one run of `grade --jsonl` for the whole set. */
function gradeWithCli(answers: LabelledAnswer[]): CliLine[] {
  const input = answers.map((a) => JSON.stringify({ id: a.id, answer: a.answer })).join('\n') + '\n';
  const output = execFileSync(process.execPath, [path.join(root, 'dist', 'cli.js'), 'grade', path.join(root, 'questions'), '--jsonl'], { input, encoding: 'utf8', maxBuffer: 1 << 26 });
  return output.split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as CliLine);
}

for (const file of process.argv.slice(2)) {
  const { answers, warnings } = checkLabels(readEvalSet(path.resolve(file)), questions);
  for (const warning of warnings) console.warn(`warning: ${warning}`);
  const bank = answers.filter((a) => a.source === 'bank');
  const started = Date.now();
  const lines = gradeWithCli(bank);
  const ms = Date.now() - started;
  const key = (id: string, answer: string) => `${id}\n${answer}`;
  const verdicts = new Map<string, boolean[]>(bank.map((a, i) => [key(a.id, a.answer), (lines[i]?.keyPoints ?? []).map((k) => k.covered === true)]));
  const errors = lines.filter((line) => line.error);
  const check: Checker = (answer: string, question: Question) => verdicts.get(key(question.id, answer)) ?? question.keyPoints.map(() => false);
  const counted = count(bank, questions, check);
  console.log(`\n=== ${path.relative(process.cwd(), file)} through \`interview-coach grade --jsonl questions/\`: ${bank.length} answers in ${ms} ms (the process included), ${errors.length} error lines ===`);
  console.log(table('all answers', counted, () => true));
  console.log(targets(counted, () => true).lines.join('\n'));
}
