import * as assert from 'assert';
import { bankQuestion, covered, full, grader, point, q, reasons } from './gradingFixtures';

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

  it('but "OPTIONS" is not "optional", and "non-" negates only its word ("non-simple methods/headers")', () => {
    const preflight = q('What is a CORS preflight?', [point('Preflight `OPTIONS` is required for non-simple methods, headers and content types')]);
    assert.deepStrictEqual(covered(full, preflight, 'A preflight OPTIONS request is required for non-simple methods/headers/content types.'), [true]);
  });
});

describe('grading: what a part of a point is about (subject swaps)', () => {
  it('one label per part ("RDB = periodic snapshots: compact…" is about RDB), and a count names nothing', () => {
    const redis = q('Where does Redis store its data?', [
      point('RDB = periodic snapshots: compact, but writes since the last snapshot are lost'),
      point('AOF = log of every write with an fsync policy: more durable, bigger'),
    ]);
    const right = 'RDB dumps a periodic snapshot to disk, compact, but you lose the writes since the last snapshot. AOF logs every write with an fsync policy, so it is more durable but bigger.';
    assert.deepStrictEqual(covered(full, redis, right), [true, true]);
    const jwt = q('What are the components of a JWT?', [point('Three base64url parts: header.payload.signature'), point('Payload: registered claims plus custom claims')]);
    assert.deepStrictEqual(covered(full, jwt, 'A JWT is three base64url parts joined by dots: header, payload and signature.')[0], true);
  });

  it('a part naming both subjects compares them; of two subjects the prompt names, the first named is the one spoken of', () => {
    const servers = q('What is the difference between WSGI and ASGI?', [
      point('WSGI: synchronous app, one request per call'),
      point('ASGI: async app exchanging events'),
      point('The server must speak the interface: WSGI servers (gunicorn) vs ASGI servers (uvicorn)'),
    ]);
    const right = 'WSGI is a synchronous app called once per request. ASGI is an async app that exchanges events with the server. Gunicorn serves WSGI, and ASGI servers such as uvicorn serve ASGI: the server must speak the interface.';
    assert.deepStrictEqual(covered(full, servers, right), [true, true, true]);
    const git = q('What is the difference between git merge and git rebase?', [
      point('Merge joins two branches with a merge commit and keeps the history as it happened'),
      point('Rebase replays your commits on top of the other branch, giving a linear history'),
    ]);
    const swapped = 'Rebase joins the two branches with a merge commit. Merge replays your commits on top of the other branch, giving a linear history.';
    assert.deepStrictEqual(covered(full, git, swapped), [false, false]);
    assert.deepStrictEqual(reasons(full, git, swapped), ['says it of rebase: “rebase joins the two branches with a merge commit”', 'says it of merge: “merge replays your commits on top of the other…”']);
    assert.deepStrictEqual(covered(full, git, 'Merge joins two branches with a merge commit and keeps the history. Rebase replays your commits on top of the other branch: a linear history.'), [true, true]);
  });
});

describe('grading: before and after', () => {
  const tasks = q('When do you move work into background tasks?', [
    point('FastAPI BackgroundTasks run after the response, in the same process; no retries, lost on a crash', [], ['BackgroundTasks run before the response']),
  ]);

  it('are words, not function words, and opposites: a claim with "before" fires, the point with "after" is credited', () => {
    assert.deepStrictEqual(reasons(full, tasks, 'BackgroundTasks run before the response is sent, in the same process.'), ['wrong: “backgroundtasks run before the response is sent”']);
    assert.deepStrictEqual(covered(full, tasks, 'BackgroundTasks run after the response is sent, in the same process, with no retries, and are lost on a crash.'), [true]);
  });

  it('a long claim never leaves out a term its own text says the other way round', () => {
    // The key point says "run after the response": with "before" left out it would state the claim itself, and the claim would be unused.
    assert.match(reasons(full, tasks, 'They run before the response, so BackgroundTasks run before the response is sent.')[0], /^wrong/);
  });
});

