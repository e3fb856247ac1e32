// The parent side of the harness protocol (v3, see ../runtimes/PROTOCOL.md): one child process,
// which runs its cases one at a time, sent alone or in batches. The parent decides when a case's
// time starts (it arms the deadline when it sends the case or the batch), measures time with its
// own clock, and reads the results channel in linear time.
import { spawn, type ChildProcess } from 'child_process';
import { randomBytes } from 'crypto';
import { rmSync, writeFileSync } from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import type { Readable, Writable } from 'stream';
import { StringDecoder } from 'string_decoder';
import type { Platform, ProcessMark } from '../platform';
import type { ProcessPlan } from '../runtimes/types';

/** A case as the harness receives it (one JSON line on the cases channel). Values use the wire format. */
export interface WireCase {
  readonly i: number;
  readonly type: 'call' | 'ops' | 'script' | 'sql';
  readonly [field: string]: unknown;
}

/** What the harness reported for a case (the `result` record). */
export interface ResultRecord {
  readonly ok: boolean;
  readonly value?: unknown;
  readonly error?: string;
  readonly line?: number;
  readonly memory?: boolean;
  /** SQL: which step failed. */
  readonly stage?: string;
  readonly rows?: unknown[][];
  readonly columns?: string[];
}

/** Why the parent (or the harness, for its own limits) stopped the process. */
export type StopKind = 'time-limit' | 'memory-limit' | 'output-limit' | 'incomplete';

export type CaseOutcome =
  | { readonly kind: 'reported'; readonly record: ResultRecord; readonly ms: number; readonly out: string; readonly err: string }
  /** The program failed to load (syntax error, missing entry point, error in top-level code). */
  | { readonly kind: 'load-error'; readonly verdict: 'compile-error' | 'runtime-error'; readonly error: string; readonly line?: number; readonly ms: number; readonly out: string; readonly err: string }
  | { readonly kind: StopKind; readonly error: string; readonly ms: number; readonly out: string; readonly err: string; readonly cancelled?: boolean };

export type LoadOutcome =
  | { readonly ok: true }
  | { readonly ok: false; readonly kind: 'compile-error' | 'runtime-error' | StopKind; readonly error: string; readonly line?: number; readonly out: string; readonly err: string; readonly cancelled?: boolean };

export interface SessionOptions {
  readonly platform: Platform;
  /** Loading the program (imports, top-level code) may take this long. */
  readonly loadMs: number;
  /** Output a case may print (stdout and stderr together) before it is stopped. */
  readonly outputCap: number;
  readonly signal?: AbortSignal;
}

/** Largest result record accepted from the harness (a returned value, encoded). */
export const MAX_RECORD_BYTES = 64 * 1024 * 1024;
/**
 * Extra time a case gets per MiB of its own input, for the judge to pipe it over and the harness to
 * decode it: a worst-case input of several MB must not eat the solution's time limit.
 */
export const INPUT_MS_PER_MIB = 250;
/** How long a killed process may take to be reaped before the judge stops waiting for it. */
const KILL_GRACE_MS = 2000;
/** How long after the process exits its last records may take to arrive (a grandchild can hold the pipe open). */
const EXIT_DRAIN_MS = 200;

// ---- exit classification: a pure function of what the session saw ----

export type StopReason = 'time-limit' | 'load-timeout' | 'output-limit' | 'memory-limit' | 'cancelled';

export interface ExitFacts {
  readonly phase: 'loading' | 'running' | 'idle';
  /** Set when the parent killed the process, or the harness reported a limit before killing itself. */
  readonly stop?: StopReason;
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stderr: string;
  /**
   * Standard error said the process ran out of memory, anywhere in it: Go prints "fatal error: out
   * of memory" first and then every goroutine's stack, which pushes it out of the kept tail.
   */
  readonly outOfMemory?: boolean;
  readonly timeMs: number;
  /** Time added for a large input (see INPUT_MS_PER_MIB). */
  readonly inputMs?: number;
  readonly loadMs: number;
  readonly outputCap: number;
  /** The process could not be stopped (or did not exit after the kill). */
  readonly killError?: string;
}

/** What V8, Python, Go and the C library print when memory runs out. */
const OUT_OF_MEMORY = /heap out of memory|Allocation failed|Fatal process out of memory|MemoryError|Cannot allocate memory|runtime: out of memory|fatal error: out of memory/i;

