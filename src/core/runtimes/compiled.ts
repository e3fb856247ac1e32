// What compiled languages (Java, Go, C++) share: running a compiler with limits, and a build cache
// keyed by content, so running the same solution again (Run, then Submit, then Run after a comment
// edit that did not touch the code…) starts the program without compiling it again.
import { spawn } from 'child_process';
import { createHash, randomBytes } from 'crypto';
import { existsSync, promises as fs, utimesSync } from 'fs';
import * as path from 'path';

/** A content key: the same parts in the same order give the same key, whatever the machine. */
export function contentKey(parts: readonly (string | Buffer)[]): string {
  const h = createHash('sha256');
  for (const p of parts) {
    if (typeof p === 'string' && p.length >= LARGE_PART) {
      h.update(`#${largeDigest(p)}:`);
      continue;
    }
    const b = typeof p === 'string' ? Buffer.from(p, 'utf8') : p;
    h.update(`${b.length}:`);
    h.update(b);
  }
  return h.digest('hex').slice(0, 40);
}

/**
 * A large part (a harness's source, tens of KB, in every key of its language) stands in the key by
 * its own digest, computed once per process: hashing it again cost a tenth of a millisecond of
 * every repeated run.
 */
const LARGE_PART = 8192;
const largeDigests = new Map<string, string>();
function largeDigest(text: string): string {
  let d = largeDigests.get(text);
  if (d === undefined) {
    d = createHash('sha256').update(text, 'utf8').digest('hex');
    if (largeDigests.size >= 16) largeDigests.clear(); // the harnesses, and a few large solutions at most
    largeDigests.set(text, d);
  }
  return d;
}

export interface ToolRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly timedOut: boolean;
}

/**
 * Runs a compiler or build tool: no shell, stdin closed, output capped (compiler errors of a huge
 * file can be megabytes), killed after `timeoutMs`.
 */
export function runTool(command: string, args: readonly string[], o: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs: number; outputCap?: number; signal?: AbortSignal }): Promise<ToolRun> {
  const cap = o.outputCap ?? 256 * 1024;
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...args], { cwd: o.cwd, env: o.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const take = (which: 'out' | 'err') => (chunk: Buffer) => {
      if (which === 'out' && stdout.length < cap) stdout += chunk.toString('utf8').slice(0, cap - stdout.length);
      if (which === 'err' && stderr.length < cap) stderr += chunk.toString('utf8').slice(0, cap - stderr.length);
    };
    child.stdout.on('data', take('out'));
    child.stderr.on('data', take('err'));
    const kill = () => child.kill('SIGKILL');
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, o.timeoutMs);
    o.signal?.addEventListener('abort', kill, { once: true });
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      o.signal?.removeEventListener('abort', kill);
      resolve({ code, stdout, stderr, timedOut });
    });
  });
}

/** A marker written last into a finished build folder: a folder without it is an interrupted build. */
const DONE = '.complete';

export interface CachedBuild<F> {
  /** The folder holding the build's artefacts. */
  readonly dir: string;
  /** True when an earlier identical build was reused. */
  readonly hit: boolean;
  /** The build's failure (a compile error): failures are not cached. */
  readonly failure?: F;
}

/**
 * Builds into `<cacheDir>/<key>` once. The build writes into a private temporary folder that is
 * renamed into place only when it succeeded, so two runs building the same key at once, or a run
 * killed mid-build, never leave a half-written folder that a later run trusts. Without a cache
 * folder the build goes into `fallbackDir` (the run's own folder) every time.
 */
export async function cachedBuild<F>(o: { cacheDir: string | undefined; key: string; fallbackDir: string; build: (outDir: string) => Promise<F | undefined> }): Promise<CachedBuild<F>> {
  if (!o.cacheDir) {
    const dir = path.join(o.fallbackDir, 'build');
    await fs.mkdir(dir, { recursive: true });
    const failure = await o.build(dir);
    return failure === undefined ? { dir, hit: false } : { dir, hit: false, failure };
  }
  const final = path.join(o.cacheDir, o.key);
  // Checked synchronously: the check is every repeated run's, and one stat costs microseconds. A
  // hit marks the build as used now, which keeps it from `pruneBuilds`.
  if (existsSync(path.join(final, DONE)) && touch(path.join(final, DONE))) return { dir: final, hit: true };
  await fs.mkdir(o.cacheDir, { recursive: true });
  const tmp = `${final}.tmp-${randomBytes(6).toString('hex')}`;
  await fs.mkdir(tmp, { recursive: true, mode: 0o700 });
  try {
    const failure = await o.build(tmp);
    if (failure !== undefined) {
      await fs.rm(tmp, { recursive: true, force: true });
      return { dir: tmp, hit: false, failure };
    }
    await fs.writeFile(path.join(tmp, DONE), '');
    try {
      await fs.rename(tmp, final);
    } catch {
      // Another run finished the same build first (or an interrupted build left a folder without
      // the marker): use a complete one, else replace the incomplete one.
      if (!existsSync(path.join(final, DONE))) {
        await fs.rm(final, { recursive: true, force: true });
        await fs.rename(tmp, final);
      } else await fs.rm(tmp, { recursive: true, force: true });
    }
    // A new build is the only thing that grows the cache: trim it now, after seconds of compiling.
    await pruneBuilds(o.cacheDir, { keep: o.key }).catch(() => undefined);
    return { dir: final, hit: false };
  } catch (e) {
    await fs.rm(tmp, { recursive: true, force: true });
    throw e;
  }
}

