// One publish at a time: a lock file beside data/, created exclusively (O_EXCL), naming the process that holds it.
// A second publish finds it and stops before touching anything; a lock whose process has died (killed, crashed) is
// taken over, so a kill -9 never blocks the next publish.
import { randomUUID } from 'node:crypto';
import { link, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { isProcessAlive } from '../build/process-alive.ts';
import { problem } from '../pipeline/problems.ts';
import type { Problem } from '../pipeline/report.ts';

export interface LockHolder {
  pid: number;
  host: string;
  /** ISO 8601. */
  startedAt: string;
}

export type LockAttempt = { held: true; release: () => Promise<void> } | { held: false; problem: Problem };

/** Locks this process holds, so that a second publish in the same process is refused like one in another. */
const heldHere = new Set<string>();

/** A lock file left half-written (its writer killed between creating and writing it) is stale after this long. */
const UNREADABLE_STALE_MS = 10_000;

export async function acquirePublishLock(path: string): Promise<LockAttempt> {
  const text = `${JSON.stringify({ pid: process.pid, host: hostname(), startedAt: new Date().toISOString() } satisfies LockHolder)}\n`;
  let holder: LockHolder | undefined;
  // Each round takes the lock, finds a live holder, clears a dead one, or waits for one being written; a few rounds
  // settle any race.
  for (let round = 0; round < 20; round += 1) {
    if (await createExclusive(path, text)) {
      heldHere.add(path);
      return { held: true, release: () => releaseLock(path, text) };
    }
    const seen = await readLock(path);
    if (!seen) continue; // released meanwhile
    holder = seen.holder;
    const stale = await isStale(path, seen.holder);
    if (!stale && !seen.holder) {
      // Created a moment ago by a publish started at the same time, which has not written who it is yet.
      await sleep(50);
      continue;
    }
    if (!stale) break;
    await takeOver(path, seen.text);
  }
  return { held: false, problem: inProgress(path, holder) };
}

async function createExclusive(path: string, text: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.writeFile(text);
  } finally {
    await handle.close();
  }
  return true;
}

async function readLock(path: string): Promise<{ text: string; holder: LockHolder | undefined } | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const holder = JSON.parse(text) as Partial<LockHolder>;
    if (typeof holder.pid === 'number' && typeof holder.host === 'string' && typeof holder.startedAt === 'string') {
      return { text, holder: { pid: holder.pid, host: holder.host, startedAt: holder.startedAt } };
    }
  } catch {
    // Being written right now, or its writer died before writing: judged by its age below.
  }
  return { text, holder: undefined };
}

async function isStale(path: string, holder: LockHolder | undefined): Promise<boolean> {
  if (!holder) {
    const age = await stat(path).then((info) => Date.now() - info.mtimeMs, () => 0);
    return age > UNREADABLE_STALE_MS;
  }
  // On another machine (a shared folder) its process cannot be looked at: only a person can tell it is gone.
  if (holder.host !== hostname()) return false;
  if (holder.pid === process.pid) return !heldHere.has(path);
  return !isProcessAlive(holder.pid);
}

/**
 * Moves the dead holder's lock aside and deletes it — unless another publish took it over and holds it in the
 * meantime (what was moved is not what was judged stale): that one is put back.
 */
async function takeOver(path: string, staleText: string): Promise<void> {
  const aside = `${path}.${process.pid}-${randomUUID()}`;
  try {
    await rename(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  try {
    if ((await readFile(aside, 'utf8')) !== staleText) await link(aside, path).catch(() => undefined);
  } finally {
    await rm(aside, { force: true });
  }
}

/** Removes the lock if it is still this publish's own. */
async function releaseLock(path: string, text: string): Promise<void> {
  heldHere.delete(path);
  const seen = await readLock(path);
  if (seen?.text === text) await rm(path, { force: true });
}

/** When a lock was taken, as the operators in China read the time. */
function shownTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', dateStyle: 'short', timeStyle: 'medium' }).format(date);
}

function inProgress(path: string, holder: LockHolder | undefined): Problem {
  const elsewhere = holder && holder.host !== hostname();
  const who = holder
    ? {
        zh: `进程 ${holder.pid}${elsewhere ? `，在 ${holder.host} 上` : ''}，开始于 ${shownTime(holder.startedAt)}（北京时间）`,
        en: `process ${holder.pid}${elsewhere ? ` on ${holder.host}` : ''}, started at ${shownTime(holder.startedAt)} Beijing time`,
      }
    : { zh: '进程未知，刚刚开始', en: 'process unknown, just starting' };
  return problem({
    code: 'publish-in-progress',
    file: path,
    message: {
      zh: `另一个发布正在进行（${who.zh}），这次没有发布，什么也没有改动。请等它结束后再运行；如果确认没有发布在进行，删除 ${path} 后重试。`,
      en: `Another publish is in progress (${who.en}): nothing was published or changed. Run again once it has finished; if you are sure no publish is running, delete ${path} and run again.`,
    },
  });
}
