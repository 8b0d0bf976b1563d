import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { load as parseYaml } from 'js-yaml';
import { bankSource, loadDecks } from '../../src/core/deck/load/loadDecks';
import { attachToQuestions, loadExercises } from '../../src/core/exercise/loadExercises';
import { nodeFileAccess } from '../../src/node/nodeFileAccess';
import { pool, runOnStack, Stack, STACKS, timeTable } from '../bank/pythonStacks';

const repoRoot = path.resolve(__dirname, '../../..');
const exercisesFolder = path.join(repoRoot, 'questions', 'exercises');
const runner = path.join(exercisesFolder, 'run_checks.py');
const fixtures = path.join(repoRoot, 'test', 'exercises', 'fixtures', 'runner');

interface TestEntry { id: string; title: string; status: string; message?: string; expected?: string; actual?: string; file?: string; line?: number }
interface Report { version: number; python: string; status: string; message?: string; tests: TestEntry[]; output: string }
interface Run { code: number | null; report: Report | undefined; ms: number; output: string }

/** Copies `source` (a starter/ or solution/ folder) to a fresh folder and runs the checks on it. */
async function runChecks(stack: Stack, source: string, checks: string, timeoutS = 60): Promise<Run> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ic-exercise-'));
  fs.cpSync(source, work, { recursive: true });
  const reportFile = path.join(work, '..', `${path.basename(work)}-report.json`);
  const result = await runOnStack(stack, [runner, '--work', work, '--checks', checks, '--report', reportFile], os.tmpdir(), (timeoutS + 30) * 1000);
  const report = fs.existsSync(reportFile) ? (JSON.parse(fs.readFileSync(reportFile, 'utf8')) as Report) : undefined;
  fs.rmSync(work, { recursive: true, force: true });
  fs.rmSync(reportFile, { force: true });
  return { code: result.code, report, ms: result.ms, output: result.output };
}

/** Report paths point into the temp copy; compare them by what follows it. */
const tail = (file: string | undefined) => (file ?? '').split(path.sep).slice(-1)[0];

describe('the exercise checks runner (questions/exercises/run_checks.py)', function () {
  this.timeout(120_000);
  for (const stack of STACKS) {
    it(`${stack}: a passing copy gives status passed, exit 0, titles from docstrings and the captured output`, async () => {
      const run = await runChecks(stack, path.join(fixtures, 'work-ok'), path.join(fixtures, 'checks'));
      assert.strictEqual(run.code, 0, run.output);
      assert.strictEqual(run.report?.status, 'passed');
      assert.strictEqual(run.report?.version, 1);
      assert.match(run.report?.python ?? '', /^3\.\d+\.\d+$/);
      assert.deepStrictEqual(run.report?.tests.map((t) => [t.id, t.title, t.status]), [
        ['test_calc.Add.test_adds', 'add(2, 3) is 5', 'passed'],
        ['test_calc.Add.test_prints', "the checks' output is captured", 'passed'],
      ]);
      assert.match(run.report?.output ?? '', /hello from the checks/);
    });

    it(`${stack}: a failing check gives status failed, exit 1, expected/actual and the line in the user's file`, async () => {
      const run = await runChecks(stack, path.join(fixtures, 'work-fail'), path.join(fixtures, 'checks'));
      assert.strictEqual(run.code, 1, run.output);
      assert.strictEqual(run.report?.status, 'failed');
      const failed = run.report?.tests.find((t) => t.status === 'failed');
      assert.deepStrictEqual([failed?.message, failed?.expected, failed?.actual, tail(failed?.file), failed?.line],
        ['add() failed: add() subtracts', '4', 'an AssertionError', 'calc.py', 3]);
    });

    it(`${stack}: a missing package gives status error, exit 2 and what to install`, async () => {
      const run = await runChecks(stack, path.join(fixtures, 'work-ok'), path.join(fixtures, 'checks-missing'));
      assert.strictEqual(run.code, 2, run.output);
      assert.strictEqual(run.report?.status, 'error');
      assert.match(run.report?.message ?? '', /install coach_missing_package_for_the_runner_test/);
    });

    it(`${stack}: a syntax error in the user's file fails the check with the file and line of the error`, async () => {
      const run = await runChecks(stack, path.join(fixtures, 'work-syntax'), path.join(fixtures, 'checks'));
      assert.strictEqual(run.code, 1, run.output);
      assert.strictEqual(run.report?.status, 'failed');
      const broken = run.report?.tests.find((t) => t.id === 'test_calc.Add.test_adds');
      assert.deepStrictEqual([broken?.status, tail(broken?.file), broken?.line], ['error', 'calc.py', 1]);
      assert.match(broken?.message ?? '', /SyntaxError|expected ':'|invalid syntax/);
    });
  }
});

interface Exercise { id: string; folder: string; meta: Record<string, unknown> }

function bankExercises(): Exercise[] {
  return fs.readdirSync(exercisesFolder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(exercisesFolder, entry.name, 'exercise.yml')))
    .map((entry) => {
      const folder = path.join(exercisesFolder, entry.name);
      return { id: entry.name, folder, meta: parseYaml(fs.readFileSync(path.join(folder, 'exercise.yml'), 'utf8')) as Record<string, unknown> };
    });
}

const listFiles = (folder: string) => fs.readdirSync(folder).filter((f) => !f.startsWith('.')).sort();

