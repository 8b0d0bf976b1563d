/**
 * UI steps for a hands-on exercise (issue 12), in a code-server session of their own: open
 * `python-mutable-default` from the Topics tree, run its checks from the CodeLens (they fail, with
 * the check's message on screen), fix the file by typing in the editor, run again from the command
 * palette (it passes, green in the Testing view), then the quiz panel's exercise card and its
 * verdict. Screenshots: exercise-failing.png, exercise-passing.png, exercise-card.png.
 *
 * The failure message is not hard-coded: the starter is first judged outside VS Code with the
 * installed bank's runner, and the UI must show what that run reported.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Locator, Page } from 'playwright-core';
import { Deck, Question } from '../../src/core/deck/model';
import { loadExercises } from '../../src/core/exercise/loadExercises';
import { Exercise } from '../../src/core/exercise/model';
import { CheckResult } from '../../src/core/exercise/report';
import { BANK_PACK, extractBankPack } from '../../src/node/bankPack';
import { nodeFileAccess } from '../../src/node/nodeFileAccess';
import { runChecks } from '../../src/node/runChecks';
import { describeQuiz, describeRows, editorText, escapeRegExp, findTreeRow, normalise, openInterviewCoachView, promptText, quiz, rowDescription, runCommand, tabLabels, waitUntil } from './workbench';

const EXERCISE_ID = 'python-mutable-default';

/** What the suite (run.ts) lends these steps: its step runner, sessions and screenshots. */
export interface ExerciseStepsContext<S extends { page: Page; settingsPath: string }> {
  step: <T>(name: string, fn: () => Promise<T>) => Promise<T | undefined>;
  openSession: (name: string) => Promise<S>;
  closeSession: (session: S | undefined) => Promise<void>;
  /** Undefined with --no-screenshots. */
  shoot?: (page: Page, file: string) => Promise<string>;
  decks: Deck[];
  extensionsDir: string;
  python: string;
}

interface Target {
  exercise: Exercise;
  question: Question;
  deck: Deck;
  /** The starter's failing checks, as the real runner reports them outside VS Code (first one first). */
  failures: CheckResult[];
  solution: string;
}

