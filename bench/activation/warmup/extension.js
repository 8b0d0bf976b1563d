// Activated first in every run of the activation benchmark, so the host's one-time costs of a first
// activation (they came to 10-30 ms) fall on neither extension that is compared. One command, as the floor.
const vscode = require('vscode');
exports.activate = (context) => {
  context.subscriptions.push(vscode.commands.registerCommand('warmUp.hello', () => vscode.window.showInformationMessage('Hello')));
};
