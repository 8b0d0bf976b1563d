/**
 * Playwright helpers for driving the code-server workbench like a person: activity bar,
 * Topics tree rows, command palette, the quiz webview (two iframes deep), editor tabs and
 * the integrated terminal. Everything polls: the workbench updates asynchronously.
 */
import type { FrameLocator, Locator, Page } from 'playwright-core';

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Poll `probe` until it returns something truthy; the error names `what` and the last value seen. */
export async function waitUntil<T>(
  what: string,
  probe: () => Promise<T | undefined | false | null> | T | undefined | false | null,
  timeoutMs = 15_000,
  describeLast?: () => Promise<string> | string,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value as T;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > end) {
      let last = '';
      if (describeLast) {
        try {
          last = ` (last seen: ${await describeLast()})`;
        } catch {
          /* ignore */
        }
      } else if (lastError) {
        last = ` (last error: ${(lastError as Error).message.split('\n')[0]})`;
      }
      throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}${last}`);
    }
    await sleep(150);
  }
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Matches the whole text, ignoring surrounding whitespace. */
export function exactly(text: string): RegExp {
  return new RegExp(`^\\s*${escapeRegExp(text)}\\s*$`);
}

/** Text as a person reads it: non-breaking spaces (Monaco, xterm) become spaces. */
export function normalise(text: string): string {
  return text.replace(/\u00a0/g, ' ');
}

/* ------------------------------------------------------------- quiz webview */

/**
 * The quiz panel's content document (webview iframe → active-frame iframe). Both of the extension's
 * panels set `retainContextWhenHidden: false`, so the workbench keeps an iframe only for the webview
 * on screen: with one editor group, this is whichever panel (quiz or progress) is active.
 */
export function quiz(page: Page): FrameLocator {
  return page.frameLocator('iframe.webview').frameLocator('iframe#active-frame');
}

/** The Progress panel's content document (same iframes as the quiz: the webview on screen). */
export const progressPanel = quiz;

/** "1:05" → 65, "+0:03" (over time) → -3; undefined for anything else. */
export function clockSeconds(text: string | null | undefined): number | undefined {
  const m = /^(\+)?(\d+):(\d{2})$/.exec((text ?? '').trim());
  if (!m) return undefined;
  const seconds = Number(m[2]) * 60 + Number(m[3]);
  return m[1] ? -seconds : seconds;
}

/** The prompt on screen, or undefined when there is none (yet). */
export async function promptText(page: Page): Promise<string | undefined> {
  const prompt = quiz(page).locator('#prompt');
  if ((await prompt.count()) === 0) return undefined;
  return (await prompt.first().textContent())?.trim();
}

/** What the webview shows right now, for error messages. */
export async function describeQuiz(page: Page): Promise<string> {
  const frames = await page.locator('iframe.webview').count();
  if (frames === 0) return 'no webview iframe in the workbench';
  try {
    const text = await quiz(page).locator('body').innerText({ timeout: 2_000 });
    return `webview text: ${JSON.stringify(text.slice(0, 300))}`;
  } catch (e) {
    return `webview body not readable: ${(e as Error).message.split('\n')[0]}`;
  }
}

/* ------------------------------------------------------------------ sidebar */

/** Show the Interview Coach container (without toggling the sidebar closed when it already shows). */
export async function openInterviewCoachView(page: Page): Promise<void> {
  const item = page.locator('.activitybar li.action-item').filter({ has: page.locator('[aria-label^="Interview Coach"]') });
  await item.first().waitFor({ state: 'visible', timeout: 30_000 });
  const checked = async () => /\bchecked\b/.test((await item.first().getAttribute('class')) ?? '');
  const sidebarVisible = () => page.locator('.part.sidebar').isVisible();
  if (!((await checked()) && (await sidebarVisible()))) {
    await item.first().locator('[aria-label^="Interview Coach"]').first().click();
  }
  await waitUntil('the Interview Coach view to be shown', async () => (await checked()) && (await sidebarVisible()), 10_000);
}

export function treeRows(page: Page): Locator {
  return page.locator('.part.sidebar .monaco-list-row');
}

/** The tree row whose label is exactly `label`. */
export function treeRow(page: Page, label: string): Locator {
  return treeRows(page).filter({ has: page.locator('.label-name', { hasText: exactly(label) }) });
}

/** Find a row, scrolling the (virtualised) tree down when it is not rendered. */
export async function findTreeRow(page: Page, label: string, timeoutMs = 15_000): Promise<Locator> {
  const row = treeRow(page, label).first();
  const end = Date.now() + timeoutMs;
  let scrolled = 0;
  for (;;) {
    if (await row.isVisible()) return row;
    if (Date.now() > end) throw new Error(`no tree row labelled ${JSON.stringify(label)}; rows: ${await describeRows(page)}`);
    // After a few seconds of waiting, scroll: the row may be below the fold.
    if (Date.now() > end - timeoutMs / 2 && scrolled < 20) {
      const list = page.locator('.part.sidebar .monaco-list').first();
      await list.hover().catch(() => undefined);
      await page.mouse.wheel(0, 300);
      scrolled++;
    }
    await sleep(200);
  }
}

export async function describeRows(page: Page): Promise<string> {
  const texts = await treeRows(page).evaluateAll((rows) =>
    rows.map((r) => {
      const name = r.querySelector('.label-name')?.textContent ?? '';
      const description = r.querySelector('.label-description')?.textContent ?? '';
      return `${name} [${description}]`;
    }),
  );
  return texts.length ? texts.join(' | ') : '(none)';
}

export async function rowDescription(row: Locator): Promise<string> {
  return normalise((await row.locator('.label-description').first().textContent()) ?? '').trim();
}

/** The number on a view container's activity-bar badge; undefined when no badge shows. */
export async function activityBadge(page: Page, container: string): Promise<string | undefined> {
  const item = page.locator('.activitybar li.action-item').filter({ has: page.locator(`[aria-label^="${container}"]`) }).first();
  const badge = item.locator('.badge').first();
  if ((await badge.count()) === 0 || !(await badge.isVisible())) return undefined;
  return ((await badge.locator('.badge-content').textContent()) ?? '').trim();
}

/** The accessible label of a status-bar entry by its id (`<publisher>.<extension>.<item id>`). */
export async function statusBarLabel(page: Page, id: string): Promise<string | undefined> {
  const item = page.locator(`.part.statusbar [id="${id}"]`).first();
  if ((await item.count()) === 0) return undefined;
  return (await item.getAttribute('aria-label')) ?? undefined;
}

/* ---------------------------------------------------------- command palette */

/**
 * F1, type the command's label, run exactly that entry. The palette lists the commands known when
 * it opens (an extension's appear a moment after the workbench), so it is reopened until the entry shows.
 */
export async function runCommand(page: Page, label: string, timeoutMs = 15_000): Promise<void> {
  const input = page.locator('.quick-input-widget input').first();
  const end = Date.now() + timeoutMs;
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('F1');
    try {
      await input.waitFor({ state: 'visible', timeout: 3_000 });
      await pickInQuickInput(page, `>${label}`, label, 3_000);
      return;
    } catch (e) {
      if (Date.now() > end) throw new Error(`running "${label}" from the command palette (${attempt} attempts): ${(e as Error).message}`);
      if (process.env.UI_DEBUG) process.stderr.write(`[ui] palette attempt ${attempt} for "${label}": ${(e as Error).message.split('\n')[0]}\n`);
      await page.keyboard.press('Escape');
      await sleep(300);
    }
  }
}

/** In the open quick input: type `text`, then choose the entry labelled exactly `label`. */
export async function pickInQuickInput(page: Page, text: string, label: string, timeoutMs = 10_000): Promise<void> {
  const widget = page.locator('.quick-input-widget');
  const input = widget.locator('input').first();
  await input.waitFor({ state: 'visible', timeout: 5_000 });
  await input.fill(text);
  const entry = widget.locator('.monaco-list-row').filter({ has: page.locator('.label-name', { hasText: exactly(label) }) }).first();
  await waitUntil(`the quick-input entry "${label}"`, () => entry.isVisible(), timeoutMs, async () => (await widget.locator('.monaco-list-row').allInnerTexts()).join(' | ') || '(no entries)');
  await entry.click();
  // Closed, or replaced by the next picker the entry opened (e.g. the theme list).
  await waitUntil('the quick input to close', async () => !(await input.isVisible()) || (await input.inputValue()) !== text, 5_000).catch(() => undefined);
}

/** "Preferences: Color Theme" → the theme named `theme`. */
export async function pickColorTheme(page: Page, theme: string): Promise<void> {
  await runCommand(page, 'Preferences: Color Theme');
  await pickInQuickInput(page, theme, theme);
}

/* ------------------------------------------------------------ editor, terminal */

/** Labels of the editor tabs. */
export async function tabLabels(page: Page): Promise<string[]> {
  return (await page.locator('.tabs-container .tab .label-name').allTextContents()).map((t) => t.trim());
}

/** The text of every visible text editor's rendered lines. */
export async function editorText(page: Page): Promise<string> {
  return normalise((await page.locator('.editor-instance .monaco-editor .view-lines').allInnerTexts()).join('\n'));
}

/** What the integrated terminal(s) show (DOM renderer: `terminal.integrated.gpuAcceleration: off`). */
export async function terminalText(page: Page): Promise<string> {
  const rows = await page.locator('.terminal-wrapper .xterm-rows').allInnerTexts();
  const a11y = await page.locator('.terminal-wrapper .xterm-accessibility-tree').allInnerTexts();
  return normalise([...rows, ...a11y].join('\n'));
}
