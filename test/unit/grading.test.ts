import * as fs from 'fs';
import * as os from 'os';
import * as assert from 'assert';
import * as path from 'path';
import { COMPILED_BANK_FILE } from '../../src/core/deck/compiled/compiledBank';
import { findBankFolder, readBank } from '../../src/core/grading/bankGrader';
import { suggestGrade, withUserCorrections } from '../../src/core/grading/grader';
import { KeyPoint } from '../../src/core/deck/model';
import { lightStem, porter2Stem } from '../../src/core/grading/stem';
import { markNegation, tokenise } from '../../src/core/grading/text';
import { serialiseEntry, toReviewEntry } from '../../src/core/progress/reviewLog';
import { parseVocabulary } from '../../src/core/grading/vocabularyFile';

import { bank, bankQuestion, covered, full, grader, q } from './gradingFixtures';

const rest = q('What does REST mean, and what are its constraints?', [
  'Representational State Transfer: an architectural style (Fielding, 2000), not a protocol',
  'Stateless: each request carries its full context; no server-side session between requests',
]);
const putPatch = q('What is the difference between PUT and PATCH?', [
  'PUT sends the full representation and replaces the resource; omitted fields are reset or rejected',
  'PATCH sends only the changes (partial update)',
]);

describe('grading: the bank and its vocabulary', () => {
  it('finds the bank and reads questions/vocabulary.yml without problems', () => {
    assert.deepStrictEqual(bank.problems, []);
    assert.ok(bank.vocabulary.same.length > 50 && bank.vocabulary.opposite.length > 5);
    assert.ok(bank.questions.length > 90);
  });

  it('reports a broken vocabulary at its lines instead of throwing', () => {
    const unclosed = parseVocabulary('same:\n  - [db, database\n');
    assert.strictEqual(unclosed.problems[0].severity, 'error');
    assert.match(unclosed.problems[0].message, /cannot read the vocabulary/);
    const wrongShapes = parseVocabulary('same: {a: 1}\nopposite:\n  - [stateless, stateful]\n  - [sync, async, blocking]\ncolour: red\n');
    assert.deepStrictEqual(
      wrongShapes.problems.map((p) => [p.line, p.severity, p.message]),
      [
        [5, 'warning', 'unknown key "colour": use same or opposite'],
        [1, 'error', '"same" must be a list of lists of phrases, like - [foreign key, fk]'],
        [4, 'error', 'a pair of opposites has exactly two phrases, like [stateless, stateful]'],
      ],
    );
    assert.deepStrictEqual(wrongShapes.vocabulary.opposite, [['stateless', 'stateful']], 'what can be read is still used');
  });

  it('warns about vocabulary groups that cannot work: function words only, one phrase, a phrase in two groups', () => {
    const { problems } = parseVocabulary('same:\n  - [database, db]\n  - [the, it]\n  - [fk]\n  - [DB, dbms]\n');
    assert.deepStrictEqual(
      problems.map((p) => [p.line, p.severity]),
      [[3, 'error'], [3, 'error'], [3, 'warning'], [4, 'warning'], [5, 'warning']],
    );
    assert.match(problems[4].message, /"DB" is also in the group on line 2/);
  });
});

