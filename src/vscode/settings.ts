import * as vscode from 'vscode';
import { AnswerMode } from '../shared/protocol';

/** Typed access to the `interviewCoach.*` settings declared in package.json. */
export function settings() {
  const config = vscode.workspace.getConfiguration('interviewCoach');
  const mode = config.get<string>('answerMode', 'typed');
  return {
    pythonPath: config.get<string>('pythonPath', 'python3').trim() || 'python3',
    newQuestionsPerDay: Math.max(0, config.get<number>('newQuestionsPerDay', 10)),
    desiredRetention: Math.min(0.99, Math.max(0.7, config.get<number>('desiredRetention', 0.9))),
    answerMode: (mode === 'flashcard' ? 'flashcard' : 'typed') as AnswerMode,
    mockQuestionCount: Math.min(50, Math.max(1, Math.round(config.get<number>('mockInterview.questionCount', 5)))),
    mockMinutesPerQuestion: Math.min(60, Math.max(0.5, config.get<number>('mockInterview.minutesPerQuestion', 3))),
  };
}
