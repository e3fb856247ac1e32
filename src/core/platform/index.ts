// Every difference between Linux, macOS and Windows that the judge depends on, behind one small
// interface chosen from `process.platform` and injectable in tests.
import { spawnSync, type SpawnOptions } from 'child_process';
import * as fs from 'fs';

/** What the platform needs from the machine; tests replace any of it. */
export interface PlatformDeps {
  readonly os: NodeJS.Platform;
  /** Runs a command to completion (taskkill, ps, prlimit lookups). */
  readonly run: (command: string, args: readonly string[]) => { status: number | null; stdout: string; stderr: string; error?: Error };
  /** `process.kill`. */
  readonly kill: (pid: number, signal: NodeJS.Signals | 0) => void;
  readonly readDir: (dir: string) => string[];
  readonly readFile: (file: string) => string;
  readonly exists: (file: string) => boolean;
}

export const realDeps: PlatformDeps = {
  os: process.platform,
  run: (command, args) => {
    const r = spawnSync(command, [...args], { encoding: 'utf8', windowsHide: true, timeout: 10_000 });
    return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', ...(r.error ? { error: r.error } : {}) };
  },
  kill: (pid, signal) => process.kill(pid, signal),
  readDir: (dir) => fs.readdirSync(dir),
  readFile: (file) => fs.readFileSync(file, 'utf8'),
  exists: (file) => fs.existsSync(file),
};

/**
 * Where the kernel's process numbering stood (Linux), taken just before a spawn: every process the
 * child starts gets a number handed out after `lastPid`, so stopping its tree later reads only
 * those processes instead of every process on the machine.
 */
export interface ProcessMark {
  /** The last process id handed out (`/proc/loadavg`). */
  readonly lastPid: number;
  /** Processes and threads created since boot (`processes` in `/proc/stat`). */
  readonly forks: number;
  /** Processes and threads that existed (`/proc/loadavg`). */
  readonly tasks: number;
}

/** The result of stopping a process tree: `ok` also when everything was already gone. */
export type KillResult = { readonly ok: true; readonly killed: number } | { readonly ok: false; readonly error: string };

/** Engines whose memory the platform knows how to limit. */
export type MemoryEngine = 'node' | 'python' | 'sqlite-wasm';

/**
 * How a process's memory is held to a limit: a command prefix (Linux `prlimit`), engine flags
 * (Node's heap size) and what the harness must enforce itself (an address-space rlimit, or an RSS
 * check on platforms where rlimits are not enforced).
 */
export interface MemoryPlan {
  readonly prefix: readonly string[];
  readonly nodeArgs: readonly string[];
  readonly harness: { readonly addressSpaceMb?: number; readonly rssMb?: number };
  /** One line for messages and docs: what holds the limit here. */
  readonly enforcedBy: string;
}

/** A way to start Python: a command plus leading arguments (`py -3`), and where it came from. */
export interface PythonCandidate {
  readonly command: string;
  readonly args: readonly string[];
  readonly source: 'setting' | 'editor' | 'path';
}

export interface Platform {
  readonly os: NodeJS.Platform;
  /** Options every judged process is spawned with: its own process group on POSIX, no console window on Windows. */
  spawnOptions(): Pick<SpawnOptions, 'detached' | 'windowsHide'>;
  /**
   * Linux: where process numbering stands now. Taken before spawning a process and passed to
   * `killTree`/`descendants`, it lets them read only processes started since. Undefined elsewhere
   * (or when /proc cannot tell).
   */
  processMark(): ProcessMark | undefined;
  /** Stops a process and everything it started. Errors are returned, never swallowed. */
  killTree(pid: number, since?: ProcessMark): KillResult;
  /** Child processes of `pid`, transitively, from the OS's parent links (not the process group). */
  descendants(pid: number, since?: ProcessMark): number[];
  isAlive(pid: number): boolean;
  memoryLimit(mb: number, engine: MemoryEngine): MemoryPlan;
  /** Pythons to try, in order: the explicit setting wins alone; else the editor's interpreter, python3, python (and `py -3` on Windows). */
  pythonCandidates(configured?: string, editorInterpreter?: string): PythonCandidate[];
}

/** Room V8 needs beyond its heap (code space, buffers the runtime keeps) under a data-segment limit. */
const NODE_DATA_HEADROOM_MB = 768;
/** Room Python needs beyond the person's data: the interpreter, its arenas and thread stacks. */
const PYTHON_HEADROOM_MB = 128;
/** Resident memory of a bare Node harness, added to the heap limit for the RSS check. */
const NODE_RSS_HEADROOM_MB = 96;

