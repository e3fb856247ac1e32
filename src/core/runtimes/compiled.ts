// What compiled languages (Java, Go, C++) share: running a compiler with limits, and a build cache
// keyed by content, so running the same solution again (Run, then Submit, then Run after a comment
// edit that did not touch the code…) starts the program without compiling it again.
import { spawn } from 'child_process';
import { createHash, randomBytes } from 'crypto';
import { existsSync, promises as fs } from 'fs';
import * as path from 'path';

/** A content key: the same parts in the same order give the same key, whatever the machine. */
export function contentKey(parts: readonly (string | Buffer)[]): string {
  const h = createHash('sha256');
  for (const p of parts) {
    const b = typeof p === 'string' ? Buffer.from(p, 'utf8') : p;
    h.update(`${b.length}:`);
    h.update(b);
  }
  return h.digest('hex').slice(0, 40);
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
  // Checked synchronously: the check is every repeated run's, and one stat costs microseconds.
  if (existsSync(path.join(final, DONE))) return { dir: final, hit: true };
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
      if (!(await exists(path.join(final, DONE)))) {
        await fs.rm(final, { recursive: true, force: true });
        await fs.rename(tmp, final);
      } else await fs.rm(tmp, { recursive: true, force: true });
    }
    return { dir: final, hit: false };
  } catch (e) {
    await fs.rm(tmp, { recursive: true, force: true });
    throw e;
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}
