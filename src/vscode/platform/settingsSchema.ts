/**
 * The settings as the extension uses them, read from any lookup: typed, clamped to the ranges
 * package.json declares (test/unit/config.test.ts compares them), and falling back to
 * package.json's default when a value has the wrong type. No `vscode` import (config.ts supplies
 * the lookup), so it is unit-tested in plain Node.
 */
import { AnswerMode, isAnswerMode } from '../../shared/protocol/common';
import { Setting, SettingKey } from './ids';

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

/** `minimum` and `maximum` of the number settings in package.json. */
export const NUMBER_RANGES = {
  [Setting.newQuestionsPerDay]: { min: 0, max: Infinity },
  [Setting.desiredRetention]: { min: 0.7, max: 0.99 },
  [Setting.mockQuestionCount]: { min: 1, max: 50 },
  [Setting.mockMinutesPerQuestion]: { min: 0.5, max: 60 },
} as const;
type NumberKey = keyof typeof NUMBER_RANGES;

/** What the configuration says about one key: the effective value and package.json's default. */
export type SettingLookup = (key: SettingKey) => { value: unknown; defaultValue: unknown };

export function settingsFrom(lookup: SettingLookup): Settings {
  const read = <T>(key: SettingKey, isValid: (value: unknown) => value is T): T => {
    const { value, defaultValue } = lookup(key);
    return isValid(value) ? value : (defaultValue as T);
  };
  const number = (key: NumberKey) => Math.min(NUMBER_RANGES[key].max, Math.max(NUMBER_RANGES[key].min, read(key, isNumber)));
  return {
    // An empty interpreter means the default one, not "run nothing".
    pythonPath: read(Setting.pythonPath, isString).trim() || 'python3',
    answerMode: read(Setting.answerMode, isAnswerMode),
    newQuestionsPerDay: number(Setting.newQuestionsPerDay),
    desiredRetention: number(Setting.desiredRetention),
    workspaceDeckFolder: read(Setting.workspaceDeckFolder, isString),
    deckFolders: read(Setting.deckFolders, isStringArray),
    mockQuestionCount: Math.round(number(Setting.mockQuestionCount)),
    mockMinutesPerQuestion: number(Setting.mockMinutesPerQuestion),
  };
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
