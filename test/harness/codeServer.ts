/**
 * Start/stop a real VS Code (code-server 4.100.3 = VS Code 1.100.3) for tests.
 *
 * Every server runs in its own process group and is bound to 127.0.0.1 only. All
 * state (user data, extensions, XDG folders, log) lives in a RUN folder under
 * `.test-run/` in the repository. Exit/SIGINT/SIGTERM handlers kill every server
 * still running, so a crashing test never leaves one behind.
 */
import { ChildProcess, execFile, spawn } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as path from 'path';
import { codeServerBin, testRunRoot } from './paths';

export interface StartCodeServerOptions {
  /** Absolute path of the folder opened in the workbench. */
  workspace: string;
  /** Extensions folder (defaults to RUN/ext). */
  extensionsDir?: string;
  /** Extra user settings, merged over the harness defaults (e.g. `workbench.colorTheme`). */
  settings?: Record<string, unknown>;
  /** RUN folder (defaults to a fresh `.test-run/<stamp>` folder). */
  runDir?: string;
  /** How long to wait for /healthz (default 30 s). */
  startTimeoutMs?: number;
  /** A fixed port on 127.0.0.1 (default: a free one). */
  port?: number;
}

export interface CodeServer {
  port: number;
  /** Workbench URL opening `workspace`; extra query params (e.g. `payload`) are URL-encoded. */
  url(params?: Record<string, string>): string;
  runDir: string;
  logPath: string;
  extensionsDir: string;
  /** Kill the server's process group (SIGTERM, then SIGKILL). Idempotent. */
  stop(): Promise<void>;
}

/* ------------------------------------------------------------------ cleanup */

const exitCleanups = new Set<() => void>();
let handlersInstalled = false;

function runExitCleanups(): void {
  for (const fn of [...exitCleanups]) {
    try {
      fn();
    } catch {
      /* best effort */
    }
  }
  exitCleanups.clear();
}

/**
 * Register a synchronous cleanup that runs on process exit (including an
 * uncaught exception), SIGINT, SIGTERM and SIGHUP. Returns a function that unregisters it.
 */
export function registerExitCleanup(fn: () => void): () => void {
  if (!handlersInstalled) {
    handlersInstalled = true;
    process.on('exit', runExitCleanups);
    for (const [sig, code] of [
      ['SIGINT', 130],
      ['SIGTERM', 143],
      ['SIGHUP', 129],
    ] as const) {
      process.on(sig, () => {
        runExitCleanups();
        process.exit(code);
      });
    }
    // An uncaught exception ends the process through 'exit', which runs the cleanups.
  }
  exitCleanups.add(fn);
  return () => exitCleanups.delete(fn);
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function killGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    /* already gone */
  }
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/* ------------------------------------------------------------------ helpers */

/** A free TCP port on 127.0.0.1. */
export function getFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      if (addr && typeof addr === 'object') {
        const { port } = addr;
        srv.close(() => resolve(port));
      } else {
        srv.close(() => reject(new Error('could not get a free port')));
      }
    });
  });
}

