/** The quiz webview: renders the state the extension sends and turns clicks and keys into requests. */
import { ExtensionMessage, GradeValue, PersistedWebviewState, QuestionView, QuizViewState, WebviewMessage, assertNever } from '../shared/protocol';

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): PersistedWebviewState | undefined;
  setState(state: PersistedWebviewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const app = document.getElementById('app')!;
let current: QuizViewState = { kind: 'loading' };
let topicId: string | undefined = vscode.getState()?.topicId;

const send = (message: WebviewMessage) => vscode.postMessage(message);

window.addEventListener('message', (event: MessageEvent<ExtensionMessage>) => {
  const message = event.data;
  if (message?.type !== 'state') return;
  const previousId = 'question' in current ? current.question.id : undefined;
  current = message.state;
  topicId = message.topicId;
  render(previousId);
});

function persist(draft?: string): void {
  const questionId = 'question' in current ? current.question.id : undefined;
  vscode.setState({ topicId, questionId, draft });
}

function render(previousId: string | undefined): void {
  const state = current;
  switch (state.kind) {
    case 'loading':
      app.replaceChildren(el('p', { class: 'muted' }, 'Loading…'));
      break;
    case 'empty':
      app.replaceChildren(el('section', { class: 'end' }, icon('info'), el('p', {}, state.message)));
      break;
    case 'question':
      renderQuestion(state.question, state.question.id === previousId ? vscode.getState()?.draft ?? '' : '');
      break;
    case 'answer':
      renderAnswer(state);
      break;
    case 'done':
      renderDone(state);
      break;
    default:
      assertNever(state);
  }
  persist(state.kind === 'question' ? (document.getElementById('answer') as HTMLTextAreaElement | null)?.value : undefined);
}

function header(question: QuestionView): HTMLElement {
  return el(
    'header',
    { class: 'meta' },
    el('span', { class: 'topic' }, icon('book'), question.topicTitle),
    el('span', { class: `badge ${question.difficulty}` }, question.difficulty),
    el('span', { class: 'position', 'aria-label': `Question ${question.position} of ${question.total}` }, `${question.position} / ${question.total}`),
  );
}

function renderQuestion(question: QuestionView, draft: string): void {
  const answer = el('textarea', {
    id: 'answer',
    rows: '8',
    placeholder: 'Answer as you would out loud in the interview…',
    'aria-label': 'Your answer',
  }) as HTMLTextAreaElement;
  answer.value = draft;
  answer.addEventListener('input', () => persist(answer.value));
  const reveal = button('Show answer', 'eye', 'primary', () => send({ type: 'reveal', answer: answer.value }), 'Space');
  reveal.id = 'reveal';
  app.replaceChildren(
    header(question),
    el('h1', { id: 'prompt' }, question.prompt),
    el('label', { for: 'answer', class: 'label' }, 'Your answer'),
    answer,
    el('div', { class: 'actions' }, reveal, ...snippetButtons(question, false)),
    hints(['Space / Enter: show answer', 'A: write your answer', 'Ctrl+Enter in the box: show answer', question.snippetName ? 'O: open snippet' : '']),
  );
  window.scrollTo(0, 0);
  reveal.focus({ preventScroll: true });
}

function renderAnswer(state: Extract<QuizViewState, { kind: 'answer' }>): void {
  const model = el('div', { class: 'markdown', id: 'model-answer' });
  model.innerHTML = state.answerHtml; // rendered by markdown-it with raw HTML disabled
  const grades = state.grades.map((g) => {
    const b = button(`${g.name}`, undefined, g.grade === 3 ? 'primary' : 'secondary', () => send({ type: 'grade', grade: g.grade }), String(g.grade));
    b.classList.add('grade', `grade-${g.grade}`);
    b.append(el('span', { class: 'interval' }, `back in ${g.interval}`));
    b.setAttribute('aria-label', `${g.name}: next review in ${g.interval} (key ${g.grade})`);
    return b;
  });
  app.replaceChildren(
    header(state.question),
    el('h1', { id: 'prompt' }, state.question.prompt),
    el(
      'section',
      { class: 'yours', 'aria-label': 'Your answer' },
      el('h2', {}, 'Your answer'),
      state.userAnswer.trim() ? el('p', { class: 'user-answer' }, state.userAnswer) : el('p', { class: 'muted' }, 'You did not write an answer.'),
    ),
    el('section', { 'aria-label': 'Model answer' }, el('h2', {}, 'Model answer'), model),
    list('Key points', 'key-points', state.keyPointsHtml, 'check'),
    state.followUpsHtml.length ? list('Follow-ups', 'follow-ups', state.followUpsHtml, 'comment-discussion') : el('span'),
    el('div', { class: 'actions snippet-actions' }, ...snippetButtons(state.question, true)),
    el('h2', { class: 'label' }, 'How well did you know it?'),
    el('div', { class: 'grades', role: 'group', 'aria-label': 'Grade your answer' }, ...grades),
    hints(['1–4: grade', state.question.snippetName ? 'O: open snippet' : '']),
  );
  window.scrollTo(0, 0);
  grades[2]?.focus({ preventScroll: true });
}

function renderDone(state: Extract<QuizViewState, { kind: 'done' }>): void {
  const next = state.nextDueIn ? `Next question due in ${state.nextDueIn}.` : 'Nothing is scheduled yet.';
  const children: (HTMLElement | string)[] = [
    icon('pass-filled'),
    el('h1', {}, 'All done'),
    el('p', {}, `${state.answered ? `You answered ${state.answered} question${state.answered === 1 ? '' : 's'} in ${state.scopeTitle}. ` : ''}${next}`),
  ];
  if (state.canKeepPractising) {
    const more = button('Keep practising', 'debug-continue', 'primary', () => send({ type: 'keepPractising' }), 'Enter');
    more.id = 'keep-practising';
    children.push(el('div', { class: 'actions' }, more));
    setTimeout(() => more.focus());
  }
  app.replaceChildren(el('section', { class: 'end', id: 'done' }, ...children));
}

function snippetButtons(question: QuestionView, withRun: boolean): HTMLElement[] {
  if (!question.snippetName) return [];
  const open = button('Open snippet', 'file-code', 'secondary', () => send({ type: 'openSnippet' }), 'O');
  open.title = `Open ${question.snippetName} in an editor`;
  if (!withRun) return [open];
  return [
    open,
    button('Run snippet', 'play', 'secondary', () => send({ type: 'runSnippet' })),
    button('Reset snippet', 'discard', 'secondary', () => send({ type: 'resetSnippet' })),
  ];
}

function list(title: string, id: string, itemsHtml: string[], iconName: string): HTMLElement {
  const items = itemsHtml.map((html) => {
    const li = el('li', {}, icon(iconName));
    const text = el('span');
    text.innerHTML = html; // inline Markdown rendered with raw HTML disabled
    li.append(text);
    return li;
  });
  return el('section', { 'aria-label': title }, el('h2', {}, title), el('ul', { id, class: 'points' }, ...items));
}

function hints(lines: string[]): HTMLElement {
  return el('p', { class: 'hints muted' }, lines.filter(Boolean).join(' · '));
}

function button(label: string, iconName: string | undefined, kind: 'primary' | 'secondary', onClick: () => void, key?: string): HTMLButtonElement {
  const b = el('button', { type: 'button', class: kind }) as HTMLButtonElement;
  if (iconName) b.append(icon(iconName));
  b.append(el('span', {}, label));
  if (key) b.append(el('kbd', {}, key));
  b.addEventListener('click', onClick);
  return b;
}

function icon(name: string): HTMLElement {
  return el('span', { class: `codicon codicon-${name}`, 'aria-hidden': 'true' });
}

function el(tag: string, attributes: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
  element.append(...children);
  return element;
}

document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  const typing = target.tagName === 'TEXTAREA';
  if (typing) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && current.kind === 'question') {
      event.preventDefault();
      send({ type: 'reveal', answer: (target as HTMLTextAreaElement).value });
    } else if (event.key === 'Escape') {
      (document.getElementById('reveal') as HTMLElement | null)?.focus();
    }
    return;
  }
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  const onButton = target.tagName === 'BUTTON';
  switch (current.kind) {
    case 'question':
      if ((event.key === ' ' || event.key === 'Enter') && !(onButton && target.id !== 'reveal')) {
        event.preventDefault();
        send({ type: 'reveal', answer: (document.getElementById('answer') as HTMLTextAreaElement).value });
      } else if (event.key === 'a' || event.key === 'A') {
        event.preventDefault();
        document.getElementById('answer')?.focus();
      } else if ((event.key === 'o' || event.key === 'O') && current.question.snippetName) {
        send({ type: 'openSnippet' });
      }
      break;
    case 'answer':
      if (['1', '2', '3', '4'].includes(event.key)) {
        event.preventDefault();
        send({ type: 'grade', grade: Number(event.key) as GradeValue });
      } else if ((event.key === 'o' || event.key === 'O') && current.question.snippetName) {
        send({ type: 'openSnippet' });
      }
      break;
    case 'done':
      if (event.key === 'Enter' && current.canKeepPractising && !onButton) send({ type: 'keepPractising' });
      break;
    case 'loading':
    case 'empty':
      break;
    default:
      assertNever(current);
  }
});

send({ type: 'ready' });
