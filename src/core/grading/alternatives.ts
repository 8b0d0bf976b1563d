/**
 * When a deck's alternative (`also:`) found in a sentence is evidence: said within as many clauses
 * as it spans itself ("WSGI vs ASGI" is not "Gunicorn is an ASGI server, and Uvicorn the WSGI
 * one"), and, when it only names what the point is about ("fixed window", "yield dependency"),
 * with enough of the point's own claim beside it.
 */
import { Pattern } from './concepts';
import { AnswerIndex, coverage } from './evidence';

/** A naming alternative needs this share of the point's own weight said too. */
export const NAMING_ALTERNATIVE_AT = 0.5;

export function alternativeHolds(alternative: Pattern, index: AnswerIndex, share: number, pointScore: number): boolean {
  if (alternative.naming && pointScore < NAMING_ALTERNATIVE_AT) return false;
  return statedWithinClauses(alternative, index, share, alternative.clauses ?? 1) !== undefined;
}

/** The first clause from which `span` clauses of one sentence state `p` (all of a short one, `share` of a longer one), nothing reversed. */
export function statedWithinClauses(p: Pattern, index: AnswerIndex, share: number, span: number): number | undefined {
  if (p.total === 0) return undefined;
  const needed = p.terms.length <= 4 ? p.total - 1e-9 : share * p.total;
  const starts = new Set(index.tokens.filter((t) => p.terms.some((term) => term.key === t.key)).map((t) => t.clause));
  for (const start of [...starts].sort((a, b) => a - b)) {
    const sentence = index.tokens.find((t) => t.clause === start)?.sentence;
    const cover = coverage(p.terms, index, (t) => t.sentence === sentence && t.clause >= start && t.clause < start + span);
    if (cover.reversed === 0 && cover.matched >= needed) return start;
  }
  return undefined;
}
