import { randomBytes } from 'crypto';
import * as vscode from 'vscode';

/** One webview page: its bundle in dist/, its stylesheet in media/ and its document title. */
export interface WebviewPage {
  /** File name in dist/, e.g. 'quiz.js'. */
  script: string;
  /** File name in media/, e.g. 'quiz.css', loaded after the shared base.css. */
  stylesheet: string;
  title: string;
}

/** Scripts on, nothing kept while hidden (state comes back by message), files only from dist/ and media/. */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  return {
    enableScripts: true,
    retainContextWhenHidden: false,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist'), vscode.Uri.joinPath(extensionUri, 'media')],
  };
}

/**
 * A webview page: CSP `default-src 'none'`, one nonce'd script from dist/, styles, fonts and
 * images only from the extension's own files. Content arrives later by message.
 */
export function webviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, page: WebviewPage): string {
  const nonce = randomBytes(16).toString('base64');
  const asset = (...parts: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, ...parts));
  const csp = [
    "default-src 'none'",
    `img-src ${webview.cspSource}`,
    `style-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <meta http-equiv="Content-Security-Policy" content="${csp}">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <link rel="stylesheet" href="${asset('dist', 'codicons', 'codicon.css')}">
  <link rel="stylesheet" href="${asset('media', 'base.css')}">
  <link rel="stylesheet" href="${asset('media', page.stylesheet)}">
  <title>${escapeHtml(page.title)}</title>
</head>
<body>
  <main id="app" aria-live="polite"><p class="muted">Loading…</p></main>
  <script nonce="${nonce}" src="${asset('dist', page.script)}"></script>
</body>
</html>`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}