describe('grading: paraphrase', () => {
  it('credits the issue\'s answer in its own words (it used to get 0 of 5)', () => {
    const answer = "It's an architectural style for APIs, Representational State Transfer, not a standard or protocol. The server keeps no session: every request is self-contained.";
    assert.deepStrictEqual(covered(full, rest, answer), [true, true]);
  });

  it('uses the shared vocabulary: "keeps no session" is stateless, FK is foreign key, N+1 is a query per row', () => {
    const orm = q('Explain select_related', ['Follows the FK and avoids N+1']);
    const answer = 'It goes through the foreign key, so you avoid a query per row.';
    assert.deepStrictEqual(covered(full, orm, answer), [true]);
    assert.deepStrictEqual(covered(grader({ vocabulary: false }), orm, answer), [false]);
  });

  it('a phrase that is one word without its function words is matched whole: HTTP is not HttpOnly, a process is not "per process"', () => {
    // The vocabulary has [httponly, http only], [n+1, n + 1, …] and the opposites [shared, per process].
    const cookie = q('Where do you keep a session cookie?', ['In an HttpOnly cookie']);
    assert.deepStrictEqual(covered(full, cookie, 'In a cookie sent over HTTP.'), [false]);
    assert.deepStrictEqual(covered(full, cookie, 'In a cookie with the HttpOnly flag.'), [true]);
    const gil = q('How do you use all cores for CPU-bound Python code?', ['Processes: each has its own interpreter and GIL']);
    const [verdict] = full.grade('Use processes, since each one gets its own interpreter and its own GIL.', gil).keyPoints;
    assert.deepStrictEqual([verdict.covered, verdict.contradicted], [true, false]);
  });

  it('a term the point states both ways ("not authenticated", "WWW-Authenticate") is turned round by neither', () => {
    const status = q('What is the difference between 401 and 403?', ['401 = not authenticated, sent with a WWW-Authenticate header']);
    const [verdict] = full.grade('401 means the client is unauthenticated, and the server has to send a WWW-Authenticate header with it.', status).keyPoints;
    assert.deepStrictEqual([verdict.covered, verdict.contradicted], [true, false]);
  });

  it('stems with Porter2: statelessness/stateless, caching/cached meet; authorization stays apart from author, invalidate from invalid', () => {
    assert.strictEqual(porter2Stem('statelessness'), porter2Stem('stateless'));
    assert.strictEqual(porter2Stem('caching'), porter2Stem('cached'));
    assert.strictEqual(porter2Stem('normalise'), porter2Stem('normalize'));
    assert.notStrictEqual(porter2Stem('authorization'), porter2Stem('author'));
    assert.notStrictEqual(porter2Stem('invalidate'), porter2Stem('invalid'));
    assert.strictEqual(porter2Stem('invalidation'), porter2Stem('invalidated'));
    assert.notStrictEqual(lightStem('statelessness'), lightStem('stateless'));
  });

  it('tolerates a typo in a longer word, but not in a short one', () => {
    const point = q('What is a reverse proxy?', ['It terminates TLS and balances load across the application servers']);
    assert.deepStrictEqual(covered(full, point, 'it does the tls termination and load balancing accross the aplication servers'), [true]);
    assert.deepStrictEqual(covered(grader({ typos: false }), point, 'it does the tls termnation and load balanicng accross the aplication sevrers'), [false]);
  });
});

describe('grading: weighting', () => {
  it('filler words and trivia do not decide: the dates alone are not the idea', () => {
    assert.deepStrictEqual(covered(full, rest, 'Fielding wrote about it in 2000.'), [false, false]);
  });

  it('names the missing idea, not a word list', () => {
    const [, stateless] = full.grade('REST stands for representational state transfer, a style.', rest).keyPoints;
    assert.strictEqual(stateless.covered, false);
    assert.match(stateless.reason, /^missing: (each request carries its full context|no server-side session between requests)$/);
  });
});

