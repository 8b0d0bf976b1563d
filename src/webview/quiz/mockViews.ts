/** The mock interview's screens: a timed question, then the report. */
import { utcMinute } from '../../shared/format';
import { GradeValue } from '../../shared/protocol/common';
import { MockReportRow, Screen } from '../../shared/protocol/quiz';
import { button, el, hints, icon, rendered } from '../dom';
import { send } from './host';
import { questionHeader } from './header';
import { KeyHandler } from './reviewViews';

let ticking: ReturnType<typeof setInterval> | undefined;

/** Stops the countdown of a previous question. */
export function stopTimer(): void {
  clearInterval(ticking);
  ticking = undefined;
}

export function renderMockQuestion(app: HTMLElement, state: Screen<'mockQuestion'>, draft: string, onDraft: (text: string) => void): KeyHandler {
  const { question } = state;
  const last = question.position === question.total;
  const clock = el('span', { class: 'clock', role: 'timer', 'aria-label': 'Time left' });
  const bar = el('div', { class: 'time-bar' });
  const barWrap = el('div', { class: 'time-track', 'aria-hidden': 'true' }, bar);
  const notice = el('p', { class: 'time-notice', 'aria-live': 'polite' });
  const answerBox = el('textarea', { id: 'answer', rows: '10', placeholder: 'Answer as you would out loud. The model answer comes at the end.', 'aria-label': 'Your answer' }) as HTMLTextAreaElement;
  answerBox.value = draft;
  answerBox.addEventListener('input', () => onDraft(answerBox.value));
  const submit = () => send({ type: 'mockSubmit', answer: answerBox.value });
  answerBox.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    }
  });
  const next = button(last ? 'Finish interview' : 'Next question', last ? 'check-all' : 'arrow-right', 'primary', submit, 'Ctrl+Enter');
  next.id = 'mock-next';
  const end = button('End now', 'debug-stop', 'secondary', () => send({ type: 'mockFinish' }));
  end.id = 'mock-end';

  stopTimer();
  let signalled = false;
  const tick = () => {
    const left = state.deadline - Date.now();
    clock.textContent = left > 0 ? clockText(left) : `+${clockText(-left)}`;
    bar.style.width = `${Math.max(0, Math.min(100, (left / state.limitMs) * 100))}%`;
    if (left <= 0 && !signalled) {
      // The gentle signal: the clock turns, the panel says so once; the user finishes the sentence.
      signalled = true;
      app.classList.add('over-time');
      notice.textContent = 'Time is up: wrap up your answer and move on when ready.';
    }
  };
  app.classList.remove('over-time');
  tick();
  ticking = setInterval(tick, 500);

  app.replaceChildren(
    el('p', { class: 'mock-banner' }, icon('mic'), 'Mock interview · answers are shown at the end'),
    questionHeader(question, [el('span', { class: 'timer' }, icon('watch'), clock)]),
    barWrap,
    el('h1', { id: 'prompt' }, question.prompt),
    answerBox,
    notice,
    el('div', { class: 'actions' }, next, end),
    hints(['Ctrl+Enter: ' + (last ? 'finish' : 'next question')]),
  );
  window.scrollTo(0, 0);
  answerBox.focus({ preventScroll: true });
  return () => false;
}

export function renderMockReport(app: HTMLElement, state: Screen<'mockReport'>): KeyHandler {
  stopTimer();
  app.classList.remove('over-time');
  const graded = state.rows.filter((r) => r.grade !== undefined).length;
  const answerable = state.rows.filter((r) => !r.skipped).length;
  const save = button('Save report as Markdown', 'save', 'primary', () => send({ type: 'mockSave' }));
  save.id = 'mock-save';
  app.replaceChildren(
    el(
      'header',
      { class: 'report-head' },
      el('h1', { id: 'report-title' }, state.title),
      el('p', { class: 'muted' }, `Started ${utcMinute(state.startedAt)} · total ${state.totalTime} · graded ${graded} of ${answerable}`),
      el('div', { class: 'actions' }, save, state.savedTo ? el('span', { class: 'muted saved' }, icon('check'), ` Saved as ${state.savedTo}`) : el('span')),
    ),
    ...state.rows.map(reportRow),
  );
  window.scrollTo(0, 0);
  return () => false;
}

function reportRow(row: MockReportRow): HTMLElement {
  const facts = [row.topicTitle, row.skipped ? 'not reached' : `${row.time}${row.overTime ? ' (over time)' : ''}`];
  const missed = row.missedKeyPointsHtml.length
    ? el(
        'ul',
        { class: 'points' },
        ...row.missedKeyPointsHtml.map((html, i) => {
          const text = rendered('span', { class: 'point-text' }, html);
          if (row.missedReasons?.[i]) text.append(el('span', { class: 'reason muted' }, row.missedReasons[i]));
          return el('li', { class: 'missed' }, icon('circle-large-outline'), text);
        }),
      )
    : el('p', { class: 'covered' }, icon('pass-filled'), ' All key points covered.');
  const grades = el('div', { class: 'grades', role: 'group', 'aria-label': `Grade question ${row.index + 1}` });
  if (!row.skipped) {
    for (const [grade, name] of [[1, 'Again'], [2, 'Hard'], [3, 'Good'], [4, 'Easy']] as [GradeValue, string][]) {
      const b = button(name, undefined, row.grade === grade ? 'primary' : 'secondary', () => send({ type: 'mockGrade', index: row.index, grade }));
      b.classList.add('grade', `grade-${grade}`);
      if (row.grade === undefined && row.suggestedGrade === grade) b.classList.add('suggested');
      if (row.grade !== undefined) {
        b.disabled = true;
        b.setAttribute('aria-pressed', String(row.grade === grade));
      }
      grades.append(b);
    }
  }
  return el(
    'article',
    { class: 'report-row', 'aria-labelledby': `row-${row.index}` },
    el('h2', { class: 'row-title', id: `row-${row.index}` }, `${row.index + 1}. ${row.prompt}`),
    el('p', { class: 'muted' }, facts.join(' · '), row.overTime ? el('span', { class: 'badge over' }, 'over time') : ''),
    el(
      'div',
      { class: 'side-by-side' },
      el('section', { 'aria-label': 'Your answer' }, el('h3', {}, 'Your answer'), row.answer.trim() ? el('p', { class: 'user-answer' }, row.answer) : el('p', { class: 'muted' }, row.skipped ? 'Not reached.' : 'No answer.')),
      el('section', { 'aria-label': 'Model answer' }, el('h3', {}, 'Model answer'), rendered('div', { class: 'markdown' }, row.modelAnswerHtml)),
    ),
    el('h3', {}, `Key points missed (${row.missedKeyPointsHtml.length} of ${row.keyPointCount})`),
    missed,
    row.skipped ? el('span') : el('h3', {}, row.grade ? 'Your grade' : 'How well did you know it?'),
    grades,
  );
}

function clockText(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
