/**
 * Activation in the real editor, side by side with the floor: an extension that only registers one
 * command. Each run is a fresh code-server (VS Code 1.100.3) with a fresh profile, both extensions
 * installed, and a probe extension that times `getExtension(id).activate()` (load of the code plus
 * activate()) for each, in alternating order after a third one-command extension (the warm-up, which
 * takes the host's one-time cost of a first activation and is not compared), then opens the Topics view. The page notes when the
 * first topic row appears, which gives the tree's first paint after activation. Then the probe runs
 * Start Quiz and the bench reads, inside the quiz webview, when its script (dist/quiz.js, which says
 * `ready` as it runs) had loaded and when the first question was painted (the webview's own
 * Resource Timing and Largest Contentful Paint entries: one clock, nothing instrumented).
 * Prints median, min and max per extension, the ratio to the floor, and package sizes. It never
 * fails on time. Needs `npm run package` first (interview-coach.vsix at the repository root).
 *
 *   node out/bench/activationEditor.js [runs]      (default 7)
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { launchBrowser, openWorkbench } from '../test/harness/browser';
import { installVsix, newRunDir, startCodeServer } from '../test/harness/codeServer';
import { fixtureWorkspace, repoRoot } from '../test/harness/paths';

const RUNS = Number(process.argv[2] ?? 7);
const TARGET = 'interview-coach.interview-coach';
const FLOOR = 'bench.one-command';
/** Activated first in each run and not compared: it takes the host's one-time cost of a first activation. */
const WARM_UP = 'bench.warm-up';
const VSIX = path.join(repoRoot, 'interview-coach.vsix');
const benchDir = path.join(repoRoot, 'bench', 'activation');

interface ProbeResult {
  id: string;
  ms?: number;
  /** Interview Coach only: its module's load, the host's context set-up, and activate()'s own body. */
  loadMs?: number;
  contextMs?: number;
  activateMs?: number;
  heapMB?: number;
  wasActive?: boolean;
  activatedAt?: number;
  error?: string;
}

interface RunResult {
  results: ProbeResult[];
  viewCommandAt: number;
  topicPaneAt?: number;
  firstTopicRowAt?: number;
  /** Webview ready (its script loaded) to the first question painted, in ms. */
  firstQuestionMs?: number;
}

/**
 * Records when the Topics view's pane is first in the DOM and when its first row is (wall clock,
 * as the probe's), so the paint is timed from the later of activation and the view being there.
 */
function watchFirstTopicRow(): void {
  const w = window as unknown as { __topicPaneAt?: number; __firstTopicRowAt?: number };
  const seen = () => {
    if (w.__firstTopicRowAt) return;
    const pane = document.querySelector('[id="workbench.view.extension.interviewCoach"]');
    if (pane && !w.__topicPaneAt) w.__topicPaneAt = Date.now();
    if (pane?.querySelector('.monaco-list-row')) w.__firstTopicRowAt = Date.now();
  };
  new MutationObserver(seen).observe(document, { subtree: true, childList: true });
}

async function templateExtensions(): Promise<string> {
  if (!fs.existsSync(VSIX)) throw new Error(`${VSIX} is missing: run npm run package first`);
  const dir = path.join(newRunDir('bench-activation-template'), 'ext');
  await installVsix(VSIX, dir);
  // Folder extensions beside the installed one; the manifest lists them so the profile loads them.
  for (const name of ['floor', 'warmup', 'probe']) {
    const manifest = JSON.parse(fs.readFileSync(path.join(benchDir, name, 'package.json'), 'utf8'));
    fs.cpSync(path.join(benchDir, name), path.join(dir, `${manifest.publisher}.${manifest.name}-${manifest.version}`), { recursive: true });
  }
  fs.rmSync(path.join(dir, 'extensions.json'), { force: true });
  return dir;
}

