import * as vscode from 'vscode';
import type { DeckDiagnostic } from '../../core/deck/model';

/** Shows deck (or exercise) problems in the Problems panel, replacing what the collection showed. */
export function publishProblems(collection: vscode.DiagnosticCollection, problems: readonly DeckDiagnostic[]): void {
  collection.clear();
  const byFile = new Map<string, vscode.Diagnostic[]>();
  for (const problem of problems) {
    const line = Math.max(0, problem.line - 1);
    const diagnostic = new vscode.Diagnostic(
      new vscode.Range(line, 0, line, Number.MAX_SAFE_INTEGER),
      problem.message,
      problem.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning,
    );
    diagnostic.source = 'Interview Coach';
    byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), diagnostic]);
  }
  for (const [file, diagnostics] of byFile) collection.set(vscode.Uri.file(file), diagnostics);
}