export function createPlatform(overrides: Partial<PlatformDeps> = {}): Platform {
  const d: PlatformDeps = { ...realDeps, ...overrides };
  return d.os === 'win32' ? new WindowsPlatform(d) : new PosixPlatform(d);
}

abstract class BasePlatform implements Platform {
  constructor(protected readonly d: PlatformDeps) {}

  get os(): NodeJS.Platform {
    return this.d.os;
  }

  abstract spawnOptions(): Pick<SpawnOptions, 'detached' | 'windowsHide'>;
  abstract killTree(pid: number, since?: ProcessMark): KillResult;
  abstract descendants(pid: number, since?: ProcessMark): number[];
  abstract memoryLimit(mb: number, engine: MemoryEngine): MemoryPlan;

  processMark(): ProcessMark | undefined {
    return undefined;
  }

  isAlive(pid: number): boolean {
    try {
      this.d.kill(pid, 0);
      return true;
    } catch (e) {
      return (e as NodeJS.ErrnoException).code === 'EPERM';
    }
  }

  pythonCandidates(configured?: string, editorInterpreter?: string): PythonCandidate[] {
    if (configured?.trim()) return [{ command: configured.trim(), args: [], source: 'setting' }];
    const out: PythonCandidate[] = [];
    if (editorInterpreter?.trim()) out.push({ command: editorInterpreter.trim(), args: [], source: 'editor' });
    out.push({ command: 'python3', args: [], source: 'path' }, { command: 'python', args: [], source: 'path' });
    if (this.d.os === 'win32') out.push({ command: 'py', args: ['-3'], source: 'path' });
    return out;
  }
}

class PosixPlatform extends BasePlatform {
  private prlimitPath: string | null | undefined;
  /** Linux: whether the kernel keeps per-thread child lists (see linuxChildren). */
  private childLists: boolean | undefined;

  /** A zombie (exited, not yet reaped by its parent) answers signal 0 but is not running. */
  override isAlive(pid: number): boolean {
    if (!super.isAlive(pid)) return false;
    if (this.d.os !== 'linux') return true;
    try {
      const stat = this.d.readFile(`/proc/${pid}/stat`);
      return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
    } catch {
      return false;
    }
  }

  spawnOptions(): Pick<SpawnOptions, 'detached' | 'windowsHide'> {
    return { detached: true };
  }

