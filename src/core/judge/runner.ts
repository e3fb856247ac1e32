import type { Platform } from '../platform';
import type { ProcessPlan } from '../runtimes/types';
import { HarnessSession, type CaseOutcome, type LoadOutcome, type SessionOptions, type WireCase } from './session';
import type { Standby, TakenSession } from './standby';

export interface RunCasesOptions {
  readonly plan: ProcessPlan;
  readonly cases: readonly WireCase[];
  /** Per-case limit, counted by the parent from the moment it sends the case. */
  readonly timeMs: number;
  /** Measure Complexity: the parent's clock starts when it tells the child to call (see HarnessSession.call). */
  readonly timed?: boolean;
  /** Loading the solution (imports, top-level code) may take this long before the first case. */
  readonly loadMs: number;
  readonly outputCap: number;
  readonly platform: Platform;
  readonly signal?: AbortSignal;
  readonly onOutcome?: (i: number, o: CaseOutcome) => void;
  /**
   * Processes started ahead (standby.ts): the run takes the one waiting for its program, if any,
   * and when it ends starts the next one.
   */
  readonly standby?: Standby;
}

export interface RunCasesResult {
  readonly outcomes: ReadonlyMap<number, CaseOutcome>;
  /** Problems stopping processes: a run must never leave one behind silently. */
  readonly warnings: readonly string[];
}

/** What a case gets when its program failed to load. */
function loadFailed(load: Exclude<LoadOutcome, { ok: true }>): CaseOutcome {
  const base = { error: load.error, ms: 0, out: load.out, err: load.err };
  if (load.kind === 'compile-error' || load.kind === 'runtime-error') return { kind: 'load-error', verdict: load.kind, ...base, ...(load.line !== undefined ? { line: load.line } : {}) };
  return { kind: load.kind, ...base, ...(load.cancelled ? { cancelled: true } : {}) };
}

/**
 * Runs every case in as few processes as possible: one, unless a case times out, floods output or
 * kills the process, in which case that case gets its verdict and the rest go on in a fresh process.
 * Cases go out in batches (HarnessSession.batch); a case a stop left undecided is run again, first
 * in the fresh process. Timed cases (Measure Complexity) go one at a time.
 */
export async function runCases(o: RunCasesOptions): Promise<RunCasesResult> {
  const outcomes = new Map<number, CaseOutcome>();
  const warnings: string[] = [];
  const settle = (i: number, x: CaseOutcome): void => {
    if (outcomes.has(i)) return;
    outcomes.set(i, x);
    o.onOutcome?.(i, x);
  };
  let remaining = [...o.cases];
  const options: SessionOptions = { platform: o.platform, loadMs: o.loadMs, outputCap: o.outputCap, ...(o.signal ? { signal: o.signal } : {}) };
  // Timed cases (Measure Complexity) start their own process.
  let ahead = o.timed ? undefined : o.standby?.take(o.plan, options);
  /** False once the program failed to load: a process started ahead would fail the same way. */
  let loads = true;
  while (remaining.length > 0 && !o.signal?.aborted) {
    const { session, load, release, startedAhead } = await start(o.plan, options, ahead);
    ahead = undefined;
    try {
      if (!load.ok) {
        // The same program fails to load the same way every time: every remaining case shares the failure.
        if (load.cancelled) break;
        for (const c of remaining) settle(c.i, loadFailed(load));
        remaining = [];
        loads = false;
        break;
      }
      if (o.timed) {
        for (const c of remaining) {
          const x = await session.call(c, o.timeMs, true);
          if ('cancelled' in x && x.cancelled) break;
          settle(c.i, x);
          if (!session.alive) break;
        }
      } else {
        // In batches: one write and one deadline for many small cases (see HarnessSession.batch).
        let cancelled = false;
        let answered = false;
        for (let at = 0; at < remaining.length && session.alive && !cancelled; ) {
          at += await session.batch(remaining.slice(at), o.timeMs, (i, x) => {
            if ('cancelled' in x && x.cancelled) cancelled = true;
            // A process started ahead that ended before answering anything may have died while it
            // waited (and the exit was not yet seen): the case runs again in a process of the run's own.
            else if (startedAhead && !answered && x.kind === 'incomplete') return;
            else if (!cancelled) {
              answered = true;
              settle(i, x);
            }
          });
        }
      }
      remaining = remaining.filter((c) => !outcomes.has(c.i));
      const death = session.diedBetweenCases;
      const next = remaining[0];
      if (death && next) {
        // Crashed between cases (a background thread or timer after a case passed): the next case hears why.
        settle(next.i, { kind: 'incomplete', error: death, ms: 0, out: '', err: '' });
        remaining = remaining.slice(1);
      }
    } finally {
      const killError = await release();
      if (killError) warnings.push(`a judged process may still be running: ${killError}`);
    }
  }
  if (ahead) await ahead.release(); // taken, but a cancelled run did not start
  for (const c of remaining) settle(c.i, { kind: 'incomplete', error: 'cancelled', ms: 0, out: '', err: '', cancelled: true });
  if (!o.signal?.aborted && !o.timed && loads) o.standby?.prime(o.plan, options);
  return { outcomes, warnings };
}

/**
 * The run's process: the one started ahead when it loaded and is still running, else a new one (a
 * process started ahead that failed to load is stopped: the run's own reports the failure).
 */
async function start(plan: ProcessPlan, options: SessionOptions, ahead: TakenSession | undefined): Promise<{ session: HarnessSession; load: LoadOutcome; release: () => Promise<string | undefined>; startedAhead: boolean }> {
  if (ahead) {
    const load = await ahead.load;
    if ((load.ok && ahead.session.alive) || (!load.ok && load.cancelled)) return { session: ahead.session, load, release: ahead.release, startedAhead: true };
    await ahead.release();
  }
  const { session, load } = await HarnessSession.start(plan, options);
  return { session, load, release: () => session.close(), startedAhead: false };
}

/**
 * One harness process for cases sent one at a time, for work that picks its next case from the
 * last answer (the counterexample search): started on first use, and again only after a case
 * killed it (timeout, crash, output flood). A program that fails to load gives every case that
 * load failure, without starting it again.
 */
export class ReusedSession {
  private session: HarnessSession | undefined;
  private loadFailure: CaseOutcome | undefined;
  private warnings: string[] = [];
  /** Processes started so far. */
  starts = 0;

  constructor(
    private readonly plan: ProcessPlan,
    private readonly o: { readonly platform: Platform; readonly loadMs: number; readonly outputCap: number; readonly signal?: AbortSignal },
  ) {}

  async call(c: WireCase, limitMs: number): Promise<CaseOutcome> {
    if (this.loadFailure) return this.loadFailure;
    if (!this.session?.alive) {
      const killError = await this.session?.close();
      if (killError) this.warnings.push(`a judged process may still be running: ${killError}`);
      this.starts++;
      const { session, load } = await HarnessSession.start(this.plan, this.o);
      this.session = session;
      if (!load.ok) {
        const failed = loadFailed(load);
        if (!load.cancelled) this.loadFailure = failed;
        return failed;
      }
    }
    return this.session.call(c, limitMs);
  }

  /** Stops the process; resolves with what went wrong stopping this or an earlier one. */
  async close(): Promise<string | undefined> {
    const killError = await this.session?.close();
    if (killError) this.warnings.push(`a judged process may still be running: ${killError}`);
    return this.warnings.length > 0 ? this.warnings.join('; ') : undefined;
  }
}
