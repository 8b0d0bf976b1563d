/** The daily review's screens: the question, the revealed answer, the end. */
import { plural } from '../../shared/format';
import { AnswerMode, GradeValue } from '../../shared/protocol/common';
import { QuestionView, Screen } from '../../shared/protocol/quiz';
import { button, el, hints, icon, isTyping, rendered } from '../dom';
import { send } from './host';
import { exerciseCard, exerciseKey } from './exerciseCard';
import { questionHeader } from './header';

/** What a screen does with a key press outside text fields; true when it used the key. */
export type KeyHandler = (event: KeyboardEvent) => boolean;

export function renderQuestion(app: HTMLElement, state: Screen<'question'>, draft: string, onDraft: (text: string) => void): KeyHandler {
  const { question, mode } = state;
  const answerBox = el('textarea', { id: 'answer', rows: '8', placeholder: 'Answer as you would out loud in the interview…', 'aria-label': 'Your answer' }) as HTMLTextAreaElement;
  answerBox.value = draft;
  answerBox.addEventListener('input', () => onDraft(answerBox.value));
  answerBox.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      reveal();
    } else if (event.key === 'Escape') {
      revealButton.focus();
    }
  });
  const reveal = () => send({ type: 'reveal', answer: mode === 'typed' ? answerBox.value : '' });
  const revealButton = button('Show answer', 'eye', 'primary', reveal, 'Space');
  revealButton.id = 'reveal';
  const body =
    mode === 'typed'
      ? [el('label', { for: 'answer', class: 'label' }, 'Your answer'), answerBox]
      : [el('p', { class: 'flashcard-hint muted' }, icon('lightbulb'), ' Answer out loud or in your head, then reveal the model answer.')];
  app.replaceChildren(
    questionHeader(question, [modeSwitch(mode)]),
    question.promptHtml !== undefined ? rendered('h1', { id: 'prompt' }, question.promptHtml) : el('h1', { id: 'prompt' }, question.prompt),
    ...body,
    el('div', { class: 'actions' }, revealButton, ...snippetButtons(question, false)),
    ...exerciseCard(state.exercise),
    hints(['Space / Enter: show answer', mode === 'typed' ? 'A: write · Ctrl+Enter: show answer' : '', question.snippetName ? 'O: open snippet' : '', state.exercise ? 'E: open exercise · R: run checks' : '']),
  );
  window.scrollTo(0, 0);
  revealButton.focus({ preventScroll: true });
  return (event) => {
    if (event.key === ' ' || event.key === 'Enter') {
      if (event.target instanceof HTMLButtonElement && event.target !== revealButton) return false;
      reveal();
      return true;
    }
    if ((event.key === 'a' || event.key === 'A') && mode === 'typed') {
      answerBox.focus();
      return true;
    }
    return snippetKey(event, question) || exerciseKey(event, state.exercise);
  };
}

export function renderAnswer(app: HTMLElement, state: Screen<'answer'>): KeyHandler {
  const { question, mode } = state;
  // A run of the exercise suggests a grade (pass: Good, fail: Again); the user still chooses.
  // So does the key points' coverage of a typed answer.
  const suggested = state.exercise?.lastRun?.suggestedGrade ?? state.suggestedGrade ?? 3;
  const grades = state.grades.map((g) => {
    const b = button(g.name, undefined, g.grade === suggested ? 'primary' : 'secondary', () => send({ type: 'grade', grade: g.grade }), String(g.grade));
    b.classList.add('grade', `grade-${g.grade}`);
    b.append(el('span', { class: 'interval' }, `back in ${g.interval}`));
    const isSuggested = g.grade === suggested && (state.exercise?.lastRun?.suggestedGrade ?? state.suggestedGrade) !== undefined;
    if (isSuggested) b.classList.add('suggested');
    b.setAttribute('aria-label', `${g.name}: back in ${g.interval}${isSuggested ? ' (suggested)' : ''}`);
    return b;
  });
  const yours =
    mode === 'typed'
      ? el(
          'section',
          { class: 'yours', 'aria-label': 'Your answer' },
          el('h2', {}, 'Your answer'),
          state.userAnswer.trim() ? el('p', { class: 'user-answer' }, state.userAnswer) : el('p', { class: 'muted' }, 'You did not write an answer.'),
        )
      : el('span');
  app.replaceChildren(
    questionHeader(question, [modeSwitch(mode)]),
    question.promptHtml !== undefined ? rendered('h1', { id: 'prompt' }, question.promptHtml) : el('h1', { id: 'prompt' }, question.prompt),
    yours,
    el('section', { 'aria-label': 'Model answer' }, el('h2', {}, 'Model answer'), rendered('div', { class: 'markdown', id: 'model-answer' }, state.answerHtml)),
    keyPointList(state),
    state.followUpsHtml.length
      ? el('section', { 'aria-label': 'Follow-ups' }, el('h2', {}, 'Follow-ups'), el('ul', { id: 'follow-ups', class: 'points' }, ...state.followUpsHtml.map((html) => point('comment-discussion', html))))
      : el('span'),
    el('div', { class: 'actions snippet-actions' }, ...snippetButtons(question, true), button('Past answers', 'history', 'secondary', () => send({ type: 'showHistory' }), 'H')),
    ...exerciseCard(state.exercise),
    el('h2', { class: 'label' }, 'How well did you know it?'),
    el('div', { class: 'grades', role: 'group', 'aria-label': 'Grade your answer' }, ...grades),
    hints(['1–4: grade', mode === 'typed' && state.keyPoints.some((k) => !k.covered) ? 'C: I did cover the next missed point' : '', question.snippetName ? 'O: open snippet' : '', 'H: past answers', state.exercise ? 'E: open exercise · R: run checks' : '']),
  );
  window.scrollTo(0, 0);
  grades[suggested - 1]?.focus({ preventScroll: true });
  return (event) => {
    if (['1', '2', '3', '4'].includes(event.key)) {
      send({ type: 'grade', grade: Number(event.key) as GradeValue });
      return true;
    }
    if (event.key === 'h' || event.key === 'H') {
      send({ type: 'showHistory' });
      return true;
    }
    const nextMissed = state.keyPoints.findIndex((k) => k.covered === false);
    if ((event.key === 'c' || event.key === 'C') && mode === 'typed' && nextMissed >= 0 && !isTyping(event.target)) {
      send({ type: 'coverPoint', index: nextMissed });
      return true;
    }
    return snippetKey(event, question) || exerciseKey(event, state.exercise);
  };
}

