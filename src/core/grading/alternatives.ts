/**
 * When a deck's alternative (`also:`) found in a sentence is evidence: said within about as many
 * words as it spans itself ("WSGI vs ASGI" is not "Gunicorn is an ASGI server built on asyncio,
 * and Uvicorn the WSGI one"), and, when it only names what the point is about ("fixed window", "yield dependency"),
 * with enough of the point's own claim beside it.
 */
import { Pattern } from './concepts';
import { AnswerIndex, coverage, occurrences } from './evidence';

/** A naming alternative needs this share of the point's own weight said too. */
export const NAMING_ALTERNATIVE_AT = 0.5;

export function alternativeHolds(alternative: Pattern, index: AnswerIndex, share: number, pointScore: number): boolean {
  if (alternative.naming && pointScore < NAMING_ALTERNATIVE_AT) return false;
  return statedNearby(alternative, index, share) !== undefined;
}

/** Words an alternative may spread over beyond its own length ("next/prev URLs" for "next link"). */
export const ALTERNATIVE_SLACK = 4;

/** The clause where a run of about `p`'s own length states it (all of a short one, `share` of a longer one), nothing reversed, in one sentence. */
export function statedNearby(p: Pattern, index: AnswerIndex, share: number): number | undefined {
  if (p.total === 0) return undefined;
  const needed = p.terms.length <= 4 ? p.total - 1e-9 : share * p.total;
  const width = (p.reach ?? 1) + ALTERNATIVE_SLACK;
  for (const first of p.terms.flatMap((term) => occurrences(term.key, index))) {
    const cover = coverage(p.terms, index, (t) => t.sentence === first.sentence && t.at >= first.at && t.at < first.at + width);
    if (cover.reversed === 0 && cover.matched >= needed) return first.clause;
  }
  return undefined;
}

/** One identifier of several words joined by dashes or dots (`Access-Control-Allow-Origin`, `select_for_update`). */
export function isCodeName(text: string): boolean {
  return /^`?[A-Za-z][\w]*(?:[-.][A-Za-z\w]+)+`?$/.test(text.trim());
}
