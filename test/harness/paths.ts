/**
 * Well-known paths for the test harness. Works both from the TypeScript sources
 * (test/harness) and from the compiled output (out/test/harness).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const CODE_SERVER_VERSION = '4.100.3';

function findRepoRoot(start: string): string {
  let dir = start;
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg)) {
      try {
        const json = JSON.parse(fs.readFileSync(pkg, 'utf8')) as { name?: string };
        if (json.name === 'interview-coach') return dir;
      } catch {
        /* keep walking */
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) {
      throw new Error(`Cannot find the interview-coach repository root above ${start}`);
    }
    dir = parent;
  }
}

/** Absolute path of the repository (the folder holding the extension's package.json). */
export const repoRoot: string = findRepoRoot(__dirname);

/** Per-machine cache owned by scripts/setup.sh (code-server lives here). */
export const cacheDir: string =
  process.env.INTERVIEW_COACH_CACHE || path.join(os.homedir(), '.cache', 'interview-coach');

/** Folder for per-run state (user data, logs, screenshots); git-ignored. */
export const testRunRoot: string = path.join(repoRoot, '.test-run');

/** Workspace folder opened by the integration tests. */
export const fixtureWorkspace: string = path.join(repoRoot, 'test', 'fixtures', 'workspace');

/** Compiled mocha runner loaded by the extension host. */
export const integrationTestsIndex: string = path.join(repoRoot, 'out', 'test', 'integration', 'index.js');

export const codeServerDir: string = path.join(cacheDir, `code-server-${CODE_SERVER_VERSION}`);

/** Absolute path of the code-server launcher; throws a clear error when setup has not run. */
export function codeServerBin(): string {
  const bin = path.join(codeServerDir, 'node_modules', '.bin', 'code-server');
  const marker = path.join(codeServerDir, '.install-complete');
  if (!fs.existsSync(bin) || !fs.existsSync(marker)) {
    throw new Error(
      `code-server ${CODE_SERVER_VERSION} is not installed at ${codeServerDir}: run \`npm run setup\` (bash scripts/setup.sh) first.`,
    );
  }
  return bin;
}

/** Chromium used by Playwright (Debian's package). Override with CHROMIUM_PATH. */
export function chromiumPath(): string {
  const p = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!fs.existsSync(p)) {
    throw new Error(`Chromium not found at ${p}: run \`npm run setup\` (bash scripts/setup.sh) first.`);
  }
  return p;
}
