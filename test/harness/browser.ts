/**
 * Playwright (playwright-core, no browser download) driving Debian's Chromium.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, BrowserContext, Page } from 'playwright-core';
import { registerExitCleanup } from './codeServer';
import { chromiumPath } from './paths';

/** Flags that keep Chromium quiet on a closed network and runnable as root. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const VIEWPORT = { width: 1400, height: 900 } as const;

export interface LaunchBrowserOptions {
  /** Default: true, unless the env var HEADED=1. */
  headless?: boolean;
}

/**
 * A persistent Chromium context on a fresh temporary user-data dir, which is
 * removed when the context closes (or the process exits).
 */
export async function launchBrowser(opts: LaunchBrowserOptions = {}): Promise<BrowserContext> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'interview-coach-chromium-'));
  // Chromium's own temp files go inside the profile too, so nothing is left in /tmp.
  const tmpDir = path.join(userDataDir, 'tmp');
  fs.mkdirSync(tmpDir);
  const removeDir = () => {
    try {
      fs.rmSync(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    } catch {
      /* Chromium may still be writing; best effort */
    }
  };
  const unregister = registerExitCleanup(removeDir);
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath(),
      headless: opts.headless ?? process.env.HEADED !== '1',
      args: [...CHROMIUM_ARGS],
      viewport: { ...VIEWPORT },
      env: { ...process.env, TMPDIR: tmpDir },
    });
  } catch (e) {
    unregister();
    removeDir();
    throw e;
  }
  // Remove the profile once the browser is really gone: wrap close() so callers that
  // await it get a clean /tmp, and also handle a browser that dies on its own.
  const close = context.close.bind(context);
  let removed = false;
  const cleanup = async () => {
    if (removed) return;
    removed = true;
    unregister();
    await fs.promises
      .rm(userDataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 })
      .catch(() => undefined);
  };
  context.close = async (options?: Parameters<BrowserContext['close']>[0]) => {
    await close(options);
    await cleanup();
  };
  context.once('close', () => {
    setTimeout(() => void cleanup(), 500);
  });
  return context;
}

export interface OpenWorkbenchOptions {
  /** Called with the page before navigation (e.g. `page.exposeFunction`). */
  beforeGoto?: (page: Page) => Promise<void>;
  /** Timeout for `.monaco-workbench` (default 60 s). */
  timeoutMs?: number;
}

/** Open `url` in the context's first page (or a new one) and wait for `.monaco-workbench`. */
export async function openWorkbench(
  context: BrowserContext,
  url: string,
  opts: OpenWorkbenchOptions = {},
): Promise<Page> {
  const page = context.pages()[0] ?? (await context.newPage());
  if (opts.beforeGoto) await opts.beforeGoto(page);
  const timeout = opts.timeoutMs ?? 60_000;
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout });
  await page.locator('.monaco-workbench').first().waitFor({ state: 'attached', timeout });
  return page;
}