/** A fresh, unique folder under `.test-run/`. */
export function newRunDir(prefix = 'run'): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const dir = path.join(testRunRoot, `${prefix}-${stamp}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

function httpOk(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: 1000 }, (res) => {
      res.resume();
      resolve((res.statusCode ?? 500) < 400);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(false));
  });
}

function tail(file: string, lines = 40): string {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

function xdgEnv(runDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    XDG_CONFIG_HOME: path.join(runDir, 'xdg', 'config'),
    XDG_DATA_HOME: path.join(runDir, 'xdg', 'data'),
    XDG_CACHE_HOME: path.join(runDir, 'xdg', 'cache'),
    XDG_STATE_HOME: path.join(runDir, 'xdg', 'state'),
  };
  for (const k of ['XDG_CONFIG_HOME', 'XDG_DATA_HOME', 'XDG_CACHE_HOME', 'XDG_STATE_HOME'] as const) {
    fs.mkdirSync(env[k] as string, { recursive: true });
  }
  // Never let a parent VS Code's IPC hook or Electron mode leak into code-server.
  delete env.VSCODE_IPC_HOOK_CLI;
  delete env.ELECTRON_RUN_AS_NODE;
  return env;
}

/* ------------------------------------------------------------------ server */

/** Harness defaults; `opts.settings` override them. */
const DEFAULT_SETTINGS: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'git.openRepositoryInParentFolders': 'never', // no "git repository found" toast over screenshots
};

export async function startCodeServer(opts: StartCodeServerOptions): Promise<CodeServer> {
  const bin = codeServerBin();
  const runDir = opts.runDir ?? newRunDir('code-server');
  fs.mkdirSync(runDir, { recursive: true });
  const userDataDir = path.join(runDir, 'data');
  const extensionsDir = opts.extensionsDir ?? path.join(runDir, 'ext');
  const logPath = path.join(runDir, 'code-server.log');
  const configPath = path.join(runDir, 'config.yaml');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.writeFileSync(
    path.join(userDataDir, 'User', 'settings.json'),
    JSON.stringify({ ...DEFAULT_SETTINGS, ...(opts.settings ?? {}) }, null, 2),
  );

  const port = opts.port ?? (await getFreePort());
  fs.writeFileSync(configPath, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);

  const args = [
    '--config', configPath,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    opts.workspace,
  ];
  const logFd = fs.openSync(logPath, 'a');
  let child: ChildProcess;
  try {
    child = spawn(bin, args, {
      cwd: runDir,
      env: xdgEnv(runDir),
      detached: true, // own process group: stop() kills the whole tree
      stdio: ['ignore', logFd, logFd],
    });
  } finally {
    fs.closeSync(logFd);
  }
  const pgid = child.pid;
  if (pgid === undefined) throw new Error(`failed to spawn ${bin}`);

  let exited = false;
  const exitPromise = new Promise<void>((resolve) => {
    child.once('exit', () => {
      exited = true;
      resolve();
    });
    child.once('error', () => {
      exited = true;
      resolve();
    });
  });
  const unregister = registerExitCleanup(() => killGroup(pgid, 'SIGKILL'));

  let stopped: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopped ??= (async () => {
      killGroup(pgid, 'SIGTERM');
      await Promise.race([exitPromise, sleep(5000)]);
      // Give the rest of the group (extension hosts, pty hosts) a moment, then force.
      for (let i = 0; i < 20 && groupAlive(pgid); i++) await sleep(100);
      if (groupAlive(pgid)) killGroup(pgid, 'SIGKILL');
      for (let i = 0; i < 50 && groupAlive(pgid); i++) await sleep(100);
      unregister();
    })();
    return stopped;
  };

  const base = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + (opts.startTimeoutMs ?? 30_000);
  for (;;) {
    if (await httpOk(`${base}healthz`)) break;
    if (exited || Date.now() > deadline) {
      await stop();
      throw new Error(
        `code-server did not become healthy on port ${port} (${exited ? 'process exited' : 'timeout'}); log: ${logPath}\n${tail(logPath)}`,
      );
    }
    await sleep(100);
  }

  const url = (params?: Record<string, string>): string => {
    const q = new URLSearchParams({ folder: opts.workspace, ...(params ?? {}) });
    return `${base}?${q.toString()}`;
  };

  return { port, url, runDir, logPath, extensionsDir, stop };
}

/* ------------------------------------------------------------------ vsix */

/** Install a .vsix into `extensionsDir` with the code-server CLI. Resolves with the CLI output. */
export async function installVsix(vsixPath: string, extensionsDir: string): Promise<string> {
  const bin = codeServerBin();
  if (!fs.existsSync(vsixPath)) throw new Error(`installVsix: ${vsixPath} does not exist (run \`npm run package\`?)`);
  fs.mkdirSync(extensionsDir, { recursive: true });
  const runDir = newRunDir('install-vsix');
  try {
    return await new Promise<string>((resolve, reject) => {
      execFile(
        bin,
        [
          '--user-data-dir', path.join(runDir, 'data'),
          '--extensions-dir', extensionsDir,
          '--install-extension', path.resolve(vsixPath),
          '--force',
        ],
        { env: xdgEnv(runDir), timeout: 120_000, maxBuffer: 16 * 1024 * 1024 },
        (err, stdout, stderr) => {
          const out = `${stdout}${stderr}`;
          if (err) reject(new Error(`installing ${vsixPath} failed: ${err.message}\n${out}`));
          else resolve(out);
        },
      );
    });
  } finally {
    fs.rmSync(runDir, { recursive: true, force: true });
  }
}
