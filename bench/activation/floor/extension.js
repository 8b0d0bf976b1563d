// The floor of the activation benchmark: an extension that only registers one command.
const vscode = require('vscode');
exports.activate = (context) => {
  context.subscriptions.push(vscode.commands.registerCommand('oneCommand.hello', () => vscode.window.showInformationMessage('Hello')));
};