export async function exerciseSteps<S extends { page: Page; settingsPath: string }>(ctx: ExerciseStepsContext<S>): Promise<void> {
  const { step } = ctx;
  const target = await step(`13a. the installed bank has "${EXERCISE_ID}"; its starter fails outside VS Code`, () => findTarget(ctx));
  if (!target) return;
  const { exercise, question, deck, failures } = target;
  const failing = failures[0];
  const row = `Exercise: ${exercise.title}`;
  let session: S | undefined;
  try {
    let page: Page | undefined;
    let copyOnDisk = '';
    await step(`13b. Topics tree: expand "${deck.title}" and the question, click "${row}" (not tried yet): the starter opens with its brief and the CodeLens`, async () => {
      session = await ctx.openSession('exercises');
      page = session.page;
      copyOnDisk = path.join(path.dirname(path.dirname(session.settingsPath)), 'User', 'globalStorage', 'interview-coach.interview-coach', 'exercises', exercise.id, exercise.main);
      await openInterviewCoachView(page);
      await expand(page, await findTreeRow(page, deck.title, 20_000));
      await expand(page, await findTreeRow(page, question.prompt));
      const item = await findTreeRow(page, row);
      const before = await rowDescription(item);
      if (before !== 'not tried yet') throw new Error(`"${row}" reads ${JSON.stringify(before)}, expected "not tried yet"`);
      await item.click();
      const name = path.basename(exercise.main);
      await waitUntil(`an editor tab "${name}"`, async () => (await tabLabels(page!)).includes(name), 15_000, async () => (await tabLabels(page!)).join(', '));
      const briefLine = `"""Exercise: ${exercise.title}`;
      await waitUntil(`the editor to show ${JSON.stringify(briefLine)}`, async () => (await editorText(page!)).includes(briefLine), 10_000, async () => JSON.stringify((await editorText(page!)).slice(0, 200)));
      const lenses = await waitUntil('the CodeLens above line 1', async () => {
        const texts = await codeLensTexts(page!);
        return ['Run checks', 'Hint', 'Compare with solution', 'Reset'].every((t) => texts.includes(t)) ? texts : undefined;
      }, 15_000, async () => JSON.stringify(await codeLensTexts(page!)));
      if (!fs.existsSync(copyOnDisk)) throw new Error(`no copy of the starter at ${copyOnDisk}`);
      return `${name} opened from the tree; CodeLens: ${lenses.join(' | ')}`;
    });
    if (!page) return;
    const p: Page = page;

    await step('13c. CodeLens "Run checks": the checks fail; the check\'s message shows in the notification and the test peek, with expected/actual; the tree says "checks failing"', async () => {
      await codeLens(p, 'Run checks').click();
      const toast = await waitForToast(p, failing.message!, 60_000);
      // VS Code 1.100 marks the failing line with a content widget ("actual != expected"); clicking it opens the peek.
      const inline = p.locator('.editor-instance .test-error-content-widget .content');
      const mark = await waitUntil('an inline failure mark on the line of add_tag', async () => {
        const texts = (await inline.allInnerTexts()).map((t) => normalise(t));
        const i = texts.findIndex((t) => t.includes('!='));
        return i >= 0 ? { text: texts[i], at: inline.nth(i) } : undefined;
      }, 15_000, async () => JSON.stringify(await inline.allInnerTexts()));
      await mark.at.click();
      // Both checks fail at the def line; the peek shows one of them: its message, expected and actual.
      const peek = p.locator('.test-output-peek').first();
      const shown = await waitUntil('the test peek with a failing check\'s message, expected and actual', async () => {
        const text = normalise(await peek.innerText());
        return failures.find((f) => [f.message!, f.expected!, f.actual!].every((part) => text.includes(part)));
      }, 15_000, async () => JSON.stringify(await describePeek(p)));
      const lens = await waitUntil('the CodeLens to say "failing"', async () => (await codeLensTexts(p)).find((t) => t.startsWith('Run checks (failing)')), 10_000, async () => JSON.stringify(await codeLensTexts(p)));
      await expectTreeState(p, question, row, 'checks failing');
      const shot = ctx.shoot ? `; ${await ctx.shoot(p, 'exercise-failing.png')}` : '';
      return `notification ${JSON.stringify(toast)}; inline mark ${JSON.stringify(mark.text)}; peek shows ${JSON.stringify(shown.title)}: expected ${JSON.stringify(shown.expected)}, actual ${JSON.stringify(shown.actual)}; CodeLens "${lens}"${shot}`;
    });

    await step('13d. the question in the quiz panel: the exercise card shows the failing check\'s message and "Suggests Again."; on the answer screen "Again" is the primary grade', async () => {
      const verdict = await openCard(p, question, exercise, 'checks failing');
      if (!verdict.includes(failing.message!) || !verdict.includes('Suggests Again.')) throw new Error(`verdict ${JSON.stringify(verdict)}`);
      const primary = await revealAndReadPrimary(p);
      if (!primary.includes('Again')) throw new Error(`the primary grade is ${JSON.stringify(primary)}, expected "Again"`);
      // Back to the exercise's editor tab, to fix the file.
      await p.locator('.tabs-container .tab').filter({ hasText: path.basename(exercise.main) }).first().click();
      return `verdict ${JSON.stringify(verdict)}; primary grade ${JSON.stringify(primary)}`;
    });

    await step('13e. fix tags.py by typing in the editor; F1 → "Interview Coach: Run Exercise Checks": every check passes; the file on disk is the reference solution', async () => {
      await p.keyboard.press('Escape'); // dismiss the notification / peek focus, as a person would
      await clickLine(p, /^def add_tag\(tag,\s+tags=\[\]\):$/);
      for (const key of ['End', 'ArrowLeft', 'ArrowLeft', 'Backspace', 'Backspace']) await p.keyboard.press(key); // `[]):` → `):`
      await p.keyboard.type('None');
      await clickLine(p, /^\s+tags\.append\(tag\)$/);
      await p.keyboard.press('Home'); // the first non-blank character
      await p.keyboard.type('tags = [] if tags is None else list(tags)');
      await p.keyboard.press('Escape'); // no word suggestion accepted by the Enter
      await p.keyboard.press('Enter');
      const typed = ['def add_tag(tag, tags=None):', 'tags = [] if tags is None else list(tags)'];
      await waitUntil('the typed fix in the editor', async () => {
        const text = await editorText(p);
        return typed.every((t) => text.includes(t));
      }, 5_000, async () => JSON.stringify((await editorText(p)).slice(-300)));
      await runCommand(p, 'Interview Coach: Run Exercise Checks');
      const toast = await waitForToast(p, 'every check passes', 60_000);
      const saved = fs.readFileSync(copyOnDisk, 'utf8');
      if (saved !== target.solution) throw new Error(`the saved file differs from the solution:\n${saved}`);
      const lens = await waitUntil('the CodeLens to say "passing"', async () => (await codeLensTexts(p)).find((t) => t.startsWith('Run checks (passing)')), 10_000, async () => JSON.stringify(await codeLensTexts(p)));
      await expectTreeState(p, question, row, 'checks passing');
      return `notification ${JSON.stringify(toast)}; CodeLens "${lens}"; tree "checks passing"`;
    });

    await step('13f. Testing view: "Interview Coach exercises" shows the exercise and each of its checks passed (green)', async () => {
      await runCommand(p, 'Testing: Focus on Test Explorer View');
      const rows = p.locator('.part.sidebar .test-explorer .monaco-list-row');
      const topic = await waitUntil(`a Testing view row "${deck.title}"`, async () => (await testRow(p, deck.title).count()) > 0 && testRow(p, deck.title).first(), 15_000, async () => describeTestRows(p));
      await expand(p, topic);
      const item = testRow(p, exercise.title).first();
      await waitUntil(`a Testing view row "${exercise.title}"`, () => item.isVisible(), 10_000, async () => describeTestRows(p));
      await expand(p, item);
      const green = async (r: Locator) => (await r.locator('.computed-state').first().getAttribute('class'))?.includes('testing-passed-icon');
      await waitUntil('the exercise and its checks to be passed', async () => {
        for (const title of [deck.title, exercise.title, ...(await checkTitles(target))]) if (!(await green(testRow(p, title).first()))) return false;
        return true;
      }, 10_000, async () => describeTestRows(p));
      const shot = ctx.shoot ? `; ${await ctx.shoot(p, 'exercise-passing.png')}` : '';
      return `passed: "${deck.title}", "${exercise.title}", ${(await checkTitles(target)).map((t) => `"${t}"`).join(', ')} (${await rows.count()} rows)${shot}`;
    });

    await step('13g. the quiz panel\'s exercise card: title, brief, Open/Run, verdict "Every check passes. Suggests Good."; on the answer screen "Good" is the primary grade', async () => {
      const verdict = await openCard(p, question, exercise, 'checks passing');
      if (!verdict.includes('Every check passes.') || !verdict.includes('Suggests Good.')) throw new Error(`verdict ${JSON.stringify(verdict)}`);
      const shot = ctx.shoot ? `; ${await ctx.shoot(p, 'exercise-card.png')}` : '';
      const primary = await revealAndReadPrimary(p);
      if (!primary.includes('Good')) throw new Error(`the primary grade is ${JSON.stringify(primary)}, expected "Good"`);
      return `verdict ${JSON.stringify(verdict)}; primary grade ${JSON.stringify(primary)}${shot}`;
    });
  } finally {
    await ctx.closeSession(session);
  }
}

