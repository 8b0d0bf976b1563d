/**
 * Run the mocha integration suite (out/test/integration/index.js) inside the real
 * VS Code extension host of code-server 4.100.3 (= VS Code 1.100.3), loading this
 * repository as the extension under development.
 *
 *   npx tsc -p tsconfig.test.json && node out/test/harness/runExtensionHostTests.js
 *
 * Prints the extension host's output (mocha spec reporter) and exits with the
 * suite's exit code. Env: INTEGRATION_TIMEOUT_MS (default 180000), HEADED=1,
 * KEEP_TEST_RUN=1 (keep the .test-run folder even on success), VERBOSE=1 (print
 * the workbench's own log lines too), INTEGRATION_GREP (mocha grep, see index.ts).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as util from 'util';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser, openWorkbench } from './browser';
import { CodeServer, newRunDir, startCodeServer } from './codeServer';
import { fixtureWorkspace, integrationTestsIndex, repoRoot } from './paths';

const TIMEOUT_MS = Number(process.env.INTEGRATION_TIMEOUT_MS || 180_000);
/**
 * `--untrusted`: the workspace opens in restricted mode (workspace trust on, never prompted) and
 * only the suites whose title mentions "untrusted workspace" run.
 */
const UNTRUSTED = process.argv.includes('--untrusted');
if (UNTRUSTED) process.env.INTEGRATION_GREP = 'untrusted workspace';
const TRUST_SETTINGS = UNTRUSTED
  ? { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.banner': 'never' }
  : {};
const VERBOSE = process.env.VERBOSE === '1';

/** Workbench chatter that is not the suite's output (goes to browser-console.log unless VERBOSE=1). */
const NOISE: readonly RegExp[] = [
  /^Resolv(ing|ed) connection token/,
  /^Creating a socket/,
  /^\[Service Worker\]/,
  /^Updating additional builtin extensions cache/,
  /^ChatSessionStore:/,
  /^Creation of workbench contribution/,
  /ENOTFOUND open-vsx\.org/,
  /vsda/,
  /unexpected service worker controller/i,
];

function log(msg: string): void {
  process.stdout.write(`[ext-host-tests] ${msg}\n`);
}

async function main(): Promise<number> {
  if (!fs.existsSync(integrationTestsIndex)) {
    throw new Error(`${integrationTestsIndex} is missing: compile the tests first (npx tsc -p tsconfig.test.json).`);
  }
  fs.mkdirSync(fixtureWorkspace, { recursive: true });

  const started = Date.now();
  const runDir = newRunDir('ext-host-tests');
  const browserLogPath = path.join(runDir, 'browser-console.log');
  const screenshotPath = path.join(runDir, 'failure.png');
  let server: CodeServer | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let exitCode = 1;
  let timer: NodeJS.Timeout | undefined;
  const browserLog = fs.createWriteStream(browserLogPath);
  browserLog.on('error', () => undefined);

  try {
    server = await startCodeServer({ workspace: fixtureWorkspace, runDir, settings: TRUST_SETTINGS });
    log(`code-server on 127.0.0.1:${server.port} (${((Date.now() - started) / 1000).toFixed(1)} s)`);

    const remote = (p: string) => `vscode-remote://127.0.0.1:${server!.port}${p}`;
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', remote(repoRoot)],
      ['extensionTestsPath', remote(integrationTestsIndex)],
    ]);

    let settle!: (code: number) => void;
    const exited = new Promise<number>((resolve) => (settle = resolve));
    const timedOut = new Promise<number>((resolve) => {
      timer = setTimeout(() => {
        log(`TIMEOUT: the suite did not finish within ${TIMEOUT_MS / 1000} s`);
        resolve(1);
      }, TIMEOUT_MS);
    });

    const run = async (): Promise<number> => {
      context = await launchBrowser();
      page = await openWorkbench(context, server!.url({ payload }), {
        beforeGoto: async (p) => {
          page = p; // known before navigation, so a timeout can still take a screenshot
          p.on('console', (m) => browserLog.write(`[${m.type()}] ${m.text()}\n`));
          p.on('pageerror', (e) => browserLog.write(`[pageerror] ${e.stack ?? e.message}\n`));
          // Called by the workbench with log lines, including the extension host's console
          // (mocha's spec output). `message` is the console call's argument list
          // (printf-style), e.g. ["  %d passing (%s)", 1, "11ms"].
          await p.exposeFunction('codeAutomationLog', (level: string, message: unknown) => {
            const text = Array.isArray(message) ? util.format(...message) : String(message);
            if (!VERBOSE && NOISE.some((re) => re.test(text))) {
              browserLog.write(`[automation:${level}] ${text}\n`);
              return;
            }
            process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
          });
          // Called by the workbench when the extension tests settle: 0 = passed.
          await p.exposeFunction('codeAutomationExit', (code: number) => settle(Number(code)));
        },
        timeoutMs: TIMEOUT_MS,
      });
      log(`workbench ready (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      return exited;
    };

    const running = run();
    running.catch(() => undefined); // a late rejection (after a timeout) must not crash cleanup
    exitCode = await Promise.race([running, timedOut]);
    log(`suite finished with exit code ${exitCode} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (err) {
    exitCode = 1;
    log(`ERROR: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
  } finally {
    if (timer) clearTimeout(timer);
    if (exitCode !== 0) {
      if (page) {
        try {
          await page.screenshot({ path: screenshotPath, timeout: 10_000 });
          log(`screenshot: ${screenshotPath}`);
        } catch (e) {
          log(`could not take a screenshot: ${(e as Error).message}`);
        }
      }
      if (server) log(`code-server log: ${server.logPath}`);
      log(`browser console: ${browserLogPath}`);
    }
    await context?.close().catch(() => undefined);
    await new Promise<void>((r) => browserLog.end(r));
    await server?.stop();
    if (exitCode === 0 && process.env.KEEP_TEST_RUN !== '1') {
      fs.rmSync(runDir, { recursive: true, force: true });
    }
  }
  return exitCode;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
