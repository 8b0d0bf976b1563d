import * as assert from 'assert';
import { KeyPoint, plainKeyPoint } from '../../src/core/deck/model';
import { COVERAGE_THRESHOLD, matchKeyPoints, normaliseTerms, requiredTerms, stem } from '../../src/core/quiz/keyPointMatcher';

const ormPoints = [
  '`select_related` follows foreign keys with a SQL JOIN (one query)',
  '`prefetch_related` runs one extra query per relation and joins in Python',
].map(plainKeyPoint);

const covered = (answer: string, points: (KeyPoint | string)[], synonyms?: Record<string, string[]>) =>
  matchKeyPoints(answer, points.map((p) => (typeof p === 'string' ? plainKeyPoint(p) : p)), synonyms).map((m) => m.covered);

describe('key-point matcher: normalisation', () => {
  it('strips Markdown, folds case and accents, drops punctuation and stop words', () => {
    assert.deepStrictEqual(normaliseTerms('**Naïve** caching — see the [Django docs](https://docs.djangoproject.com/)!'), ['naiv', 'cach', 'se', 'django', 'doc']);
  });

  it('keeps code-like tokens whole', () => {
    assert.deepStrictEqual(normaliseTerms('`select_related` fixes the N+1 problem; a 401 is not a 403. C++ and C#.'), [
      'select_related', 'fix', 'n+1', 'problem', '401', '403', 'c++', 'c#',
    ]);
  });

  it('treats underscore emphasis like the plain word but keeps inner underscores', () => {
    assert.deepStrictEqual(normaliseTerms('_idempotent_ __init__ get_or_create'), ['idempotent', 'init', 'get_or_create']);
  });

  it('maps small number words to digits', () => {
    assert.deepStrictEqual(normaliseTerms('one query, 2 queries'), ['1', 'queri', '2', 'queri']);
  });

  it('stems the usual English forms to one key', () => {
    const groups = [
      ['cache', 'caches', 'cached', 'caching'],
      ['query', 'queries', 'queried', 'querying'],
      ['index', 'indexes', 'indexed', 'indexing'],
      ['normalise', 'normalize', 'normalisation', 'normalization', 'normalised'],
      ['validate', 'validation', 'validated', 'validates'],
      ['map', 'maps', 'mapped', 'mapping'],
      ['deploy', 'deployment', 'deployed'],
      ['class', 'classes'],
    ];
    for (const group of groups) {
      assert.deepStrictEqual(new Set(group.map(stem)).size, 1, `${group.join(', ')} → ${group.map(stem).join(', ')}`);
    }
    // Words that merely end like a suffix stay whole.
    assert.strictEqual(stem('string'), 'string');
    assert.strictEqual(stem('status'), 'status');
    assert.strictEqual(stem('process'), 'process');
  });
});

describe('key-point matcher: coverage', () => {
  it('documents the threshold: 60% of distinct terms, rounded up, at least one', () => {
    assert.strictEqual(COVERAGE_THRESHOLD, 0.6);
    assert.deepStrictEqual([1, 2, 3, 4, 5, 6, 10].map(requiredTerms), [1, 2, 2, 3, 3, 4, 6]);
  });

  it('covers both points of a good answer written in its own words', () => {
    const answer =
      'select_related does a SQL join across the foreign key, so you get everything in one query. ' +
      'prefetch_related instead runs a separate query for each relation and then joins the results in Python.';
    assert.deepStrictEqual(covered(answer, ormPoints), [true, true]);
  });

  it('covers one point of a partial answer and reports what is missing from the other', () => {
    const answer = 'select_related uses a JOIN on the foreign key so it is a single query.';
    const [first, second] = matchKeyPoints(answer, ormPoints);
    assert.strictEqual(first.covered, true);
    assert.deepStrictEqual(first.missing, ['follows', 'sql', 'one']);
    assert.strictEqual(second.covered, false);
    assert.deepStrictEqual(second.matched, ['query', 'joins']);
    assert.deepStrictEqual(second.missing, ['prefetch_related', 'runs', 'one', 'extra', 'relation', 'python']);
    assert.strictEqual(second.keyPoint, ormPoints[1].text);
  });

  it('matches a code name typed with spaces', () => {
    assert.deepStrictEqual(covered('Use select related: one SQL join over the foreign keys', ormPoints), [true, false]);
  });

  it('uses synonyms in both directions, multi-word included', () => {
    const synonyms = { jwt: ['json web token', 'bearer token'], idempotent: ['same effect when repeated'] };
    const points = ['Send the `JWT` in the `Authorization` header', 'A JSON web token is signed, not encrypted'].map(plainKeyPoint);
    const answer = 'The client sends a JSON Web Token in the Authorization header. The JWT is signed but anyone can read it.';
    const [header, signed] = matchKeyPoints(answer, points, synonyms);
    assert.strictEqual(header.covered, true);
    assert.deepStrictEqual(header.matched, ['send', 'jwt', 'authorization', 'header']);
    assert.strictEqual(signed.covered, true);
    assert.deepStrictEqual(signed.matched, ['json web token', 'signed']);
    assert.deepStrictEqual(signed.missing, ['encrypted']);
    // Without the synonyms the first key point's JWT is not found.
    assert.deepStrictEqual(matchKeyPoints('It sends a json web token in a header', points)[0].missing, ['jwt', 'authorization']);
  });

  it('a synonym phrase in the key point matches its canonical word in the answer', () => {
    const points = ['Same effect when repeated'];
    assert.deepStrictEqual(covered('PUT is idempotent', points, { idempotent: ['same effect when repeated'] }), [true]);
    assert.deepStrictEqual(covered('PUT is idempotent', points), [false]);
  });

  it('matches stems across forms', () => {
    const points = ['Cache expensive queries and invalidate on writes'];
    assert.deepStrictEqual(covered('I would be caching the expensive query results and invalidating them whenever we write.', points), [true]);
  });

  it('handles HTTP codes and punctuation', () => {
    const points = ['`401` means not authenticated, `403` means not allowed'];
    assert.deepStrictEqual(covered('401 = unauthenticated (really "not authenticated"); 403: forbidden, the user is not allowed.', points), [true]);
    assert.deepStrictEqual(covered('401 is for errors.', points), [false]);
  });

  it('covers nothing for an empty or blank answer', () => {
    for (const answer of ['', '   \n  ']) {
      const result = matchKeyPoints(answer, ormPoints);
      assert.deepStrictEqual(result.map((m) => m.covered), [false, false]);
      assert.deepStrictEqual(result[0].matched, []);
    }
  });

  it('copes with no key points and key points made of stop words', () => {
    assert.deepStrictEqual(matchKeyPoints('anything', []), []);
    const [only] = matchKeyPoints('It is what it is', [plainKeyPoint('It is what it is')]);
    assert.strictEqual(only.covered, true);
    assert.deepStrictEqual(matchKeyPoints('words', [plainKeyPoint('***')])[0], { keyPoint: '***', covered: false, matched: [], missing: [] });
  });
});
