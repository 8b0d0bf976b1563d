import * as vscode from 'vscode';

/** Typed access to the `interviewCoach.*` settings declared in package.json. */
export function settings() {
  const config = vscode.workspace.getConfiguration('interviewCoach');
  return {
    pythonPath: config.get<string>('pythonPath', 'python3').trim() || 'python3',
    newQuestionsPerSession: Math.max(0, config.get<number>('newQuestionsPerSession', 10)),
    desiredRetention: Math.min(0.99, Math.max(0.7, config.get<number>('desiredRetention', 0.9))),
  };
}
