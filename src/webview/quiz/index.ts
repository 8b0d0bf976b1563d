/** The quiz webview: renders the state the extension sends and turns clicks and keys into requests. */
import { assertNever } from '../../shared/protocol/common';
import { QuizViewState } from '../../shared/protocol/quiz';
import { isTyping } from '../dom';
import { quizHost } from './host';
import { renderMockQuestion, renderMockReport, stopTimer } from './mockViews';
import { KeyHandler, renderAnswer, renderDone, renderMessage, renderQuestion } from './reviewViews';

const app = document.getElementById('app')!;
let current: QuizViewState = { kind: 'loading' };
let topicIds: string[] | undefined = quizHost.getState()?.topicIds;
let onKey: KeyHandler = () => false;

/** Remembers the topics, the question on screen and the typed draft, for a window reload. */
function persist(draft?: string): void {
  const questionId = 'question' in current ? current.question.id : undefined;
  quizHost.setState({ topicIds, questionId, draft });
}

quizHost.onMessage((message) => {
  if (message.type !== 'state') return;
  const previousId = 'question' in current ? current.question.id : undefined;
  current = message.state;
  topicIds = message.topicIds;
  const keptDraft = 'question' in current && current.question.id === previousId ? quizHost.getState()?.draft ?? '' : '';
  onKey = render(current, keptDraft);
  persist(current.kind === 'question' || current.kind === 'mockQuestion' ? keptDraft : undefined);
});

function render(state: QuizViewState, draft: string): KeyHandler {
  if (state.kind !== 'mockQuestion') stopTimer();
  switch (state.kind) {
    case 'loading':
      return renderMessage(app, 'Loading…', 'loading');
    case 'empty':
      return renderMessage(app, state.message);
    case 'question':
      return renderQuestion(app, state, draft, persist);
    case 'answer':
      return renderAnswer(app, state);
    case 'done':
      return renderDone(app, state);
    case 'mockQuestion':
      return renderMockQuestion(app, state, draft, persist);
    case 'mockReport':
      return renderMockReport(app, state);
    default:
      return assertNever(state);
  }
}

document.addEventListener('keydown', (event) => {
  if (isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
  if (onKey(event)) event.preventDefault();
});

quizHost.ready();