describe('grading: wrong answers are not credited', () => {
  it('negation: "is a protocol" and "the server keeps the session" contradict the points', () => {
    const verdicts = full.grade('REST is a protocol. It is stateful: the server keeps the session of each client between requests.', rest).keyPoints;
    assert.deepStrictEqual(verdicts.map((v) => v.covered), [false, false]);
    assert.ok(verdicts[1].contradicted, verdicts[1].reason);
    assert.match(verdicts[1].reason, /^says the opposite: “/);
  });

  it('negation in the answer: "does not keep any session" agrees with "no server-side session"', () => {
    const answer = 'Stateless: the server does not keep any session between requests, each request carries its full context.';
    assert.deepStrictEqual(covered(full, rest, answer), [false, true]);
    assert.deepStrictEqual(covered(grader({ negation: false }), rest, 'REST is stateful: the server keeps each client session between requests, each request carries its full context.')[1], true);
  });

  it('negation reaches over a slash; "non-" negates its own word; Python\'s None is no negation, "none of" is', () => {
    const asserted = (text: string) => {
      const tokens = tokenise(text, porter2Stem);
      markNegation(tokens);
      return Object.fromEntries(tokens.filter((t) => !t.stop && !t.neg).map((t) => [t.word, t.asserted]));
    };
    assert.deepStrictEqual(asserted('not localStorage/sessionStorage for tokens'), { localstorage: false, sessionstorage: false, tokens: false });
    assert.deepStrictEqual(asserted('preflight for non-simple methods and headers'), { preflight: true, simple: false, methods: true, headers: true });
    assert.deepStrictEqual(asserted('use is for None and sentinels'), { none: true, sentinels: true });
    assert.strictEqual(asserted('none of the workers share it').share, false);
    const storage = q('Where should a browser app keep its tokens?', ['Not `localStorage`/`sessionStorage` for long-lived tokens: readable by any XSS']);
    assert.deepStrictEqual(covered(full, storage, 'Not localStorage or sessionStorage for long-lived tokens: any XSS can read them.'), [true]);
  });

  it('"no" denies a thing, not where or for what: its reach ends at a preposition or a verb; a negated verb\'s does not', () => {
    const read = (text: string) => {
      const tokens = tokenise(text, porter2Stem);
      markNegation(tokens);
      return tokens.filter((t) => !t.stop && !t.neg).map((t) => `${t.word}${t.asserted ? '' : '¬'}`).join(' ');
    };
    assert.strictEqual(read('no big keys in prod'), 'big¬ keys¬ prod');
    assert.strictEqual(read('the trace cannot break it down into database time'), 'trace break¬ database¬ time¬');
    assert.strictEqual(read('a 404 instead of a 403 can hide that it exists'), '404 403¬ hide exists');
    // A call's empty parentheses end no clause, and "!=" negates.
    assert.strictEqual(read("doesn't call save() or send signals"), 'call¬ save¬ send¬ signals¬');
    assert.strictEqual(read('signed != encrypted'), 'signed encrypted¬');
    // Notes' shorthand: "w/o" negates like "without".
    assert.strictEqual(read('graph node w/o row, cached w/ a TTL'), 'graph node row¬ cached ttl');
    const gil = bankQuestion('python-gil');
    const verdict = full.grade('If the work is CPU-bound, threads give you no speed-up for it; use processes or C code that releases the lock.', gil).keyPoints[1];
    assert.deepStrictEqual([verdict.covered, verdict.contradicted], [true, false]);
  });

  it('a dash between spaces ends a clause, so a negation before it does not reach past it', () => {
    const tokens = tokenise("a 401 when it isn't authenticated - the response carries a WWW-Authenticate header", porter2Stem);
    markNegation(tokens);
    const www = tokens.find((t) => t.word === 'www');
    assert.deepStrictEqual([www?.asserted, tokens.find((t) => t.word === 'authenticated')?.asserted], [true, false]);
  });

  it('a dot inside a name (gc.collect, settings.py) ends no sentence; one in a version number stays in it', () => {
    const tokens = tokenise('Call gc.collect() from settings.py on Django 4.0. Then stop.', porter2Stem).filter((t) => !t.stop);
    assert.deepStrictEqual(tokens.map((t) => [t.word, t.sentence]), [['call', 0], ['gc', 0], ['collect', 0], ['settings', 0], ['py', 0], ['django', 0], ['4.0', 0], ['stop', 1]]);
    // Nor does a thousands separator end a clause: 16,384 is one number.
    assert.deepStrictEqual(tokenise('16,384 hash slots, then redirects', porter2Stem).filter((t) => !t.stop).map((t) => [t.word, t.clause]), [['16384', 0], ['hash', 0], ['slots', 0], ['redirects', 2]]);
  });

  it('a negative statement agrees with the same one negated in other words, and "isn\'t stateful" is stateless', () => {
    const stateless = full.grade("REST isn't stateful; the server keeps no client session between requests, each request is self-contained.", bankQuestion('rest-what-is-rest')).keyPoints[3];
    assert.deepStrictEqual([stateless.covered, stateless.contradicted], [true, false]);
    const urls = full.grade('Query string ignored by the resolver, read it via request.GET.', bankQuestion('django-urls')).keyPoints[4];
    assert.deepStrictEqual([urls.covered, urls.contradicted], [true, false]);
  });

  it('a term set off by a contrast ("defeats", "skips", "vs") may be meant either way: it turns nothing round and claims nothing', () => {
    // The deck says a salt "defeats rainbow tables"; the answer says they are useless.
    const salt = full.grade('Each user gets their own random salt, so two identical passwords hash differently and rainbow tables are useless.', bankQuestion('security-password-hashing')).keyPoints[1];
    assert.deepStrictEqual([salt.covered, salt.contradicted], [true, false]);
    // "skips Model.clean()" is no claim that ModelSerializer calls it; "calls Model.clean()" is.
    const drf = bankQuestion('drf-serializers');
    assert.strictEqual(full.grade('ModelSerializer generates the fields but skips Model.clean(), so those rules go in validate().', drf).keyPoints[3].contradicted, false);
    assert.match(full.grade('ModelSerializer generates the fields and calls Model.clean() for you.', drf).keyPoints[3].reason, /^wrong/);
    // An asserted term still turns a negated one round where nothing sets it off.
    const index = q('Why add an index?', ['Lookups in O(log n) instead of full table scans']);
    assert.match(full.grade('Lookups in O(log n), and it does full table scans.', index).keyPoints[0].reason, /^says the opposite/);
    assert.strictEqual(full.grade('O(log n) lookups vs full table scans.', index).keyPoints[0].covered, true);
  });

  it('a reversed comparison: saying of PATCH what is true of PUT is not credited, and says why', () => {
    const reversed = full.grade('PATCH replaces the full resource and omitted fields are reset, while PUT only sends the changes.', putPatch).keyPoints;
    assert.deepStrictEqual(reversed.map((v) => v.covered), [false, false]);
    assert.match(reversed[0].reason, /^says it of patch/);
    assert.deepStrictEqual(covered(full, putPatch, 'PUT replaces the full resource, omitted fields are reset; PATCH only sends the changes.'), [true, true]);
  });

  it('a wrong count: "two parts" is not "three parts", and "one part" counts nothing', () => {
    const jwt = q('What are the components of a JWT?', ['Three base64url parts: header.payload.signature']);
    const [verdict] = full.grade('A JWT has two base64url parts, the header and the payload with its signature.', jwt).keyPoints;
    assert.strictEqual(verdict.covered, false);
    assert.match(verdict.reason, /says 2 .*not 3/);
    // "one" is mostly an article, not a count.
    assert.deepStrictEqual(covered(full, jwt, 'header.payload.signature, each one base64url-encoded.'), [true]);
  });

  it("the deck's contradictions (not:) turn a match into a miss, and its alternatives (also:) credit a paraphrase", () => {
    const point: KeyPoint = {
      text: 'Cache-aside: the app loads on a miss and invalidates on write',
      alternatives: ['lazy loading', 'read from the db on a miss and put it in the cache'],
      contradictions: ['the cache writes to the database by itself'],
    };
    const question = q('Explain cache-aside', [point]);
    const wrong = full.grade('With cache-aside the cache writes to the database by itself, on a miss the app loads nothing.', question).keyPoints[0];
    assert.strictEqual(wrong.covered, false);
    assert.match(wrong.reason, /^wrong: “/);
    assert.deepStrictEqual(covered(full, question, "It's lazy loading: we fill it only when a lookup fails."), [true]);
    assert.deepStrictEqual(covered(grader({ alternatives: false }), question, "It's lazy loading: we fill it only when a lookup fails."), [false]);
  });
});

