import { spawn } from 'child_process';
import { randomBytes } from 'crypto';
import { promises as fs } from 'fs';
import * as path from 'path';
import { StringDecoder } from 'string_decoder';

/** One case as the harness receives it: arguments as tagged JSON text, parsed afresh per case. */
export interface HarnessCase {
  readonly i: number;
  readonly type: 'call' | 'ops' | 'script';
  readonly args?: string;
  readonly ops?: readonly string[];
  readonly script?: string;
}

export type Outcome =
  | { readonly i: number; readonly kind: 'value'; readonly value: unknown; readonly ms: number; readonly out: string; readonly err: string }
  | {
      readonly i: number;
      readonly kind: 'error' | 'time-limit' | 'memory-limit' | 'output-limit' | 'incomplete' | 'compile-error' | 'runtime-error';
      readonly error: string;
      readonly line?: number;
      readonly assertion?: boolean;
      readonly ms: number;
      readonly out: string;
      readonly err: string;
    };

export interface ProcessPlan {
  readonly command: string;
  readonly args: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  /** Working directory holding the harness and the solution file. */
  readonly cwd: string;
  /** The harness config besides token and cases (entry, file, memory). */
  readonly config: Record<string, unknown>;
}

export interface RunCasesOptions {
  readonly plan: ProcessPlan;
  readonly cases: readonly HarnessCase[];
  readonly timeMs: number;
  /** Loading the solution (imports, top-level code) may take this long before the first case. */
  readonly loadMs: number;
  readonly outputCap: number;
  readonly signal?: AbortSignal;
  readonly onOutcome?: (o: Outcome) => void;
}

/** Largest result record accepted from the harness (a returned value, encoded). */
const MAX_RECORD_CHARS = 64 * 1024 * 1024;

/** Time allowed after `done` for the process to exit before its group is killed (timers, threads left running). */
const AFTER_DONE_MS = 100;

/**
 * Runs every case in as few processes as possible: one, unless a case times out, floods output or
 * kills the process, in which case that case gets its verdict and the rest go on in a fresh process.
 */
export async function runCases(o: RunCasesOptions): Promise<Outcome[]> {
  const outcomes = new Map<number, Outcome>();
  let remaining = [...o.cases];
  while (remaining.length > 0) {
    if (o.signal?.aborted) break;
    const batch = await runOnce(o, remaining);
    for (const x of batch) {
      if (!outcomes.has(x.i)) {
        outcomes.set(x.i, x);
        o.onOutcome?.(x);
      }
    }
    const before = remaining.length;
    remaining = remaining.filter((c) => !outcomes.has(c.i));
    if (remaining.length === before) {
      // No case finished: do not spin. The first one takes the blame.
      const first = remaining[0]!;
      const x: Outcome = { i: first.i, kind: 'incomplete', error: 'the program ended before reporting this case', ms: 0, out: '', err: '' };
      outcomes.set(first.i, x);
      o.onOutcome?.(x);
      remaining = remaining.slice(1);
    }
  }
  for (const c of remaining) {
    const x: Outcome = { i: c.i, kind: 'incomplete', error: 'cancelled', ms: 0, out: '', err: '' };
    outcomes.set(c.i, x);
    o.onOutcome?.(x);
  }
  return o.cases.map((c) => outcomes.get(c.i)!);
}

