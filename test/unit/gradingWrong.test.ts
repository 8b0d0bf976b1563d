import * as assert from 'assert';
import { bankQuestion, covered, full, grader, point, q } from './gradingFixtures';

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
    assert.deepStrictEqual(covered(grader({ tainting: false, distrust: false }), oauth, wrong), [false, true]);
    const right = 'OAuth gives delegated access without sharing the password. OpenID Connect adds authentication with an ID token.';
    assert.deepStrictEqual(covered(full, oauth, right), [true, true]);
  });
});

describe('grading: bare names and reversed clauses', () => {

  it("a one-word alternative (ETag) is no evidence without enough of the point's own words", () => {
    const etag = bankQuestion('performance-http-caching-etag');
    const wrong = 'An ETag is the expiry date of the response, and when it passes the server returns the body again.';
    assert.strictEqual(covered(full, etag, wrong)[1], false);
    // A third of the point's words (ETag, returns, body) is not "partly covered" either: partly needs 0.4.
    const verdict = full.grade(wrong, etag).keyPoints[1];
    assert.ok(verdict.score > 0.25 && verdict.score < 0.4, `score ${verdict.score}`);
    assert.deepStrictEqual([verdict.partly, verdict.reason], [false, 'missing: if-none-match with a matching etag returns 304 with an empty body']);
    assert.strictEqual(covered(full, etag, 'The ETag is a version fingerprint; if If-None-Match still matches, the server answers 304 with an empty body.')[1], true);
    // With a status the deck never gives there ("returns 200"), it is the point got wrong.
    assert.match(full.grade('An ETag is the expiry date of the response, and when it passes the server returns 200 with the body.', etag).keyPoints[1].reason, /^wrong: .*200/);
  });

  it('a clause that says one point the other way round ("encrypted payload") is no evidence for another (the claims)', () => {
    const jwt = bankQuestion('tokens-jwt-components');
    const wrong = 'A JWT has two parts: the encrypted payload with the claims, and a checksum.';
    const verdicts = full.grade(wrong, jwt).keyPoints;
    assert.strictEqual(verdicts[2].covered, false);
    assert.match(verdicts[4].reason, /says the opposite: “the encrypted payload/);
    assert.strictEqual(covered(grader({ tainting: false, distrust: false }), jwt, wrong)[2], true);
  });
});

describe('grading: answers that get several points wrong', () => {
  const rest = bankQuestion('rest-what-is-rest');

  it('a point whose words are gathered from around such an answer is only partly covered', () => {
    const wrong = 'REST is a protocol from the W3C, basically JSON over HTTP. The server stores the session so it knows who you are. Resources have URIs. Responses can be cached, and clients talk through a layered system of proxies.';
    const verdict = full.grade(wrong, rest).keyPoints;
    assert.deepStrictEqual([verdict[1].covered, verdict[1].partly], [false, true]);
    assert.match(verdict[1].reason, /not said in one sentence, in an answer that gets 3 points wrong/);
    assert.strictEqual(covered(grader({ distrust: false }), rest, wrong)[1], true);
  });

  it('one it states in a sentence still counts, and an answer with one slip is taken at its word', () => {
    const stated = 'REST is a protocol from the W3C, and REST requires JSON. Every request carries its full context, and the server keeps no session between requests.';
    assert.deepStrictEqual(covered(full, rest, stated), [false, false, false, true, false]);
    const oneSlip = 'REST is a protocol from the W3C. Responses can be cached, and clients talk through a layered system of proxies.';
    assert.strictEqual(covered(full, rest, oneSlip)[1], true);
  });
});

describe('grading: an answer that gets a point wrong and strays from the material', () => {
  const rest = bankQuestion('rest-what-is-rest');

  it('is not taken at its word either: a point it says only in pieces is partly covered', () => {
    const strays = 'REST is a protocol. Its servers encrypt each payload with a key the load balancer negotiates, and sharding keeps responses cacheable across a layered system of proxies.';
    assert.match(full.grade(strays, rest).keyPoints[1].reason, /^partly: not said in one sentence, in an answer that gets a point wrong and says much the model answer does not/);
    assert.strictEqual(covered(grader({ distrust: false }), rest, strays)[1], true);
  });

  it('while one slip in an answer that keeps to the material is only that slip', () => {
    assert.strictEqual(covered(full, rest, 'REST is a protocol. Responses can be cached, and clients talk through a layered system of proxies.')[1], true);
  });

  it('nor is one that gets nothing wrong the deck foresaw but strays far (made-up mechanisms), in a deck that writes alternatives', () => {
    const strays = 'REST servers encrypt each payload with a key the load balancer negotiates, and sharding keeps responses cacheable across a layered system of proxies.';
    assert.match(full.grade(strays, rest).keyPoints[1].reason, /^partly: not said in one sentence, in an answer that says much the model answer does not/);
    assert.strictEqual(covered(full, rest, 'Responses can be cached, and clients talk through a layered system of proxies.')[1], true);
    // A generic deck's few words make any answer look foreign: no distrust from straying alone there.
    const generic = { ...rest, keyPoints: rest.keyPoints.map((k) => ({ ...k, alternatives: [], contradictions: [] })) };
    assert.strictEqual(full.grade(strays, generic).keyPoints[1].reason.includes('says much the model answer does not'), false);
  });
});

