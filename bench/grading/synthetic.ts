/**
 * The grader on large unlabelled sets, by construction right or wrong (bench/grading/synthetic/):
 * confidently wrong paragraphs and single sentences, two per question and two per key point, written
 * blind from each question's prompt, model answer and key points; and correct paragraphs, notes and
 * single sentences. Prints how much wrong text is credited, how often correct text gets a point
 * marked wrong, and how much of the long correct texts (whole answers) is covered. Figures only.
 *
 *   node out/bench/grading/synthetic.js
 */
import * as fs from 'fs';
import * as path from 'path';
import { readBank } from '../../src/core/grading/bankGrader';
import { Grader } from '../../src/core/grading/grader';

interface Line {
  id: string;
  answer: string;
  /** Wrong texts: a paragraph, or a sentence about one key point (`point`). */
  kind?: 'paragraph' | 'sentence';
  point?: number | null;
}

const root = path.resolve(__dirname, '..', '..', '..');
const folder = path.join(root, 'bench', 'grading', 'synthetic');
const bank = readBank(path.join(root, 'questions'));
const grader = new Grader({ vocabulary: bank.vocabulary, corpus: bank.questions });
const questions = new Map(bank.questions.map((q) => [q.id, q]));
/** A correct text this long answers the whole question (the paragraphs and notes), not one point. */
const WHOLE_ANSWER_CHARS = 250;

const read = (name: string): Line[] =>
  fs.readFileSync(path.join(folder, name), 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as Line);
const verdicts = (line: Line) => {
  const question = questions.get(line.id);
  return question ? grader.grade(line.answer, question).keyPoints : undefined;
};
const pct = (part: number, whole: number) => `${whole ? ((100 * part) / whole).toFixed(1) : '–'}%`;

const started = Date.now();
const tally = { paragraphPoints: 0, paragraphCredited: 0, paragraphPartly: 0, sentences: 0, sentenceCredited: 0, sentencePartly: 0 };
for (const line of [...read('wrong-a.jsonl'), ...read('wrong-b.jsonl')]) {
  const points = verdicts(line);
  if (!points) continue;
  if (line.kind === 'paragraph') {
    tally.paragraphPoints += points.length;
    tally.paragraphCredited += points.filter((k) => k.covered).length;
    tally.paragraphPartly += points.filter((k) => k.partly).length;
  } else if (typeof line.point === 'number' && points[line.point]) {
    tally.sentences++;
    if (points[line.point].covered) tally.sentenceCredited++;
    if (points[line.point].partly) tally.sentencePartly++;
  }
}
const right = { texts: 0, flagged: 0, wholeTexts: 0, wholePoints: 0, wholeCovered: 0 };
for (const line of read('correct.jsonl')) {
  const points = verdicts(line);
  if (!points) continue;
  right.texts++;
  if (points.some((k) => k.contradicted)) right.flagged++;
  if (line.answer.length >= WHOLE_ANSWER_CHARS) {
    right.wholeTexts++;
    right.wholePoints += points.length;
    right.wholeCovered += points.filter((k) => k.covered).length;
  }
}
const t = tally;
console.log(`\n=== synthetic sets (${Date.now() - started} ms) ===`);
console.log(`wrong paragraphs: ${pct(t.paragraphCredited, t.paragraphPoints)} of ${t.paragraphPoints} key points credited, ${pct(t.paragraphPartly, t.paragraphPoints)} partly`);
console.log(`wrong sentences: ${pct(t.sentenceCredited, t.sentences)} of ${t.sentences} credited for the point they are about, ${pct(t.sentencePartly, t.sentences)} partly`);
console.log(`correct texts with a point marked wrong: ${right.flagged} of ${right.texts} (${pct(right.flagged, right.texts)})`);
console.log(`whole correct answers: ${pct(right.wholeCovered, right.wholePoints)} of ${right.wholePoints} key points covered (${right.wholeTexts} answers)`);