describe('grading: a "which" clause is said of the clause before it', () => {
  const normalisation = q('What is database normalisation?', [point('Organising tables so that each fact is stored once, which avoids update anomalies')]);

  it('and is no evidence when that clause is a sweeping claim the point does not make', () => {
    const wrong = full.grade('Normalisation always merges the tables into one, which avoids update anomalies.', normalisation).keyPoints[0];
    assert.deepStrictEqual([wrong.covered, wrong.partly], [false, false]);
    assert.deepStrictEqual(covered(full, normalisation, 'You organise the tables so each fact is stored once, which avoids update anomalies.'), [true]);
  });
});

describe('grading: a code name given as an alternative', () => {
  const cors = q('What is CORS?', [point('Credentialed requests need an exact origin', ['Access-Control-Allow-Credentials'])]);

  it('is said whole, its words together, not gathered from one sentence', () => {
    assert.deepStrictEqual(covered(full, cors, 'Access control lets the server allow credentials from anywhere.'), [false]);
    assert.deepStrictEqual(covered(full, cors, 'The server sends Access-Control-Allow-Credentials and names an exact origin for credentialed requests.'), [true]);
  });
});

describe('grading: sweeping adverbs', () => {
  it('"completely", "entirely", "totally" claim absolutely, like "always": no evidence for a point that does not', () => {
    const http2 = q('What is the difference between HTTP/1.1 and HTTP/2?', [point('Head-of-line blocking still exists at the TCP level, which HTTP/3 over QUIC removes')]);
    assert.deepStrictEqual(covered(full, http2, 'Multiplexing completely removes head-of-line blocking at the TCP level, which QUIC also removes.'), [false]);
    assert.deepStrictEqual(covered(grader({ absolutes: false }), http2, 'Multiplexing completely removes head-of-line blocking at the TCP level, which QUIC also removes.'), [true]);
  });
});

describe('grading: every wrong claim of a point taints its clause', () => {
  it('not only the first one found', () => {
    const codes = q('What is the difference between 401 and 403?', [
      point('401 means not authenticated; 403 means authenticated but not permitted', [], ['401 means the user lacks permission', '403 means not logged in']),
      point('Check authorisation per object, not just "is logged in"'),
    ]);
    const wrong = '401 means the user lacks permission, and 403 means not logged in.';
    assert.deepStrictEqual(covered(full, codes, wrong), [false, false]);
    assert.deepStrictEqual(covered(grader({ tainting: false, distrust: false }), codes, wrong), [false, true]);
  });
});

describe('grading: a part said of another subject needs half its claim there', () => {
  it('one shared word ("backend" in a clause that lists Redis) does not move the point to Redis', () => {
    const cache = bankQuestion('caching-django-cache-framework');
    const answer = 'Django has one cache API and you plug whatever backend you want into the CACHES setting - redis, memcached, locmem. LocMemCache is per process, so four gunicorn workers keep four separate caches: dev and tests only, prod gets redis.';
    assert.strictEqual(covered(full, cache, answer)[4], true);
    assert.match(full.grade('LocMemCache is shared by every worker, while Redis is per process.', cache).keyPoints[4].reason, /^(says it of|wrong|says the opposite)/);
  });
});


describe('grading: a claim of three or more terms said in another order', () => {
  it('is still the wrong claim ("filters go in the body of the GET request")', () => {
    const api = bankQuestion('rest-restful-api');
    assert.match(full.grade('Pagination and filters go in the body of the GET request as JSON.', api).keyPoints[3].reason, /^wrong: “and filters go in the body of the get/);
    assert.strictEqual(covered(full, api, 'Filtering, sorting and pagination go in the query string, like ?sort=-year&limit=20.')[3], true);
  });

  it('except when its order is its claim ("before"), or it has two terms ("from a seq scan to an index scan")', () => {
    const validation = bankQuestion('frameworks-pydantic-validation');
    assert.strictEqual(covered(full, validation, 'FastAPI validates all of it before your function runs, and errors come back as one 422 listing loc and msg for each field.')[1], true);
    const indexes = bankQuestion('performance-database-indexes');
    assert.doesNotMatch(full.grade('EXPLAIN ANALYZE shows the plan switched from a seq scan to an index scan.', indexes).keyPoints[0].reason, /^wrong:/);
  });
});