/** Turns how a process ended into the outcome of the case (or the load) it was running. */
export function classifyExit(f: ExitFacts): { kind: StopKind; error: string; cancelled?: boolean } {
  const withKill = (text: string): string => (f.killError ? `${text}; the judge could not stop it: ${f.killError}` : text);
  switch (f.stop) {
    case 'time-limit':
      return { kind: 'time-limit', error: withKill(`took longer than ${f.timeMs} ms${f.inputMs ? ` (plus ${f.inputMs} ms to pass its large input)` : ''}`) };
    case 'load-timeout':
      return { kind: 'time-limit', error: withKill(`your file did not finish loading within ${f.loadMs} ms (does top-level code run forever?)`) };
    case 'output-limit':
      return { kind: 'output-limit', error: withKill(`printed more than ${Math.round(f.outputCap / 1024)} KiB`) };
    case 'memory-limit':
      return { kind: 'memory-limit', error: withKill('ran out of memory (went past the memory limit)') };
    case 'cancelled':
      return { kind: 'incomplete', error: withKill('cancelled'), cancelled: true };
    case undefined:
      break;
  }
  // A fatal out-of-memory in V8 aborts the process: its only trace is the signal and the text.
  if (f.signal === 'SIGABRT' || f.outOfMemory || OUT_OF_MEMORY.test(f.stderr)) return { kind: 'memory-limit', error: 'ran out of memory' };
  const when = f.phase === 'loading' ? 'before loading finished' : f.phase === 'running' ? 'before finishing this case' : 'between cases';
  if (f.phase === 'running' && f.code === 0 && !f.signal) return { kind: 'incomplete', error: 'the program ended while this case was running: a promise that never settles, or an exit() call' };
  const how = f.signal ? `was killed by ${f.signal}` : `exited with code ${f.code}`;
  const last = f.stderr.trim().split('\n').slice(-3).join(' ').slice(0, 300);
  return { kind: 'incomplete', error: withKill(`the program ${how} ${when}${last ? `: ${last}` : ''}`) };
}

// ---- reading the results channel ----

/**
 * Splits a byte stream into lines in linear time: chunks are collected and only the new chunk is
 * scanned for a newline, so a 32 MB record costs one pass, not one pass per chunk.
 */
export class LineReader {
  private parts: Buffer[] = [];
  private size = 0;

  /** The complete lines this chunk finishes; throws once an unfinished line passes `max` bytes. */
  push(chunk: Buffer, max = MAX_RECORD_BYTES): Buffer[] {
    const lines: Buffer[] = [];
    let start = 0;
    for (let nl = chunk.indexOf(10); nl >= 0; nl = chunk.indexOf(10, start)) {
      const piece = chunk.subarray(start, nl);
      lines.push(this.parts.length === 0 ? piece : Buffer.concat([...this.parts, piece]));
      this.parts = [];
      this.size = 0;
      start = nl + 1;
    }
    if (start < chunk.length) {
      this.parts.push(chunk.subarray(start));
      this.size += chunk.length - start;
      if (this.size > max) {
        this.parts = [];
        this.size = 0;
        throw new RangeError(`a record longer than ${max} bytes`);
      }
    }
    return lines;
  }
}

interface InFlight {
  readonly c: WireCase;
  /** When its time started: when it was sent, or for a later case of a batch, when the one before it was answered. */
  sentAt: number;
  readonly limitMs: number;
  /**
   * True for a case sent alone, or first in its batch: its window began when it was sent, so the
   * parent's stop while it runs (time, output, memory) is its verdict. A later case of a batch is
   * left undecided by such a stop: the caller runs it again, first in a fresh process.
   */
  readonly first: boolean;
  readonly inputMs: number;
  /** Timed cases (Measure Complexity): the parent answers "ready" with "go" and starts its clock then. */
  readonly timed: boolean;
  readyAt?: number;
  returnedAt?: number;
  /** Undefined: the case was left undecided (see `first`). */
  readonly resolve: (o: CaseOutcome | undefined) => void;
}

/**
 * A batch holds only cases whose input is small (no extra time for piping it, see
 * INPUT_MS_PER_MIB) and at most this many bytes of them: a case with a large input is sent alone.
 */
