// Times getExtension(id).activate() (load of the code + activate()) for each listed extension, in
// the listed order, inside the real extension host; then opens a view and notes when, so the bench
// can time the view's first paint from the page; then, if asked, runs a command (the quiz's first
// question is timed in its webview by the bench). Writes one JSON file and does nothing else.
const vscode = require('vscode');
const fs = require('fs');

exports.activate = async () => {
  const config = vscode.workspace.getConfiguration('activationProbe');
  const out = config.get('out');
  if (!out) return;
  const results = [];
  for (const id of config.get('extensions')) {
    const extension = vscode.extensions.getExtension(id);
    if (!extension) {
      results.push({ id, error: 'not installed' });
      continue;
    }
    const wasActive = extension.isActive;
    const heapBefore = process.memoryUsage().heapUsed;
    const start = performance.now();
    await extension.activate();
    const ms = performance.now() - start;
    // Interview Coach says when its module was evaluated and activate() began (same clock).
    const timing = extension.exports && extension.exports.timing;
    const split = timing ? { loadMs: timing.evaluatedAt - start, contextMs: timing.startedAt - timing.evaluatedAt, activateMs: extension.exports.activationMs } : {};
    results.push({ id, ms, ...split, wasActive, heapMB: (process.memoryUsage().heapUsed - heapBefore) / 1048576, activatedAt: Date.now() });
  }
  const view = config.get('openView');
  const viewCommandAt = Date.now();
  if (view) await vscode.commands.executeCommand(`${view}.focus`).then(undefined, () => undefined);
  fs.writeFileSync(out, JSON.stringify({ results, viewCommandAt }));
  // Then a command (Start Quiz), once the view had time to paint: the bench times its webview.
  const command = config.get('thenCommand');
  if (command) setTimeout(() => void vscode.commands.executeCommand(command).then(undefined, () => undefined), 1000);
};
