/**
 * A second (third, …) window in a real process, for reviewLogStore.test.ts. Usage:
 *   node reviewLogWorker.js append <file> <worker> <count> <maxEntries>   appends, compacting after each (as every read does)
 *   node reviewLogWorker.js hold-lock <file>                              takes the lock and waits to be killed
 * Prints "ok <i>" once append i is durable, so the parent knows which reviews were acknowledged.
 */
import { acquireFileLock } from '../../../src/vscode/storage/fileLock';
import { ReviewLogFile } from '../../../src/vscode/storage/reviewLogFile';

async function main(): Promise<void> {
  const [command, file, worker, count, maxEntries] = process.argv.slice(2);
  const log = new ReviewLogFile(file, { maxEntries: Number(maxEntries ?? 10_000), slack: 0 });
  if (command === 'hold-lock') {
    await acquireFileLock(log.lockPath);
    process.stdout.write('locked\n');
    await new Promise(() => undefined);
  }
  for (let i = 0; i < Number(count); i++) {
    await log.append({ id: `w${worker}-${i}`, at: new Date(Date.UTC(2026, 10, 24, 10) + i * 1000).toISOString(), grade: 3, mode: 'typed' });
    process.stdout.write(`ok ${i}\n`);
    if (log.needsCompaction((await log.read()).total)) await log.compactIfLarge(() => `${file}.${worker}.${i}.bak`);
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`${(error as Error).stack}\n`);
    process.exit(1);
  },
);