async function oneRun(template: string, order: string[]): Promise<RunResult> {
  const runDir = newRunDir('bench-activation');
  const extensionsDir = path.join(runDir, 'ext');
  fs.cpSync(template, extensionsDir, { recursive: true });
  const out = path.join(runDir, 'probe.json');
  const settings = {
    'activationProbe.out': out,
    'activationProbe.extensions': order,
    'activationProbe.openView': 'interviewCoach.topics',
    'activationProbe.thenCommand': 'interviewCoach.startQuiz',
  };
  const server = await startCodeServer({ workspace: fixtureWorkspace, runDir, extensionsDir, settings });
  const context = await launchBrowser();
  try {
    const page = await openWorkbench(context, server.url(), { beforeGoto: async (p) => void (await p.addInitScript(watchFirstTopicRow)) });
    const deadline = Date.now() + 60_000;
    while (!fs.existsSync(out) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    if (!fs.existsSync(out)) throw new Error('the probe wrote nothing within 60 s');
    await new Promise((r) => setTimeout(r, 200)); // the file is written in one call; let it settle
    const run = JSON.parse(fs.readFileSync(out, 'utf8')) as RunResult;
    for (let i = 0; i < 50 && run.firstTopicRowAt === undefined; i++) {
      Object.assign(run, await page.evaluate(() => {
        const w = window as unknown as { __topicPaneAt?: number; __firstTopicRowAt?: number };
        return { topicPaneAt: w.__topicPaneAt, firstTopicRowAt: w.__firstTopicRowAt };
      }));
      if (run.firstTopicRowAt === undefined) await new Promise((r) => setTimeout(r, 100));
    }
    run.firstQuestionMs = await firstQuestion(page);
    return run;
  } finally {
    await context.close().catch(() => undefined);
    await server.stop();
    fs.rmSync(runDir, { recursive: true, force: true });
  }
}

/**
 * In the quiz webview (after Start Quiz): from the end of loading dist/quiz.js (the script posts
 * `ready` as it runs) to the paint of the first question (the last Largest Contentful Paint entry,
 * which is not the "Loading…" placeholder). Undefined when the webview did not show a question.
 */
async function firstQuestion(page: Page): Promise<number | undefined> {
  const frame = page.frameLocator('iframe.webview').frameLocator('iframe#active-frame');
  try {
    await frame.locator('#prompt').waitFor({ state: 'visible', timeout: 30_000 });
  } catch {
    return undefined;
  }
  return frame.locator('body').evaluate(async () => {
    const script = performance.getEntriesByType('resource').find((e) => /\/dist\/quiz\.js/.test(e.name)) as PerformanceResourceTiming | undefined;
    const paints = await new Promise<PerformanceEntryList>((resolve) => {
      new PerformanceObserver((list) => resolve(list.getEntries())).observe({ type: 'largest-contentful-paint', buffered: true });
      setTimeout(() => resolve([]), 1000);
    });
    const shown = paints.filter((e) => !(e as PerformanceEntry & { element?: Element }).element?.matches('main > p.muted')).at(-1);
    return script && shown ? shown.startTime - script.responseEnd : undefined;
  });
}

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted[sorted.length - 1] };
};
const fmt = (n: number) => n.toFixed(1).padStart(7);

function jsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? jsFiles(path.join(dir, e.name)) : e.name.endsWith('.js') ? [path.join(dir, e.name)] : []));
}

