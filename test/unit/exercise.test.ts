import * as assert from 'assert';
import { parseExercise } from '../../src/core/exercise/parseExercise';
import { parseRunReport, suggestedGradeFor } from '../../src/core/exercise/report';
import { emptyExerciseStates, mergeExerciseStates, readExerciseStates, recordRun, statusOf } from '../../src/core/exercise/state';

const folder = '/bank/exercises/orm-n-plus-one-list';
const listing = { starter: ['views.py', 'models.py'], solution: ['views.py', 'models.py'], checks: ['test_views.py'] };
const manifest = [
  'id: orm-n-plus-one-list',
  'question: orm-select-prefetch-related',
  'title: Fix the N+1 query in the article list',
  'brief: >-',
  '  The article list makes 1 + N queries:',
  '  make it at most 2 without changing the output.',
  'main: views.py',
  'hints:',
  '  - Which related object does each row read?',
  '  - select_related follows a foreign key in the same query.',
  'timeout: 30',
].join('\n');

describe('exercise manifest', () => {
  it('reads a complete exercise folder', () => {
    const { exercise, diagnostics } = parseExercise(manifest, folder, listing);
    assert.deepStrictEqual(diagnostics, []);
    assert.deepStrictEqual(exercise, {
      id: 'orm-n-plus-one-list',
      questionId: 'orm-select-prefetch-related',
      questionLine: 2,
      title: 'Fix the N+1 query in the article list',
      brief: 'The article list makes 1 + N queries: make it at most 2 without changing the output.',
      main: 'views.py',
      hints: ['Which related object does each row read?', 'select_related follows a foreign key in the same query.'],
      timeoutSeconds: 30,
      folder,
      files: ['models.py', 'views.py'],
    });
  });

  it('reports each problem at its line and refuses an exercise that cannot run', () => {
    const broken = manifest.replace('main: views.py', 'main: view.py').replace('timeout: 30', 'timeout: 9999\ncolour: red');
    const { exercise, diagnostics } = parseExercise(broken, folder, { ...listing, checks: ['helpers.py'] });
    assert.strictEqual(exercise, undefined);
    assert.deepStrictEqual(diagnostics.map((d) => [d.line, d.severity, d.message]), [
      [12, 'warning', 'Unknown key "colour": use id, question, title, brief, main, hints, timeout.'],
      [11, 'error', '"timeout" must be a number of seconds from 1 to 600.'],
      [1, 'error', 'checks/ holds no test_*.py file.'],
      [7, 'error', '"main" names view.py, which is not in starter/.'],
    ]);
    assert.ok(diagnostics.every((d) => d.file === `${folder}/exercise.yml`));
  });

  it('needs the id to be the folder name, the three folders, and valid YAML; never throws', () => {
    assert.match(parseExercise(manifest, '/bank/exercises/other', listing).diagnostics[0].message, /must be the name of its folder \("other"\)/);
    const noFolders = parseExercise(manifest, folder, { starter: undefined, solution: [], checks: undefined });
    assert.deepStrictEqual(noFolders.diagnostics.map((d) => d.message), [
      'The exercise has no starter/ folder with files in it.',
      'The exercise has no solution/ folder with files in it.',
      'The exercise has no checks/ folder with files in it.',
    ]);
    for (const text of ['id: [unclosed', '- a list', 'a: *nothing', `x: &a [${'*a,'.repeat(50)}]`, '\u0000\u0001', '']) {
      const parsed = parseExercise(text, folder, listing);
      assert.strictEqual(parsed.exercise, undefined, text);
      assert.ok(parsed.diagnostics.length > 0, text);
    }
  });

  it('warns when the solution lacks a starter file', () => {
    const { exercise, diagnostics } = parseExercise(manifest, folder, { ...listing, solution: ['views.py'] });
    assert.ok(exercise);
    assert.deepStrictEqual(diagnostics.map((d) => d.message), ['solution/ lacks models.py: it holds the same files as starter/, fixed.']);
  });
});

