import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { SECTION, Setting, SettingKey } from '../../src/vscode/platform/ids';
import { NUMBER_RANGES, settingsFrom } from '../../src/vscode/platform/settingsSchema';

const properties: Record<string, { default: unknown; minimum?: number; maximum?: number; type: string }> = JSON.parse(
  fs.readFileSync(path.join(__dirname, '..', '..', '..', 'package.json'), 'utf8'),
).contributes.configuration.properties;

/** The lookup VS Code gives the extension: the user's value where set, package.json's default otherwise. */
const lookup = (userValues: Partial<Record<SettingKey, unknown>>) => (key: SettingKey) => {
  const defaultValue = properties[`${SECTION}.${key}`].default;
  return { value: key in userValues ? userValues[key] : defaultValue, defaultValue };
};

describe('settings', () => {
  it('reads package.json\'s defaults when nothing is set', () => {
    assert.deepStrictEqual(settingsFrom(lookup({})), {
      pythonPath: 'python3',
      answerMode: 'typed',
      newQuestionsPerDay: 10,
      desiredRetention: 0.9,
      workspaceDeckFolder: '.interview-coach',
      deckFolders: [],
      mockQuestionCount: 5,
      mockMinutesPerQuestion: 3,
    });
  });

  it('clamps numbers to the ranges package.json declares, and those ranges are package.json\'s', () => {
    for (const [key, range] of Object.entries(NUMBER_RANGES)) {
      const declared = properties[`${SECTION}.${key}`];
      assert.strictEqual(declared.type, 'number', key);
      assert.strictEqual(declared.minimum, range.min, `${key} minimum`);
      assert.strictEqual(declared.maximum ?? Infinity, range.max, `${key} maximum`);
    }
    const low = settingsFrom(lookup({ [Setting.newQuestionsPerDay]: -3, [Setting.desiredRetention]: 0.1, [Setting.mockQuestionCount]: 0, [Setting.mockMinutesPerQuestion]: 0 }));
    assert.deepStrictEqual([low.newQuestionsPerDay, low.desiredRetention, low.mockQuestionCount, low.mockMinutesPerQuestion], [0, 0.7, 1, 0.5]);
    const high = settingsFrom(lookup({ [Setting.desiredRetention]: 1, [Setting.mockQuestionCount]: 80.4, [Setting.mockMinutesPerQuestion]: 600 }));
    assert.deepStrictEqual([high.desiredRetention, high.mockQuestionCount, high.mockMinutesPerQuestion], [0.99, 50, 60]);
    assert.strictEqual(settingsFrom(lookup({ [Setting.mockQuestionCount]: 7.6 })).mockQuestionCount, 8);
  });

  it('falls back to the default for a value of the wrong type typed into settings.json', () => {
    const read = settingsFrom(lookup({ [Setting.answerMode]: 'voice', [Setting.newQuestionsPerDay]: 'many', [Setting.deckFolders]: ['ok', 3], [Setting.pythonPath]: 42 }));
    assert.deepStrictEqual([read.answerMode, read.newQuestionsPerDay, read.deckFolders, read.pythonPath], ['typed', 10, [], 'python3']);
  });

  it('an empty interpreter means the default one; a real one is trimmed', () => {
    assert.strictEqual(settingsFrom(lookup({ [Setting.pythonPath]: '   ' })).pythonPath, 'python3');
    assert.strictEqual(settingsFrom(lookup({ [Setting.pythonPath]: ' /usr/bin/python3 ' })).pythonPath, '/usr/bin/python3');
  });
});