function packageSizes(): void {
  const dist = path.join(repoRoot, 'dist');
  const js = jsFiles(dist).map((f) => ({ name: path.relative(dist, f), kb: fs.statSync(f).size / 1024 })).sort((a, b) => b.kb - a.kb);
  const total = js.reduce((sum, f) => sum + f.kb, 0);
  console.log(`\ndist JS: ${total.toFixed(0)} KB in ${js.length} files (${js.map((f) => `${f.name} ${f.kb.toFixed(0)}`).join(', ')})`);
  const listing = execFileSync('unzip', ['-l', VSIX], { encoding: 'utf8' });
  const files = listing.split('\n').filter((l) => /^\s*\d+\s+\S+\s+\S+\s+extension\//.test(l));
  const installed = files.reduce((sum, l) => sum + Number(l.trim().split(/\s+/)[0]), 0);
  const images = files.filter((l) => /\.(png|jpe?g|gif|svg|ttf|woff2?)$/.test(l)).map((l) => l.trim().split(/\s+/).slice(-1)[0].replace(/^extension\//, ''));
  console.log(`.vsix: ${(fs.statSync(VSIX).size / 1024).toFixed(0)} KB; installed: ${(installed / 1024).toFixed(0)} KB in ${files.length} files`);
  console.log(`images and fonts in the .vsix: ${images.join(', ') || 'none'}`);
}

async function main(): Promise<void> {
  const template = await templateExtensions();
  const times: Record<string, number[]> = { [WARM_UP]: [], [FLOOR]: [], [TARGET]: [] };
  const heap: Record<string, number[]> = { [WARM_UP]: [], [FLOOR]: [], [TARGET]: [] };
  const split = { loadMs: [] as number[], contextMs: [] as number[], activateMs: [] as number[] };
  /** Times by position after the warm-up (the one activated second waits on the first's after-work). */
  const byPosition: Record<string, [number[], number[]]> = { [FLOOR]: [[], []], [TARGET]: [[], []] };
  const paints: number[] = [];
  const questions: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const order = [WARM_UP, ...(run % 2 === 0 ? [FLOOR, TARGET] : [TARGET, FLOOR])];
    const result = await oneRun(template, order);
    for (const r of result.results) {
      if (r.error || r.ms === undefined) throw new Error(`${r.id}: ${r.error ?? 'no time'}`);
      if (r.wasActive) throw new Error(`${r.id} was already active before the probe ran: something activates it at startup`);
      times[r.id].push(r.ms);
      heap[r.id].push(r.heapMB ?? 0);
      if (r.id !== WARM_UP) byPosition[r.id][order.indexOf(r.id) - 1].push(r.ms);
      if (r.id === TARGET) for (const key of Object.keys(split) as (keyof typeof split)[]) if (r[key] !== undefined) split[key].push(r[key]);
    }
    const activated = result.results.find((r) => r.id === TARGET)?.activatedAt;
    if (result.firstTopicRowAt && activated) paints.push(result.firstTopicRowAt - Math.max(activated, result.topicPaneAt ?? 0));
    if (result.firstQuestionMs !== undefined) questions.push(result.firstQuestionMs);
    console.log(`run ${run + 1}/${RUNS}: ${result.results.map((r) => `${r.id} ${r.ms!.toFixed(1)} ms`).join(', ')}`);
  }
  fs.rmSync(path.dirname(template), { recursive: true, force: true });
  const floor = stats(times[FLOOR]);
  console.log(`\nactivation (getExtension().activate(): load + activate()), ${RUNS} interleaved runs, fresh profile each, after a warm-up extension (median ${stats(times[WARM_UP]).median.toFixed(1)} ms)`);
  console.log('extension                        median     min     max   heap MB   ratio');
  for (const id of [FLOOR, TARGET]) {
    const s = stats(times[id]);
    console.log(`${id.padEnd(32)}${fmt(s.median)} ${fmt(s.min)} ${fmt(s.max)} ${fmt(stats(heap[id]).median)}   ×${(s.median / floor.median).toFixed(2)}`);
  }
  const position = (id: string, i: 0 | 1) => (byPosition[id][i].length ? stats(byPosition[id][i]).median.toFixed(1) : '–');
  console.log(`by position, medians: first after the warm-up: floor ${position(FLOOR, 0)} ms, Interview Coach ${position(TARGET, 0)} ms; second: floor ${position(FLOOR, 1)} ms, Interview Coach ${position(TARGET, 1)} ms`);
  if (split.activateMs.length > 0) {
    const m = (values: number[]) => stats(values).median.toFixed(1);
    console.log(`Interview Coach, medians: load of the code ${m(split.loadMs)} ms, context set-up by the host ${m(split.contextMs)} ms, activate() ${m(split.activateMs)} ms`);
  }
  if (paints.length > 0) {
    const p = stats(paints);
    console.log(`\nTopics tree first paint (first row, from the later of activation and the view's pane in the DOM): median ${p.median} ms (min ${p.min}, max ${p.max}, ${paints.length} runs)`);
  } else console.log('\nTopics tree first paint: not seen');
  if (questions.length > 0) {
    const q = stats(questions);
    console.log(`quiz first question (webview script loaded and ready → first question painted): median ${q.median.toFixed(0)} ms (min ${q.min.toFixed(0)}, max ${q.max.toFixed(0)}, ${questions.length} runs)`);
  } else console.log('quiz first question: not seen');
  packageSizes();
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  },
);
