/**
 * End-to-end UI suite: installs the packaged `interview-coach.vsix` into a real VS Code
 * (code-server 4.100.3 = VS Code 1.100.3) and drives it through Chromium like a person:
 * activity bar → Topics tree → quiz panel (type, reveal, grade with the keyboard) → command
 * palette → snippet editor → snippet run in the terminal → window reload (steps 1–7); a timed
 * mock interview (3 questions of 0.5 minutes: clock, time-up signal, report, a self-grade; 9),
 * the Progress panel (10) and the flashcard mode (11), all in one code-server session; then, in a
 * second session, screenshots (8, 12): the quiz panel in the Light, Dark and High Contrast themes,
 * typed/flashcard mode, a mock question and its report, the Progress panel in Dark and Light.
 * Every step prints its time; step 9b waits the 30 s of a mock question on purpose.
 *
 *   node esbuild.js && npx tsc -p tsconfig.test.json && npm run --silent package
 *   node out/test/ui/run.js                     # the whole suite (about 125 s)
 *   node out/test/ui/run.js --screenshots-only  # only install + screenshots/*.png (about 55 s)
 *   node out/test/ui/run.js --no-screenshots    # only the functional steps
 *   npm run screenshots                         # package, then --screenshots-only --update-screenshots
 *
 * Screenshots (taken every run into the run folder's screenshots/, kept on success too, so a test
 * run leaves the work tree clean; `--update-screenshots` writes them over the tracked ones in
 * screenshots/ instead): quiz-{light,dark,hc}.png, mode-typed.png, grading-{paraphrase,reversed}.png, mode-flashcard.png,
 * mock-question.png, mock-report.png, progress-dark.png, progress-light.png (the last three are
 * taller than the window's 900 px so the whole document shows).
 * Step 13 (test/ui/exerciseSteps.ts, its own session, in both modes): an exercise opened from the
 * tree, failed, fixed by typing and passed; exercise-failing.png, exercise-passing.png, exercise-card.png.
 *
 * Expected topics and counts are not hard-coded: they are read from the installed extension's
 * `questions/` folder with the extension's own pipeline (loadDecks), so the suite follows the bank.
 *
 * Env:
 *   UI_BREAK_WEBVIEW=1  after installing, overwrite the installed extension's dist/quiz.js with
 *                       `throw new Error("broken webview");` — proves the suite fails (at step 3).
 *   UI_DECKS=<folder>   copy a deck folder (e.g. test/fixtures/decks/good) over the installed
 *                       extension's questions/ (development aid, before the bank exists).
 *   HEADED=1            show the browser.  KEEP_TEST_RUN=1  keep .test-run/ui-* even on success.
 *   UI_DEBUG=1          log command-palette retries.  UI_TIMEOUT_MS  hard limit for the run (300000).
 *   VSIX=<path>         the .vsix to install (default: interview-coach.vsix at the repository root).
 *
 * On a failure: a screenshot and the code-server log are kept under .test-run/ui-* and their
 * paths printed; servers and the browser are always stopped. Exit code 1 when a step failed.
 */
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { bankSource, loadDecks } from '../../src/core/deck/load/loadDecks';
import { BANK_PACK, extractBankPack } from '../../src/node/bankPack';
import { nodeFileAccess } from '../../src/node/nodeFileAccess';
import { Deck, DeckDiagnostic, Question } from '../../src/core/deck/model';
import { COMPILED_BANK_FILE, readCompiledBank } from '../../src/core/deck/compiled/compiledBank';
import { renderMarkdown } from '../../src/core/markdown/renderMarkdown';
import { describeCounts } from '../../src/core/quiz/queue';
import { launchBrowser, openWorkbench } from '../harness/browser';
import { CodeServer, installVsix, newRunDir, registerExitCleanup, startCodeServer } from '../harness/codeServer';
import { fixtureWorkspace, repoRoot } from '../harness/paths';
import {
  activityBadge,
  clockSeconds,
  describeQuiz,
  describeRows,
  editorText,
  findTreeRow,
  normalise,
  openInterviewCoachView,
  pickColorTheme,
  progressPanel,
  promptText,
  quiz,
  rowDescription,
  runCommand,
  sleep,
  statusBarLabel,
  tabLabels,
  terminalText,
  treeRow,
  waitUntil,
} from './workbench';
import { exerciseSteps } from './exerciseSteps';

const ARGS = process.argv.slice(2);
const SCREENSHOTS_ONLY = ARGS.includes('--screenshots-only');
const NO_SCREENSHOTS = ARGS.includes('--no-screenshots');
const BREAK_WEBVIEW = process.env.UI_BREAK_WEBVIEW === '1';
const VSIX = path.resolve(process.env.VSIX || path.join(repoRoot, 'interview-coach.vsix'));
const PYTHON = '/usr/bin/python3';
/** Hard limit for the whole run; a hung browser must not hang CI. */
const RUN_TIMEOUT_MS = Number(process.env.UI_TIMEOUT_MS || 300_000);

const BASE_SETTINGS: Record<string, unknown> = {
  'interviewCoach.pythonPath': PYTHON,
  // Only the bank the .vsix ships (other suites may put decks into the fixture workspace).
  'interviewCoach.workspaceDeckFolder': '',
  'interviewCoach.deckFolders': [],
  // The DOM renderer keeps the terminal's text in `.xterm-rows`, readable by the test.
  'terminal.integrated.gpuAcceleration': 'off',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'chat.commandCenter.enabled': false,
  'workbench.layoutControl.enabled': false,
};

/** Step 9: a short mock interview whose clock runs out within the run. */
const MOCK_SETTINGS: Record<string, unknown> = {
  'interviewCoach.mockInterview.questionCount': 3,
  'interviewCoach.mockInterview.minutesPerQuestion': 0.5, // the minimum: the time-up signal after 30 s
};
const MOCK_COUNT = 3;
const DUE_STATUS_ID = 'interview-coach.interview-coach.interviewCoach.due';

const THEMES = [
  { file: 'quiz-light.png', theme: 'Default Light Modern', label: 'Light Modern', workbenchClass: 'vs', bodyClass: 'vscode-light' },
  { file: 'quiz-dark.png', theme: 'Default Dark Modern', label: 'Dark Modern', workbenchClass: 'vs-dark', bodyClass: 'vscode-dark' },
  { file: 'quiz-hc.png', theme: 'Default High Contrast', label: 'Dark High Contrast', workbenchClass: 'hc-black', bodyClass: 'vscode-high-contrast' },
] as const;

/* ------------------------------------------------------------------ report */

let passed = 0;
let failed = 0;
let skipped = 0;
let aborted = false;
const started = Date.now();
const runDir = newRunDir('ui');
/** Where the shots go: the run folder, or the tracked screenshots/ with --update-screenshots. */
const SCREENSHOT_DIR = ARGS.includes('--update-screenshots') ? path.join(repoRoot, 'screenshots') : path.join(runDir, 'screenshots');
const artifacts: string[] = [];
/** The page and server a failure screenshot / log should come from. */
let currentPage: Page | undefined;
let currentServer: CodeServer | undefined;
let currentConsoleLog: string | undefined;
/** Uncaught errors in the workbench or the webview (shown with a failure). */
const pageErrors: string[] = [];

const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
function out(line: string): void {
  process.stdout.write(`[ui] ${line}\n`);
}

async function step<T>(name: string, fn: () => Promise<T>): Promise<T | undefined> {
  if (aborted) {
    skipped++;
    out(`SKIP  ${name}`);
    return undefined;
  }
  const t0 = Date.now();
  try {
    const value = await fn();
    passed++;
    const detail = typeof value === 'string' && value ? ` — ${value}` : '';
    out(`PASS  ${name} (${secs(Date.now() - t0)})${detail}`);
    return value;
  } catch (err) {
    failed++;
    aborted = true;
    const message = err instanceof Error ? err.message : String(err);
    out(`FAIL  ${name} (${secs(Date.now() - t0)}): ${message.split('\n').slice(0, 6).join('\n        ')}`);
    await saveFailureArtifacts(name);
    return undefined;
  }
}