describe('the bank exercises (questions/exercises)', function () {
  const exercises = bankExercises();

  it('at least 25 exercises, every topic of the bank covered, each well formed and tied to a question', async () => {
    const bank = await loadDecks([bankSource(path.join(repoRoot, 'questions'))], nodeFileAccess);
    // The extension's and the linter's reading of the same folders: no problem, every exercise kept.
    const questionIds = new Set(bank.decks.flatMap((deck) => deck.questions.map((q) => q.id)));
    const loaded = attachToQuestions(await loadExercises([path.join(repoRoot, 'questions')], nodeFileAccess), (id) => questionIds.has(id));
    assert.deepStrictEqual(loaded.diagnostics, []);
    assert.deepStrictEqual(loaded.exercises.map((e) => e.id).sort(), exercises.map((e) => e.id).sort());
    const topicOf = new Map(bank.decks.flatMap((deck) => deck.questions.map((q) => [q.id, deck.id] as [string, string])));
    const problems: string[] = [];
    for (const { id, folder, meta } of exercises) {
      const say = (what: string) => problems.push(`${id}: ${what}`);
      if (meta.id !== id || !/^[a-z0-9-]+$/.test(id)) say(`id ${String(meta.id)} must be the folder name`);
      if (!topicOf.has(String(meta.question))) say(`question ${String(meta.question)} is not in the bank`);
      for (const key of ['title', 'brief', 'main']) if (typeof meta[key] !== 'string' || !meta[key]) say(`no ${key}`);
      const hints = meta.hints as unknown[];
      if (!Array.isArray(hints) || hints.length < 2 || hints.length > 3) say('needs 2-3 hints');
      const unknown = Object.keys(meta).filter((k) => !['id', 'question', 'title', 'brief', 'main', 'hints', 'timeout'].includes(k));
      if (unknown.length) say(`unknown keys ${unknown.join(', ')}`);
      const starter = path.join(folder, 'starter'), solution = path.join(folder, 'solution');
      if (JSON.stringify(listFiles(starter)) !== JSON.stringify(listFiles(solution))) say('starter/ and solution/ hold different files');
      const mainFile = path.join(starter, String(meta.main));
      const firstWords = String(meta.brief).split(/\s+/).slice(0, 8).join(' ');
      const head = fs.existsSync(mainFile) ? fs.readFileSync(mainFile, 'utf8').slice(0, 2000).replace(/\s+/g, ' ') : '';
      if (!head.includes(firstWords)) say('the main starter file does not open with the brief');
      if (!listFiles(path.join(folder, 'checks')).some((f) => /^test_.*\.py$/.test(f))) say('no checks/test_*.py');
      if (fs.readdirSync(folder, { recursive: true }).some((f) => String(f).endsWith('.md'))) say('holds a .md file (would be read as a deck)');
    }
    const perTopic = new Map<string, string[]>();
    for (const { id, meta } of exercises) perTopic.set(topicOf.get(String(meta.question)) ?? '?', [...(perTopic.get(topicOf.get(String(meta.question)) ?? '?') ?? []), id]);
    console.log(`      ${exercises.length} exercises: ${[...perTopic].map(([topic, ids]) => `${topic}=${ids.length}`).join(' ')}`);
    const uncovered = bank.decks.map((deck) => deck.id).filter((topic) => !perTopic.has(topic));
    assert.deepStrictEqual({ problems, uncovered }, { problems: [], uncovered: [] });
    assert.ok(exercises.length >= 25, `${exercises.length} exercises`);
  });

  it('every reference solution passes and every starter fails (status failed, not error), on both stacks', async function () {
    this.timeout(20 * 60_000);
    const jobs = exercises.flatMap((exercise) => STACKS.flatMap((stack) => (['starter', 'solution'] as const).map((variant) => ({ exercise, stack, variant }))));
    const runs = await pool(jobs, 2, async (job) => ({
      ...job, run: await runChecks(job.stack, path.join(job.exercise.folder, job.variant), path.join(job.exercise.folder, 'checks'), Number(job.exercise.meta.timeout ?? 60)),
    }));
    const wrong: string[] = [];
    for (const { exercise, stack, variant, run } of runs) {
      const report = run.report;
      const where = `${stack} ${exercise.id} ${variant}`;
      const untitled = report?.tests.filter((t) => !t.title || t.title === t.id.split('.').pop()) ?? [];
      if (untitled.length) wrong.push(`${where}: checks without a docstring: ${untitled.map((t) => t.id).join(', ')}`);
      if (variant === 'solution' && (run.code !== 0 || report?.status !== 'passed')) {
        wrong.push(`${where}: expected passed, got exit ${run.code} ${report?.status} ${report?.message ?? ''}\n${JSON.stringify(report?.tests.filter((t) => t.status !== 'passed'), null, 1)}\n${(report?.output ?? run.output).slice(-1500)}`);
      }
      if (variant === 'starter') {
        const failing = report?.tests.filter((t) => t.status === 'failed' || t.status === 'error') ?? [];
        if (run.code !== 1 || report?.status !== 'failed') wrong.push(`${where}: expected failed, got exit ${run.code} ${report?.status} ${report?.message ?? ''}\n${(report?.output ?? run.output).slice(-1500)}`);
        else if (failing.some((t) => !t.message)) wrong.push(`${where}: a failing check without a message`);
      }
    }
    for (const variant of ['solution', 'starter'] as const) {
      const rows = exercises.map((exercise) => ({
        name: exercise.id,
        ms: Object.fromEntries(runs.filter((r) => r.exercise === exercise && r.variant === variant).map((r) => [r.stack, r.run.ms])),
      }));
      console.log(`      ${variant}s, ms per checks run (runner + checks):\n${timeTable(rows)}`);
    }
    assert.deepStrictEqual(wrong, []);
  });
});