export const BATCH_MAX_BYTES = 256 * 1024;
/** The case messages already written out, so a case tried for a batch and left for the next one is serialized once. */
const caseLines = new WeakMap<WireCase, string>();
function caseLine(c: WireCase): string {
  let line = caseLines.get(c);
  if (line === undefined) {
    line = `${JSON.stringify({ t: 'case', ...c })}\n`;
    caseLines.set(c, line);
  }
  return line;
}
/**
 * The message of a case sent alone: with `clock`, the harness reports "ready" and "returned" around
 * the call, and the parent times the call between them, without decoding a large input or encoding
 * the value. A case of a batch goes without: two records fewer per case halve what a batch of small
 * cases costs, and its time, from the answer before it to its own, is the call's within the few
 * microseconds those cases take to decode.
 */
function aloneLine(c: WireCase, timed: boolean): string {
  return `${JSON.stringify({ t: 'case', ...c, ...(timed ? { timed: true } : { clock: true }) })}\n`;
}
function inputAllowanceMs(line: string): number {
  return Math.round((Buffer.byteLength(line) / 1048576) * INPUT_MS_PER_MIB);
}

type RawRecord = { t?: unknown; i?: unknown; ok?: unknown; kind?: unknown; error?: unknown; line?: unknown; out?: unknown; err?: unknown } & ResultRecord;

/**
 * One harness process: start it, send it cases (alone or in batches), close it. After a case that
 * killed the process (timeout, crash, output flood) the session is dead and the caller starts a
 * fresh one.
 */
export class HarnessSession {
  private readonly token = randomBytes(16).toString('hex');
  private child: ChildProcess | undefined;
  private mark: ProcessMark | undefined;
  private phase: 'loading' | 'idle' | 'running' | 'dead' = 'loading';
  private flight: InFlight | undefined;
  /** The cases of a batch sent after the one in flight, in order. */
  private queue: InFlight[] = [];
  /** The deadline of the cases sent last (one case, or a batch): armed when they were written. */
  private deadline: NodeJS.Timeout | undefined;
  private stop: StopReason | undefined;
  private killError: string | undefined;
  private rawOut = '';
  private rawErr = '';
  private rawBytes = 0;
  private stderrTail = '';
  private outOfMemory = false;
  private readonly reader = new LineReader();
  private exitInfo: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  private exitWaiters: (() => void)[] = [];
  private loadResolve: ((o: LoadOutcome) => void) | undefined;
  private loadTimer: NodeJS.Timeout | undefined;
  /** Set when the process died between cases: the next case is told why. */
  private idleDeath: string | undefined;
  private readonly onAbort = (): void => this.kill('cancelled');
  /** Cancels what the process is doing: the run's signal, or for a process started ahead, the signal of the run that takes it. */
  private signal: AbortSignal | undefined;

  private constructor(
    private readonly plan: ProcessPlan,
    private readonly o: SessionOptions,
  ) {
    this.signal = o.signal;
  }

  /** Spawns the harness and waits until it has loaded the program (or failed to). */
  static async start(plan: ProcessPlan, o: SessionOptions): Promise<{ session: HarnessSession; load: LoadOutcome }> {
    const { session, load } = HarnessSession.begin(plan, o);
    return { session, load: await load };
  }

  /** Spawns the harness now; `load` settles when it has loaded the program (or failed to). */
  static begin(plan: ProcessPlan, o: SessionOptions): { session: HarnessSession; load: Promise<LoadOutcome> } {
    const session = new HarnessSession(plan, o);
    return { session, load: session.spawn() };
  }