async function saveFailureArtifacts(stepName: string): Promise<void> {
  const slug = stepName.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase().slice(0, 60);
  if (currentPage && !currentPage.isClosed()) {
    const shot = path.join(runDir, `failure-${slug}.png`);
    try {
      await currentPage.screenshot({ path: shot, timeout: 10_000 });
      artifacts.push(`screenshot: ${shot}`);
      out(`      screenshot: ${shot}`);
    } catch (e) {
      out(`      could not take a screenshot: ${(e as Error).message.split('\n')[0]}`);
    }
    try {
      out(`      ${await describeQuiz(currentPage)}`);
    } catch {
      /* ignore */
    }
  }
  if (currentServer) {
    artifacts.push(`code-server log: ${currentServer.logPath}`);
    out(`      code-server log: ${currentServer.logPath}`);
  }
  if (currentConsoleLog) {
    artifacts.push(`browser console: ${currentConsoleLog}`);
    out(`      browser console: ${currentConsoleLog}`);
  }
  for (const e of pageErrors.slice(-3)) out(`      page error: ${e}`);
}

/* ------------------------------------------------------------------ the bank */

interface Bank {
  decks: Deck[];
  /** Question shown in steps 3–4 and the screenshots: its answer has a highlighted code block. */
  codeQuestion: Question;
  codeDeck: Deck;
}

function hasHighlightedCode(q: Question): boolean {
  return renderMarkdown(q.answer).includes('<pre class="hljs">');
}

/**
 * The decks the installed extension shows: its compiled bank (dist/bank.json.br), else its questions/
 * parsed. The compiled bank's snippets are in its pack (dist/bank-files.br): its paths point into
 * the pack written out, as the extension does, so the steps can read and run them.
 */
async function installedBank(installed: string): Promise<{ decks: Deck[]; diagnostics: DeckDiagnostic[] }> {
  const compiled = path.join(installed, 'dist', COMPILED_BANK_FILE);
  const pack = path.join(installed, 'dist', BANK_PACK);
  const files = fs.existsSync(pack) ? await extractBankPack(pack, fs.mkdtempSync(path.join(os.tmpdir(), 'ui-bank-'))) : path.join(installed, 'questions');
  const bank = fs.existsSync(compiled) ? readCompiledBank(fs.readFileSync(compiled), files) : undefined;
  return bank ?? loadDecks([bankSource(path.join(installed, 'questions'))], nodeFileAccess);
}

function pickCodeQuestion(decks: Deck[]): { codeQuestion: Question; codeDeck: Deck } {
  let best: { codeQuestion: Question; codeDeck: Deck; score: number } | undefined;
  decks.forEach((deck, d) => {
    if (deck.questions.length < 2) return; // grading it must lead to a next question
    deck.questions.forEach((q, i) => {
      if (!hasHighlightedCode(q)) return;
      // Near the top of the tree, so it is on screen without scrolling; a snippet is a bonus.
      const score = d + i + (q.snippets.length ? 0 : 0.5);
      if (!best || score < best.score) best = { codeQuestion: q, codeDeck: deck, score };
    });
  });
  if (!best) throw new Error('no question in a deck of 2+ questions has a fenced code block in a known language');
  return best;
}

function deckOf(decks: Deck[], q: Question): Deck {
  return decks.find((d) => d.id === q.topicId)!;
}

/** First non-empty line of the first highlighted code block, as the project's renderer produces it. */
function firstCodeLine(markdown: string): string {
  const html = /<pre class="hljs"><code[^>]*>([\s\S]*?)<\/code><\/pre>/.exec(renderMarkdown(markdown))?.[1] ?? '';
  const text = html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&');
  return text.split('\n').find((l) => l.trim())?.trim() ?? '';
}

/** Runs the snippet outside VS Code (in a scratch copy) to learn its own final `OK:` line. */
function expectedOkLine(snippet: string): Promise<string> {
  const dir = fs.mkdtempSync(path.join(runDir, 'snippet-'));
  const copy = path.join(dir, path.basename(snippet));
  fs.copyFileSync(snippet, copy);
  return new Promise((resolve, reject) => {
    execFile(PYTHON, [copy], { cwd: dir, timeout: 90_000, maxBuffer: 8 * 1024 * 1024 }, (err, stdout, stderr) => {
      const ok = stdout
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l.startsWith('OK:'))
        .pop();
      if (err || !ok) reject(new Error(`${PYTHON} ${path.basename(snippet)} outside VS Code: ${err ? err.message : 'no OK: line'}\n${stderr.slice(-500)}`));
      else resolve(ok);
    });
  });
}

/* ------------------------------------------------------------------ session */

interface Session {
  server: CodeServer;
  context: BrowserContext;
  page: Page;
  settingsPath: string;
}

async function openSession(name: string, extensionsDir: string, settings: Record<string, unknown>): Promise<Session> {
  const server = await startCodeServer({
    workspace: fixtureWorkspace,
    extensionsDir,
    runDir: path.join(runDir, name),
    settings: { ...BASE_SETTINGS, ...settings },
  });
  currentServer = server;
  let context: BrowserContext | undefined;
  try {
    context = await launchBrowser();
    const page = context.pages()[0] ?? (await context.newPage());
    currentPage = page;
    currentConsoleLog = path.join(runDir, name, 'browser-console.log');
    const consoleLog = fs.createWriteStream(currentConsoleLog);
    consoleLog.on('error', () => undefined);
    page.on('console', (m) => consoleLog.write(`[${m.type()}] ${m.text()}\n`));
    page.on('pageerror', (e) => {
      consoleLog.write(`[pageerror] ${e.stack ?? e.message}\n`);
      pageErrors.push(e.message.split('\n')[0]);
    });
    page.on('close', () => consoleLog.end());
    page.setDefaultTimeout(15_000);
    await openWorkbench(context, server.url(), { timeoutMs: 60_000 });
    return { server, context, page, settingsPath: path.join(runDir, name, 'data', 'User', 'settings.json') };
  } catch (e) {
    await context?.close().catch(() => undefined);
    await server.stop();
    throw e;
  }
}

async function closeSession(s: Session | undefined): Promise<void> {
  if (!s) return;
  await s.context.close().catch(() => undefined);
  await s.server.stop();
}

/* ------------------------------------------------------------------ checks */

async function expectCounts(page: Page, decks: Deck[], graded: ReadonlySet<string>, timeoutMs = 15_000): Promise<void> {
  for (const deck of decks) {
    const total = deck.questions.length;
    const fresh = deck.questions.filter((q) => !graded.has(q.id)).length;
    const expected = describeCounts({ total, new: fresh, due: 0 });
    const row = await findTreeRow(page, deck.title, timeoutMs);
    await waitUntil(`"${deck.title}" to read "${expected}"`, async () => (await rowDescription(row)) === expected, timeoutMs, () => rowDescription(row));
  }
}

async function expectPrompt(page: Page, prompt: string, timeoutMs = 20_000): Promise<void> {
  await waitUntil(`the quiz panel to show ${JSON.stringify(prompt)}`, async () => (await promptText(page)) === prompt, timeoutMs, () => describeQuiz(page));
}

/** Open `q` from the Topics tree (expanding its topic first when needed). */
async function openFromTree(page: Page, deck: Deck, q: Question): Promise<void> {
  await openInterviewCoachView(page);
  const topic = await findTreeRow(page, deck.title);
  if ((await topic.getAttribute('aria-expanded')) !== 'true') await topic.click();
  await waitUntil(`"${deck.title}" to expand`, async () => (await topic.getAttribute('aria-expanded')) === 'true', 5_000);
  const row = await findTreeRow(page, q.prompt);
  await row.click();
}

/** The bank question on screen, by prompt and the header's topic title. */
async function questionOnScreen(page: Page, decks: Deck[]): Promise<Question> {
  const prompt = await promptText(page);
  const topic = ((await quiz(page).locator('.meta .topic').first().textContent()) ?? '').trim();
  const q = decks.filter((d) => d.title === topic).flatMap((d) => d.questions).find((x) => x.prompt === prompt);
  if (!q) throw new Error(`the panel shows ${JSON.stringify(prompt)} (topic ${JSON.stringify(topic)}), which is no question of the bank`);
  return q;
}

