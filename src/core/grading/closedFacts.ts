/**
 * Facts of a closed form: release numbers and HTTP status codes. A question that says which release
 * brought what (Django 5.1's pool, Python 3.13's free-threaded build) or which status answers what
 * (412 for a failed If-Match) is answered with those. An answer that gives a version or a status the
 * question's material never names ("pooled by default since 2.0", "ValidationError is a 500") has
 * the fact wrong, however well its other words match.
 */
import { Concept } from './concepts';
import { AnswerIndex, coverage, occurrences } from './evidence';
import { Token } from './text';

/** A release number as answers write it: 2.0, 3.13, 0.118 (not an IP address, not a bare integer). */
const VERSION = /^\d{1,2}\.\d{1,3}$/;
/** The status codes answers use (RFC 9110, 6585); not 100 or 300, which are more often amounts. */
const STATUS = /^(20[0-4]|30[1-478]|40[0-9]|41[0-5]|42[2689]|50[0-4])$/;
const KINDS = [VERSION, STATUS];

/** For each clause of the answer that names a version or status the material does not (where it names that kind at all), the kind. */
export function foreignFactClauses(index: AnswerIndex, material: AnswerIndex): { clause: number; kind: RegExp }[] {
  const found = new Map<number, RegExp>();
  for (const kind of KINDS) {
    if (!material.tokens.some((t) => kind.test(t.word))) continue;
    const known = (token: Token) => occurrences(token.key, material).length > 0;
    // A sentence that also gives the material's own version or status compares them ("since 4.0; on 3.2 you use django-redis").
    const comparing = new Set(index.tokens.filter((t) => kind.test(t.word) && known(t)).map((t) => t.sentence));
    for (const token of index.tokens) {
      if (!kind.test(token.word) || known(token) || comparing.has(token.sentence)) continue;
      // Stated, not denied: "not 3.2", "doesn't return a 500" rule a wrong fact out.
      if (token.asserted && !token.negativeClause) found.set(token.clause, kind);
    }
  }
  return [...found].map(([clause, kind]) => ({ clause, kind }));
}

/**
 * The point a clause gets wrong: of the points that name that kind of fact, the one whose terms it
 * states most of; the only such point, if it states none of theirs; else, of all points, the one it
 * states most of.
 */
export function pointOfClause(list: readonly Concept[], pointTexts: readonly AnswerIndex[], index: AnswerIndex, clause: number, kind: RegExp): number | undefined {
  const all = list.map((concept, point) => ({ concept, point }));
  const naming = all.filter(({ point }) => pointTexts[point].tokens.some((t) => kind.test(t.word)));
  return bestOf(naming, index, clause, kind) ?? (naming.length === 1 ? naming[0].point : bestOf(all, index, clause, kind));
}

function bestOf(points: { concept: Concept; point: number }[], index: AnswerIndex, clause: number, kind: RegExp): number | undefined {
  let best: { point: number; share: number } | undefined;
  for (const { concept, point } of points) {
    const share = coverage(concept.terms, index, (t) => t.clause === clause && !kind.test(t.word)).matched / (concept.total || 1);
    if (share > 0 && (!best || share > best.share)) best = { point, share };
  }
  return best?.point;
}