/** The exercise from the installed bank, and what its starter's run reports outside VS Code. */
async function findTarget(ctx: { extensionsDir: string; decks: Deck[]; python: string }): Promise<Target> {
  const installed = fs.readdirSync(ctx.extensionsDir).find((n) => n.startsWith('interview-coach.interview-coach-'));
  if (!installed) throw new Error(`no installed extension in ${ctx.extensionsDir}`);
  // The installed bank's exercises are in its pack (dist/bank-files.br): written out as the extension does.
  const bank = await extractBankPack(path.join(ctx.extensionsDir, installed, 'dist', BANK_PACK), fs.mkdtempSync(path.join(os.tmpdir(), 'ui-bank-')));
  const exercise = (await loadExercises([bank], nodeFileAccess)).exercises.find((e) => e.id === EXERCISE_ID);
  if (!exercise) throw new Error(`the installed bank has no exercise "${EXERCISE_ID}"`);
  const deck = ctx.decks.find((d) => d.questions.some((q) => q.id === exercise.questionId));
  const question = deck?.questions.find((q) => q.id === exercise.questionId);
  if (!deck || !question) throw new Error(`no deck has the exercise's question "${exercise.questionId}"`);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ui-exercise-'));
  try {
    fs.cpSync(path.join(exercise.folder, 'starter'), work, { recursive: true });
    const { report } = await runChecks({ python: ctx.python, runner: path.join(bank, 'exercises', 'run_checks.py'), work, checks: path.join(exercise.folder, 'checks'), timeoutMs: 60_000 });
    const failures = report.checks.filter((c) => c.status === 'failed');
    if (report.status !== 'failed' || !failures.length || failures.some((f) => !f.message || f.expected === undefined || f.actual === undefined)) {
      throw new Error(`the starter's run outside VS Code: ${report.status} ${report.message ?? ''} ${JSON.stringify(report.checks)}`);
    }
    const solution = fs.readFileSync(path.join(exercise.folder, 'solution', exercise.main), 'utf8');
    return { exercise, question, deck, failures, solution };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

async function checkTitles(target: Target): Promise<string[]> {
  // Every check of the exercise, passed or not, by its docstring title (what the Testing view lists).
  const checks = path.join(target.exercise.folder, 'checks');
  return fs
    .readdirSync(checks)
    .filter((f) => /^test_.*\.py$/.test(f))
    .flatMap((f) => [...fs.readFileSync(path.join(checks, f), 'utf8').matchAll(/def test_\w+\(self\):\s*\n\s*"""([^\n"]+)/g)].map((m) => m[1].trim()));
}

/** Expand a tree row (Topics or Testing) by its chevron, unless it is expanded. */
async function expand(page: Page, row: Locator): Promise<void> {
  if ((await row.getAttribute('aria-expanded')) === 'true') return;
  await row.locator('.monaco-tl-twistie').first().click();
  await waitUntil('the row to expand', async () => (await row.getAttribute('aria-expanded')) === 'true', 5_000, async () => describeRows(page));
}

async function expectTreeState(page: Page, question: Question, label: string, words: string): Promise<void> {
  await openInterviewCoachView(page);
  const row = await findTreeRow(page, question.prompt);
  await expand(page, row);
  const item = await findTreeRow(page, label);
  await waitUntil(`"${label}" to read "${words}"`, async () => (await rowDescription(item)) === words, 10_000, () => rowDescription(item));
}

function codeLens(page: Page, title: string): Locator {
  return page.locator('.editor-instance .codelens-decoration a').filter({ hasText: title }).first();
}

/** The CodeLens titles as read (icons are glyphs without text). */
async function codeLensTexts(page: Page): Promise<string[]> {
  return (await page.locator('.editor-instance .codelens-decoration a').allInnerTexts()).map((t) => normalise(t).trim());
}

/** A notification toast whose message contains `text`; returns its message. */
async function waitForToast(page: Page, text: string, timeoutMs: number): Promise<string> {
  const toasts = page.locator('.notifications-toasts .notification-list-item-message');
  return waitUntil(`a notification with ${JSON.stringify(text)}`, async () => (await toasts.allInnerTexts()).map((t) => normalise(t).trim()).find((t) => t.includes(text)), timeoutMs, async () => JSON.stringify(await toasts.allInnerTexts()));
}

async function describePeek(page: Page): Promise<string> {
  const peeks = (await page.locator('.peekview-widget').allInnerTexts()).map((t) => normalise(t).slice(0, 400));
  return peeks.join(' || ') || 'no peek';
}

/** A Testing view row by its label (the row's text starts with it; description and duration follow). */
function testRow(page: Page, label: string): Locator {
  return page.locator('.part.sidebar .test-explorer .monaco-list-row').filter({ hasText: new RegExp(`^\\s*${escapeRegExp(label)}`) });
}

async function describeTestRows(page: Page): Promise<string> {
  const rows = await page
    .locator('.part.sidebar .test-explorer .monaco-list-row')
    .evaluateAll((rs) => rs.map((r) => `${r.textContent ?? ''} [${(r.querySelector('.computed-state')?.getAttribute('class') ?? '').replace(/.*codicon-/, '')}]`));
  return rows.join(' | ') || '(no rows)';
}

/** Click a line of the main editor's text (not the peek's), found by its text. */
async function clickLine(page: Page, text: RegExp): Promise<void> {
  const lines = page.locator('.editor-instance .monaco-editor .lines-content .view-line:visible');
  const texts = async () => (await lines.allTextContents()).map((t) => normalise(t));
  const index = await waitUntil(`an editor line matching ${text}`, async () => {
    const i = (await texts()).findIndex((t) => text.test(t));
    return i >= 0 ? i + 1 : undefined; // 1-based: 0 is falsy
  }, 5_000, async () => JSON.stringify(await texts()));
  // At the text itself (Playwright's click waits forever for a Monaco line to be "stable").
  const box = await lines.nth(index - 1).locator('span').first().boundingBox();
  if (!box) throw new Error(`editor line ${index} has no box`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Open the question from the Topics tree; check its exercise card; returns the card's verdict. */
async function openCard(page: Page, question: Question, exercise: Exercise, words: string): Promise<string> {
  await openInterviewCoachView(page);
  await (await findTreeRow(page, question.prompt)).click();
  await waitUntil(`the quiz panel to show ${JSON.stringify(question.prompt)}`, async () => (await promptText(page)) === question.prompt, 20_000, () => describeQuiz(page));
  const card = quiz(page).locator('#exercise');
  await card.waitFor({ state: 'visible' });
  // textContent, not innerText: the heading is upper-cased by CSS.
  const heading = normalise((await card.locator('h2').textContent()) ?? '');
  if (!heading.includes(`Exercise: ${exercise.title}`) || !heading.includes(words)) throw new Error(`card heading ${JSON.stringify(heading)}, expected the title and "${words}"`);
  const brief = normalise((await card.locator('.exercise-brief').textContent()) ?? '').trim();
  if (brief !== exercise.brief.replace(/`/g, '')) throw new Error(`card brief ${JSON.stringify(brief)}`);
  // The brief's `code` spans are code, not backticks.
  const spans = (exercise.brief.match(/`[^`\n]+`/g) ?? []).map((c) => c.slice(1, -1));
  const code = await card.locator('.exercise-brief code').allTextContents();
  if (code.join('|') !== spans.join('|')) throw new Error(`code in the card's brief: ${JSON.stringify(code)}, expected ${JSON.stringify(spans)}`);
  for (const id of ['#open-exercise', '#run-exercise']) if (!(await card.locator(id).isVisible())) throw new Error(`no ${id} button on the card`);
  await card.scrollIntoViewIfNeeded();
  return normalise((await card.locator('#exercise-verdict').textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** Reveal the answer (typed mode: Ctrl+Enter in the box; flashcard: Space); the primary grade button's name. */
async function revealAndReadPrimary(page: Page): Promise<string> {
  const frame = quiz(page);
  if ((await frame.locator('textarea#answer').count()) > 0) {
    await frame.locator('textarea#answer').click();
    await page.keyboard.press('Control+Enter');
  } else {
    await frame.locator('#prompt').click();
    await page.keyboard.press('Space');
  }
  await frame.locator('.grades .grade').first().waitFor({ state: 'visible' });
  const primary = await frame.locator('.grades button.grade.primary').allInnerTexts();
  if (primary.length !== 1) throw new Error(`${primary.length} primary grade buttons: ${JSON.stringify(primary)}`);
  return normalise(primary[0]).replace(/\s+/g, ' ').trim();
}
