import * as assert from 'assert';
import { Question } from '../../src/core/deck/model';
import { bankQuestion, covered as coveredBy, full, point, q } from './gradingFixtures';

const covered = (question: Question, answer: string) => coveredBy(full, question, answer);

describe('grading: an alternative is said within as many clauses as it spans', () => {
  const servers = q('What is the difference between Gunicorn and Uvicorn?', [
    point('Gunicorn: WSGI server with a pre-fork master and worker processes', ['WSGI server', 'pre-fork']),
    point("The server must match the app's interface (WSGI vs ASGI)", ['WSGI vs ASGI', 'interface must match']),
  ]);

  it('"WSGI vs ASGI" is not two clauses saying each of the wrong server', () => {
    const wrong = 'Gunicorn is an ASGI server built on asyncio, and Uvicorn is the WSGI one, which is why Django goes on Uvicorn.';
    assert.strictEqual(covered(servers, wrong)[1], false);
  });

  it('but it is credited where one clause says it', () => {
    const right = 'Pick the one your app speaks, WSGI vs ASGI: Gunicorn forks worker processes from a master, Uvicorn runs an event loop.';
    assert.strictEqual(covered(servers, right)[1], true);
  });

  it('and an alternative of two clauses ("static files are CSS and JS") is not gathered from a whole sentence', () => {
    const files = q('What is the difference between static and media files in Django?', [
      point('Static = developer assets in the repo, collected by `collectstatic` into `STATIC_ROOT`', ['static files are CSS and JS', 'collectstatic']),
    ]);
    const wrong = 'Static files are the files Django generates at runtime, like cached pages, while media files are the CSS, JS and images in your repo.';
    assert.deepStrictEqual(covered(files, wrong), [false]);
    assert.deepStrictEqual(covered(files, 'Static files are CSS and JS that ship with the code.'), [true]);
  });
});

describe('grading: an alternative that only names what the point is about', () => {
  const limiter = q('How would you build a rate limiter with Redis?', [
    point('Fixed window = `INCR` + expiry; simple but bursty at window boundaries', ['fixed window', 'INCR with EXPIRE', 'bursts at the boundary']),
  ]);
  const fastapi = q('How does dependency injection work in FastAPI?', [
    point('`Depends()` declares a dependency FastAPI resolves per request', ['Depends()', 'declared in the signature']),
    point('yield dependencies give setup and teardown (e.g. a DB session closed after the request)', ['yield dependency', 'setup and teardown']),
  ]);

  it('is no evidence beside a false predicate ("fixed windows are the smoothest", "if a dependency uses yield")', () => {
    const wrong = 'Fixed windows are actually the smoothest algorithm because the window resets at an exact moment.';
    assert.deepStrictEqual(covered(limiter, wrong), [false]);
    const yielding = 'Depends() creates each dependency once at startup. If a dependency uses yield, FastAPI treats the endpoint as a streaming response.';
    assert.strictEqual(covered(fastapi, yielding)[1], false);
  });

  it('still counts with enough of the point said beside it', () => {
    assert.deepStrictEqual(covered(limiter, 'Fixed window: INCR the key and set an expiry, simple, but bursty at the window edges.'), [true]);
    assert.strictEqual(covered(fastapi, 'A yield dependency does the setup, then the teardown runs after the response: the db session is closed.')[1], true);
  });
});

describe('grading: a negated verb that ends its clause denies what comes before it', () => {
  const revoke = q('How do you revoke a JWT before it expires?', [
    point('A `jti` denylist in Redis with a TTL until `exp`', ['denylist', 'blocklist', 'jti']),
    point('A per-user random salt defeats rainbow tables', ['salt', 'rainbow tables']),
  ]);

  it('"denylisting by jti doesn\'t work", "a salt isn\'t needed" are denials, not the point', () => {
    const wrong = "Denylisting by jti doesn't work because the jti changes on every request. A per-user salt isn't needed, since rainbow tables are old news.";
    assert.deepStrictEqual(covered(revoke, wrong), [false, false]);
  });

  it('while the point said plainly still is', () => {
    const right = 'Put the jti in a denylist in Redis with a TTL until exp. A random salt per user defeats rainbow tables.';
    assert.deepStrictEqual(covered(revoke, right), [true, true]);
  });
});

describe('grading: a label the prompt names is the subject of the whole part it starts', () => {
  it('"Uvicorn: ASGI server built on asyncio; runs FastAPI" is not credited for "Gunicorn is an ASGI server built on asyncio"', () => {
    const servers = q('What is the difference between gunicorn and uvicorn?', [
      point('Gunicorn: WSGI server with a pre-fork master and worker processes', ['pre-fork']),
      point('Uvicorn: ASGI server built on an asyncio event loop; runs FastAPI and Starlette', ['asyncio event loop']),
    ]);
    const swapped = 'Gunicorn is an ASGI server built on asyncio, and uvicorn is the WSGI one with the master and worker processes.';
    assert.strictEqual(covered(servers, swapped)[1], false);
    const right = 'Uvicorn is an ASGI server built on an asyncio event loop, it runs FastAPI.';
    assert.strictEqual(covered(servers, right)[1], true);
  });
});

describe('grading: an alternative said within about its own length', () => {
  it('"next/prev links" says "next link", though a slash starts a clause', () => {
    const pages = q('How do you paginate an API?', [point('Return navigation links (next/prev in the body or a Link header)', ['next link', 'Link header'])]);
    assert.deepStrictEqual(covered(pages, 'Cursor pagination is stable, and the body gives next/prev links to the client.'), [true]);
  });
});

describe('grading: "an anti-pattern", "a myth" deny what comes before them', () => {
  it('"versioned keys are an anti-pattern" does not say versioned keys invalidate a group', () => {
    const keys = q('How do you invalidate cached data?', [point('Versioned/generation keys invalidate a whole group cheaply', ['versioned keys', 'generation number'])]);
    assert.deepStrictEqual(covered(keys, 'Versioned keys are an anti-pattern, because bumping the version copies every entry.'), [false]);
    assert.deepStrictEqual(covered(keys, 'Versioned keys invalidate a whole group at once: bump the generation number.'), [true]);
  });
});

describe('grading: a point said word for word, but with its subjects swapped', () => {
  const contexts = q("What are Flask's application context and request context?", [
    point('App context: current_app and g; request context: request and session', ['current_app']),
  ]);

  it('is not credited: "the request context holds current_app and g, the app context request and session"', () => {
    const swapped = 'The request context is what holds current_app and g, while the app context holds request and session.';
    assert.deepStrictEqual(covered(contexts, swapped), [false]);
  });

  it('while the subject named after its predicate ("… belong to the application context") is no swap', () => {
    const right = 'Request and session belong to the request context, while current_app and g belong to the application context.';
    assert.deepStrictEqual(covered(contexts, right), [true]);
  });
});

describe('grading: an alternative made only of the question\'s subjects', () => {
  it('names, it claims nothing on its own ("both RDB and AOF": its claim is a function word)', () => {
    const storage = bankQuestion('caching-redis-storage');
    assert.strictEqual(full.grade('RDB and AOF are mutually exclusive; Redis refuses to start if both are turned on.', storage).keyPoints[3].covered, false);
    assert.strictEqual(full.grade("You can turn on both RDB and AOF at once; for a pure cache you'd use neither.", storage).keyPoints[3].covered, true);
  });
});
