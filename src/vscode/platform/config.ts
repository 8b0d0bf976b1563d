import * as vscode from 'vscode';
import { AnswerMode } from '../../shared/protocol/common';
import { SECTION, Setting, SettingKey } from './ids';
import { Settings, settingsFrom } from './settingsSchema';

export type { Settings } from './settingsSchema';

/**
 * The one owner of the `interviewCoach.*` configuration: reads, the writes the extension makes,
 * and change events. Defaults are package.json's: VS Code returns them when nothing is set.
 */
export function readSettings(): Settings {
  const config = vscode.workspace.getConfiguration(SECTION);
  return settingsFrom((key) => ({ value: config.get<unknown>(key), defaultValue: config.inspect(key)?.defaultValue }));
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
