import * as assert from 'assert';
import { KeyPoint, Question } from '../../src/core/deck/model';
import { findBankFolder, readBank } from '../../src/core/grading/bankGrader';
import { Grader, GraderFeatures } from '../../src/core/grading/grader';

const bank = readBank(findBankFolder(__dirname));
const grader = (features: Partial<GraderFeatures> = {}) => new Grader({ vocabulary: bank.vocabulary, corpus: bank.questions, features });
const full = grader();

const point = (text: string, alternatives: string[] = [], contradictions: string[] = []): KeyPoint => ({ text, alternatives, contradictions });
const q = (prompt: string, keyPoints: KeyPoint[]): Question => ({ id: 't', topicId: 't', prompt, difficulty: 'easy', answer: '', followUps: [], snippets: [], line: 1, keyPoints });
const covered = (g: Grader, question: Question, answer: string) => g.grade(answer, question).keyPoints.map((k) => k.covered);

describe('grading: confident wrong answers', () => {
  const converters = q('What are URLs in Django, and how does URL routing work?', [
    point('Path converters validate the captured values and pass them to the view typed (`int`, slug, uuid)', ['<int:pk>', 'converters', 'typed arguments']),
  ]);

  it('a clause claiming absolutely ("only", "always") what the point does not is no evidence for it', () => {
    const wrong = 'Path converters are only for documentation, the view always receives the captured values as strings.';
    assert.deepStrictEqual(covered(full, converters, wrong), [false]);
    assert.deepStrictEqual(covered(grader({ absolutes: false }), converters, wrong), [true]);
  });

  it('the same words without a sweeping claim are still credited, and "every" says what "each" does', () => {
    assert.deepStrictEqual(covered(full, converters, 'Path converters such as int or slug validate the captured value, and the view gets it typed.'), [true]);
    const stateless = q('What is REST?', [point('Stateless: each request carries its full context; no server-side session between requests')]);
    assert.deepStrictEqual(covered(full, stateless, 'The server keeps no session: every request carries its full context.'), [true]);
  });

  it("a clause stating one point's wrong claim is no evidence for another point", () => {
    const oauth = q('What is OAuth?', [
      point('OAuth 2.0 is an authorisation framework: delegated, scoped access without sharing the password', ['delegated access'], ['OAuth is an authentication protocol']),
      point('OpenID Connect adds authentication on top of OAuth with an ID token', ['ID token', 'OIDC']),
    ]);
    const wrong = 'OAuth is an authentication protocol that returns an ID token proving who the user is.';
    assert.deepStrictEqual(covered(full, oauth, wrong), [false, false]);
    assert.deepStrictEqual(covered(grader({ tainting: false }), oauth, wrong), [false, true]);
    const right = 'OAuth gives delegated access without sharing the password. OpenID Connect adds authentication with an ID token.';
    assert.deepStrictEqual(covered(full, oauth, right), [true, true]);
  });
});
