/**
 * Answer-level distrust: an answer that gets several points wrong is not taken at its word for the
 * others, nor one that gets a point wrong and strays (much of it is what the question's own
 * material never says: a wrong answer makes up its mechanisms, a right one mostly says the
 * material's facts in its own words), nor one that strays far. A point whose words such an answer
 * only gathers from around it is partly covered, not covered; one it states in a sentence still counts.
 */
import type { KeyPointVerdict } from './grader';
import { rarityOf } from './concepts';
import { AnswerIndex, occurrences } from './evidence';

/** An answer with this many points contradicted is read with distrust… */
export const DISTRUST_FROM = 2;
/** …and so is one with a point contradicted and this share of its field words foreign to the question… */
export const STRAYS_AT = 0.25;
/** …or one with none contradicted and this share, in a question with a model answer and alternatives (a generic deck's few words make any answer look foreign). */
export const STRAYS_ALONE_AT = 0.45;

/** `stray`: the answer's share of field words foreign to the question (strayShare), computed when needed. */
export function distrusted(keyPoints: KeyPointVerdict[], stray: () => number, statedInSentence: (point: number) => boolean, authored: boolean): KeyPointVerdict[] {
  const wrong = keyPoints.filter((k) => k.contradicted).length;
  const why =
    wrong >= DISTRUST_FROM ? `gets ${wrong} points wrong`
    : wrong === 1 && stray() >= STRAYS_AT ? 'gets a point wrong and says much the model answer does not'
    : wrong === 0 && authored && stray() >= STRAYS_ALONE_AT ? 'says much the model answer does not'
    : undefined;
  if (why === undefined) return keyPoints;
  return keyPoints.map((verdict, i) =>
    !verdict.covered || statedInSentence(i) ? verdict : { ...verdict, covered: false, partly: true, reason: `partly: not said in one sentence, in an answer that ${why}` },
  );
}

/**
 * How much of the answer's field words (words the corpus uses somewhere), weighted by rarity, the
 * question's material (its prompt, model answer, key points and alternatives, read as an answer)
 * never uses.
 */
export function strayShare(index: AnswerIndex, material: AnswerIndex, df: ReadonlyMap<string, number>, documents: number): number {
  let all = 0;
  let stray = 0;
  for (const token of index.tokens) {
    if (!df.has(token.key)) continue; // "honestly", "squeeze": words of talk, not of the field
    const weight = rarityOf(token.key, df, documents);
    all += weight;
    if (occurrences(token.key, material).length === 0) stray += weight;
  }
  return all ? stray / all : 0;
}
