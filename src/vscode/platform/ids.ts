/**
 * Every id the extension shares with package.json, in one place: a typo here fails
 * test/unit/ids.test.ts instead of silently matching nothing in a `when` clause or a menu.
 * No `vscode` import, so the unit test can read it in plain Node.
 */

/** `contributes.commands`, by what they do. */
export const Command = {
  startQuiz: 'interviewCoach.startQuiz',
  quizTopic: 'interviewCoach.quizTopic',
  openQuestion: 'interviewCoach.openQuestion',
  openSnippet: 'interviewCoach.openSnippet',
  runSnippet: 'interviewCoach.runSnippet',
  resetSnippet: 'interviewCoach.resetSnippet',
  refresh: 'interviewCoach.refresh',
  practiseFile: 'interviewCoach.practiseFile',
  showHistory: 'interviewCoach.showHistory',
  startMockInterview: 'interviewCoach.startMockInterview',
  pastMockInterviews: 'interviewCoach.pastMockInterviews',
  showProgress: 'interviewCoach.showProgress',
  exportProgress: 'interviewCoach.exportProgress',
  importProgress: 'interviewCoach.importProgress',
  resetProgress: 'interviewCoach.resetProgress',
  openExercise: 'interviewCoach.openExercise',
  runExercise: 'interviewCoach.runExercise',
  exerciseHint: 'interviewCoach.exerciseHint',
  showExerciseSolution: 'interviewCoach.showExerciseSolution',
  resetExercise: 'interviewCoach.resetExercise',
} as const;
export type CommandId = (typeof Command)[keyof typeof Command];

/** `contributes.viewsContainers` and `contributes.views`. */
export const View = {
  container: 'interviewCoach',
  topics: 'interviewCoach.topics',
} as const;

/** Webview panel types: `onWebviewPanel:` activation events and the serializers. */
export const ViewType = {
  quiz: 'interviewCoach.quiz',
  progress: 'interviewCoach.progress',
} as const;

/** `setContext` keys read by `when` clauses in package.json. */
export const Context = {
  decksLoaded: 'interviewCoach.decksLoaded',
} as const;

/** Other contributed ids. */
export const StatusBarItem = { due: 'interviewCoach.due' } as const;
export const TaskType = { snippet: 'interviewCoach.snippet' } as const;
export const TestControllerId = { exercises: 'interviewCoach.exercises' } as const;
/** Built-in commands the extension runs. */
export const BuiltinCommand = {
  markdownPreview: 'markdown.showPreview',
  setContext: 'setContext',
} as const;

/** The configuration section and its keys (relative to the section), as in `contributes.configuration`. */
export const SECTION = 'interviewCoach';
export const Setting = {
  pythonPath: 'pythonPath',
  answerMode: 'answerMode',
  newQuestionsPerDay: 'newQuestionsPerDay',
  desiredRetention: 'desiredRetention',
  workspaceDeckFolder: 'workspaceDeckFolder',
  deckFolders: 'deckFolders',
  mockQuestionCount: 'mockInterview.questionCount',
  mockMinutesPerQuestion: 'mockInterview.minutesPerQuestion',
} as const;
export type SettingKey = (typeof Setting)[keyof typeof Setting];
