import * as vscode from 'vscode';
import { Exercise, ExerciseStatus } from '../../core/exercise/model';
import { Command } from '../platform/ids';

const LOOK: Record<ExerciseStatus, { icon: string; color?: string; words: string }> = {
  untried: { icon: 'beaker', words: 'not tried yet' },
  failing: { icon: 'error', color: 'testing.iconFailed', words: 'checks failing' },
  passing: { icon: 'pass-filled', color: 'testing.iconPassed', words: 'checks passing' },
};

/** An exercise under its question: its state as an icon, opened on click. */
export function exerciseItem(exercise: Exercise, status: ExerciseStatus): vscode.TreeItem {
  const look = LOOK[status];
  const item = new vscode.TreeItem(`Exercise: ${exercise.title}`, vscode.TreeItemCollapsibleState.None);
  item.id = `exercise:${exercise.id}`;
  item.description = look.words;
  item.iconPath = new vscode.ThemeIcon(look.icon, look.color ? new vscode.ThemeColor(look.color) : undefined);
  item.tooltip = new vscode.MarkdownString(`**${exercise.title}**\n\n${exercise.brief}\n\n*${look.words}*`);
  item.contextValue = 'exercise';
  item.command = { command: Command.openExercise, title: 'Open Exercise', arguments: [exercise.id] };
  item.accessibilityInformation = { label: `Exercise: ${exercise.title}, ${look.words}` };
  return item;
}