/**
 * Marks a finished build as used now; false only if it is gone (removed by a prune in another
 * process). A marker that cannot be touched (a read-only cache) is still a hit.
 */
function touch(marker: string): boolean {
  try {
    const now = new Date();
    utimesSync(marker, now, now);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}

/** What the build cache may hold; past it the builds run least recently are removed first. */
export const BUILD_CACHE_MAX_BYTES = 256 * 1024 * 1024;
/** A build run this recently is never removed: a run (in this process or another) may be using it. */
export const BUILD_MIN_IDLE_MS = 10 * 60 * 1000;
/** A build folder left unfinished this long was interrupted (a killed editor) and is removed. */
const STALE_TMP_MS = 60 * 60 * 1000;

/**
 * Keeps the build cache within `maxBytes`: every edit of a solution compiles a new build (a Go
 * program is about 2 MB), so without this the cache would only grow. Finished builds are removed
 * least recently used first (the marker's time, refreshed on every hit), never one used in the last
 * `minIdleMs` nor `keep`; interrupted builds older than an hour go too. Folders that are not builds
 * (the Go toolchain's own cache, which trims itself) are left alone. A build is moved aside before it
 * is deleted, and put back if a run used it in between.
 */
export async function pruneBuilds(cacheDir: string, o: { maxBytes?: number; minIdleMs?: number; now?: number; keep?: string } = {}): Promise<{ removed: string[]; bytes: number }> {
  const maxBytes = o.maxBytes ?? BUILD_CACHE_MAX_BYTES;
  const minIdleMs = o.minIdleMs ?? BUILD_MIN_IDLE_MS;
  const now = o.now ?? Date.now();
  const removed: string[] = [];
  const builds: { name: string; used: number; bytes: number }[] = [];
  for (const entry of await fs.readdir(cacheDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const dir = path.join(cacheDir, entry.name);
    if (entry.name.includes('.tmp-')) {
      const st = await fs.stat(dir).catch(() => undefined);
      if (st && now - st.mtimeMs > STALE_TMP_MS) {
        await fs.rm(dir, { recursive: true, force: true });
        removed.push(entry.name);
      }
      continue;
    }
    const marker = await fs.stat(path.join(dir, DONE)).catch(() => undefined);
    if (!marker) continue;
    builds.push({ name: entry.name, used: marker.mtimeMs, bytes: await folderBytes(dir) });
  }
  let bytes = builds.reduce((n, b) => n + b.bytes, 0);
  for (const b of builds.sort((x, y) => x.used - y.used)) {
    if (bytes <= maxBytes) break;
    if (b.name === o.keep || now - b.used < minIdleMs) continue;
    const from = path.join(cacheDir, b.name);
    const aside = `${from}.tmp-evict-${randomBytes(6).toString('hex')}`;
    try {
      await fs.rename(from, aside);
    } catch {
      continue; // removed or replaced by another process meanwhile
    }
    const again = await fs.stat(path.join(aside, DONE)).catch(() => undefined);
    if (again && again.mtimeMs > b.used) {
      // A run used it after it was read: put it back (unless a new build took its place).
      await fs.rename(aside, from).catch(() => fs.rm(aside, { recursive: true, force: true }));
      continue;
    }
    await fs.rm(aside, { recursive: true, force: true });
    removed.push(b.name);
    bytes -= b.bytes;
  }
  return { removed, bytes };
}

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await fs.readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) total += await folderBytes(p);
    else total += (await fs.lstat(p).catch(() => undefined))?.size ?? 0;
  }
  return total;
}
