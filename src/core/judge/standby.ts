// A process started ahead for the next run of the same program. A compiled solution (Java, Go,
// C++) is run again unchanged more often than not: Run, then Submit; Run after editing a comment;
// Run after reading a failure. Starting its process is most of what such a run costs (a JVM start
// is tens of milliseconds), so when a run ends the judge starts the next process for the same
// program at once, in a folder of its own, and lets it load. The next run of that program takes it
// and only sends its cases; any other run, or none within `idleMs`, stops it.
//
// What starting ahead changes for the person: the program's start-up code (static initializers,
// Go's init functions) runs when the previous run ends rather than when the next one begins. It is
// the code they just ran, under the same limits; what it prints while loading is dropped, as it is
// for a process started by the run; a process that dies or fails to load is never used (the run
// starts its own, which reports what happened).
import { mkdtempSync } from 'fs';
import type { Platform } from '../platform';
import type { ProcessPlan } from '../runtimes/types';
import { HarnessSession, type LoadOutcome, type SessionOptions } from './session';
import { removeRunDir, runDirPrefix } from './workdir';

/** How long a process started ahead waits for its run before it is stopped. */
export const STANDBY_IDLE_MS = 60_000;

/** A process taken for a run: `release` stops it (its exit and folder are seen to after the run). */
export interface TakenSession {
  readonly session: HarnessSession;
  readonly load: Promise<LoadOutcome>;
  readonly release: () => Promise<string | undefined>;
}

interface Entry {
  readonly key: string;
  readonly dir: string;
  readonly session: HarnessSession;
  readonly load: Promise<LoadOutcome>;
  readonly idle: NodeJS.Timeout;
}

const DIR_MARK = '\u0000run-folder\u0000';

/**
 * What identifies a process for a run: the plan with the run's own folder taken out, and the
 * session's limits. Two runs of the same build with the same limits have the same key.
 */
export function standbyKey(plan: ProcessPlan, o: Pick<SessionOptions, 'loadMs' | 'outputCap'>): string {
  const dir = JSON.stringify(plan.cwd).slice(1, -1);
  const { cwd: _cwd, ...rest } = plan;
  return JSON.stringify({ plan: rest, loadMs: o.loadMs, outputCap: o.outputCap }).split(dir).join(DIR_MARK);
}

/** The plan a key stands for, in `dir`. */
function planIn(key: string, dir: string): ProcessPlan {
  const text = key.split(DIR_MARK).join(JSON.stringify(dir).slice(1, -1));
  return { ...(JSON.parse(text) as { plan: Omit<ProcessPlan, 'cwd'> }).plan, cwd: dir };
}

/** Holds at most one process started ahead: the one for the program run last. */
export class Standby {
  private entry: Entry | undefined;
  /** A process to be started once the run that asked for it has returned. */
  private next: { readonly key: string; readonly timer: NodeJS.Immediate } | undefined;
  private disposed = false;
  /** Processes stopped whose exit is still awaited. */
  private readonly stopping = new Set<Promise<void>>();
  private readonly lateWarnings: string[] = [];

  constructor(
    private readonly o: {
      readonly platform: Platform;
      /** Where its folder goes: beside the runs' own, named so a judge that was killed has it swept too. */
      readonly tmpRoot: string;
      readonly idleMs?: number;
    },
  ) {}

  /**
   * The process started ahead for this plan, adopted by the run's signal, or undefined when there is
   * none. A process for another program is stopped: the person moved on.
   */
  take(plan: ProcessPlan, o: SessionOptions): TakenSession | undefined {
    this.cancelNext(); // not started yet: the run starts its own
    const e = this.entry;
    if (!e || !plan.startsAhead) return undefined;
    this.entry = undefined;
    clearTimeout(e.idle);
    // The run that took it has its verdicts when it releases it: the process is stopped once the run
    // has returned (reading its tree and stopping it take a few tenths of a millisecond, as starting
    // the next one takes more), its exit awaited and its folder removed after that. What goes wrong
    // stopping it is the next run's warning (see `late`).
    const release = (): Promise<string | undefined> => {
      void this.track(new Promise<void>((resolve) => setImmediate(() => void this.retire(e, 'of an earlier run').finally(resolve))));
      return Promise.resolve(undefined);
    };
    if (e.key !== standbyKey(plan, o)) {
      void release();
      return undefined;
    }
    e.session.adopt(o.signal);
    return { session: e.session, load: e.load, release };
  }