  /**
   * Kills the process group (`detached` made the child its leader) and every descendant found
   * through parent links, which also catches children that moved to another group or session.
   * The tree is read before anything is killed: an orphan is re-parented and cannot be found after.
   */
  killTree(pid: number, since?: ProcessMark): KillResult {
    let tree: number[] = [];
    let listError: string | undefined;
    try {
      tree = this.descendants(pid, since);
    } catch (e) {
      listError = (e as Error).message;
    }
    let killed = 0;
    const errors: string[] = [];
    const hit = (target: number, label: string): void => {
      try {
        this.d.kill(target, 'SIGKILL');
        killed++;
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code !== 'ESRCH') errors.push(`${label}: ${code ?? (e as Error).message}`);
      }
    };
    hit(-pid, `process group ${pid}`);
    hit(pid, `process ${pid}`);
    for (const child of tree) hit(child, `process ${child}`);
    if (errors.length > 0) return { ok: false, error: `could not stop ${errors.join('; ')}` };
    if (listError !== undefined && killed === 0) return { ok: false, error: `could not list the processes it started: ${listError}` };
    return { ok: true, killed };
  }

  descendants(pid: number, since?: ProcessMark): number[] {
    if (this.d.os === 'linux') return this.linuxChildren(pid) ?? treeBelow(pid, this.linuxParents(since));
    return treeBelow(pid, this.psParents());
  }

  /**
   * The tree below `pid` from the kernel's own child lists (`/proc/<pid>/task/<tid>/children`, one
   * per thread, since a child belongs to the thread that started it): reads a file per process in
   * the tree, not one per process on the machine, which a judged run's stop pays every time.
   * Undefined where the kernel does not keep those lists (built without CONFIG_PROC_CHILDREN).
   */
  private linuxChildren(pid: number): number[] | undefined {
    this.childLists ??= this.d.exists(`/proc/self/task/${process.pid}/children`);
    return this.childLists ? breadthFirst(pid, (p) => this.childList(p)) : undefined;
  }

  /** The children of every thread of `pid`, from the kernel's lists; none once it has exited. */
  private childList(pid: number): number[] {
    let tasks: string[];
    try {
      tasks = this.d.readDir(`/proc/${pid}/task`);
    } catch {
      return []; // exited while we looked: its children, if any, are found through the group
    }
    const out: number[] = [];
    for (const task of tasks) {
      let list: string;
      try {
        list = this.d.readFile(`/proc/${pid}/task/${task}/children`);
      } catch {
        continue;
      }
      for (const word of list.split(/\s+/)) if (/^\d+$/.test(word)) out.push(Number(word));
    }
    return out;
  }

  override processMark(): ProcessMark | undefined {
    if (this.d.os !== 'linux') return undefined;
    try {
      // "0.52 0.58 0.59 3/395 31446": tasks after the slash, then the last pid handed out.
      const load = this.d.readFile('/proc/loadavg').trim().split(/\s+/);
      const tasks = Number(load[3]?.split('/')[1]);
      const lastPid = Number(load[4]);
      const forks = Number(/^processes\s+(\d+)$/m.exec(this.d.readFile('/proc/stat'))?.[1]);
      return [tasks, lastPid, forks].every((n) => Number.isInteger(n) && n >= 0) ? { lastPid, forks, tasks } : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * Which process ids can belong to processes started since `since`, or undefined when it cannot be
   * told (then every process is read). Linux hands out ids in order, wrapping from pid_max back to
   * 300, so they lie after `since.lastPid` up to the last one handed out now, unless the counter
   * went all the way round: it passes one id per process created and at most one per process that
   * existed, so fewer than pid_max − 300 of those together rule that out (half of it is required,
   * for ids held by something other than a process).
   */
  private startedSince(since: ProcessMark | undefined): ((pid: number) => boolean) | undefined {
    if (!since) return undefined;
    const now = this.processMark();
    let pidMax: number;
    try {
      pidMax = Number(this.d.readFile('/proc/sys/kernel/pid_max').trim());
    } catch {
      return undefined;
    }
    if (!now || !Number.isInteger(pidMax) || now.forks < since.forks) return undefined;
    const created = now.forks - since.forks;
    if (since.tasks + 2 * created >= (pidMax - 300) / 2) return undefined;
    const from = since.lastPid;
    const to = now.lastPid;
    return from <= to ? (p) => p > from && p <= to : (p) => p > from || p <= to;
  }

  /** `/proc/<pid>/stat`: the parent pid is the second field after the command name in parentheses. */
  private linuxParents(since?: ProcessMark): Map<number, number> {
    const out = new Map<number, number>();
    const candidate = this.startedSince(since);
    for (const entry of this.d.readDir('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      if (candidate && !candidate(Number(entry))) continue;
      let stat: string;
      try {
        stat = this.d.readFile(`/proc/${entry}/stat`);
      } catch {
        continue; // exited while we looked
      }
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      if (Number.isInteger(ppid)) out.set(Number(entry), ppid);
    }
    return out;
  }

  /** macOS (and other POSIX systems without /proc): `ps -A -o pid=,ppid=`. */
  private psParents(): Map<number, number> {
    const r = this.d.run('ps', ['-A', '-o', 'pid=,ppid=']);
    if (r.error || r.status !== 0) throw new Error(`ps failed: ${r.error?.message ?? r.stderr.trim()}`);
    return parsePairs(r.stdout);
  }

  memoryLimit(mb: number, engine: MemoryEngine): MemoryPlan {
    if (engine === 'python') {
      // RLIMIT_AS: Linux enforces it (MemoryError); macOS accepts it but does not enforce it.
      return this.d.os === 'linux'
        ? { prefix: [], nodeArgs: [], harness: { addressSpaceMb: mb + PYTHON_HEADROOM_MB }, enforcedBy: 'RLIMIT_AS set by the harness' }
        : { prefix: [], nodeArgs: [], harness: { rssMb: mb + PYTHON_HEADROOM_MB }, enforcedBy: 'the harness\'s resident-memory check' };
    }
    const heap = [`--max-old-space-size=${mb}`];
    // SQLite's memory is WebAssembly memory, outside V8's heap: the resident-memory check holds it
    // near the question's limit everywhere.
    const wasm = engine === 'sqlite-wasm' ? { rssMb: mb + NODE_RSS_HEADROOM_MB } : {};
    const prlimit = this.d.os === 'linux' ? this.prlimit() : null;
    if (prlimit) {
      // An address-space limit breaks V8 (it reserves large ranges up front); a data-segment limit
      // also stops Buffer and WebAssembly memory, which live outside the heap.
      const bytes = (mb + NODE_DATA_HEADROOM_MB) * 1024 * 1024;
      return { prefix: [prlimit, `--data=${bytes}:${bytes}`, '--'], nodeArgs: heap, harness: wasm, enforcedBy: `the heap flag and prlimit --data${engine === 'sqlite-wasm' ? ' and the harness\'s resident-memory check' : ''}` };
    }
    return { prefix: [], nodeArgs: heap, harness: { rssMb: mb + NODE_RSS_HEADROOM_MB }, enforcedBy: 'the heap flag and the harness\'s resident-memory check' };
  }

  private prlimit(): string | null {
    if (this.prlimitPath === undefined) this.prlimitPath = ['/usr/bin/prlimit', '/bin/prlimit'].find((p) => this.d.exists(p)) ?? null;
    return this.prlimitPath;
  }
}

class WindowsPlatform extends BasePlatform {
  spawnOptions(): Pick<SpawnOptions, 'detached' | 'windowsHide'> {
    // No process groups on Windows; `detached` would open a console window.
    return { windowsHide: true };
  }

  /** `taskkill /T` walks the tree by parent links; exit status 128 means it was already gone. */
  killTree(pid: number): KillResult {
    const r = this.d.run('taskkill', ['/PID', String(pid), '/T', '/F']);
    if (r.error) return { ok: false, error: `could not run taskkill: ${r.error.message}` };
    if (r.status === 0) return { ok: true, killed: (r.stdout.match(/SUCCESS/g) ?? []).length || 1 };
    if (r.status === 128 || /not found/i.test(r.stderr)) return { ok: true, killed: 0 };
    return { ok: false, error: `taskkill /PID ${pid} /T /F failed (${r.status}): ${r.stderr.trim() || r.stdout.trim()}` };
  }

  descendants(pid: number): number[] {
    const r = this.d.run('powershell.exe', ['-NoProfile', '-NonInteractive', '-Command', 'Get-CimInstance Win32_Process | ForEach-Object { "$($_.ProcessId) $($_.ParentProcessId)" }']);
    if (r.error || r.status !== 0) throw new Error(`could not list processes: ${r.error?.message ?? r.stderr.trim()}`);
    return treeBelow(pid, parsePairs(r.stdout));
  }

  memoryLimit(mb: number, engine: MemoryEngine): MemoryPlan {
    // Windows has no rlimits; a job object would need native code. The harness watches its own
    // resident memory and stops itself past the limit.
    if (engine === 'python') return { prefix: [], nodeArgs: [], harness: { rssMb: mb + PYTHON_HEADROOM_MB }, enforcedBy: 'the harness\'s resident-memory check' };
    return { prefix: [], nodeArgs: [`--max-old-space-size=${mb}`], harness: { rssMb: mb + NODE_RSS_HEADROOM_MB }, enforcedBy: 'the heap flag and the harness\'s resident-memory check' };
  }
}

/** "pid ppid" lines into a map from pid to parent pid. */
function parsePairs(text: string): Map<number, number> {
  const out = new Map<number, number>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*(\d+)\s+(\d+)\s*$/.exec(line);
    if (m) out.set(Number(m[1]), Number(m[2]));
  }
  return out;
}

/** Every process below `pid` in a parent map, breadth first. */
function treeBelow(pid: number, parentOf: ReadonlyMap<number, number>): number[] {
  const children = new Map<number, number[]>();
  for (const [child, parent] of parentOf) {
    const list = children.get(parent);
    if (list) list.push(child);
    else children.set(parent, [child]);
  }
  return breadthFirst(pid, (p) => children.get(p) ?? []);
}

/** Every process below `pid`, breadth first, each once, asking `childrenOf` for each one found. */
function breadthFirst(pid: number, childrenOf: (pid: number) => readonly number[]): number[] {
  const out: number[] = [];
  const seen = new Set([pid]);
  const queue = [pid];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    for (const c of childrenOf(next)) {
      if (seen.has(c)) continue;
      seen.add(c);
      out.push(c);
      queue.push(c);
    }
  }
  return out;
}