describe('checks report', () => {
  const report = (fields: Record<string, unknown>) => JSON.stringify({ version: 1, python: '3.11.2', status: 'failed', output: 'out', ...fields });
  const failing = { id: 'test_views.List.test_queries', title: 'at most 2 queries', status: 'failed', durationMs: 3, message: 'The list made 11 queries.', expected: '2 queries or fewer', actual: '11 queries', file: '/scratch/views.py', line: 12 };

  it('reads checks with expected, actual and the line in the user file', () => {
    const parsed = parseRunReport(report({ tests: [failing, { id: 'test_views.List.test_output', title: 'same output', status: 'passed', durationMs: 1 }] }));
    assert.strictEqual(parsed.status, 'failed');
    assert.deepStrictEqual(parsed.checks[0], failing);
    assert.strictEqual(parsed.checks[1].status, 'passed');
    assert.strictEqual(suggestedGradeFor(parsed), 1);
  });

  it('never takes a contradictory or unreadable report for a pass', () => {
    assert.strictEqual(parseRunReport(report({ status: 'passed', tests: [failing] })).status, 'failed');
    assert.strictEqual(parseRunReport(report({ status: 'passed', tests: [] })).status, 'failed', 'no check ran');
    assert.strictEqual(parseRunReport('{"status": "passed", "tests": [').status, 'error');
    assert.strictEqual(parseRunReport('null').status, 'error');
    const odd = parseRunReport(report({ tests: [{ id: 'x', status: 'exploded' }, 7, failing, { ...failing, id: 'y', line: -3, durationMs: 'slow' }] }));
    assert.deepStrictEqual(odd.checks.map((c) => [c.id, c.line, c.durationMs]), [[failing.id, 12, 3], ['y', undefined, 0]]);
    assert.strictEqual(suggestedGradeFor(parseRunReport(report({ status: 'error', message: 'Install Django: pip install django' }))), undefined);
  });

  it('suggests Good for a pass', () => {
    assert.strictEqual(suggestedGradeFor(parseRunReport(report({ status: 'passed', tests: [{ ...failing, status: 'passed' }] }))), 3);
  });
});

describe('exercise state', () => {
  const pass = parseRunReport(JSON.stringify({ status: 'passed', tests: [{ id: 'a', status: 'passed' }] }));
  const fail = parseRunReport(JSON.stringify({ status: 'failed', tests: [{ id: 'a', status: 'failed' }] }));
  const error = parseRunReport('not json');

  it('goes untried → failing → passing and remembers the first pass', () => {
    let states = emptyExerciseStates();
    assert.strictEqual(statusOf(states, 'constructor'), 'untried');
    states = recordRun(states, 'constructor', fail, new Date('2026-12-01T10:00:00Z'));
    assert.strictEqual(statusOf(states, 'constructor'), 'failing');
    states = recordRun(states, 'constructor', error, new Date('2026-12-01T10:01:00Z'));
    assert.strictEqual(states['constructor'].runs, 1, 'a run that could not happen changes nothing');
    states = recordRun(states, 'constructor', pass, new Date('2026-12-01T10:02:00Z'));
    states = recordRun(states, 'constructor', fail, new Date('2026-12-01T10:03:00Z'));
    assert.deepStrictEqual({ ...states['constructor'] }, { status: 'failing', lastRunAt: '2026-12-01T10:03:00.000Z', runs: 3, passedAt: '2026-12-01T10:02:00.000Z' });
  });

  it('reads stored states defensively and clamps the future', () => {
    const now = new Date('2026-12-01T12:00:00Z');
    const states = readExerciseStates({ a: { status: 'passing', lastRunAt: '2030-01-01T00:00:00Z', runs: 2 }, b: { status: 'won' }, toString: { status: 'failing', lastRunAt: 'x' } }, now);
    assert.deepStrictEqual(Object.keys(states), ['a']);
    assert.strictEqual(states.a.lastRunAt, now.toISOString());
    assert.deepStrictEqual(Object.keys(readExerciseStates([1, 2], now)), []);
  });

  it('merges two windows: the later run wins, run counts never go down', () => {
    const mine = recordRun(emptyExerciseStates(), 'x', pass, new Date('2026-12-01T10:00:00Z'));
    const theirs = recordRun(recordRun(emptyExerciseStates(), 'x', fail, new Date('2026-12-01T09:00:00Z')), 'x', fail, new Date('2026-12-01T11:00:00Z'));
    const merged = mergeExerciseStates(mine, theirs);
    assert.deepStrictEqual({ ...merged.x }, { status: 'failing', lastRunAt: '2026-12-01T11:00:00.000Z', runs: 2, passedAt: '2026-12-01T10:00:00.000Z' });
  });
});
