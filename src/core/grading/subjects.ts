/**
 * Subjects and counts: a part of a key point said of another thing the question names ("PATCH
 * replaces the resource" for the part about PUT), or with another count ("two parts" for three),
 * and a term turned round in a clause about something else, which says nothing against the part.
 */
import { Concept } from './concepts';
import { AnswerIndex, bestClause, quote } from './evidence';
import { Token } from './text';
import { statedIn } from './claims';

/** A clause says a part of the point of another subject when it holds this share of the part's own claim. */
const SWAPPED_AT = 0.5;

/** "PATCH replaces the resource" for a point about PUT: a part of the point said of another subject. */
export function swappedSubject(concept: Concept, index: AnswerIndex, named: 'clause' | 'sentence' = 'sentence'): string | undefined {
  if (concept.subjects.size < 2) return undefined;
  for (const segment of concept.segments) {
    if (!segment.subject) continue;
    const content = concept.terms.filter((t) => segment.keys.has(t.key) && !concept.subjects.has(t.key));
    const weight = content.reduce((sum, t) => sum + t.weight, 0);
    const best = weight > 0 ? bestClause(content, index) : undefined;
    // Half the part's claim, not one shared word ("backend" in a clause that lists Redis).
    if (!best || best.weight < SWAPPED_AT * weight) continue;
    // `clause`: only a subject the clause names itself ("the request context holds current_app"), not one said before it.
    const said = named === 'clause' ? index.tokens.filter((t) => t.clause === best.clause && concept.subjects.has(t.key)) : clauseSubjects(index, best.clause, concept.subjects);
    if (said.length === 0 || aboutSubject(concept, segment.subject, said)) continue;
    return `says it of ${said[0].word}: “${quote(index, best.clause)}”`;
  }
  return undefined;
}

/**
 * Whether a clause naming `said` speaks of `subject`. Of two things the prompt names, the one named
 * first is what the clause is about ("rebase creates a merge commit" is about rebase); a label the
 * prompt does not name ("Delegated authorisation: …") only needs to be named.
 */
function aboutSubject(concept: Concept, subject: string, said: Token[]): boolean {
  const named = concept.promptSubjects;
  if (named.has(subject) && named.has(said[0].key)) return said[0].key === subject;
  return said.some((t) => t.key === subject);
}

/** The subjects a clause names, or those of the clause before it in its sentence ("X does A, and B"). */
function clauseSubjects(index: AnswerIndex, clause: number, subjects: Set<string>): Token[] {
  const sentence = index.tokens.find((t) => t.clause === clause)?.sentence;
  for (let c = clause; c >= 0; c--) {
    const inClause = index.tokens.filter((t) => t.clause === c);
    if (inClause.length && inClause[0].sentence !== sentence) break;
    const named = inClause.filter((t) => subjects.has(t.key));
    if (named.length) return named;
  }
  return [];
}

/** "two parts" where the point says three. */
export function wrongCount(concept: Concept, index: AnswerIndex): string | undefined {
  for (const [key, n] of concept.counts) {
    const said = index.counts.get(key);
    if (said && !said.has(n)) return `says ${[...said][0]} ${index.byKey.get(key)?.[0].word ?? key}, not ${n}`;
  }
  return undefined;
}

/**
 * A term turned round in a clause about another thing the prompt names ("Flask isn't batteries
 * included" for the part about Django): said of that, it says nothing against this part.
 */
export function saidOfOther(concept: Concept, index: AnswerIndex, turned: Token): boolean {
  const parts = concept.segments.filter((segment) => segment.keys.has(turned.key));
  if (parts.length === 0 || parts.some((segment) => !segment.subject)) return false;
  // Things the prompt compares (Django, Flask; TestCase, TransactionTestCase), not a label such as "Payload".
  const named = clauseSubjects(index, turned.clause, concept.promptSubjects);
  return named.length > 0 && named.every((t) => parts.every((segment) => segment.subject !== t.key));
}

/** Whether one sentence states the point (this share of it) without naming another of the question's subjects. */
export function statedAlone(concept: Concept, index: AnswerIndex, share: number): boolean {
  const clause = statedIn(concept, index, share);
  if (clause === undefined) return false;
  const own = new Set(concept.segments.flatMap((segment) => (segment.subject ? [segment.subject] : [])));
  const sentence = index.tokens.find((t) => t.clause === clause)?.sentence;
  return !index.tokens.some((t) => t.sentence === sentence && concept.subjects.has(t.key) && !own.has(t.key));
}