interface Record_ {
  t: 'load' | 'start' | 'case' | 'done' | 'olimit';
  i?: number;
  ok?: boolean;
  kind?: string;
  value?: unknown;
  error?: string;
  line?: number;
  memory?: boolean;
  assertion?: boolean;
  ms?: number;
  out?: string;
  err?: string;
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

async function runOnce(o: RunCasesOptions, cases: readonly HarnessCase[]): Promise<Outcome[]> {
  const token = randomBytes(16).toString('hex');
  const configFile = path.join(o.plan.cwd, `config-${token.slice(0, 8)}.json`);
  await fs.writeFile(configFile, JSON.stringify({ ...o.plan.config, token, outputCap: o.outputCap, cases }), { mode: 0o600 });
  const child = spawn(o.plan.command, [...o.plan.args, configFile], {
    cwd: o.plan.cwd,
    env: o.plan.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    windowsHide: true,
  });
  const results: Outcome[] = [];
  const finished = new Set<number>();
  let current: number | undefined;
  let caseStart = 0;
  let rawBytes = 0;
  let rawOut = '';
  let rawErr = '';
  let stopReason: 'time-limit' | 'output-limit' | 'load-timeout' | 'cancelled' | undefined;
  let loaded = false;
  let done = false;
  let lineBuf = '';
  const channel = new StringDecoder('utf8');
  const outDec = new StringDecoder('utf8');
  const errDec = new StringDecoder('utf8');
  let watchdog: NodeJS.Timeout | undefined;

  const arm = (ms: number, reason: 'time-limit' | 'load-timeout'): void => {
    if (watchdog) clearTimeout(watchdog);
    watchdog = setTimeout(() => {
      stopReason = reason;
      killGroup(child.pid);
    }, ms);
  };
  const disarm = (): void => {
    if (watchdog) clearTimeout(watchdog);
    watchdog = undefined;
  };
  const onAbort = (): void => {
    stopReason = 'cancelled';
    killGroup(child.pid);
  };
  o.signal?.addEventListener('abort', onAbort);
  arm(o.loadMs, 'load-timeout');

  const push = (x: Outcome): void => {
    if (finished.has(x.i)) return;
    finished.add(x.i);
    results.push(x);
  };

  const onRecord = (r: Record_): void => {
    switch (r.t) {
      case 'load':
        if (r.ok) {
          loaded = true;
          disarm();
        } else {
          disarm();
          const kind = r.kind === 'memory' ? 'memory-limit' : r.kind === 'compile-error' ? 'compile-error' : 'runtime-error';
          for (const c of cases) push({ i: c.i, kind, error: r.error ?? 'could not load the solution', ...(r.line !== undefined ? { line: r.line } : {}), ms: 0, out: r.out ?? '', err: r.err ?? '' });
        }
        break;
      case 'start':
        if (typeof r.i !== 'number') break;
        current = r.i;
        caseStart = Date.now();
        rawBytes = 0;
        rawOut = '';
        rawErr = '';
        arm(o.timeMs, 'time-limit');
        break;
      case 'case': {
        if (typeof r.i !== 'number') break;
        disarm();
        const out = (r.out ?? '') + rawOut;
        const err = (r.err ?? '') + rawErr;
        rawOut = '';
        rawErr = '';
        const ms = typeof r.ms === 'number' ? r.ms : Date.now() - caseStart;
        if (r.ok) push({ i: r.i, kind: 'value', value: r.value, ms, out, err });
        else push({ i: r.i, kind: r.memory ? 'memory-limit' : 'error', error: r.error ?? 'error', ...(r.line !== undefined && r.line !== null ? { line: r.line } : {}), ...(r.assertion ? { assertion: true } : {}), ms, out, err });
        current = undefined;
        break;
      }
      case 'olimit':
        stopReason = 'output-limit';
        killGroup(child.pid);
        break;
      case 'done':
        done = true;
        disarm();
        setTimeout(() => killGroup(child.pid), AFTER_DONE_MS).unref();
        break;
    }
  };

  const prefix = `${token} `;
  child.stdio[3]?.on('data', (chunk: Buffer) => {
    lineBuf += channel.write(chunk);
    let nl: number;
    while ((nl = lineBuf.indexOf('\n')) >= 0) {
      const line = lineBuf.slice(0, nl);
      lineBuf = lineBuf.slice(nl + 1);
      if (!line.startsWith(prefix) || done) continue;
      try {
        onRecord(JSON.parse(line.slice(prefix.length)) as Record_);
      } catch {
        // a malformed line cannot come from the harness; ignore it
      }
    }
    if (lineBuf.length > MAX_RECORD_CHARS) {
      // A returned value this large is an output flood of its own.
      lineBuf = '';
      stopReason = 'output-limit';
      killGroup(child.pid);
    }
  });
  const onRaw = (which: 'out' | 'err', dec: StringDecoder) => (chunk: Buffer) => {
    rawBytes += chunk.length;
    if (rawBytes > o.outputCap) {
      if (current !== undefined) {
        stopReason = 'output-limit';
        killGroup(child.pid);
      }
      return;
    }
    const text = dec.write(chunk);
    if (which === 'out') rawOut += text;
    else rawErr += text;
  };
  child.stdout?.on('data', onRaw('out', outDec));
  child.stderr?.on('data', onRaw('err', errDec));

  const exit = await new Promise<{ code: number | null; signal: NodeJS.Signals | null; spawnError?: Error }>((resolve) => {
    child.once('error', (e) => resolve({ code: null, signal: null, spawnError: e }));
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  disarm();
  killGroup(child.pid);
  o.signal?.removeEventListener('abort', onAbort);
  for (const s of [child.stdout, child.stderr, child.stdio[3]]) (s as NodeJS.ReadableStream & { destroy?: () => void } | null)?.destroy?.();
  await fs.rm(configFile, { force: true });

  if (exit.spawnError) {
    throw new Error(`could not start ${path.basename(o.plan.command)}: ${exit.spawnError.message}`);
  }
  if (!loaded && results.length === 0) {
    const first = cases[0];
    if (first && stopReason === 'load-timeout') {
      for (const c of cases) push({ i: c.i, kind: 'time-limit', error: `your file did not finish loading within ${o.loadMs} ms (does top-level code run forever?)`, ms: o.loadMs, out: rawOut, err: rawErr });
    } else if (first && stopReason !== 'cancelled') {
      const memory = /heap out of memory|Allocation failed|MemoryError|Cannot allocate/i.test(rawErr);
      push({ i: first.i, kind: memory ? 'memory-limit' : 'incomplete', error: exitText(exit, rawErr, 'before loading finished'), ms: 0, out: rawOut, err: rawErr });
    }
    return results;
  }
  if (current !== undefined && !finished.has(current)) {
    const ms = Date.now() - caseStart;
    const memory = /heap out of memory|Allocation failed|MemoryError|Cannot allocate memory|out of memory/i.test(rawErr) || (exit.signal === 'SIGABRT' && !stopReason);
    if (stopReason === 'time-limit') push({ i: current, kind: 'time-limit', error: `took longer than ${o.timeMs} ms`, ms, out: rawOut, err: rawErr });
    else if (stopReason === 'output-limit') push({ i: current, kind: 'output-limit', error: `printed more than ${Math.round(o.outputCap / 1024)} KiB`, ms, out: rawOut.slice(0, 4096), err: rawErr.slice(0, 4096) });
    else if (stopReason === 'cancelled') push({ i: current, kind: 'incomplete', error: 'cancelled', ms, out: rawOut, err: rawErr });
    else if (memory) push({ i: current, kind: 'memory-limit', error: 'ran out of memory', ms, out: rawOut, err: tail(rawErr) });
    else if (exit.code === 0 && !exit.signal) push({ i: current, kind: 'incomplete', error: 'the program ended while this case was running: a promise that never settles, or an exit() call', ms, out: rawOut, err: rawErr });
    else push({ i: current, kind: 'incomplete', error: exitText(exit, rawErr, 'before finishing this case'), ms, out: rawOut, err: rawErr });
  } else if (!done && stopReason === undefined && results.length > 0 && exit.code !== 0) {
    // Crashed between cases (e.g. an error thrown from a timer after a case passed).
    const next = cases.find((c) => !finished.has(c.i));
    if (next) push({ i: next.i, kind: 'incomplete', error: exitText(exit, rawErr, 'between cases'), ms: 0, out: rawOut, err: rawErr });
  }
  return results;
}

function tail(text: string): string {
  return text.length > 4000 ? `…${text.slice(-4000)}` : text;
}

function exitText(exit: { code: number | null; signal: NodeJS.Signals | null }, stderr: string, when: string): string {
  const how = exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`;
  const last = stderr.trim().split('\n').slice(-3).join(' ').slice(0, 300);
  return `the program ${how} ${when}${last ? `: ${last}` : ''}`;
}
