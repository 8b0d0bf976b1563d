import * as vscode from 'vscode';
import { BANK_PACK, BankFiles } from '../../node/bankPack';

/** The installed bank's snippets and exercises: out of dist/bank-files.br into globalStorage/bank/ on first use. */
export function installedBankFiles(context: { extensionUri: vscode.Uri; globalStorageUri: vscode.Uri }): BankFiles {
  const { extensionUri, globalStorageUri } = context;
  return new BankFiles(
    vscode.Uri.joinPath(extensionUri, 'questions').fsPath,
    vscode.Uri.joinPath(extensionUri, 'dist', BANK_PACK).fsPath,
    vscode.Uri.joinPath(globalStorageUri, 'bank').fsPath,
  );
}
