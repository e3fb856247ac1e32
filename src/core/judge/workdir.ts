// Each run works in its own temporary folder named after the judge's process, so a folder left by
// a judge that was killed (SIGKILL, a crashed editor) is recognised and removed by the next run.
import { promises as fs, rmdirSync } from 'fs';
import * as path from 'path';
import type { Platform } from '../platform';

const PREFIX = 'drills-run-';

export function runDirPrefix(root: string, ownerPid: number): string {
  return path.join(root, `${PREFIX}${ownerPid}-`);
}

/** The owner's pid from a run folder's name, if it is one. */
export function ownerOf(name: string): number | undefined {
  const m = /^drills-run-(\d+)-/.exec(name);
  return m ? Number(m[1]) : undefined;
}

/** Removes run folders whose judge process is gone; returns how many. */
export async function sweepStaleRunDirs(root: string, platform: Platform, ownPid: number): Promise<number> {
  let names: string[];
  try {
    names = await fs.readdir(root);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const owner = ownerOf(name);
    if (owner === undefined || owner === ownPid || platform.isAlive(owner)) continue;
    try {
      await fs.rm(path.join(root, name), { recursive: true, force: true });
      removed++;
    } catch {
      // in use or not ours to remove; the next sweep tries again
    }
  }
  return removed;
}

/**
 * Removes a run's folder and what is left in it. A compiled program's run leaves it empty (the
 * harness deletes its config file; the build lives in the cache), so one rmdir usually does: it is
 * made synchronously, since one directory entry costs microseconds and a trip through the thread
 * pool a fraction of a millisecond of every run.
 */
export async function removeRunDir(dir: string): Promise<void> {
  try {
    rmdirSync(dir);
  } catch {
    await fs.rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}
