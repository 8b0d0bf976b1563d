/** Grades and intervals as shown to the user: no FSRS here, so the tree and the status bar load without it. */
import { GRADE_LABELS } from '../../shared/format';

/** Self-grades, numbered as on the buttons and keys 1–4. */
export type Grade = 1 | 2 | 3 | 4;
export const GRADES: readonly Grade[] = [1, 2, 3, 4];
export const GRADE_NAMES: Record<Grade, string> = GRADE_LABELS;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A short, rounded duration: "now", "10m", "3h", "4d", "2mo", "1.5y". */
export function formatInterval(ms: number): string {
  if (ms < MINUTE) return 'now';
  if (ms < HOUR) return `${Math.round(ms / MINUTE)}m`;
  if (ms < DAY) return `${Math.round(ms / HOUR)}h`;
  if (ms < 30 * DAY) return `${Math.round(ms / DAY)}d`;
  if (ms < 365 * DAY) return `${Math.round(ms / (30 * DAY))}mo`;
  const years = Math.round((ms / (365 * DAY)) * 10) / 10;
  return `${years}y`;
}
