import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { RunReport, parseRunReport } from '../core/exercise/report';

export interface RunChecksOptions {
  python: string;
  /** questions/exercises/run_checks.py of the installed bank. */
  runner: string;
  /** The user's copy of the starter. */
  work: string;
  /** The exercise's checks/ folder. */
  checks: string;
  timeoutMs: number;
  signal?: AbortSignal;
}

export interface ChecksRun {
  report: RunReport;
  durationMs: number;
}

const MAX_OUTPUT = 256 * 1024;
const KILL_GRACE_MS = 2000;

/**
 * Runs an exercise's checks against the user's copy in a process group of its own, with a timeout
 * and cancellation; the whole group is killed at the end, so no process or server is left behind.
 * Resolves with the runner's report (an error report when the run could not happen). Never rejects.
 */
export async function runChecks(options: RunChecksOptions): Promise<ChecksRun> {
  const started = Date.now();
  const temp = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'interview-coach-checks-'));
  const reportFile = path.join(temp, 'report.json');
  try {
    const exit = await runProcess(options, reportFile, temp);
    const json = await fs.promises.readFile(reportFile, 'utf8').catch(() => '');
    const report = exit.reason ? errorReport(exit.reason, exit.output) : parseRunReport(json, exit.output);
    if (!exit.reason && !json) report.message = exit.spawnError ?? `The checks runner stopped (exit ${exit.code}) without a report.`;
    return { report, durationMs: Date.now() - started };
  } finally {
    await fs.promises.rm(temp, { recursive: true, force: true }).catch(() => undefined);
  }
}

interface ProcessExit {
  code: number | null;
  output: string;
  /** Set when the run was stopped: timed out or cancelled. */
  reason?: string;
  spawnError?: string;
}

function runProcess(options: RunChecksOptions, reportFile: string, cwd: string): Promise<ProcessExit> {
  return new Promise((resolve) => {
    let output = '';
    let reason: string | undefined;
    let spawnError: string | undefined;
    const child = spawn(options.python, [options.runner, '--work', options.work, '--checks', options.checks, '--report', reportFile], {
      cwd,
      detached: process.platform !== 'win32',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1', PYTHONUNBUFFERED: '1' },
    });
    const append = (chunk: Buffer) => {
      if (output.length < MAX_OUTPUT) output += chunk.toString('utf8');
    };
    child.stdout?.on('data', append);
    child.stderr?.on('data', append);
    const stop = (why: string) => {
      reason ??= why;
      killGroup(child.pid, 'SIGTERM');
      setTimeout(() => killGroup(child.pid, 'SIGKILL'), KILL_GRACE_MS).unref();
    };
    const timer = setTimeout(() => stop(`The checks did not finish within ${Math.round(options.timeoutMs / 1000)} s, so they were stopped: look for an endless loop or a call that waits forever.`), options.timeoutMs);
    const onAbort = () => stop('The run was cancelled.');
    options.signal?.addEventListener('abort', onAbort);
    if (options.signal?.aborted) onAbort();
    child.on('error', (error) => {
      spawnError = `Could not start ${options.python}: ${error.message}. Set interviewCoach.pythonPath to a Python 3 interpreter.`;
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      // Servers or workers the checks started may outlive the runner: end the whole group.
      killGroup(child.pid, 'SIGKILL');
      resolve({ code, output, reason: reason ?? spawnError, spawnError });
    });
  });
}

function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    if (process.platform === 'win32') process.kill(pid, signal);
    else process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

function errorReport(message: string, output: string): RunReport {
  return { status: 'error', message, checks: [], output: output.slice(-64 * 1024) };
}