describe('grading: the suggested grade and the user\'s corrections', () => {
  const v = (covered: boolean, partly = false, contradicted = false) => ({ text: 'x', covered, partly, reason: '', contradicted, score: 0 });

  it('follows the coverage, and a contradiction caps it at Hard', () => {
    assert.strictEqual(suggestGrade([v(true), v(true), v(true)]), 4);
    assert.strictEqual(suggestGrade([v(true), v(true), v(false)]), 3);
    assert.strictEqual(suggestGrade([v(true), v(false, true), v(false)]), 2);
    assert.strictEqual(suggestGrade([v(false), v(false), v(false)]), 1);
    assert.strictEqual(suggestGrade([v(true), v(true), v(false, false, true)]), 2);
  });

  it('"I did cover this" marks the point covered and raises the grade', () => {
    const verdict = { keyPoints: [v(true), v(false), v(false)], suggestedGrade: suggestGrade([v(true), v(false), v(false)]) };
    const corrected = withUserCorrections(verdict, [1, 2]);
    assert.deepStrictEqual(corrected.keyPoints.map((k) => k.covered), [true, true, true]);
    assert.strictEqual(corrected.keyPoints[1].reason, 'you marked it covered');
    assert.ok(corrected.suggestedGrade > verdict.suggestedGrade);
  });
});