describe('grading: a term turned round says the opposite only beside other terms of the point', () => {
  it('alone ("no big keys in prod" for "avoid big keys") it may be the point in other words', () => {
    const types = bankQuestion('caching-redis-data-types');
    assert.strictEqual(covered(full, types, 'Keep keys small. No big keys in prod, and SCAN instead of KEYS.')[4], true);
    assert.match(full.grade('Big keys and KEYS are fine in production, Redis is fast enough.', types).keyPoints[4].reason, /^(wrong|says the opposite)/);
  });
});

describe('grading: a condition before a colon is no subject', () => {
  it('"Over the limit: 429 with Retry-After" is not said of another subject when DRF answers 429', () => {
    const limits = bankQuestion('security-rate-limiting');
    assert.strictEqual(covered(full, limits, 'DRF returns 429 Too Many Requests with a Retry-After header.')[1], true);
  });
});

describe('grading: what an answer contrasts or reports is not its claim', () => {
  it('"unlike X, …" and "people think X, but …" do not state X; "not only for small apps" claims nothing absolute', () => {
    const joins = full.grade('Unlike prefetch_related, select_related uses a JOIN for FK and one-to-one.', bankQuestion('orm-select-prefetch-related')).keyPoints;
    assert.deepStrictEqual([joins[1].covered, joins[2].contradicted], [true, false]);
    const csrf = full.grade("People think CSRF steals the user's data, but actually the attacker makes the victim's browser send a request with their cookies.", bankQuestion('security-csrf')).keyPoints;
    assert.strictEqual(csrf[2].contradicted, false);
    assert.match(full.grade('CSRF steals the user\'s data.', bankQuestion('security-csrf')).keyPoints[2].reason, /^wrong:/);
    const django = full.grade('Django is not only for small apps: for business-heavy apps with many models, admin, auth and permissions it is the fast choice.', bankQuestion('frameworks-django-or-fastapi')).keyPoints[0];
    assert.deepStrictEqual([django.covered, django.contradicted], [true, false]);
  });
});

describe('grading: a term turned round in a clause about another thing the prompt names', () => {
  it('says nothing against this part ("Flask isn\'t batteries included" for the part about Django)', () => {
    const frameworks = bankQuestion('frameworks-django-vs-fastapi-vs-flask');
    assert.strictEqual(full.grade("Flask isn't batteries included and it's a WSGI framework, not ASGI.", frameworks).keyPoints[0].contradicted, false);
    // Said of the part's own subject, it still says the opposite.
    assert.match(full.grade("Django isn't batteries included, it is a microframework where you pick every extension yourself.", frameworks).keyPoints[0].reason, /^(says the opposite|wrong)/);
  });
});

describe('grading: a term turned round says the opposite in a sentence about the point', () => {
  it('not in a denial of something else that shares one of its words ("doesn\'t follow reverse foreign keys")', () => {
    const related = bankQuestion('orm-select-prefetch-related');
    assert.strictEqual(full.grade("select_related doesn't follow reverse foreign keys, use prefetch_related for those.", related).keyPoints[1].contradicted, false);
    assert.match(full.grade("select_related doesn't use a JOIN, it runs a second query for the foreign key.", related).keyPoints[1].reason, /^says the opposite/);
  });
});

describe('grading: a part said of another subject', () => {
  it('does not undo a point that a sentence of its own states', () => {
    const mro = bankQuestion('python-mro-super-descriptors');
    const alone = 'In single inheritance super() calls the base class.';
    assert.match(full.grade(alone, mro).keyPoints[0].reason, /^says it of super/);
    const beside = `The MRO orders each class before its bases and keeps the order of the bases, you can see it in __mro__. ${alone}`;
    assert.deepStrictEqual([full.grade(beside, mro).keyPoints[0].covered, full.grade(beside, mro).keyPoints[0].contradicted], [true, false]);
  });
});
