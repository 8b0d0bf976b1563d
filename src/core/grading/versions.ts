/**
 * Versions: a question that says which release brought what (Django 5.1's pool, Python 3.13's
 * free-threaded build) is answered with those versions. An answer that dates the point to a version
 * the question's material never names ("pooled by default since 2.0") has the fact wrong, however
 * well its other words match.
 */
import { Concept } from './concepts';
import { AnswerIndex, coverage, occurrences } from './evidence';

/** A release number as answers write it: 2.0, 3.13, 0.118 (not an IP address, not a bare integer). */
const VERSION = /^\d{1,2}\.\d{1,3}$/;

/** The clauses of the answer that name a version the question's material does not, when the material names versions at all. */
export function foreignVersionClauses(index: AnswerIndex, material: AnswerIndex): number[] {
  if (!material.tokens.some((t) => VERSION.test(t.key))) return [];
  const clauses = index.tokens.filter((t) => VERSION.test(t.key) && occurrences(t.key, material).length === 0).map((t) => t.clause);
  return [...new Set(clauses)];
}

/**
 * The point a clause dates: of the points that name a version, the one whose terms it states most
 * of; the only such point, if it states none of theirs; else, of all points, the one it states most of.
 */
export function pointOfClause(list: readonly Concept[], index: AnswerIndex, clause: number): number | undefined {
  const all = list.map((concept, point) => ({ concept, point }));
  const dated = all.filter(({ concept }) => concept.terms.some((t) => VERSION.test(t.key)));
  return bestOf(dated, index, clause) ?? (dated.length === 1 ? dated[0].point : bestOf(all, index, clause));
}

function bestOf(points: { concept: Concept; point: number }[], index: AnswerIndex, clause: number): number | undefined {
  let best: { point: number; share: number } | undefined;
  for (const { concept, point } of points) {
    const share = coverage(concept.terms, index, (t) => t.clause === clause && !VERSION.test(t.key)).matched / (concept.total || 1);
    if (share > 0 && (!best || share > best.share)) best = { point, share };
  }
  return best?.point;
}