describe('grading: generic decks', () => {
  it('a README question with no authored alternatives still gets the vocabulary and the stemmer', () => {
    const question = q('What is a database transaction?', ['A group of statements that succeeds or fails as a whole']);
    assert.ok(path.isAbsolute(findBankFolder(__dirname) as string));
    assert.deepStrictEqual(covered(full, question, 'a txn groups several statements: they all succeed or they all fail, as a whole'), [true]);
  });
});

describe('grading: kept with the review', () => {
  it('the review log keeps the user\'s corrections and the suggested grade, and drops malformed ones', () => {
    const line = serialiseEntry({ id: 'q', at: '2026-12-01T10:00:00.000Z', grade: 3, mode: 'typed', coveredByUser: [1, 3], suggestedGrade: 2 });
    assert.deepStrictEqual(toReviewEntry(JSON.parse(line)), { id: 'q', at: '2026-12-01T10:00:00.000Z', grade: 3, mode: 'typed', coveredByUser: [1, 3], suggestedGrade: 2 });
    assert.deepStrictEqual(toReviewEntry({ id: 'q', at: '2026-12-01T10:00:00.000Z', grade: 3, mode: 'typed', coveredByUser: ['x'], suggestedGrade: 7 }), { id: 'q', at: '2026-12-01T10:00:00.000Z', grade: 3, mode: 'typed' });
  });

  it('an answer made of a question\'s own key points covers every one of them, for every question of the bank', function () {
    // It grades the whole bank (about a second, more on a busy machine).
    this.timeout(20_000);
    // No contradiction, subject or count check may fire on the model's own statements.
    const short = bank.questions
      .map((question) => ({ question, verdict: full.grade(question.keyPoints.map((k) => k.text).join('. '), question) }))
      .filter(({ verdict }) => verdict.keyPoints.some((k) => !k.covered))
      .map(({ question, verdict }) => `${question.id}: ${verdict.keyPoints.filter((k) => !k.covered).map((k) => k.reason).join('; ')}`);
    assert.ok(bank.questions.length >= 100);
    assert.deepStrictEqual(short, []);
  });

  it('uses the compiled bank as its corpus where the Markdown does not ship (the installed extension)', () => {
    const repo = path.resolve(__dirname, '../../..');
    const compiled = path.join(repo, 'dist', COMPILED_BANK_FILE);
    assert.ok(fs.existsSync(compiled), `build first: dist/${COMPILED_BANK_FILE}`);
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'installed-bank-'));
    try {
      fs.mkdirSync(path.join(root, 'questions'));
      fs.mkdirSync(path.join(root, 'dist'));
      fs.copyFileSync(path.join(repo, 'questions', 'vocabulary.yml'), path.join(root, 'questions', 'vocabulary.yml'));
      fs.copyFileSync(compiled, path.join(root, 'dist', COMPILED_BANK_FILE));
      const installed = readBank(path.join(root, 'questions'));
      assert.deepStrictEqual(installed.problems, []);
      assert.deepStrictEqual(installed.questions.map((q) => q.id).sort(), bank.questions.map((q) => q.id).sort());
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
