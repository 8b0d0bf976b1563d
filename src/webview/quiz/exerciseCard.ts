/** The question's hands-on exercise on the review screens: its state, Open and Run, the last verdict. */
import { GRADE_LABELS } from '../../shared/format';
import { ExerciseView } from '../../shared/protocol/quiz';
import { button, Child, el, icon, isTyping } from '../dom';
import { send } from './host';

const STATUS: Record<ExerciseView['status'], { icon: string; words: string }> = {
  untried: { icon: 'beaker', words: 'not tried yet' },
  failing: { icon: 'error', words: 'checks failing' },
  passing: { icon: 'pass-filled', words: 'checks passing' },
};

export function exerciseCard(exercise: ExerciseView | undefined): HTMLElement[] {
  if (!exercise) return [];
  const status = STATUS[exercise.status];
  const run = button(exercise.running ? 'Running checks…' : 'Run checks', exercise.running ? 'loading' : 'play', 'secondary', () => send({ type: 'runExercise' }), 'R');
  run.id = 'run-exercise';
  if (exercise.running) {
    run.disabled = true;
    run.querySelector('.codicon')?.classList.add('codicon-modifier-spin');
  }
  const open = button('Open exercise', 'go-to-file', 'secondary', () => send({ type: 'openExercise' }), 'E');
  open.id = 'open-exercise';
  const last = exercise.lastRun;
  const verdict = last
    ? el(
        'p',
        { class: `exercise-verdict ${last.outcome}`, id: 'exercise-verdict', role: 'status' },
        icon(last.outcome === 'passed' ? 'pass-filled' : last.outcome === 'failed' ? 'error' : 'warning'),
        el('span', {}, last.message),
        last.suggestedGrade ? el('span', { class: 'muted' }, ` Suggests ${GRADE_LABELS[last.suggestedGrade]}.`) : '',
      )
    : el('span');
  return [
    el(
      'section',
      { class: `exercise ${exercise.status}`, id: 'exercise', 'aria-label': `Exercise: ${exercise.title}, ${status.words}` },
      el('h2', {}, icon(status.icon), ` Exercise: ${exercise.title}`, el('span', { class: 'badge exercise-status' }, status.words)),
      el('p', { class: 'exercise-brief markdown' }, ...inlineCode(exercise.brief)),
      verdict,
      el('div', { class: 'actions' }, open, run),
    ),
  ];
}

/** A brief's `code` spans as <code> (briefs are written like Markdown); the rest stays plain text. */
function inlineCode(text: string): Child[] {
  return text.split(/`([^`\n]+)`/).map((part, i) => (i % 2 ? el('code', {}, part) : part));
}

/** E opens the exercise, R runs its checks (outside text fields). */
export function exerciseKey(event: KeyboardEvent, exercise: ExerciseView | undefined): boolean {
  if (!exercise || isTyping(event.target)) return false;
  if (event.key === 'e' || event.key === 'E') {
    send({ type: 'openExercise' });
    return true;
  }
  if ((event.key === 'r' || event.key === 'R') && !exercise.running) {
    send({ type: 'runExercise' });
    return true;
  }
  return false;
}
