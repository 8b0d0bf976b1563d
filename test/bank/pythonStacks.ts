import { execFile } from 'child_process';
import * as path from 'path';

/**
 * The two Python stacks every snippet and exercise is proven on (scripts/run-python.sh):
 * Debian 12's packages and Debian unstable's (current releases) in the root scripts/python-stacks.sh builds.
 * PYTHON_STACKS=debian12 limits a run to one of them.
 */
export type Stack = 'debian12' | 'current';
export const STACKS: Stack[] = (process.env.PYTHON_STACKS ?? 'debian12,current').split(',').map((s) => s.trim() as Stack);

const repoRoot = path.resolve(__dirname, '../../..');
const runPythonScript = path.join(repoRoot, 'scripts', 'run-python.sh');

export interface RunResult {
  code: number | null;
  stdout: string;
  /** stdout then stderr, for failure reports. */
  output: string;
  ms: number;
}

/** Runs `python3 <args>` on a stack in `cwd`; never rejects (a timeout gives code null). */
export function runOnStack(stack: Stack, args: string[], cwd: string, timeoutMs = 60_000): Promise<RunResult> {
  const started = Date.now();
  return new Promise((resolve) => {
    const env = { ...process.env, PYTHONDONTWRITEBYTECODE: '1' };
    execFile(runPythonScript, [stack, ...args], { cwd, timeout: timeoutMs, env, maxBuffer: 8 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      resolve({ code, stdout, output: `${stdout}${stderr}`, ms: Date.now() - started });
    });
  });
}

/** Runs `jobs` with at most `width` at a time (the machine has 2 cores). */
export async function pool<T, R>(items: T[], width: number, job: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await job(items[index]);
      }
    }),
  );
  return results;
}

/** Each stack's versions of the libraries the bank uses, on one line. */
export async function stackVersions(stack: Stack): Promise<string> {
  const result = await runOnStack(stack, [path.join(__dirname, '../../../test/bank/stack_versions.py')], repoRoot);
  if (result.code !== 0) throw new Error(`${stack}: cannot read versions (exit ${result.code}):\n${result.output}`);
  return result.stdout.trim().split('\n').join(', ');
}

/** A table of figures: one row per item, one column per stack, in ms. */
export function timeTable(rows: { name: string; ms: Partial<Record<Stack, number>> }[]): string {
  const width = Math.max(...rows.map((r) => r.name.length), 4);
  const header = `${'name'.padEnd(width)}  ${STACKS.map((s) => s.padStart(9)).join('  ')}`;
  const lines = rows.map((r) => `${r.name.padEnd(width)}  ${STACKS.map((s) => `${r.ms[s] ?? '-'}`.padStart(9)).join('  ')}`);
  const totals = `${'total'.padEnd(width)}  ${STACKS.map((s) => `${rows.reduce((sum, r) => sum + (r.ms[s] ?? 0), 0)}`.padStart(9)).join('  ')}`;
  return [header, ...lines, totals].map((line) => `      ${line}`).join('\n');
}
