/**
 * The checks runner's JSON report (questions/exercises/run_checks.py), read defensively: it comes
 * from a process running the user's code, so every field is checked and bounded.
 */

export type CheckStatus = 'passed' | 'failed' | 'error' | 'skipped';

export interface CheckResult {
  id: string;
  title: string;
  status: CheckStatus;
  durationMs: number;
  message?: string;
  expected?: string;
  actual?: string;
  /** Absolute path in the user's copy, and its 1-based line, where the failure passed through. */
  file?: string;
  line?: number;
}

export interface RunReport {
  status: 'passed' | 'failed' | 'error';
  /** Why the run could not happen (status "error"), e.g. a package to install. */
  message?: string;
  python?: string;
  checks: CheckResult[];
  output: string;
}

const STATUSES: readonly CheckStatus[] = ['passed', 'failed', 'error', 'skipped'];
const MAX_TEXT = 4000;
const MAX_OUTPUT = 64 * 1024;
const MAX_CHECKS = 500;

const text = (value: unknown, max = MAX_TEXT): string | undefined =>
  typeof value === 'string' ? (value.length > max ? `${value.slice(0, max)}…` : value) : undefined;

function checkOf(raw: unknown): CheckResult | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const r = raw as Record<string, unknown>;
  const id = text(r.id, 300);
  const status = STATUSES.find((s) => s === r.status);
  if (!id || !status) return undefined;
  const line = typeof r.line === 'number' && Number.isInteger(r.line) && r.line > 0 ? r.line : undefined;
  const durationMs = typeof r.durationMs === 'number' && Number.isFinite(r.durationMs) && r.durationMs >= 0 ? r.durationMs : 0;
  return {
    id,
    title: text(r.title, 300) || id,
    status,
    durationMs,
    message: text(r.message),
    expected: text(r.expected),
    actual: text(r.actual),
    file: text(r.file, 4096),
    line,
  };
}

/** The report, or an error report saying why it could not be read. Never throws. */
export function parseRunReport(json: string, output = ''): RunReport {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { status: 'error', message: 'The checks runner wrote no readable report.', checks: [], output: output.slice(-MAX_OUTPUT) };
  }
  if (!raw || typeof raw !== 'object') return { status: 'error', message: 'The checks report is not an object.', checks: [], output };
  const r = raw as Record<string, unknown>;
  const checks = (Array.isArray(r.tests) ? r.tests.slice(0, MAX_CHECKS) : []).map(checkOf).filter((c): c is CheckResult => c !== undefined);
  const declared = r.status === 'passed' || r.status === 'failed' || r.status === 'error' ? r.status : 'error';
  // A "passed" report must show passing checks and no failures; anything else is not a pass.
  const failed = checks.some((c) => c.status === 'failed' || c.status === 'error');
  const status = declared === 'passed' && (failed || !checks.some((c) => c.status === 'passed')) ? 'failed' : declared === 'failed' && !failed ? 'error' : declared;
  return {
    status,
    message: text(r.message) ?? (status === 'error' && declared !== 'error' ? 'The checks report contradicts itself.' : undefined),
    python: text(r.python, 100),
    checks,
    output: (text(r.output, MAX_OUTPUT) ?? output).slice(-MAX_OUTPUT),
  };
}

/** A pass suggests Good and a failure Again; the user still chooses. */
export function suggestedGradeFor(report: RunReport): 1 | 3 | undefined {
  if (report.status === 'passed') return 3;
  if (report.status === 'failed') return 1;
  return undefined;
}
