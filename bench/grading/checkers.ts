/** The checkers the benchmark compares (filled in as the grader lands). */
import { Question } from '../../src/core/deck/model';
import { Checker } from './metrics';

export function checkers(_questions: ReadonlyMap<string, Question>, _ablate: boolean): [string, Checker, boolean][] {
  return [];
}
