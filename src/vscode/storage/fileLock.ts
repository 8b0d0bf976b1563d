/**
 * A lock shared by every process on this machine (two VS Code windows are two extension hosts):
 * a file created with O_EXCL that names its owner. A lock left by a process that died, or held far
 * longer than any operation takes, is broken. No `vscode` import (unit-tested with real processes).
 */
import { randomUUID } from 'crypto';
import * as fs from 'fs';

export interface LockOptions {
  /** Give up waiting after this long (the caller reports the error). */
  timeoutMs?: number;
  /** A lock older than this is taken to be abandoned (its owner hangs or its pid was reused). */
  staleMs?: number;
}

interface Owner {
  pid: number;
  token: string;
}

/** Longer than DEFAULT_STALE_MS, so a hung owner's lock is broken before a waiter gives up. */
const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_STALE_MS = 20_000;

/** Calls in one process queue here instead of polling the lock file against each other. */
const queues = new Map<string, Promise<unknown>>();

/** Runs `work` while holding the lock file `lockPath`; the lock is released however `work` ends. */
export async function withFileLock<T>(lockPath: string, work: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const release = await acquireFileLock(lockPath, options);
  try {
    return await work();
  } finally {
    await release();
  }
}

/** Takes the lock and returns the function that releases it (for a lock held across steps, like a staged import). */
export async function acquireFileLock(lockPath: string, options: LockOptions = {}): Promise<() => Promise<void>> {
  const previous = queues.get(lockPath) ?? Promise.resolve();
  let releaseQueue!: () => void;
  const mine = new Promise<void>((resolve) => (releaseQueue = resolve));
  const chained = previous.then(() => mine);
  queues.set(lockPath, chained);
  await previous;
  let token: string;
  try {
    token = await createLockFile(lockPath, options);
  } catch (error) {
    releaseQueue();
    if (queues.get(lockPath) === chained) queues.delete(lockPath);
    throw error;
  }
  let released = false;
  return async () => {
    if (released) return;
    released = true;
    try {
      // Only remove our own lock: if ours was broken as stale, the file now belongs to someone else.
      if ((await readOwner(lockPath))?.token === token) await fs.promises.rm(lockPath, { force: true });
    } finally {
      releaseQueue();
      if (queues.get(lockPath) === chained) queues.delete(lockPath);
    }
  };
}

async function createLockFile(lockPath: string, options: LockOptions): Promise<string> {
  const owner: Owner = { pid: process.pid, token: randomUUID() };
  const deadline = Date.now() + (options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  for (;;) {
    if (await createWithContent(lockPath, JSON.stringify(owner))) return owner.token;
    await breakIfStale(lockPath, options.staleMs ?? DEFAULT_STALE_MS);
    if (Date.now() > deadline) throw new Error(`Another Interview Coach window has held ${lockPath} for too long.`);
    await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20));
  }
}

/**
 * Creates `lockPath` holding `content`, or returns false when it exists. The content is written to a
 * private file first and hard-linked into place, so a lock file is never seen empty: a process killed
 * between creating and writing it would otherwise leave a lock nobody could tell was abandoned.
 */
async function createWithContent(lockPath: string, content: string): Promise<boolean> {
  const draft = `${lockPath}.${randomUUID()}.draft`;
  await fs.promises.writeFile(draft, content, { flag: 'wx' });
  try {
    await fs.promises.link(draft, lockPath);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await fs.promises.rm(draft, { force: true });
  }
}

async function breakIfStale(lockPath: string, staleMs: number): Promise<void> {
  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(lockPath);
  } catch {
    return; // released meanwhile
  }
  const owner = await readOwner(lockPath);
  const abandoned = Date.now() - stat.mtimeMs > staleMs;
  // An unreadable owner is a lock being written right now, unless it is old.
  if (!abandoned && (!owner || isAlive(owner.pid))) return;
  // Rename, not unlink: of two processes breaking the same lock, only one moves it.
  const aside = `${lockPath}.${randomUUID()}.stale`;
  try {
    await fs.promises.rename(lockPath, aside);
  } catch {
    return;
  }
  const moved = await readOwner(aside);
  if (owner && moved && moved.token !== owner.token) {
    // Between our check and the rename another process took the lock: give it back.
    await fs.promises.link(aside, lockPath).catch(() => undefined);
  }
  await fs.promises.rm(aside, { force: true });
}

async function readOwner(lockPath: string): Promise<Owner | undefined> {
  try {
    const value = JSON.parse(await fs.promises.readFile(lockPath, 'utf8')) as Partial<Owner>;
    return typeof value.pid === 'number' && typeof value.token === 'string' ? { pid: value.pid, token: value.token } : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
