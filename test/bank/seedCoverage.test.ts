import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { bankSource, loadDecks } from '../../src/core/deck/load/loadDecks';
import { nodeFileAccess } from '../../src/node/nodeFileAccess';

/** The user's own notes: every question in them must be in the bank (shared/ sits beside the repo). */
const notesFile = path.resolve(__dirname, '../../../../shared/seed/interview-notes.txt');
const bankFolder = path.resolve(__dirname, '../../../questions');

/** Each question as the notes word it (typos included) → the bank question that answers it. */
const COVERAGE: Record<string, string> = {
  'What does REST mean?': 'rest-what-is-rest',
  'What are RESTful Api?': 'rest-restful-api',
  'Difference b/w Django vs Fast API vs Flask': 'frameworks-django-vs-fastapi-vs-flask',
  'How do you improve API response?': 'performance-improve-response-time',
  'Which to use Django or Fast API?': 'frameworks-django-or-fastapi',
  'What is CSRF?': 'security-csrf',
  'What are URLs': 'django-urls',
  'What are Models': 'django-models',
  'What are Views': 'django-views',
  'Django project architecture': 'django-architecture',
  ORM: 'orm-what-is-orm',
  'Difference b/w project and app': 'django-project-vs-app',
  'Django caching': 'caching-django-cache-framework',
  'Authentication and Authorisation': 'security-authn-vs-authz',
  'How to obtain SQL query from queryset?': 'orm-queryset-sql',
  'Explain select_related & prefetch_related': 'orm-select-prefetch-related',
  'Q objects in Django': 'orm-q-objects',
  Makemigrations: 'orm-makemigrations',
  Migrates: 'orm-migrate',
  'How django determines whether migrations are already applied?': 'orm-migrations-applied',
  'What is stateless & stateful api?': 'rest-stateless-vs-stateful',
  'Is RESTful APIs are stateful or stateless?': 'rest-is-rest-stateless',
  'What is package & module?': 'python-package-vs-module',
  'how do you handle complex queries in django': 'orm-complex-queries',
  'Difference b/w flask and django': 'frameworks-flask-vs-django',
  'what is the meaning of DEBUG = TRUE in django.Is it set to True or False in prod environment?': 'django-debug-setting',
  'Where redis stores the data?': 'caching-redis-storage',
  'Difference b/w .get() & .filter()': 'orm-get-vs-filter',
  'Have you faced memory leak issue and how did u solve': 'python-memory-leak',
  'Authentication and authorisation in django': 'security-django-auth',
  'How to secure api in django': 'security-secure-django-api',
  'Put vs patch': 'rest-put-vs-patch',
  'Difference between gunicon and uvicon': 'frameworks-gunicorn-vs-uvicorn',
  'How to handle exception in django': 'django-exception-handling',
  'Components of jwt token': 'tokens-jwt-components',
  'How do u handle refresh token': 'tokens-refresh-tokens',
  'What is OAuth': 'tokens-oauth',
};

/**
 * The notes' questions: a line followed by an answer ("->"), and every line of the closing list of
 * unanswered questions (after the last answer block).
 */
function notesQuestions(text: string): string[] {
  const lines = text.split(/\r?\n/).map((line) => line.trim());
  const answered = lines.filter((line, i) => line && lines.slice(i + 1).find((next) => next)?.startsWith('->'));
  const lastAnswerLine = lines.map((line, i) => (line.startsWith('CSRF in Django') ? i : -1)).reduce((a, b) => Math.max(a, b), -1);
  const listed = lines.slice(lastAnswerLine + 1).filter(Boolean);
  return [...answered, ...listed];
}

describe("the user's interview notes", () => {
  it('every question in the notes maps to a question in the bank', async () => {
    assert.ok(fs.existsSync(notesFile), `the notes are expected at ${notesFile} (shared/ beside the repository)`);
    const questions = notesQuestions(fs.readFileSync(notesFile, 'utf8'));
    assert.ok(questions.length >= 35, `found ${questions.length} questions in the notes`);
    const unmapped = questions.filter((q) => !(q in COVERAGE));
    assert.deepStrictEqual(unmapped, [], 'questions of the notes with no bank question');
    const bank = await loadDecks([bankSource(bankFolder)], nodeFileAccess);
    const ids = new Set(bank.decks.flatMap((deck) => deck.questions.map((q) => q.id)));
    const missing = Object.entries(COVERAGE).filter(([, id]) => !ids.has(id));
    assert.deepStrictEqual(missing, [], 'mapped to ids the bank does not have');
    const stale = Object.keys(COVERAGE).filter((q) => !questions.includes(q));
    assert.deepStrictEqual(stale, [], 'mapped questions no longer in the notes');
  });
});