export function renderDone(app: HTMLElement, state: Screen<'done'>): KeyHandler {
  const next = state.nextDueIn ? `Next question due in ${state.nextDueIn}.` : 'Nothing is scheduled yet.';
  const answered = state.answered ? `You answered ${plural(state.answered, 'question')} in ${state.scopeTitle}. ` : '';
  const children: (HTMLElement | string)[] = [icon('pass-filled'), el('h1', {}, 'All done'), el('p', {}, `${answered}${next}`)];
  let more: HTMLButtonElement | undefined;
  if (state.canKeepPractising) {
    more = button('Keep practising', 'debug-continue', 'primary', () => send({ type: 'keepPractising' }), 'Enter');
    more.id = 'keep-practising';
    children.push(el('div', { class: 'actions' }, more), el('p', { class: 'muted' }, 'Questions that are not due yet, the soonest first.'));
  }
  app.replaceChildren(el('section', { class: 'end', id: 'done' }, ...children));
  more?.focus();
  return (event) => {
    if (event.key === 'Enter' && more && !(event.target instanceof HTMLButtonElement)) {
      more.click();
      return true;
    }
    return false;
  };
}

export function renderMessage(app: HTMLElement, message: string, iconName = 'info'): KeyHandler {
  app.replaceChildren(el('section', { class: 'end' }, icon(iconName), el('p', {}, message)));
  return () => false;
}

/** Typed or flashcard, switchable on any question. */
function modeSwitch(mode: AnswerMode): HTMLElement {
  const option = (value: AnswerMode, label: string, iconName: string) => {
    const b = button(label, iconName, 'secondary', () => send({ type: 'setMode', mode: value }));
    b.classList.add('mode');
    b.setAttribute('aria-pressed', String(mode === value));
    return b;
  };
  return el('span', { class: 'mode-switch', role: 'group', 'aria-label': 'Answer mode' }, option('typed', 'Typed', 'edit'), option('flashcard', 'Flashcard', 'eye'));
}

function keyPointList(state: Screen<'answer'>): HTMLElement {
  const typed = state.mode === 'typed';
  const covered = state.keyPoints.filter((k) => k.covered).length;
  const items = state.keyPoints.map((k, index) => {
    if (!typed) return point('circle-small-filled', k.html);
    const kind = k.covered ? 'covered' : k.partly ? 'partly' : 'missed';
    const item = point(k.covered ? 'pass-filled' : k.partly ? 'star-half' : 'circle-large-outline', k.html, kind);
    const label = { covered: 'Covered', partly: 'Partly covered', missed: 'Missed' }[kind];
    item.setAttribute('aria-label', `${label}: ${item.textContent ?? ''}${k.reason ? ` (${k.reason})` : ''}`);
    if (k.reason) item.querySelector('.point-text')?.append(el('span', { class: 'reason muted' }, k.reason));
    if (!k.covered || k.coveredByUser) {
      const correction = button(k.coveredByUser ? 'Undo' : 'I did cover this', k.coveredByUser ? 'discard' : 'check', 'secondary', () => send({ type: 'coverPoint', index }));
      correction.classList.add('cover-point');
      item.append(correction);
    }
    return item;
  });
  const heading = typed ? `Key points · you covered ${covered} of ${state.keyPoints.length}` : 'Key points';
  return el('section', { 'aria-label': 'Key points' }, el('h2', {}, heading), el('ul', { id: 'key-points', class: 'points' }, ...items));
}

function point(iconName: string, html: string, kind = ''): HTMLElement {
  const item = el('li', kind ? { class: kind } : {}, icon(iconName));
  const text = rendered('span', { class: 'point-text' }, html);
  item.append(text);
  return item;
}

function snippetButtons(question: QuestionView, withRun: boolean): HTMLElement[] {
  if (!question.snippetName) return [];
  const open = button('Open snippet', 'file-code', 'secondary', () => send({ type: 'openSnippet' }), 'O');
  open.title = `Open ${question.snippetName} in an editor`;
  if (!withRun) return [open];
  return [open, button('Run snippet', 'play', 'secondary', () => send({ type: 'runSnippet' })), button('Reset snippet', 'discard', 'secondary', () => send({ type: 'resetSnippet' }))];
}

function snippetKey(event: KeyboardEvent, question: QuestionView): boolean {
  if ((event.key === 'o' || event.key === 'O') && question.snippetName && !isTyping(event.target)) {
    send({ type: 'openSnippet' });
    return true;
  }
  return false;
}
