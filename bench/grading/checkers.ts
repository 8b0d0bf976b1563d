/** The checkers the benchmark compares: the grader, and (with --ablate) the grader without each mechanism. */
import * as path from 'path';
import { Question } from '../../src/core/deck/model';
import { ALL_FEATURES, Grader, GraderFeatures } from '../../src/core/grading/grader';
import { readBank } from '../../src/core/grading/bankGrader';
import { Checker } from './metrics';

export function checkers(_questions: ReadonlyMap<string, Question>, ablate: boolean): [string, Checker, boolean][] {
  const bank = readBank(path.resolve(__dirname, '..', '..', '..', 'questions'));
  for (const problem of bank.problems) console.warn(`warning: ${problem}`);
  const make = (features: Partial<GraderFeatures>): Checker => {
    const grader = new Grader({ vocabulary: bank.vocabulary, corpus: bank.questions, features });
    return (answer, question) => grader.grade(answer, question).keyPoints.map((k) => k.covered);
  };
  const list: [string, Checker, boolean][] = [['after: the grader', make({}), true]];
  if (ablate) {
    for (const feature of Object.keys(ALL_FEATURES) as (keyof GraderFeatures)[]) {
      const label = feature === 'porter2' ? 'light suffix stemmer instead of Porter2' : `without ${feature}`;
      list.push([label, make({ [feature]: false }), false]);
    }
  }
  return list;
}
