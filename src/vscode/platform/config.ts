import * as vscode from 'vscode';
import { AnswerMode, isAnswerMode } from '../../shared/protocol/common';
import { SECTION, Setting, SettingKey } from './ids';

/** The `interviewCoach.*` settings, typed and clamped to the ranges package.json declares. */
export interface Settings {
  pythonPath: string;
  answerMode: AnswerMode;
  newQuestionsPerDay: number;
  desiredRetention: number;
  workspaceDeckFolder: string;
  deckFolders: string[];
  mockQuestionCount: number;
  mockMinutesPerQuestion: number;
}

/**
 * Reads every setting. Defaults are package.json's (VS Code returns them when nothing is set); a
 * value of the wrong type, typed by hand into settings.json, falls back to that default too.
 */
export function readSettings(): Settings {
  const config = vscode.workspace.getConfiguration(SECTION);
  const read = <T>(key: SettingKey, isValid: (value: unknown) => value is T): T => {
    const value = config.get<unknown>(key);
    return isValid(value) ? value : (config.inspect<T>(key)?.defaultValue as T);
  };
  const clamp = (key: SettingKey, min: number, max: number) => Math.min(max, Math.max(min, read(key, isNumber)));
  return {
    pythonPath: read(Setting.pythonPath, isString).trim() || 'python3',
    answerMode: read(Setting.answerMode, isAnswerMode),
    newQuestionsPerDay: clamp(Setting.newQuestionsPerDay, 0, Infinity),
    desiredRetention: clamp(Setting.desiredRetention, 0.7, 0.99),
    workspaceDeckFolder: read(Setting.workspaceDeckFolder, isString),
    deckFolders: read(Setting.deckFolders, isStringArray),
    mockQuestionCount: Math.round(clamp(Setting.mockQuestionCount, 1, 50)),
    mockMinutesPerQuestion: clamp(Setting.mockMinutesPerQuestion, 0.5, 60),
  };
}

/** The settings the extension itself writes, always to the user's (global) settings. */
export async function updateSetting(key: typeof Setting.answerMode, value: AnswerMode): Promise<void> {
  await vscode.workspace.getConfiguration(SECTION).update(key, value, vscode.ConfigurationTarget.Global);
}

/** True when the change touches any of the keys. */
export function affects(event: vscode.ConfigurationChangeEvent, ...keys: SettingKey[]): boolean {
  return keys.some((key) => event.affectsConfiguration(`${SECTION}.${key}`));
}

/** Calls `listener` when any of the keys changes. */
export function onDidChangeSettings(keys: SettingKey[], listener: () => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((event) => {
    if (affects(event, ...keys)) listener();
  });
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every(isString);
}
