/** Recall, precision, F1 and the share credited on wrong answers, per split and answer kind. */
import { Question } from '../../src/core/deck/model';
import { ANSWER_KINDS, LabelledAnswer } from './evalSet';

/** Which key points a checker credits (true = covered), in the question's order. */
export type Checker = (answer: string, question: Question) => boolean[];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface Figures {
  recall: number;
  precision: number;
  f1: number;
  /** Share of all labelled key points credited. */
  credited: number;
  keyPoints: number;
  answers: number;
}

export function count(answers: LabelledAnswer[], questions: ReadonlyMap<string, Question>, check: Checker): Map<LabelledAnswer, Counts> {
  const result = new Map<LabelledAnswer, Counts>();
  for (const answer of answers) {
    const verdicts = check(answer.answer, questions.get(answer.id) as Question);
    const c: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
    for (const label of answer.labels) {
      const said = verdicts[label.index] === true;
      if (label.covered && said) c.tp++;
      else if (label.covered) c.fn++;
      else if (said) c.fp++;
      else c.tn++;
    }
    result.set(answer, c);
  }
  return result;
}

export function figures(counts: Counts[]): Figures {
  const sum = counts.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn, tn: a.tn + c.tn }), { tp: 0, fp: 0, fn: 0, tn: 0 });
  const keyPoints = sum.tp + sum.fp + sum.fn + sum.tn;
  const recall = sum.tp + sum.fn ? sum.tp / (sum.tp + sum.fn) : NaN;
  const precision = sum.tp + sum.fp ? sum.tp / (sum.tp + sum.fp) : NaN;
  const f1 = recall + precision ? (2 * recall * precision) / (recall + precision) : 0;
  return { recall, precision, f1, credited: keyPoints ? (sum.tp + sum.fp) / keyPoints : NaN, keyPoints, answers: counts.length };
}

const pct = (x: number) => (Number.isNaN(x) ? '   –' : `${(x * 100).toFixed(0).padStart(3)}%`);
const dec = (x: number) => (Number.isNaN(x) ? '   –' : x.toFixed(2).padStart(4));

/** One table: rows = all answers and each kind; columns = recall, precision, F1, credited. */
export function table(title: string, counted: Map<LabelledAnswer, Counts>, filter: (a: LabelledAnswer) => boolean): string {
  const rows: string[] = [`${title}`, '  answers        n   recall  precision    F1   credited'];
  const groups: [string, (a: LabelledAnswer) => boolean][] = [['all', () => true], ...ANSWER_KINDS.map((k) => [k, (a: LabelledAnswer) => a.kind === k] as [string, (a: LabelledAnswer) => boolean])];
  for (const [name, test] of groups) {
    const f = figures([...counted].filter(([a]) => filter(a) && test(a)).map(([, c]) => c));
    rows.push(`  ${name.padEnd(10)} ${String(f.answers).padStart(5)}   ${dec(f.recall)}     ${dec(f.precision)}     ${dec(f.f1)}   ${pct(f.credited)}`);
  }
  return rows.join('\n');
}

export interface Targets {
  ok: boolean;
  lines: string[];
}

/** The targets: F1 ≥ 0.85 overall, recall ≥ 0.80 on strong answers, ≤ 10% credited on wrong ones. */
export function targets(counted: Map<LabelledAnswer, Counts>, filter: (a: LabelledAnswer) => boolean): Targets {
  const pick = (test: (a: LabelledAnswer) => boolean) => figures([...counted].filter(([a]) => filter(a) && test(a)).map(([, c]) => c));
  const all = pick(() => true);
  const strong = pick((a) => a.kind === 'strong');
  const wrong = pick((a) => a.kind === 'wrong');
  const checks: [string, boolean][] = [
    [`F1 ${all.f1.toFixed(2)} >= 0.85`, all.f1 >= 0.85],
    [`recall on strong ${strong.recall.toFixed(2)} >= 0.80`, strong.recall >= 0.8],
    [`credited on wrong ${(wrong.credited * 100).toFixed(0)}% <= 10%`, wrong.credited <= 0.1],
  ];
  return { ok: checks.every(([, ok]) => ok), lines: checks.map(([text, ok]) => `  ${ok ? 'met    ' : 'not met'}  ${text}`) };
}
