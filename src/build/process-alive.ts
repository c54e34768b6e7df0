// Whether a process still runs: what a killed build or publish left behind (a work folder, a lock) is recovered
// once the process that made it is gone.

/** True while `pid` runs (also as another user's process, which may not be signalled); false once it has ended. */
export function isProcessAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
