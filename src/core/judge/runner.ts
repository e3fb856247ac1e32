import type { Platform } from '../platform';
import type { ProcessPlan } from '../runtimes/types';
import { HarnessSession, type CaseOutcome, type WireCase } from './session';

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
}

export interface RunCasesResult {
  readonly outcomes: ReadonlyMap<number, CaseOutcome>;
  /** Problems stopping processes: a run must never leave one behind silently. */
  readonly warnings: readonly string[];
}

/**
 * Runs every case in as few processes as possible: one, unless a case times out, floods output or
 * kills the process, in which case that case gets its verdict and the rest go on in a fresh process.
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
  while (remaining.length > 0 && !o.signal?.aborted) {
    const { session, load } = await HarnessSession.start(o.plan, { platform: o.platform, loadMs: o.loadMs, outputCap: o.outputCap, ...(o.signal ? { signal: o.signal } : {}) });
    try {
      if (!load.ok) {
        // The same program fails to load the same way every time: every remaining case shares the failure.
        if (load.cancelled) break;
        for (const c of remaining) {
          const base = { error: load.error, ms: 0, out: load.out, err: load.err };
          settle(c.i, load.kind === 'compile-error' || load.kind === 'runtime-error' ? { kind: 'load-error', verdict: load.kind, ...base, ...(load.line !== undefined ? { line: load.line } : {}) } : { kind: load.kind, ...base });
        }
        remaining = [];
        break;
      }
      for (const c of remaining) {
        const x = await session.call(c, o.timeMs, o.timed === true);
        if ('cancelled' in x && x.cancelled) break;
        settle(c.i, x);
        if (!session.alive) break;
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
      const killError = await session.close();
      if (killError) warnings.push(`a judged process may still be running: ${killError}`);
    }
  }
  for (const c of remaining) settle(c.i, { kind: 'incomplete', error: 'cancelled', ms: 0, out: '', err: '', cancelled: true });
  return { outcomes, warnings };
}
