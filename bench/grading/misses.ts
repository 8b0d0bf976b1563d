/**
 * The grader's mistakes on the dev half, answer by answer, with each verdict's reason: what to look
 * at while tuning. The test half is never shown here (it stays held back: read only its figures).
 * `node out/bench/grading/misses.js [--answers FILE] [--kind wrong] [--fp|--fn]` (FILE: another dev-split set, such as dev2)
 */
import * as path from 'path';
import { Question } from '../../src/core/deck/model';
import { Grader } from '../../src/core/grading/grader';
import { readBank } from '../../src/core/grading/bankGrader';
import { checkLabels, loadQuestions, readEvalSet } from './evalSet';

const root = path.resolve(__dirname, '..', '..', '..');
const args = process.argv.slice(2);
const kind = args.includes('--kind') ? args[args.indexOf('--kind') + 1] : undefined;
const answersFile = args.includes('--answers') ? path.resolve(args[args.indexOf('--answers') + 1]) : path.join(root, 'bench', 'grading', 'answers.jsonl');
const only = args.includes('--fp') ? 'fp' : args.includes('--fn') ? 'fn' : undefined;

const questions = loadQuestions([path.join(root, 'questions'), path.join(root, 'bench', 'grading', 'generic')]);
const { answers } = checkLabels(readEvalSet(answersFile), questions);
const bank = readBank(path.join(root, 'questions'));
const grader = new Grader({ vocabulary: bank.vocabulary, corpus: bank.questions });

let shown = 0;
for (const answer of answers) {
  if (answer.split !== 'dev' || (kind && answer.kind !== kind)) continue;
  const question = questions.get(answer.id) as Question;
  const verdict = grader.grade(answer.answer, question);
  const lines: string[] = [];
  for (const label of answer.labels) {
    const v = verdict.keyPoints[label.index];
    if (v.covered === label.covered) continue;
    const what = v.covered ? 'fp' : 'fn';
    if (only && what !== only) continue;
    lines.push(`  ${what.toUpperCase()} #${label.index + 1} ${v.text}\n       ${v.reason}`);
  }
  if (!lines.length) continue;
  shown += lines.length;
  console.log(`\n[${answer.kind}/${answer.source}] ${answer.id}\n  “${answer.answer}”\n${lines.join('\n')}`);
}
console.log(`\n${shown} mistakes on the dev half`);