describe('grading: a bare name and the words beside it', () => {
  it("the point's words beside a one-word alternative do not include the name itself", () => {
    const converters = q('What are URLs in Django, and how does URL routing work?', [
      point('Path converters validate the captured values and pass them to the view typed (`int`, slug, uuid)', ['converters']),
    ]);
    assert.deepStrictEqual(covered(full, converters, 'Path converters are regular expressions you write in the URL pattern.'), [false]);
    assert.deepStrictEqual(covered(full, converters, 'Converters check the captured value and hand it to the view already typed, an int for <int:pk>.'), [true]);
  });
});

describe('grading: a point is not covered by its names alone', () => {
  it('"qs.explain()" and the prompt\'s words are no claim; the plan it shows is', () => {
    const sql = bankQuestion('orm-queryset-sql');
    const verdict = full.grade('qs.explain() runs the query and hands back its rows with timings.', sql).keyPoints[3];
    assert.deepStrictEqual([verdict.covered, verdict.partly], [false, true]);
    assert.strictEqual(covered(full, sql, 'qs.explain() prints the plan the database would use.')[3], true);
  });
});


describe('grading: a version or status code the question never names', () => {
  it('dates the point wrong ("removed in 3.12" where the deck says 3.13); the right version, or none, is no contradiction', () => {
    const gil = bankQuestion('python-gil');
    const wrong = full.grade('The GIL was removed in Python 3.12, so threads run Python code in parallel on every core now.', gil).keyPoints[4];
    assert.deepStrictEqual([wrong.contradicted, wrong.reason], [true, 'wrong: “the gil was removed in python 3.12”']);
    const right = full.grade('Since 3.13 there is an optional free-threaded build of CPython (PEP 703) that runs without the GIL.', gil).keyPoints[4];
    assert.deepStrictEqual([right.covered, right.contradicted], [true, false]);
    // So does a status code: a failed validation is a 400, not a 500.
    const drf = bankQuestion('drf-serializers');
    assert.match(full.grade('is_valid() fills serializer.errors, and with raise_exception=True DRF answers with a 500 error.', drf).keyPoints[0].reason, /^wrong: .*500/);
    assert.strictEqual(full.grade('is_valid() fills serializer.errors, and with raise_exception=True DRF answers with a 400 error.', drf).keyPoints[0].covered, true);
    // Ruled out, or compared with the right one in its sentence, a version is no wrong fact.
    const cache = bankQuestion('caching-django-cache-framework');
    assert.match(full.grade('The built-in RedisCache backend came with Django 3.2.', cache).keyPoints[1].reason, /^wrong: .*3\.2/);
    assert.strictEqual(full.grade('The built-in RedisCache backend came in Django 4.0, not 3.2.', cache).keyPoints[1].contradicted, false);
    assert.strictEqual(full.grade("Since Django 4.0 there's a built-in RedisCache backend, and on 3.2 and older you use django-redis.", cache).keyPoints[1].contradicted, false);
    // A question that names no version cannot be answered with a wrong one.
    const plain = q('What is a reverse proxy?', ['It terminates TLS and balances load across the application servers']);
    assert.strictEqual(full.grade('nginx 1.25 terminates TLS and balances load across the app servers.', plain).keyPoints[0].covered, true);
  });
});

describe('grading: a claim is said the same way round, strictly', () => {
  it('a claim with "nothing" in it is not stated by its denial ("filter() doesn\'t raise when nothing matches")', () => {
    const filter = bankQuestion('orm-get-vs-filter');
    assert.match(full.grade('filter() raises an error when nothing matches.', filter).keyPoints[1].reason, /^wrong/);
    assert.strictEqual(full.grade("filter() doesn't raise when nothing matches, you just get an empty QuerySet.", filter).keyPoints[1].contradicted, false);
  });
});