async function positionText(page: Page): Promise<string> {
  return ((await quiz(page).locator('.meta .position').first().textContent()) ?? '').trim();
}

async function hasClass(locator: Locator, name: string): Promise<boolean> {
  return ((await locator.getAttribute('class')) ?? '').split(/\s+/).includes(name);
}

/** A key point as plain words (the matcher reads words, not Markdown). */
function plain(markdown: string): string {
  return markdown.replace(/[`*_]/g, '');
}

/** F1 → "Start Mock Interview"; the topic picker opens with every topic picked; Enter accepts. */
async function startMockFromPalette(page: Page, decks: Deck[]): Promise<void> {
  const widget = page.locator('.quick-input-widget');
  const title = async () => ((await widget.locator('.quick-input-title').first().textContent()) ?? '').trim();
  const count = async () => ((await widget.locator('.quick-input-count').first().textContent()) ?? '').trim();
  const pickerOpen = async () => (await title()) === 'Start Mock Interview' && (await count()) === `${decks.length} Selected`;
  const describe = async () => `title ${JSON.stringify(await title())}, count ${JSON.stringify(await count())}`;
  for (let attempt = 1; ; attempt++) {
    await runCommand(page, 'Interview Coach: Start Mock Interview');
    try {
      await waitUntil(`the topic picker with "${decks.length} Selected"`, pickerOpen, 5_000, describe);
      break;
    } catch (e) {
      // Seen once: the palette entry was clicked while the palette was still filling, and nothing ran.
      if (attempt >= 2) throw e;
      await page.keyboard.press('Escape');
    }
  }
  const unchecked = await widget.locator('.monaco-list-row').evaluateAll((rows) => rows.filter((r) => r.getAttribute('aria-checked') !== 'true').map((r) => r.textContent));
  if (unchecked.length) throw new Error(`topics not pre-picked: ${unchecked.join(', ')}`);
  await widget.locator('input').first().press('Enter');
  await waitUntil(`the mock interview's first question ("1 / ${MOCK_COUNT}")`, async () => (await quiz(page).locator('.mock-banner').count()) > 0 && (await positionText(page)) === `1 / ${MOCK_COUNT}`, 15_000, () => describeQuiz(page));
}

/** Put `text` into the mock answer box (typed key by key, or filled), then Ctrl+Enter. */
async function answerMockQuestion(page: Page, text: string, typeIt: boolean): Promise<void> {
  const box = quiz(page).locator('textarea#answer');
  await box.click();
  if (typeIt) await page.keyboard.type(text);
  else await box.fill(text);
  await page.keyboard.press('Control+Enter');
}

async function waitForMockPosition(page: Page, position: number, before: string): Promise<void> {
  await waitUntil(`mock question ${position} / ${MOCK_COUNT}`, async () => (await positionText(page)) === `${position} / ${MOCK_COUNT}` && (await promptText(page)) !== before, 10_000, () => describeQuiz(page));
}

async function waitForReport(page: Page): Promise<void> {
  await waitUntil('the mock interview report', async () => (await quiz(page).locator('#report-title').count()) > 0, 10_000, () => describeQuiz(page));
}

/** Click a report row's grade; the row's four buttons become disabled, the chosen one pressed. */
async function gradeReportRow(page: Page, index: number, grade: 1 | 2 | 3 | 4, name: string): Promise<void> {
  const row = quiz(page).locator('article.report-row').nth(index);
  const chosen = row.locator(`.grades button.grade-${grade}`);
  const label = ((await chosen.textContent()) ?? '').trim();
  if (label !== name) throw new Error(`row ${index + 1}'s grade-${grade} button reads ${JSON.stringify(label)}, expected ${JSON.stringify(name)}`);
  await chosen.click();
  const buttons = row.locator('.grades button.grade');
  const states = () =>
    buttons.evaluateAll((bs) => bs.map((b) => `${(b.textContent ?? '').trim()}:${(b as HTMLButtonElement).disabled ? 'disabled' : 'enabled'}:${b.getAttribute('aria-pressed')}`));
  await waitUntil(`row ${index + 1}'s grade buttons to be disabled with "${name}" pressed`, async () => {
    const st = await states();
    return st.length === 4 && st.every((x) => x.includes(':disabled:')) && st.filter((x) => x.endsWith(':true')).join() === `${name}:disabled:true`;
  }, 10_000, async () => (await states()).join(' | '));
}

/* ------------------------------------------------------------------ suite */

async function functionalSteps(extensionsDir: string, bank: Bank): Promise<void> {
  const { decks, codeQuestion: q, codeDeck } = bank;
  const graded = new Set<string>();
  /** Grades given so far (each one review-log entry), for the Progress panel's totals. */
  let reviews = 0;
  let s: Session | undefined;
  try {
    await step('1b. code-server starts with the installed .vsix and the workbench loads', async () => {
      s = await openSession('main', extensionsDir, MOCK_SETTINGS);
      return `code-server on 127.0.0.1:${s.server.port}`;
    });
    if (!s) return;
    const page = (s as Session).page;
    const settingsPath = (s as Session).settingsPath;

    await step('2. Interview Coach view lists every topic as "<total> · <total> new"', async () => {
      await openInterviewCoachView(page);
      await expectCounts(page, decks, graded, 20_000);
      const topLevel = await page.locator('.part.sidebar .monaco-list-row[aria-level="1"]').count();
      if (topLevel !== decks.length) throw new Error(`expected ${decks.length} topic rows, saw ${topLevel}: ${await describeRows(page)}`);
      return `${decks.length} topics: ${decks.map((d) => `${d.id} ${d.questions.length}`).join(', ')}`;
    });

    await step(`3. expanding "${codeDeck.title}" and clicking a question opens it in the quiz panel`, async () => {
      await openFromTree(page, codeDeck, q);
      await expectPrompt(page, q.prompt);
      const topic = (await quiz(page).locator('.meta .topic').textContent())?.trim();
      if (topic !== codeDeck.title) throw new Error(`panel header shows topic ${JSON.stringify(topic)}, expected ${JSON.stringify(codeDeck.title)}`);
      return JSON.stringify(q.prompt);
    });

    await step('4. type an answer, reveal (Ctrl+Enter), model answer with code + key points, grade with "3", next question', async () => {
      const frame = quiz(page);
      const typed = 'Typed by the UI test: my answer, said out loud.';
      // The panel may remember the flashcard mode; this step is about the typed answer.
      const typedMode = frame.locator('.mode-switch button.mode', { hasText: 'Typed' });
      if ((await frame.locator('textarea#answer').count()) === 0 && (await typedMode.count()) > 0) await typedMode.click();
      await frame.locator('textarea#answer').click();
      await page.keyboard.type(typed);
      await page.keyboard.press('Control+Enter');
      await frame.locator('#model-answer').waitFor({ state: 'visible' });
      const code = frame.locator('#model-answer pre.hljs code');
      await code.first().waitFor({ state: 'visible' });
      const codeText = normalise(await code.first().innerText());
      const line = firstCodeLine(q.answer);
      if (!codeText.includes(line)) throw new Error(`code block does not contain ${JSON.stringify(line)}: ${JSON.stringify(codeText.slice(0, 200))}`);
      const highlighted = await code.first().locator('[class^="hljs-"]').count();
      if (highlighted === 0) throw new Error('the code block has no highlight.js spans');
      const points = await frame.locator('ul#key-points li').count();
      if (points !== q.keyPoints.length) throw new Error(`${points} key points shown, the deck has ${q.keyPoints.length}`);
      if (q.followUps.length) {
        const follow = await frame.locator('ul#follow-ups li').count();
        if (follow !== q.followUps.length) throw new Error(`${follow} follow-ups shown, the deck has ${q.followUps.length}`);
      }
      const mine = (await frame.locator('.user-answer').textContent())?.trim();
      if (mine !== typed) throw new Error(`"Your answer" shows ${JSON.stringify(mine)}`);
      const grades = await frame.locator('.grades .grade').allInnerTexts();
      if (grades.length !== 4) throw new Error(`${grades.length} grade buttons`);
      for (const [i, name] of ['Again', 'Hard', 'Good', 'Easy'].entries()) {
        if (!grades[i].includes(name) || !/\d+\s*[smhdwy]|\d/.test(grades[i])) throw new Error(`grade button ${i + 1} reads ${JSON.stringify(grades[i])}`);
      }
      await page.keyboard.press('3');
      graded.add(q.id);
      reviews++;
      const position = frame.locator('.meta .position');
      await waitUntil('the next question ("2 / N")', async () => /^2 \/ \d+$/.test(((await position.textContent()) ?? '').trim()) && (await promptText(page)) !== q.prompt, 10_000, () => describeQuiz(page));
      const next = await promptText(page);
      await expectCounts(page, [codeDeck], graded, 10_000);
      return `${codeText.split('\n').length}-line code block, ${points} key points, grades ${grades.map((g) => g.replace(/\s+/g, ' ')).join(' / ')}; next: ${JSON.stringify(next)}; tree now "${await rowDescription(treeRow(page, codeDeck.title).first())}"`;
    });

    let snippetQuestion: Question | undefined;
    await step('5. F1 → "Interview Coach: Start Quiz" shows the first question of a quiz over all topics', async () => {
      await runCommand(page, 'Interview Coach: Start Quiz');
      const position = quiz(page).locator('.meta .position');
      await waitUntil('"1 / N" in the panel', async () => /^1 \/ \d+$/.test(((await position.textContent()) ?? '').trim()), 15_000, () => describeQuiz(page));
      const prompt = (await promptText(page))!;
      const all = decks.flatMap((d) => d.questions).filter((x) => !graded.has(x.id));
      snippetQuestion = all.find((x) => x.prompt === prompt);
      if (!snippetQuestion) throw new Error(`the panel shows ${JSON.stringify(prompt)}, which is no ungraded question of the bank`);
      const order = snippetQuestion.id === all[0].id ? 'the first new question of the bank' : `not the bank's first new question (${all[0].id})`;
      const title = (await page.locator('.tabs-container .tab.active .label-name').first().textContent())?.trim();
      if (title !== 'Interview Coach') throw new Error(`panel tab title ${JSON.stringify(title)}`);
      return `${(await position.textContent())?.trim()}: ${JSON.stringify(prompt)}, ${order}`;
    });

    let promptBeforeReload: string | undefined;
    await step('6. "o" opens the snippet in an editor beside; "Interview Coach: Run Snippet" prints its OK: line in the terminal', async () => {
      const frame = quiz(page);
      // The quiz goes in bank order; grade past questions without a snippet (rare) to reach one.
      for (let hops = 0; !snippetQuestion!.snippets.length; hops++) {
        if (hops > 10) throw new Error('no question with a snippet within the first 10 of the quiz');
        const before = snippetQuestion!.prompt;
        await frame.locator('#prompt').click();
        await page.keyboard.press('Space');
        await frame.locator('.grade-3').waitFor({ state: 'visible' });
        await page.keyboard.press('3');
        graded.add(snippetQuestion!.id);
        reviews++;
        await waitUntil('the next question', async () => (await frame.locator('#done').count()) > 0 || ((await promptText(page)) ?? before) !== before, 10_000, () => describeQuiz(page));
        if ((await frame.locator('#done').count()) > 0) throw new Error('the quiz ended ("All done") before a question with a snippet came up');
        const prompt = await promptText(page);
        snippetQuestion = decks.flatMap((d) => d.questions).find((x) => x.prompt === prompt && !graded.has(x.id));
        if (!snippetQuestion) throw new Error(`unknown question on screen: ${JSON.stringify(prompt)}`);
      }
      const sq = snippetQuestion!;
      const snippet = sq.snippets[0];
      const okLine = expectedOkLine(snippet);
      okLine.catch(() => undefined);
      const name = path.basename(snippet);
      const firstLine = fs.readFileSync(snippet, 'utf8').split('\n').map((l) => l.trim()).find(Boolean)!;

      await frame.locator('#prompt').click(); // focus the page, not the textarea
      await page.keyboard.press('o');
      await waitUntil(`an editor tab "${name}"`, async () => (await tabLabels(page)).includes(name), 15_000, async () => (await tabLabels(page)).join(', '));
      await waitUntil(`the editor to show ${JSON.stringify(firstLine)}`, async () => (await editorText(page)).includes(firstLine), 10_000, async () => JSON.stringify((await editorText(page)).slice(0, 200)));
      const groups = await page.locator('.editor-group-container').count();
      if (groups < 2) throw new Error(`the snippet did not open beside the quiz (${groups} editor group)`);

      await runCommand(page, 'Interview Coach: Run Snippet');
      const expected = await okLine;
      const squash = (t: string) => t.replace(/\s+/g, '');
      await waitUntil(`the terminal to show ${JSON.stringify(expected)}`, async () => squash(await terminalText(page)).includes(squash(expected)), 60_000, async () => JSON.stringify((await terminalText(page)).slice(-400)));
      const term = await terminalText(page);
      if (!term.includes(PYTHON)) throw new Error(`the task did not run ${PYTHON}: ${JSON.stringify(term.slice(0, 300))}`);
      promptBeforeReload = await promptText(page);
      return `${name} (${sq.id}) → ${JSON.stringify(expected)}`;
    });

    await step('7. after a window reload the quiz panel is restored and the tree keeps the grade', async () => {
      const t0 = Date.now();
      // "Developer: Reload Window" shuts the workbench down properly (state flushed) before reloading;
      // a bare page.reload() in code-server sometimes loses the open editors (seen 2 of 3 times).
      const navigated = page.waitForEvent('framenavigated', { predicate: (f) => f === page.mainFrame(), timeout: 30_000 });
      await runCommand(page, 'Developer: Reload Window');
      await navigated;
      await page.locator('.monaco-workbench').first().waitFor({ state: 'attached', timeout: 60_000 });
      const t1 = Date.now();
      await expectPrompt(page, promptBeforeReload!, 30_000);
      const t2 = Date.now();
      await openInterviewCoachView(page);
      await expectCounts(page, decks, graded, 20_000);
      const row = treeRow(page, codeDeck.title).first();
      return `panel shows ${JSON.stringify(promptBeforeReload)}; "${codeDeck.title}" reads "${await rowDescription(row)}" (workbench ${secs(t1 - t0)}, panel ${secs(t2 - t1)}, tree ${secs(Date.now() - t2)})`;
    });

    /* ---- 9. a mock interview through the UI (questionCount 3, minutesPerQuestion 0.5) ---- */
    const mock: { q: Question; answer: string }[] = [];
    await step(`9a. F1 → "Interview Coach: Start Mock Interview", Enter keeps every topic; the clock counts down; type, Ctrl+Enter`, async () => {
      // One editor group again (step 6 opened the snippet beside), so the panel has the whole editor area.
      await runCommand(page, 'View: Close All Editor Groups');
      await waitUntil('the editors to close', async () => (await tabLabels(page)).length === 0, 10_000, async () => (await tabLabels(page)).join(', '));
      await startMockFromPalette(page, decks);
      const frame = quiz(page);
      const title = (await page.locator('.tabs-container .tab.active .label-name').first().textContent())?.trim();
      if (title !== 'Mock interview') throw new Error(`panel tab title ${JSON.stringify(title)}, expected "Mock interview"`);
      const clock = frame.locator('.timer .clock');
      const first = clockSeconds(await clock.textContent());
      if (first === undefined || first > 30 || first < 20) throw new Error(`the clock reads ${JSON.stringify(await clock.textContent())}, expected about 0:30`);
      const later = await waitUntil('the clock to count down', async () => {
        const now = clockSeconds(await clock.textContent());
        return now !== undefined && now < first ? now : undefined;
      }, 5_000, async () => JSON.stringify(await clock.textContent()));
      const bar = await frame.locator('.time-track .time-bar').evaluate((b) => (b as HTMLElement).style.width);
      if (await hasClass(frame.locator('#app'), 'over-time')) throw new Error('#app is over-time at the start');
      const q1 = await questionOnScreen(page, decks);
      const answer = 'Mock answer one, typed by the UI test: I would start from the definition and give an example.';
      await answerMockQuestion(page, answer, true);
      mock.push({ q: q1, answer });
      await waitForMockPosition(page, 2, q1.prompt);
      return `${q1.id}: clock ${first}s → ${later}s, time bar ${bar}; Ctrl+Enter → 2 / ${MOCK_COUNT}`;
    });

    await step('9b. question 2: after its 30 s the gentle signal (#app.over-time, "Time is up" notice, +m:ss clock); the answer box stays', async () => {
      const frame = quiz(page);
      const q2 = await questionOnScreen(page, decks);
      const answer = 'Mock answer two: I keep talking past the limit.';
      const box = frame.locator('textarea#answer');
      await box.click();
      await page.keyboard.type(answer);
      const notice = frame.locator('.time-notice');
      if (await hasClass(frame.locator('#app'), 'over-time')) throw new Error('#app is over-time before the limit');
      if (((await notice.textContent()) ?? '').trim()) throw new Error(`a time notice before the limit: ${JSON.stringify(await notice.textContent())}`);
      const t0 = Date.now();
      await waitUntil('#app.over-time', () => hasClass(frame.locator('#app'), 'over-time'), 40_000, async () => `clock ${JSON.stringify(await frame.locator('.timer .clock').textContent())}`);
      const waited = Date.now() - t0;
      const text = ((await notice.textContent()) ?? '').trim();
      if (!/time is up/i.test(text)) throw new Error(`.time-notice reads ${JSON.stringify(text)}`);
      const clock = await waitUntil('the clock to count up ("+0:01")', async () => {
        const t = ((await frame.locator('.timer .clock').textContent()) ?? '').trim();
        return (clockSeconds(t) ?? 1) < 0 ? t : undefined;
      }, 5_000, async () => JSON.stringify(await frame.locator('.timer .clock').textContent()));
      if (!(await box.isEditable()) || (await box.inputValue()) !== answer) throw new Error(`the answer box lost the answer or is not editable: ${JSON.stringify(await box.inputValue())}`);
      await box.click();
      await page.keyboard.press('Control+Enter');
      mock.push({ q: q2, answer });
      await waitForMockPosition(page, 3, q2.prompt);
      const next = ((await frame.locator('#mock-next').textContent()) ?? '').trim();
      if (!next.includes('Finish interview')) throw new Error(`the last question's button reads ${JSON.stringify(next)}`);
      return `${q2.id}: signal after ${secs(waited)} more, notice ${JSON.stringify(text)}, clock ${clock}`;
    });

    await step('9c. question 3 answered with a key point; "Finish interview" → report: 3 rows with your/model answer, key points missed, over-time badge on row 2', async () => {
      const frame = quiz(page);
      const q3 = await questionOnScreen(page, decks);
      const answer = plain(q3.keyPoints[0]?.text ?? 'no key points');
      await answerMockQuestion(page, answer, false);
      mock.push({ q: q3, answer });
      await waitForReport(page);
      const title = ((await frame.locator('#report-title').textContent()) ?? '').trim();
      if (title !== `Mock interview, ${MOCK_COUNT} questions`) throw new Error(`#report-title reads ${JSON.stringify(title)}`);
      const tab = (await page.locator('.tabs-container .tab.active .label-name').first().textContent())?.trim();
      const rows = frame.locator('article.report-row');
      if ((await rows.count()) !== MOCK_COUNT) throw new Error(`${await rows.count()} report rows`);
      const summary: string[] = [];
      for (const [i, { q, answer: typed }] of mock.entries()) {
        const row = rows.nth(i);
        const heading = ((await row.locator('h2.row-title').textContent()) ?? '').trim();
        if (heading !== `${i + 1}. ${q.prompt}`) throw new Error(`row ${i + 1} is titled ${JSON.stringify(heading)}`);
        const h3 = (await row.locator('h3').allTextContents()).map((t) => t.trim());
        if (!h3.includes('Your answer') || !h3.includes('Model answer')) throw new Error(`row ${i + 1} headings: ${h3.join(' | ')}`);
        const mine = ((await row.locator('.user-answer').textContent()) ?? '').trim();
        if (mine !== typed) throw new Error(`row ${i + 1} "Your answer" shows ${JSON.stringify(mine)}`);
        const model = ((await row.locator('section[aria-label="Model answer"] .markdown').innerText()) ?? '').trim();
        if (model.length < 20) throw new Error(`row ${i + 1} model answer: ${JSON.stringify(model)}`);
        const missedHeading = h3.find((t) => t.startsWith('Key points missed')) ?? '';
        const m = /^Key points missed \((\d+) of (\d+)\)$/.exec(missedHeading);
        if (!m || Number(m[2]) !== q.keyPoints.length) throw new Error(`row ${i + 1}: ${JSON.stringify(missedHeading)}, the deck has ${q.keyPoints.length} key points`);
        const missed = Number(m[1]);
        const listed = missed ? await row.locator('ul.points li.missed').count() : (await row.locator('p.covered').count()) ? 0 : -1;
        if (listed !== missed) throw new Error(`row ${i + 1}: heading says ${missed} missed, ${listed} listed`);
        if (i === 2 && missed >= q.keyPoints.length) throw new Error(`row 3 was answered with its first key point (${JSON.stringify(answer)}) but reports all ${missed} missed`);
        const over = (await row.locator('.badge.over').count()) > 0;
        if (over !== (i === 1)) throw new Error(`row ${i + 1} ${over ? 'has' : 'lacks'} the "over time" badge`);
        const enabled = await row.locator('.grades button.grade:enabled').count();
        if (enabled !== 4) throw new Error(`row ${i + 1} has ${enabled} enabled grade buttons`);
        summary.push(`${q.id} missed ${missed}/${q.keyPoints.length}${over ? ' over time' : ''}`);
      }
      return `${JSON.stringify(title)} (tab "${tab}"): ${summary.join('; ')}`;
    });

    await step('9d. "Good" on row 1: its buttons disabled, "Good" pressed; the tree counts the review; no badge, nothing due', async () => {
      const frame = quiz(page);
      await gradeReportRow(page, 0, 3, 'Good');
      graded.add(mock[0].q.id);
      reviews++;
      const others = await frame.locator('article.report-row').nth(1).locator('.grades button.grade:enabled').count();
      if (others !== 4) throw new Error(`grading row 1 changed row 2 (${others} enabled buttons)`);
      const facts = ((await frame.locator('.report-head p.muted').first().textContent()) ?? '').trim();
      if (!facts.includes(`graded 1 of ${MOCK_COUNT}`)) throw new Error(`report header reads ${JSON.stringify(facts)}`);
      await openInterviewCoachView(page);
      await expectCounts(page, decks, graded, 10_000);
      const deck = deckOf(decks, mock[0].q);
      // Every grade so far was "Good" (back in minutes, not now), so nothing is due.
      const badge = await activityBadge(page, 'Interview Coach');
      if (badge !== undefined) throw new Error(`the Interview Coach badge shows ${JSON.stringify(badge)}, expected none (nothing due)`);
      const status = await waitUntil('the due status bar entry to say "nothing due"', async () => {
        const label = await statusBarLabel(page, DUE_STATUS_ID);
        return label && /nothing due/.test(label) ? label : undefined;
      }, 10_000, async () => JSON.stringify(await statusBarLabel(page, DUE_STATUS_ID)));
      return `"${deck.title}" now "${await rowDescription(treeRow(page, deck.title).first())}"; no badge; status bar ${JSON.stringify(status)}`;
    });

    /* ---- 10. the Progress panel reflects the run ---- */
    await step('10. F1 → "Interview Coach: Show Progress": mastery row per topic, 84 heatmap days, 14 forecast bars, totals of this run', async () => {
      await runCommand(page, 'Interview Coach: Show Progress');
      const frame = progressPanel(page);
      await waitUntil('the progress panel', async () => (await frame.locator('table.mastery').count()) > 0 && (await frame.locator('#stat-reviews').count()) > 0, 15_000, () => describeQuiz(page));
      const tab = (await page.locator('.tabs-container .tab.active .label-name').first().textContent())?.trim();
      if (tab !== 'Interview Coach: Progress') throw new Error(`active tab ${JSON.stringify(tab)}`);
      const topics = await frame.locator('table.mastery tbody tr').evaluateAll((rows) => rows.map((r) => `${r.getAttribute('data-topic')}=${r.querySelector('.title')?.textContent ?? ''}`));
      const expectedTopics = decks.map((d) => `${d.id}=${d.title}`);
      if ([...topics].sort().join('\n') !== [...expectedTopics].sort().join('\n')) throw new Error(`mastery rows ${topics.join(', ')}; expected ${expectedTopics.join(', ')}`);
      const meters = await frame.locator('table.mastery tbody .meter[role="meter"]').count();
      if (meters !== decks.length) throw new Error(`${meters} mastery meters for ${decks.length} topics`);
      const days = await frame.locator('.cell.day[data-date]').evaluateAll((cells) => cells.map((c) => ({ date: c.getAttribute('data-date') ?? '', count: Number(c.getAttribute('data-count')), today: c.classList.contains('today') })));
      if (days.length !== 84) throw new Error(`${days.length} heatmap day cells, expected 84`);
      const today = new Date().toISOString().slice(0, 10);
      const todayCell = days.find((d) => d.today);
      if (!todayCell || todayCell.date !== today) throw new Error(`the heatmap's today cell is ${JSON.stringify(todayCell)}, expected ${today}`);
      const heatTotal = days.reduce((n, d) => n + d.count, 0);
      if (todayCell.count !== reviews || heatTotal !== reviews) throw new Error(`heatmap: today ${todayCell.count}, 12 weeks ${heatTotal}; the run made ${reviews} reviews`);
      const bars = await frame.locator('.forecast .column').evaluateAll((cols) => cols.map((c) => Number(c.getAttribute('data-count'))));
      if (bars.length !== 14 || (await frame.locator('.forecast .column .bar').count()) !== 14) throw new Error(`${bars.length} forecast columns, expected 14`);
      const dueTotal = bars.reduce((n, c) => n + c, 0);
      if (dueTotal !== graded.size) throw new Error(`forecast sums to ${dueTotal}; ${graded.size} questions were graded (all back within 14 days)`);
      const stat = async (id: string) => ((await frame.locator(`#${id} .stat-value`).textContent()) ?? '').trim();
      const totals = { reviews: await stat('stat-reviews'), seen: await stat('stat-seen'), mock: await stat('stat-mock'), streak: await stat('stat-streak'), accuracy: await stat('stat-accuracy') };
      if (reviews < 2 || totals.reviews !== String(reviews)) throw new Error(`Reviews reads ${totals.reviews}; the run made ${reviews}`);
      if (totals.seen !== String(graded.size)) throw new Error(`Questions seen reads ${totals.seen}; the run graded ${graded.size}`);
      if (totals.mock !== '1') throw new Error(`Mock interviews reads ${totals.mock}, expected 1`);
      if (totals.streak !== '1') throw new Error(`Day streak reads ${totals.streak}, expected 1`);
      if (totals.accuracy !== '100%') throw new Error(`Accuracy reads ${totals.accuracy}; every grade was Good`);
      return `${topics.length} topics, 84 days (today ${todayCell.count}), forecast [${bars.join(' ')}]; reviews ${totals.reviews}, seen ${totals.seen}, mock ${totals.mock}, streak ${totals.streak}, accuracy ${totals.accuracy}`;
    });

    /* ---- 11. flashcard mode ---- */
    await step('11. Flashcard toggle: the answer box goes; Space reveals; key points listed without covered/missed marks', async () => {
      await runCommand(page, 'Interview Coach: Start Quiz');
      const frame = quiz(page);
      await waitUntil('a question (or "All done")', async () => (await frame.locator('#prompt').count()) > 0 || (await frame.locator('#done').count()) > 0, 15_000, () => describeQuiz(page));
      if ((await frame.locator('#done').count()) > 0) {
        await frame.locator('#keep-practising').click();
        await frame.locator('#prompt').waitFor({ state: 'visible' });
      }
      const q = await questionOnScreen(page, decks);
      const typedButton = frame.locator('.mode-switch button.mode', { hasText: 'Typed' });
      const flashButton = frame.locator('.mode-switch button.mode', { hasText: 'Flashcard' });
      if ((await frame.locator('textarea#answer').count()) !== 1 || (await typedButton.getAttribute('aria-pressed')) !== 'true') throw new Error('the quiz did not start in typed mode');
      await flashButton.click();
      await waitUntil('the answer box to go and "Flashcard" to be pressed', async () => (await frame.locator('textarea#answer').count()) === 0 && (await flashButton.getAttribute('aria-pressed')) === 'true', 10_000, () => describeQuiz(page));
      if ((await typedButton.getAttribute('aria-pressed')) !== 'false') throw new Error('"Typed" is still pressed');
      if ((await promptText(page)) !== q.prompt) throw new Error('switching the mode changed the question');
      const hint = ((await frame.locator('.flashcard-hint').textContent()) ?? '').trim();
      await frame.locator('#prompt').click(); // focus the page, not a button
      await page.keyboard.press('Space');
      const points = frame.locator('ul#key-points li');
      await frame.locator('#model-answer').waitFor({ state: 'visible' });
      await waitUntil('the key points', async () => (await points.count()) > 0, 5_000, () => describeQuiz(page));
      if ((await points.count()) !== q.keyPoints.length) throw new Error(`${await points.count()} key points shown, the deck has ${q.keyPoints.length}`);
      const marked = await frame.locator('ul#key-points li.covered, ul#key-points li.missed, ul#key-points .missing, ul#key-points .codicon-pass-filled, ul#key-points .codicon-circle-large-outline').count();
      if (marked) throw new Error(`${marked} covered/missed marks in flashcard mode`);
      const heading = ((await frame.locator('section[aria-label="Key points"] h2').textContent()) ?? '').trim();
      if (heading !== 'Key points') throw new Error(`key points heading ${JSON.stringify(heading)} (no "you covered" count expected)`);
      if ((await frame.locator('section.yours, .user-answer').count()) > 0) throw new Error('"Your answer" shown in flashcard mode');
      const saved = fs.readFileSync(settingsPath, 'utf8');
      if (!/"interviewCoach\.answerMode"\s*:\s*"flashcard"/.test(saved)) throw new Error(`the toggle did not save interviewCoach.answerMode: ${saved.slice(0, 400)}`);
      return `${q.id}: hint ${JSON.stringify(hint)}; ${q.keyPoints.length} plain key points; answerMode "flashcard" saved in the user settings`;
    });
  } finally {
    await closeSession(s);
    currentPage = undefined;
  }
}

type Theme = (typeof THEMES)[number];
const [LIGHT, DARK, HC] = THEMES;

/** Pick `theme` (unless it is on) and wait until the workbench and the webview on screen use it. */
async function applyTheme(page: Page, theme: Theme): Promise<string> {
  const workbench = page.locator('.monaco-workbench').first();
  const workbenchHas = async () => hasClass(workbench, theme.workbenchClass);
  const t0 = Date.now();
  if (!(await workbenchHas())) await pickColorTheme(page, theme.label); // the picker lists labels, the setting holds ids
  const t1 = Date.now();
  await waitUntil(`the workbench theme class "${theme.workbenchClass}"`, workbenchHas, 15_000, async () => (await workbench.getAttribute('class')) ?? '');
  const t2 = Date.now();
  const body = quiz(page).locator('body');
  await waitUntil(`the webview theme class "${theme.bodyClass}"`, () => hasClass(body, theme.bodyClass), 15_000, async () => (await body.getAttribute('class')) ?? '');
  return `theme picked in ${secs(t1 - t0)}, applied to the workbench in ${secs(t2 - t1)}, to the webview in ${secs(Date.now() - t2)}`;
}

/** A screenshot of the window into screenshots/`file`, once the status bar settled, without hover effects. */
async function shoot(page: Page, file: string): Promise<string> {
  // Not a transient "Activating Extensions..." in the status bar of the shot (best effort).
  await waitUntil('the status bar to settle', async () => !/Activating Extensions/i.test(await page.locator('.part.statusbar').innerText()), 10_000).catch(() => undefined);
  await page.mouse.move(700, 890); // no hover effects or tooltips on the shot
  await sleep(600); // let the repaint land
  const target = path.join(SCREENSHOT_DIR, file);
  await page.screenshot({ path: target });
  return path.relative(repoRoot, target);
}

/** Like `shoot`, with the window made tall enough for the whole webview document (up to `maxHeight`). */
async function shootWholeWebview(page: Page, file: string, maxHeight = 2400): Promise<string> {
  const viewport = page.viewportSize() ?? { width: 1400, height: 900 };
  const frameBox = await page.locator('iframe.webview').first().boundingBox();
  const docHeight = await progressPanel(page).locator('html').evaluate((h) => Math.max(h.scrollHeight, document.body.scrollHeight));
  const extra = frameBox ? Math.max(0, Math.ceil(docHeight - frameBox.height)) : 0;
  const height = Math.min(maxHeight, viewport.height + extra);
  await page.setViewportSize({ width: viewport.width, height });
  try {
    // The webview follows the new editor size a moment later.
    const grown = (frameBox?.height ?? 0) + (height - viewport.height);
    await waitUntil('the webview to grow', async () => ((await page.locator('iframe.webview').first().boundingBox())?.height ?? 0) >= grown - 2, 5_000).catch(() => undefined);
    await page.mouse.move(700, height - 10);
    await sleep(600);
    const target = path.join(SCREENSHOT_DIR, file);
    await page.screenshot({ path: target });
    return `${path.relative(repoRoot, target)} (1400×${height})`;
  } finally {
    await page.setViewportSize(viewport);
  }
}

async function screenshotSteps(extensionsDir: string, bank: Bank): Promise<void> {
  const { decks, codeQuestion: q, codeDeck } = bank;
  let s: Session | undefined;
  try {
    await step('8a. screenshot session: tree + quiz panel with the answer revealed', async () => {
      const t0 = Date.now();
      s = await openSession('screenshots', extensionsDir, { 'workbench.colorTheme': LIGHT.theme, 'interviewCoach.mockInterview.questionCount': MOCK_COUNT });
      const page = s.page;
      const t1 = Date.now();
      await openFromTree(page, codeDeck, q);
      const t2 = Date.now();
      await expectPrompt(page, q.prompt);
      const t3 = Date.now();
      // A wider sidebar than the default, so the topic counts are not cut off in the shots.
      const sidebar = await page.locator('.part.sidebar').boundingBox();
      if (sidebar) {
        const x = sidebar.x + sidebar.width - 1;
        await page.mouse.move(x, sidebar.y + sidebar.height / 2);
        await page.mouse.down();
        await page.mouse.move(x + 110, sidebar.y + sidebar.height / 2, { steps: 5 });
        await page.mouse.up();
      }
      // Answer with two of the key points, so the shot shows covered and missed points.
      const frame = quiz(page);
      if ((await frame.locator('textarea#answer').count()) > 0) {
        await frame.locator('textarea#answer').fill(q.keyPoints.slice(0, 2).map((k) => plain(k.text)).join('. '));
        await frame.locator('textarea#answer').press('Control+Enter');
      } else {
        await frame.locator('#prompt').click();
        await page.keyboard.press('Space');
      }
      const code = frame.locator('#model-answer pre.hljs').first();
      await code.waitFor({ state: 'visible' });
      await code.scrollIntoViewIfNeeded();
      return `${codeDeck.id}/${q.id} (workbench ${secs(t1 - t0)}, tree ${secs(t2 - t1)}, panel ${secs(t3 - t2)}, answer ${secs(Date.now() - t3)})`;
    });
    if (!s) return;
    const session: Session = s;
    const page = session.page;
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    for (const theme of [LIGHT, HC, DARK]) {
      await step(`8. screenshot ${theme.theme} → screenshots/${theme.file}`, async () => {
        const timing = await applyTheme(page, theme);
        await quiz(page).locator('#model-answer pre.hljs').first().waitFor({ state: 'visible' });
        return `${await shoot(page, theme.file)} (${timing})`;
      });
    }

    await step('12. screenshot (dark) → screenshots/mode-typed.png: the typed answer beside covered and missed key points', async () => {
      const frame = quiz(page);
      const covered = await frame.locator('ul#key-points li.covered').count();
      // Not covered: missed, or partly covered (the grader's verdicts).
      const missed = await frame.locator('ul#key-points li.missed, ul#key-points li.partly').count();
      if (!covered || !missed) throw new Error(`expected covered and missed key points, saw ${covered} covered, ${missed} missed or partly`);
      // The key points at the bottom of the window, "Your answer" and as much of the model answer as fits above.
      await frame.locator('section[aria-label="Key points"]').evaluate((e) => e.scrollIntoView({ block: 'end' }));
      return `${await shoot(page, 'mode-typed.png')} (${covered} covered, ${missed} missed)`;
    });

    await step('12b. grading → screenshots/grading-paraphrase.png, grading-reversed.png: a paraphrase credited, a reversed answer not, with reasons; "I did cover this"', async () => {
      const deck = bank.decks.find((d) => d.questions.some((x) => x.id === 'rest-what-is-rest'));
      const rest = deck?.questions.find((x) => x.id === 'rest-what-is-rest');
      if (!deck || !rest) throw new Error('the bank has no rest-what-is-rest question');
      const frame = quiz(page);
      const points = frame.locator('ul#key-points li');
      const answerWith = async (text: string) => {
        await openFromTree(page, deck, rest);
        await expectPrompt(page, rest.prompt);
        await frame.locator('textarea#answer').fill(text);
        await frame.locator('textarea#answer').press('Control+Enter');
        await frame.locator('ul#key-points').waitFor({ state: 'visible' });
        await frame.locator('section[aria-label="Key points"]').evaluate((e) => e.scrollIntoView({ block: 'end' }));
      };
      const verdict = async (i: number) => `${await points.nth(i).getAttribute('class')}: ${((await points.nth(i).locator('.reason').textContent()) ?? '').trim()}`;
      // In the candidate's own words: no key point's wording, an abbreviation-free paraphrase.
      await answerWith('REST is short for representational state transfer: a style of architecture, not a protocol. The server keeps no session, every call carries its own context.');
      const said = [await verdict(0), await verdict(3)];
      if (!said.every((v) => v.startsWith('covered: said'))) throw new Error(`the paraphrase is not credited: ${said.join(' | ')}`);
      const paraphrase = await shoot(page, 'grading-paraphrase.png');
      await answerWith("REST is a protocol, a W3C standard. The server keeps the client's session between requests.");
      const reversed = [await verdict(0), await verdict(3)];
      if (!reversed.every((v) => v.startsWith('missed: wrong') || v.startsWith('missed: says'))) throw new Error(`the reversed answer is credited: ${reversed.join(' | ')}`);
      const reversedShot = await shoot(page, 'grading-reversed.png');
      await points.nth(4).locator('button.cover-point').click();
      await waitUntil('"I did cover this" to credit the last key point', async () => ((await points.nth(4).getAttribute('class')) ?? '') === 'covered', 10_000, () => describeQuiz(page));
      return `paraphrase ${said.join(' | ')}; reversed ${reversed.join(' | ')}; ${paraphrase}, ${reversedShot}`;
    });

    await step('12. screenshot (dark) → screenshots/mode-flashcard.png: the Flashcard toggle on the revealed answer', async () => {
      const frame = quiz(page);
      const flash = frame.locator('.mode-switch button.mode', { hasText: 'Flashcard' });
      await flash.click();
      await waitUntil('"Flashcard" pressed, "Your answer" gone', async () => (await flash.getAttribute('aria-pressed')) === 'true' && (await frame.locator('.user-answer').count()) === 0, 10_000, () => describeQuiz(page));
      await frame.locator('section[aria-label="Key points"]').evaluate((e) => e.scrollIntoView({ block: 'end' }));
      return shoot(page, 'mode-flashcard.png');
    });

    const answers: string[] = [];
    await step(`12. screenshot (dark) → screenshots/mock-question.png: a mock question with its clock and a draft answer`, async () => {
      await startMockFromPalette(page, decks);
      const first = await questionOnScreen(page, decks);
      const draft = first.keyPoints.slice(0, 2).map((k) => plain(k.text)).join('. ');
      const box = quiz(page).locator('textarea#answer');
      await box.fill(draft);
      answers.push(draft);
      // A running clock on the shot, not the "3:00" of the first second.
      const clockLocator = quiz(page).locator('.timer .clock');
      const clock = await waitUntil('the clock to run', async () => {
        const t = ((await clockLocator.textContent()) ?? '').trim();
        return (clockSeconds(t) ?? 999) <= 178 ? t : undefined;
      }, 5_000, async () => JSON.stringify(await clockLocator.textContent()));
      await box.evaluate((b) => (b as HTMLTextAreaElement).blur());
      return `${await shoot(page, 'mock-question.png')} (${first.id}, clock ${clock})`;
    });

    await step(`12. screenshot (dark) → screenshots/mock-report.png: the report (window up to 2000 px tall) with row 1 graded "Good"`, async () => {
      const frame = quiz(page);
      await frame.locator('textarea#answer').press('Control+Enter');
      await waitForMockPosition(page, 2, '');
      const second = await questionOnScreen(page, decks);
      answers.push(`${plain(second.keyPoints[0]?.text ?? '')}, and I would give an example.`);
      await answerMockQuestion(page, answers[1], false);
      await waitForMockPosition(page, 3, second.prompt);
      await answerMockQuestion(page, '', false); // row 3: "No answer."
      await waitForReport(page);
      await gradeReportRow(page, 0, 3, 'Good');
      // Tall enough for row 1 down to its grade buttons.
      const file = await shootWholeWebview(page, 'mock-report.png', 2000);
      // More grades for the Progress shots (none due during the run: Hard and Easy are minutes/days away).
      await gradeReportRow(page, 1, 2, 'Hard');
      await gradeReportRow(page, 2, 4, 'Easy');
      return file;
    });

    await step('12. screenshot (dark) → screenshots/progress-dark.png: the whole Progress panel (a taller window) after the mock interview', async () => {
      await runCommand(page, 'Interview Coach: Show Progress');
      const frame = progressPanel(page);
      await waitUntil('the progress panel with its heatmap and forecast', async () => (await frame.locator('.cell.day[data-date]').count()) === 84 && (await frame.locator('.forecast .column').count()) === 14, 15_000, () => describeQuiz(page));
      await applyTheme(page, DARK);
      return shootWholeWebview(page, 'progress-dark.png');
    });

    await step(`12. screenshot ${LIGHT.theme} → screenshots/progress-light.png`, async () => {
      const timing = await applyTheme(page, LIGHT);
      return `${await shootWholeWebview(page, 'progress-light.png')} (${timing})`;
    });
  } finally {
    await closeSession(s);
    currentPage = undefined;
  }
}

/** A .vsix older than the sources means `npm run package` failed or was skipped: say so up front. */
function warnIfStale(vsix: string): void {
  if (!fs.existsSync(vsix)) return;
  const built = fs.statSync(vsix).mtimeMs;
  let newest = { file: '', mtime: 0 };
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.(ts|md|py|css|json)$/.test(entry.name)) {
        const mtime = fs.statSync(file).mtimeMs;
        if (mtime > newest.mtime) newest = { file, mtime };
      }
    }
  };
  for (const dir of ['src', 'questions', 'media']) if (fs.existsSync(path.join(repoRoot, dir))) walk(path.join(repoRoot, dir));
  if (newest.mtime > built) {
    out(`WARNING: ${path.relative(repoRoot, vsix) || vsix} is older than ${path.relative(repoRoot, newest.file)} (by ${secs(newest.mtime - built)}): did \`npm run package\` fail?`);
  }
}

