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
const reasons = (g: Grader, question: Question, answer: string) => g.grade(answer, question).keyPoints.map((k) => k.reason);

describe('grading: claims keep their subject', () => {
  const isVsEq = q('What is the difference between `is` and `==` in Python?', [
    point('`==` means value equality via `__eq__` (customisable)', ['value equality', '__eq__', 'compares values'], ['== compares identity']),
    point('`is` means identity, the same object (cannot be overridden)', ['identity', 'same object'], ['is compares values']),
  ]);

  it('a code name that is a function word (`is`) or an operator (`==`) stays the subject of a claim', () => {
    const right = '== compares values, it calls __eq__, which a class can override. is compares identity: both names point at the same object, and that cannot be overridden.';
    assert.deepStrictEqual(covered(full, isVsEq, right), [true, true]);
    const swapped = '== compares identity, whether both names are the very same object. is compares values, like calling __eq__.';
    assert.deepStrictEqual(covered(full, isVsEq, swapped), [false, false]);
    assert.deepStrictEqual(reasons(full, isVsEq, swapped), ['wrong: “== compares identity”', 'wrong: “is compares values”']);
  });

  it('a claim that only names what the prompt names ("Redis cannot use both" → "Redis") is not used', () => {
    const storage = q('Where does Redis store its data?', [
      point('Data lives in RAM, so it is fast and capacity is bounded by memory', ['in memory', 'RAM']),
      point('Both can be combined, or neither for a pure cache', ['both RDB and AOF', 'no persistence for a pure cache'], ['Redis cannot use both at once']),
    ]);
    const right = 'Redis keeps the whole dataset in memory, so it is fast and bounded by RAM. You can turn on both RDB and AOF, or neither if it is only a cache.';
    assert.deepStrictEqual(covered(full, storage, right), [true, true]);
  });

  it("a claim the question's own model answer states (its words lost to function words) is not used", () => {
    const only = q('What do `only()` and `values()` return?', [
      point('`only()` loads model instances with just those columns', ['deferred fields'], ['only() returns dicts']),
      point('`values()` returns dicts, `values_list()` tuples'),
    ]);
    const right = 'only() still gives model instances with just those columns loaded, while values() returns dicts and values_list() tuples.';
    assert.deepStrictEqual(covered(full, only, right), [true, true], 'the claim keeps its subject `only`');
    const statedByAnswer = { ...q('How does session fixation work?', [point('The attacker plants a session id before login, so the server must rotate it at login', ['cycle_key'], ['it is the same as CSRF'])]), answer: 'Session fixation is not CSRF: it is the same as CSRF only in that both ride a session.' };
    const fair = 'Unlike CSRF, the attacker plants a session id before login; the server must rotate it at login.';
    assert.deepStrictEqual(covered(full, statedByAnswer, fair), [true]);
  });
});

describe('grading: long claims said in other words', () => {
  const bankQuestion = (id: string) => bank.questions.find((question) => question.id === id) as Question;

  it('a claim of four or more terms counts with one topic word left out ("steals the cookie" for "steals the session cookie")', () => {
    const csrf = q('What is CSRF?', [
      point('A forged request from another site, sent with the victim\'s own session cookies', ['cross-site request forgery'], ['the attacker steals the session cookie']),
    ]);
    const wrong = 'With CSRF the attacker steals your cookie from another site and sends forged requests with it.';
    assert.deepStrictEqual(reasons(full, csrf, wrong), ['wrong: “with csrf the attacker steals your cookie from another…”']);
  });

  it('never the word that makes it false, nor its last word: a correct answer keeps its credit', () => {
    const pool = bankQuestion('performance-connection-pooling');
    const right = 'Connection pooling keeps a set of open database connections and reuses them, with a cap on their number.';
    assert.deepStrictEqual(reasons(full, pool, right).filter((r) => r.startsWith('wrong')), [], 'a pool "opens unlimited connections" is not said');
    const gil = bankQuestion('python-gil');
    assert.deepStrictEqual(reasons(full, gil, 'The GIL means only one thread can run Python code at once.').filter((r) => r.startsWith('wrong')), [], 'nor that threads run "in parallel"');
  });
});

describe('grading: opposites of the field (questions/vocabulary.yml), for decks with no not: lines', () => {
  it('"optional" says the opposite of "required", "non-blocking" of "blocking", "asymmetric" of "symmetric"', () => {
    const deck = q('What is a ForeignKey in Django, and what are JWT signing algorithms?', [
      point('`on_delete` is required on every ForeignKey since Django 2.0'),
      point('HS256 is symmetric: one shared secret signs and verifies'),
    ]);
    const right = 'Since Django 2.0 on_delete is required on each ForeignKey. HS256 is symmetric, the same shared secret signs and verifies.';
    assert.deepStrictEqual(covered(full, deck, right), [true, true]);
    const wrong = 'on_delete is optional on a ForeignKey since Django 2.0. HS256 is asymmetric: a shared secret signs and a public key verifies.';
    assert.deepStrictEqual(covered(full, deck, wrong), [false, false]);
    assert.match(reasons(full, deck, wrong)[0], /^says the opposite/);
    const io = q('How does asyncio handle I/O?', [point('Sockets are non-blocking: the event loop waits on many at once')]);
    assert.deepStrictEqual(covered(full, io, 'The event loop makes sockets blocking calls, waiting on each at once.'), [false]);
  });
});

describe('grading: a statement of the point with one telling term turned round', () => {
  const fk = q('What is a ForeignKey in Django?', [point('`on_delete` is required on every ForeignKey since Django 2.0')]);

  it('says the opposite, however much of the rest it repeats', () => {
    const wrong = 'on_delete is optional on a ForeignKey since Django 2.0.';
    assert.deepStrictEqual(reasons(full, fk, wrong), ['says the opposite: “on_delete is optional on a foreignkey since django 2.0”']);
    assert.deepStrictEqual(covered(grader({ turning: false }), fk, wrong), [true], 'without the check the repeated words win');
    const denied = q('What does makemigrations do?', [point('`makemigrations` writes migration files from model changes; it does not touch the database')]);
    assert.deepStrictEqual(covered(full, denied, 'makemigrations writes migration files from model changes and touches the database directly.'), [false]);
  });

  it('but "OPTIONS" is not "optional", and a slash lists like a comma ("non-simple methods/headers")', () => {
    const preflight = q('What is a CORS preflight?', [point('Preflight `OPTIONS` is required for non-simple methods, headers and content types')]);
    assert.deepStrictEqual(covered(full, preflight, 'A preflight OPTIONS request is required for non-simple methods/headers/content types.'), [true]);
  });
});