  /**
   * Starts the process for the next run of this plan, replacing any other: once the run that calls
   * this has returned (spawning takes a millisecond or two of this thread, which is not the run's).
   */
  prime(plan: ProcessPlan, o: SessionOptions): void {
    if (this.disposed || !plan.startsAhead) return;
    const key = standbyKey(plan, o);
    if (this.entry?.key === key || this.next?.key === key) return;
    void this.drop();
    this.next = { key, timer: setImmediate(() => this.spawn(key, o)) };
  }

  private spawn(key: string, o: SessionOptions): void {
    this.next = undefined;
    let dir: string;
    try {
      dir = mkdtempSync(runDirPrefix(this.o.tmpRoot, process.pid));
    } catch {
      return; // the next run starts its own process, as it would without this
    }
    const { session, load } = HarnessSession.begin(planIn(key, dir), { platform: this.o.platform, loadMs: o.loadMs, outputCap: o.outputCap });
    const idle = setTimeout(() => this.entry?.session === session && void this.drop(), this.o.idleMs ?? STANDBY_IDLE_MS);
    idle.unref();
    this.entry = { key, dir, session, load, idle };
    // A process that failed to load is of no use to the next run: stop it now rather than at the idle limit.
    void load.then((l) => {
      if (!l.ok && this.entry?.session === session) void this.drop();
    });
  }

  /** A process waits, or is about to be started (for tests). */
  get holding(): boolean {
    return this.entry !== undefined || this.next !== undefined;
  }

  /** The process id of the process waiting, if one is (for tests). */
  get waitingPid(): number | undefined {
    return this.entry?.session.pid;
  }

  /** Resolves when the process waiting (if any, including one about to start) has loaded or failed to. */
  async settled(): Promise<void> {
    while (this.next) await new Promise((r) => setImmediate(r));
    await this.entry?.load;
  }

  private cancelNext(): void {
    if (this.next) clearImmediate(this.next.timer);
    this.next = undefined;
  }

  /** Stops the process waiting, if any. */
  drop(): Promise<void> {
    this.cancelNext();
    const e = this.entry;
    if (!e) return Promise.resolve();
    this.entry = undefined;
    clearTimeout(e.idle);
    return this.track(this.retire(e, 'started ahead'));
  }

  /**
   * Stops an entry's process now, then waits for its exit and removes its folder. A stop that failed
   * at once, or a process that did not exit, becomes a warning for the next run (see `late`).
   */
  private retire(e: Entry, which: string): Promise<void> {
    const note = (error: string): number => this.lateWarnings.push(`a judged process ${which} may still be running: ${error}`);
    const { killError, exited } = e.session.stopNow();
    if (killError) note(killError);
    return exited.then(async (late) => {
      if (late && late !== killError) note(late);
      await removeRunDir(e.dir);
    });
  }

  /** What went wrong stopping processes since the last call: the run that asks reports it. */
  late(): string[] {
    return this.lateWarnings.splice(0);
  }

  /** Stops the process waiting, and waits for every process released to have exited. */
  async dispose(): Promise<void> {
    this.disposed = true;
    await this.drop();
    await Promise.all([...this.stopping]);
  }

  private track(p: Promise<void>): Promise<void> {
    const t = p.catch(() => undefined).finally(() => this.stopping.delete(t));
    this.stopping.add(t);
    return t;
  }
}