async function main(): Promise<number> {
  const watchdog = setTimeout(() => {
    out(`TIMEOUT: the UI suite did not finish within ${secs(RUN_TIMEOUT_MS)}; run folder: ${runDir}`);
    process.exit(1); // exit cleanups stop code-server; Playwright kills its browser
  }, RUN_TIMEOUT_MS);
  watchdog.unref();
  registerExitCleanup(() => {
    if (failed > 0 || aborted) process.stdout.write(`[ui] artifacts kept in ${runDir}\n`);
  });
  out(`run folder ${path.relative(repoRoot, runDir)}${BREAK_WEBVIEW ? ' — UI_BREAK_WEBVIEW=1: the installed webview script is replaced by a throw' : ''}`);

  warnIfStale(VSIX);
  const extensionsDir = path.join(runDir, 'ext');
  let bank: Bank | undefined;
  await step(`1. install ${path.relative(repoRoot, VSIX) || VSIX} into a fresh extensions folder and parse its decks`, async () => {
    await installVsix(VSIX, extensionsDir);
    const folder = fs.readdirSync(extensionsDir).find((n) => n.startsWith('interview-coach.interview-coach-'));
    if (!folder) throw new Error(`the .vsix did not install into ${extensionsDir}: ${fs.readdirSync(extensionsDir).join(', ')}`);
    const installed = path.join(extensionsDir, folder);
    // The installed bank is compiled (dist/bank.json.br); decks copied over questions/ replace it.
    if (process.env.UI_DECKS) fs.cpSync(path.resolve(process.env.UI_DECKS), path.join(installed, 'questions'), { recursive: true });
    if (process.env.UI_DECKS) fs.rmSync(path.join(installed, 'dist', COMPILED_BANK_FILE), { force: true });
    if (BREAK_WEBVIEW) fs.writeFileSync(path.join(installed, 'dist', 'quiz.js'), 'throw new Error("broken webview");\n');
    const set = await installedBank(installed);
    const errors = set.diagnostics.filter((d) => d.severity === 'error');
    if (set.decks.length === 0) throw new Error(`the installed questions/ folder has no decks${errors.length ? `: ${errors[0].message}` : ''}`);
    const decks = [...set.decks];
    const picked = pickCodeQuestion(decks);
    const total = decks.reduce((n, d) => n + d.questions.length, 0);
    bank = { decks, ...picked };
    const problems = errors.length ? `; ${errors.length} deck errors (shown by the extension as problems)` : '';
    return `${folder}: ${decks.length} decks, ${total} questions; code-block question ${picked.codeQuestion.id} (${deckOf(decks, picked.codeQuestion).id})${problems}`;
  });

  try {
    if (bank && !SCREENSHOTS_ONLY) await functionalSteps(extensionsDir, bank);
    // 13: an exercise opened, failed, fixed by typing and passed (own session; its shots in both modes).
    const close = async (s: Session | undefined) => {
      await closeSession(s);
      currentPage = undefined;
    };
    if (bank) await exerciseSteps({ step, openSession: (name) => openSession(name, extensionsDir, {}), closeSession: close, shoot: NO_SCREENSHOTS ? undefined : shoot, decks: bank.decks, extensionsDir, python: PYTHON });
    if (bank && !NO_SCREENSHOTS) await screenshotSteps(extensionsDir, bank);
  } finally {
    clearTimeout(watchdog);
  }

  out(`wall time ${secs(Date.now() - started)}`);
  if (artifacts.length) out(`failure artifacts:\n      ${artifacts.join('\n      ')}`);
  else if (process.env.KEEP_TEST_RUN !== '1') removeAllBut(runDir, SCREENSHOT_DIR);
  if (fs.existsSync(SCREENSHOT_DIR)) out(`screenshots in ${path.relative(repoRoot, SCREENSHOT_DIR)}`);
  out(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  return failed > 0 || aborted ? 1 : 0;
}

/** Empties the run folder on success, except the screenshots (when they were taken into it). */
function removeAllBut(dir: string, keep: string): void {
  if (!fs.existsSync(keep) || path.relative(dir, keep).startsWith('..')) {
    fs.rmSync(dir, { recursive: true, force: true });
    return;
  }
  for (const name of fs.readdirSync(dir)) {
    const entry = path.join(dir, name);
    if (entry !== keep) fs.rmSync(entry, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    out(`ERROR: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
    out(`${passed} passed, ${failed + 1} failed`);
    process.exit(1);
  },
);