  get alive(): boolean {
    return this.phase === 'idle';
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Why the process died between cases, if it did. */
  get diedBetweenCases(): string | undefined {
    return this.idleDeath;
  }

  /**
   * Hands a process started ahead (standby.ts) to the run that takes it: from now on that run's
   * signal cancels it, as if the run had started it.
   */
  adopt(signal: AbortSignal | undefined): void {
    if (!signal || this.signal === signal) return;
    this.signal?.removeEventListener('abort', this.onAbort);
    this.signal = signal;
    if (signal.aborted) this.kill('cancelled');
    else signal.addEventListener('abort', this.onAbort);
  }

  private async spawn(): Promise<LoadOutcome> {
    const { plan, o } = this;
    if (this.signal?.aborted) return { ok: false, kind: 'incomplete', error: 'cancelled', cancelled: true, out: '', err: '' };
    const configFile = path.join(plan.cwd, `config-${this.token.slice(0, 8)}.json`);
    const config = { ...plan.config, token: this.token, channels: plan.channels, outputCap: o.outputCap };
    // Written and removed synchronously: a small file costs microseconds, a trip through the thread pool more.
    writeFileSync(configFile, JSON.stringify(config), { mode: 0o600 });
    const ch = plan.channels;
    const stdio: ('ignore' | 'pipe')[] = ['ignore', 'pipe', 'pipe'];
    for (let fd = 3; fd <= Math.max(ch.cases, ch.results, ch.lifeline); fd++) stdio.push('pipe');
    const loaded = new Promise<LoadOutcome>((resolve) => (this.loadResolve = resolve));
    // Where process numbering stands: stopping the tree later reads only processes started after it.
    this.mark = o.platform.processMark();
    const child = spawn(plan.command, [...plan.args, configFile], { cwd: plan.cwd, env: plan.env, stdio, ...o.platform.spawnOptions() });
    this.child = child;
    for (const s of child.stdio) (s as Readable | Writable | null)?.on('error', () => undefined);
    child.stdio[ch.results]?.on('data', (chunk: Buffer) => this.onChannel(chunk));
    const outDec = new StringDecoder('utf8');
    const errDec = new StringDecoder('utf8');
    child.stdout?.on('data', (chunk: Buffer) => this.onRaw('out', chunk, outDec));
    child.stderr?.on('data', (chunk: Buffer) => this.onRaw('err', chunk, errDec));
    child.once('error', (e) => {
      this.loadResolve?.({ ok: false, kind: 'incomplete', error: `could not start ${path.basename(plan.command)}: ${e.message}`, out: '', err: '' });
      this.loadResolve = undefined;
      this.onExit({ code: null, signal: null });
    });
    // The last records, and the last lines on standard error that the exit is classified by (Go's
    // "runtime: out of memory"), can still be in their pipes when 'exit' fires: wait for both.
    const pipes = [child.stdio[ch.results], child.stderr].filter((p): p is Readable => p !== null);
    let open = pipes.length;
    const drained: (() => void)[] = [];
    for (const p of pipes) p.once('close', () => --open === 0 && drained.splice(0).forEach((w) => w()));
    child.once('exit', (code, signal) => {
      if (open === 0) return this.onExit({ code, signal });
      const done = (): void => this.onExit({ code, signal });
      const t = setTimeout(done, EXIT_DRAIN_MS);
      drained.push(() => {
        clearTimeout(t);
        done();
      });
    });
    this.signal?.addEventListener('abort', this.onAbort);
    this.loadTimer = setTimeout(() => this.kill('load-timeout'), o.loadMs);
    const load = await loaded;
    rmSync(configFile, { force: true });
    return load;
  }

  /**
   * Runs one case; the deadline starts now, when the parent sends it. A timed case waits for the
   * parent's "go" after decoding its arguments, so the clock starts before the call can.
   */
  call(c: WireCase, limitMs: number, timed = false): Promise<CaseOutcome> {
    if (this.phase !== 'idle') {
      return Promise.resolve({ kind: 'incomplete', error: this.idleDeath ?? 'the program is not running', ms: 0, out: '', err: '' });
    }
    this.startCase();
    return new Promise<CaseOutcome>((resolve) => {
      const line = aloneLine(c, timed);
      const inputMs = inputAllowanceMs(line);
      // A case sent alone is always decided: only a later case of a batch is left undecided.
      const flight: InFlight = { c, sentAt: performance.now(), limitMs, inputMs, timed, first: true, resolve: (o) => resolve(o!) };
      this.flight = flight;
      this.arm([flight], limitMs + inputMs);
      this.write(line);
    });
  }

  /**
   * Sends a batch: the first of `cases`, and after it as many of the next ones as have small
   * inputs, up to BATCH_MAX_BYTES, all in one write and under one deadline, `limitMs`, armed now.
   * The harness still runs them one at a time. A case answered before the deadline ran within a
   * window no longer than its own limit, whatever it did meanwhile (even reading ahead), so its
   * answer stands. When the parent stops the process (the deadline, an output flood, a limit), the
   * case in flight gets that verdict only if it was the first (its window began when it was sent); a
   * later one is left undecided, with every case after it, and the caller runs it again first in a
   * fresh process. A crash or exit is the in-flight case's, as when cases go one at a time. Calls
   * `decided` for each case decided, in order; resolves with how many cases were sent.
   */
  batch(cases: readonly WireCase[], limitMs: number, decided: (i: number, o: CaseOutcome) => void): Promise<number> {
    const head = cases[0];
    if (head === undefined) return Promise.resolve(0);
    if (this.phase !== 'idle') {
      decided(head.i, { kind: 'incomplete', error: this.idleDeath ?? 'the program is not running', ms: 0, out: '', err: '' });
      return Promise.resolve(0);
    }
    const lines = [caseLine(head)];
    const headInputMs = inputAllowanceMs(lines[0]!);
    let bytes = lines[0]!.length;
    if (headInputMs === 0) {
      for (const c of cases.slice(1)) {
        const line = caseLine(c);
        if (inputAllowanceMs(line) > 0 || bytes + line.length > BATCH_MAX_BYTES) break;
        lines.push(line);
        bytes += line.length;
      }
    }
    // A batch of one is a case sent alone.
    if (lines.length === 1) lines[0] = aloneLine(head, false);
    this.startCase();
    return new Promise<number>((resolve) => {
      let open = lines.length;
      const sentAt = performance.now();
      const flights = lines.map(
        (_, k): InFlight => ({
          c: cases[k]!,
          sentAt,
          limitMs,
          inputMs: k === 0 ? headInputMs : 0,
          timed: false,
          first: k === 0,
          resolve: (o) => {
            if (o) decided(cases[k]!.i, o);
            if (--open === 0) resolve(lines.length);
          },
        }),
      );
      this.flight = flights[0];
      this.queue = flights.slice(1);
      this.arm(flights, limitMs + headInputMs);
      this.write(lines.join(''));
    });
  }

  /**
   * Arms the deadline of cases just sent: when it passes while one of them is in flight, the
   * process is stopped. Input that already arrived is read first (a parent that was busy, e.g.
   * collecting garbage, must not time out an answer waiting in the pipe).
   */
  private arm(flights: readonly InFlight[], ms: number): void {
    this.deadline = setTimeout(() => setImmediate(() => this.flight !== undefined && flights.includes(this.flight) && this.kill('time-limit')), ms);
  }

  private startCase(): void {
    this.phase = 'running';
    this.rawOut = '';
    this.rawErr = '';
    this.rawBytes = 0;
  }

  private write(line: string): void {
    (this.child?.stdio[this.plan.channels.cases] as Writable | null | undefined)?.write(line);
  }

  /**
   * Stops the process and everything it started now, without waiting for it to exit: `killError`
   * says whether the stop itself failed; `exited` resolves once it has exited (with an error when it
   * did not within a grace period).
   */
  stopNow(): { killError: string | undefined; exited: Promise<string | undefined> } {
    const exited = this.close(); // kills synchronously, then waits
    return { killError: this.killError, exited };
  }

  /** Stops the process and everything it started. Resolves with the kill error, if any. */
  async close(): Promise<string | undefined> {
    if (this.child && !this.exitInfo) {
      if (this.phase !== 'dead') this.phase = 'dead';
      this.hardKill();
      await this.waitExit(KILL_GRACE_MS);
      if (!this.exitInfo) this.killError ??= 'the process did not exit after it was killed';
    }
    this.dispose();
    return this.killError;
  }

  private dispose(): void {
    this.signal?.removeEventListener('abort', this.onAbort);
    if (this.loadTimer) clearTimeout(this.loadTimer);
    if (this.deadline) clearTimeout(this.deadline);
    for (const s of this.child?.stdio ?? []) (s as Readable | Writable | null)?.destroy();
  }

  private hardKill(): void {
    const pid = this.child?.pid;
    if (pid === undefined) return;
    const r = this.o.platform.killTree(pid, this.mark);
    if (!r.ok) this.killError = r.error;
  }

  private kill(reason: StopReason): void {
    if (this.exitInfo || this.stop) return;
    this.stop = reason;
    this.hardKill();
    // A process that cannot be stopped must not hang the run: give up waiting after a grace period.
    setTimeout(() => {
      if (!this.exitInfo) {
        this.killError ??= 'the process did not exit after it was killed';
        this.onExit({ code: null, signal: null });
      }
    }, KILL_GRACE_MS).unref();
  }

  private waitExit(ms: number): Promise<void> {
    if (this.exitInfo) return Promise.resolve();
    return new Promise((resolve) => {
      const t = setTimeout(resolve, ms);
      this.exitWaiters.push(() => {
        clearTimeout(t);
        resolve();
      });
    });
  }

  private onRaw(which: 'out' | 'err', chunk: Buffer, dec: StringDecoder): void {
    const text = dec.write(chunk);
    if (which === 'err') {
      // Read as it arrives (with the end of the previous chunk, for a line split between chunks):
      // only the tail is kept, and the words can scroll out of it before the process exits.
      if (!this.outOfMemory && OUT_OF_MEMORY.test(this.stderrTail.slice(-100) + text)) this.outOfMemory = true;
      this.stderrTail = (this.stderrTail + text).slice(-8192);
    }
    this.rawBytes += chunk.length;
    if (this.rawBytes > this.o.outputCap) {
      if (this.phase === 'running' || this.phase === 'loading') this.kill('output-limit');
      return;
    }
    if (which === 'out') this.rawOut += text;
    else this.rawErr += text;
  }

  private onChannel(chunk: Buffer): void {
    let lines: Buffer[];
    try {
      lines = this.reader.push(chunk);
    } catch {
      // A returned value this large is an output flood of its own.
      if (this.phase === 'running') this.kill('output-limit');
      return;
    }
    const prefix = Buffer.from(`${this.token} `);
    for (const line of lines) {
      if (line.length < prefix.length || !line.subarray(0, prefix.length).equals(prefix)) continue;
      let rec: RawRecord;
      try {
        rec = JSON.parse(line.toString('utf8', prefix.length)) as RawRecord;
      } catch {
        continue; // a malformed line cannot come from the harness
      }
      if (rec && typeof rec === 'object') this.onRecord(rec);
    }
  }

  private onRecord(r: RawRecord): void {
    const text = (v: unknown): string => (typeof v === 'string' ? v : '');
    switch (r.t) {
      case 'load': {
        if (this.phase !== 'loading' || !this.loadResolve) return;
        if (this.loadTimer) clearTimeout(this.loadTimer);
        const resolve = this.loadResolve;
        this.loadResolve = undefined;
        if (r.ok === true) {
          this.phase = 'idle';
          resolve({ ok: true });
        } else {
          this.phase = 'dead';
          const kind = r.kind === 'compile-error' || r.kind === 'memory-limit' ? r.kind : 'runtime-error';
          resolve({ ok: false, kind, error: text(r.error) || 'could not load the solution', ...(typeof r.line === 'number' ? { line: r.line } : {}), out: text(r.out) + this.rawOut, err: text(r.err) + this.rawErr });
        }
        return;
      }
      case 'limit':
        // The harness enforces these itself where the system cannot, and kills itself next. The parent
        // stops the tree at once as well: the harness's own kill can be slow to get its turn (a Python
        // thread waits for the lock that code still allocating holds), and the exit is classified by this.
        if (r.kind === 'memory' || r.kind === 'output') this.kill(r.kind === 'memory' ? 'memory-limit' : 'output-limit');
        return;
      case 'ready':
      case 'returned':
      case 'result': {
        const f = this.flight;
        if (this.phase !== 'running' || !f || r.i !== f.c.i) return;
        const now = performance.now();
        if (r.t === 'ready') {
          if (f.readyAt !== undefined) return;
          if (f.timed) {
            // The clock starts before "go" is written: once it is in the pipe the child may run the
            // whole call while this process waits for a core, and a clock started after the write
            // would then miss the call (a 0.5 ms call once measured 0.1 ms on a loaded machine).
            f.readyAt = performance.now();
            this.write(`${JSON.stringify({ t: 'go', i: f.c.i })}\n`);
          } else f.readyAt = now;
        } else if (r.t === 'returned') {
          if (f.readyAt !== undefined) f.returnedAt ??= now;
        } else {
          // The harness cannot go on after this case (a C++ signal): the next case needs a fresh process.
          if ((r as { fatal?: unknown }).fatal === true) this.phase = 'dead';
          this.finish(f, { kind: 'reported', record: r, ms: this.elapsed(f, now), out: text(r.out) + this.rawOut, err: text(r.err) + this.rawErr });
        }
        return;
      }
      default:
        return;
    }
  }

  /**
   * Time of the call as the parent saw it: from "ready" (arguments decoded; for a timed case, from
   * sending "go") to "returned" (before the value is encoded). Never shorter than the call itself
   * for a timed case: the clock starts before the child may begin. A case of a batch, which hears
   * of neither (see aloneLine), from its start (`sentAt`) to its result.
   */
  private elapsed(f: InFlight, now: number): number {
    if (f.readyAt !== undefined && f.returnedAt !== undefined) return f.returnedAt - f.readyAt;
    return now - (f.readyAt ?? f.sentAt);
  }

  /** Ends the case in flight; the next case of its batch (if any, and the process goes on) is in flight from now. */
  private finish(f: InFlight, o: CaseOutcome | undefined): void {
    this.flight = undefined;
    this.rawOut = '';
    this.rawErr = '';
    this.rawBytes = 0;
    const next = this.phase === 'running' ? this.queue.shift() : undefined;
    if (next) {
      next.sentAt = performance.now();
      this.flight = next;
    } else {
      if (this.phase === 'running') this.phase = 'idle';
      if (this.deadline) clearTimeout(this.deadline);
      this.deadline = undefined;
      // Cases of a batch the process did not reach are left for the caller to run again.
      for (const q of this.queue.splice(0)) q.resolve(undefined);
    }
    f.resolve(o);
  }

  private onExit(info: { code: number | null; signal: NodeJS.Signals | null }): void {
    if (this.exitInfo) return;
    this.exitInfo = info;
    const prev = this.phase;
    this.phase = 'dead';
    if (this.loadTimer) clearTimeout(this.loadTimer);
    const facts = (phase: ExitFacts['phase']): ExitFacts => ({
      phase,
      ...(this.stop ? { stop: this.stop } : {}),
      code: info.code,
      signal: info.signal,
      stderr: this.stderrTail,
      ...(this.outOfMemory ? { outOfMemory: true } : {}),
      timeMs: this.flight?.limitMs ?? 0,
      ...(this.flight?.inputMs ? { inputMs: this.flight.inputMs } : {}),
      loadMs: this.o.loadMs,
      outputCap: this.o.outputCap,
      ...(this.killError ? { killError: this.killError } : {}),
    });
    if (prev === 'loading' && this.loadResolve) {
      const resolve = this.loadResolve;
      this.loadResolve = undefined;
      const x = classifyExit(facts('loading'));
      resolve({ ok: false, kind: x.kind, error: x.error, out: this.rawOut, err: this.rawErr, ...(x.cancelled ? { cancelled: true } : {}) });
    } else if (prev === 'running' && this.flight) {
      const f = this.flight;
      const x = classifyExit(facts('running'));
      const big = x.kind === 'output-limit';
      // A later case of a batch did not start when it was sent, so the parent's own stop (its
      // deadline, an output flood it counted, a limit) decides nothing about it: it runs again
      // first in a fresh process. A crash or an exit the parent did not cause is the case's, as
      // when cases go one at a time (code an earlier case left running can end the process too).
      if (!f.first && this.stop !== undefined && this.stop !== 'cancelled') this.finish(f, undefined);
      else this.finish(f, { kind: x.kind, error: x.error, ms: performance.now() - f.sentAt, out: big ? this.rawOut.slice(0, 4096) : this.rawOut, err: big ? this.rawErr.slice(0, 4096) : tail(this.rawErr), ...(x.cancelled ? { cancelled: true } : {}) });
    } else if (prev === 'idle' && !this.stop && (info.code !== 0 || info.signal)) {
      this.idleDeath = classifyExit(facts('idle')).error;
    }
    for (const w of this.exitWaiters.splice(0)) w();
    this.dispose();
  }
}

function tail(text: string): string {
  return text.length > 4000 ? `…${text.slice(-4000)}` : text;
}
