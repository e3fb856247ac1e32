import { execFile } from 'child_process';
import { mkdtempSync, promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { CaseInput, CaseResult, Language, Question, RunResult, TestCase } from '../model';
import { createPlatform, type Platform } from '../platform';
import { RUNTIMES, isCompileFailure, type Runtime, type Toolchain, type ToolchainContext, type ValueCost } from '../runtimes';
import { nodeToolchain } from '../runtimes/node';
import { canonicalJson, compareResult, compareTyped, deepEqual, fingerprint } from './compare';
import { compareClaim, fitComplexity, parseClaimedComplexity, withinNoise, type ComplexityClass, type ComplexityFit, type TimingPoint } from './complexity';
import { counterexampleSupport, DEFAULT_BUDGET_MS, searchParams, SearchStopped, type Counterexample, type CounterexampleOptions, type SearchParams, type Trial } from './counterexample';
import { describeInput } from './input';
import { generateInputs, PackChecker, PackGenerator, type PackDeps } from './pack';
import { ReusedSession, runCases } from './runner';
import type { CaseOutcome, WireCase } from './session';
import { Standby } from './standby';
import { sqlVerdict } from './sql';
import { decode, display, encode, type Wire } from './values';
import type { RecordDecl, Type } from '../types';
import { removeRunDir, runDirPrefix, sweepStaleRunDirs } from './workdir';

/** Where a person chooses toolchains; the extension reads settings, the CLI environment variables. */
export interface ToolchainSettings {
  /** The explicit choice for a runtime's toolchain (e.g. the interviewDrills.pythonPath setting). */
  configured?(runtime: Runtime): string | undefined;
  /** Where that choice is made, for "not found" messages. */
  settingName?(runtime: Runtime): string;
  /** A toolchain the editor suggests (the Python extension's interpreter). */
  suggested?(runtime: Runtime): Promise<string | undefined>;
}

export interface JudgeDeps {
  /** Node.js to run JavaScript/TypeScript with: `process.execPath` (in VS Code with ELECTRON_RUN_AS_NODE=1). */
  readonly nodePath: string;
  readonly nodeEnv?: Readonly<Record<string, string>>;
  readonly toolchains?: ToolchainSettings;
  /** Injected in tests; chosen from process.platform otherwise. */
  readonly platform?: Platform;
  readonly tmpRoot?: string;
  /** Where compiled artefacts are cached (compiled languages). */
  readonly cacheDir?: string;
  /** Runs a toolchain probe (`python3 -c …`); injected in tests. */
  readonly probe?: ToolchainContext['probe'];
  /**
   * Start the process for the next run of a compiled program when a run ends (standby.ts). For a
   * long-lived judge (the editor), which then must `dispose()` it; a one-shot one (the CLI) would be
   * kept alive by the process waiting. `idleMs`: how long it waits (STANDBY_IDLE_MS).
   */
  readonly startAhead?: boolean | { readonly idleMs: number };
}

export interface Solution {
  readonly language: Language;
  readonly code: string;
  readonly file?: string;
}

export interface RunOptions {
  readonly mode: 'run' | 'submit';
  readonly extraCases?: readonly TestCase[];
  readonly signal?: AbortSignal;
  readonly onCase?: (r: CaseResult) => void;
  /** Trusted packs may use custom checkers. */
  readonly trusted: boolean;
  /** Report every answer's SHA-256 (`answerSha256`), for writing `expectedSha256`; costs a pass over large answers. */
  readonly fingerprints?: boolean;
  /**
   * Hidden cases whose input and expected answer may be shown (by name), or `failing`: every hidden
   * case that does not pass. Other hidden cases report only their verdict.
   */
  readonly reveal?: ReadonlySet<string> | 'failing';
}

/** Output a case may print (stdout and stderr together) before it is stopped. */
export const OUTPUT_CAP = 1024 * 1024;
const LOAD_MS = 10_000;
/** Kept from a counterexample search's budget for stopping its processes and removing its folder. */
const TEARDOWN_MS = 200;

export interface Measurement {
  readonly questionId: string;
  readonly points: readonly TimingPoint[];
  readonly fit: ComplexityFit;
  readonly claimed?: ComplexityClass;
  readonly claimedLine?: number;
  readonly agrees?: boolean;
  readonly message: string;
  /** Sizes that were not measured because a smaller one already hit the limit. */
  readonly stoppedAt?: number;
}

function probe(command: string, args: readonly string[]): Promise<{ ok: boolean; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(command, [...args], { timeout: 10_000, windowsHide: true, env: { ...process.env, PYTHONIOENCODING: 'utf-8' } }, (err, stdout, stderr) => resolve({ ok: !err, stdout: String(stdout), stderr: String(stderr) }));
  });
}

type Base = Pick<CaseResult, 'name' | 'hidden' | 'timeMs' | 'stdout' | 'stderr'>;

export class Judge {
  private readonly platform: Platform;
  private readonly memos = new Map<string, Promise<unknown>>();
  private swept: Promise<number> | undefined;
  private readonly tc: ToolchainContext;
  /** The process started ahead for the next run, when the judge starts one (JudgeDeps.startAhead). */
  readonly standby: Standby | undefined;

  constructor(private readonly deps: JudgeDeps) {
    this.platform = deps.platform ?? createPlatform();
    const ahead = deps.startAhead;
    this.standby = ahead ? new Standby({ platform: this.platform, tmpRoot: deps.tmpRoot ?? os.tmpdir(), ...(typeof ahead === 'object' ? { idleMs: ahead.idleMs } : {}) }) : undefined;
    const settings = deps.toolchains ?? {};
    this.tc = {
      platform: this.platform,
      nodePath: deps.nodePath,
      nodeEnv: deps.nodeEnv ?? {},
      configured: (r) => settings.configured?.(r),
      settingName: (r) => settings.settingName?.(r) ?? r.setting ?? `the ${r.label} toolchain setting`,
      suggested: (r) => settings.suggested?.(r) ?? Promise.resolve(undefined),
      probe: deps.probe ?? probe,
      memo: <T>(key: string, make: () => Promise<T>): Promise<T> => {
        let p = this.memos.get(key) as Promise<T> | undefined;
        if (!p) {
          p = make();
          this.memos.set(key, p);
          p.catch(() => this.memos.delete(key));
        }
        return p;
      },
    };
  }

  /** Stops the process started ahead, if one waits. */
  dispose(): Promise<void> {
    return this.standby?.dispose() ?? Promise.resolve();
  }

  /** The toolchain a runtime would use; rejects with ToolchainMissing saying what to install or set. */
  toolchain(runtime: Runtime): Promise<Toolchain> {
    return runtime.find(this.tc);
  }

  private get tmpRoot(): string {
    return this.deps.tmpRoot ?? os.tmpdir();
  }

  /**
   * A private folder for one run; the first run also removes folders left by judges that were killed.
   * Made synchronously, as are the run's other small files (workdir.ts): a one-entry operation takes
   * microseconds, where a round trip through the thread pool adds a fraction of a millisecond each.
   */
  private async runDir(): Promise<string> {
    this.swept ??= sweepStaleRunDirs(this.tmpRoot, this.platform, process.pid);
    await this.swept;
    return mkdtempSync(runDirPrefix(this.tmpRoot, process.pid));
  }

  private async packDeps(runDir: string, signal?: AbortSignal): Promise<PackDeps> {
    return { platform: this.platform, toolchain: await nodeToolchain(this.tc), runDir, outputCap: OUTPUT_CAP, ...(signal ? { signal } : {}) };
  }

  /**
   * The scaling generator's arguments at each size (a size maps to its arguments, or to why they
   * could not be generated), from a child process like every other piece of pack code.
   */
  async generate(q: Question, sizes: readonly number[], signal?: AbortSignal): Promise<Map<number, unknown[] | string>> {
    const dir = await this.runDir();
    try {
      return await generateInputs(q, sizes, await this.packDeps(dir, signal));
    } finally {
      await removeRunDir(dir);
    }
  }

  /** Run: visible cases plus the person's own; Submit: every case, hidden ones included. */
  async run(question: Question, solution: Solution, opts: RunOptions): Promise<RunResult> {
    const started = Date.now();
    const runtime = RUNTIMES[solution.language];
    const supported = runtime.supports(question);
    if (supported !== true) throw new Error(`${supported}; it cannot be answered in ${runtime.label}`);
    const tests = [...question.tests.filter((t) => opts.mode === 'submit' || !t.hidden), ...(opts.extraCases ?? [])];
    const results: (CaseResult | undefined)[] = new Array<CaseResult | undefined>(tests.length);
    const generated = new Map<number, unknown[]>();
    const shown = (t: TestCase, r: CaseResult): boolean => !t.hidden || (opts.reveal === 'failing' ? r.verdict !== 'accepted' : opts.reveal?.has(t.name) === true);
    const emit = (i: number, r: CaseResult): void => {
      const t = tests[i]!;
      const withInput = shown(t, r) ? Object.assign(r, { input: describeInput(question, t, solution.language, generated.get(i)) }) : r;
      results[i] = withInput;
      opts.onCase?.(withInput);
    };
    // What went wrong stopping an earlier run's process, seen after that run had returned.
    const warnings: string[] = this.standby?.late() ?? [];
    const dir = await this.runDir();
    try {
      const toolchain = await this.toolchain(runtime);
      const pack = await this.packDeps(dir, opts.signal);
      const wire: WireCase[] = [];
      const sizes = tests.flatMap((t) => ((t.type === 'call' || t.type === 'ops') && t.size !== undefined ? [t.size] : []));
      const inputs = sizes.length > 0 ? await generateInputs(question, sizes, pack) : new Map<number, unknown[] | string>();
      tests.forEach((t, i) => {
        const x = toWire(question, t, i, runtime, inputs);
        if (typeof x === 'string') emit(i, { ...blank(t), verdict: 'incomplete', error: x });
        else {
          wire.push(x.wire);
          if (x.args) generated.set(i, x.args);
        }
      });
      const prepared = await runtime.prepare({ question, code: solution.code, dir, toolchain, platform: this.platform, memoryMb: question.limits.memoryMb, ...(this.deps.cacheDir ? { cacheDir: this.deps.cacheDir } : {}) });
      if (isCompileFailure(prepared)) {
        for (const c of wire) emit(c.i, { ...blank(tests[c.i]!), verdict: 'compile-error', error: prepared.message, ...(prepared.line ? { line: prepared.line } : {}) });
      } else if (wire.length > 0) {
        const trusted = opts.trusted && question.source !== 'workspace';
        const checker = question.compare === 'checker' && trusted && question.checker ? new PackChecker(question, pack) : undefined;
        let order: Promise<void> = Promise.resolve();
        let waiting = 0;
        const ran = await runCases({
          plan: prepared,
          cases: wire,
          timeMs: question.limits.timeMs,
          loadMs: LOAD_MS + question.limits.timeMs,
          outputCap: OUTPUT_CAP,
          platform: this.platform,
          ...(opts.signal ? { signal: opts.signal } : {}),
          ...(this.standby ? { standby: this.standby } : {}),
          onOutcome: (i, x) => {
            const written = tests[i]!;
            const args = generated.get(i);
            const t = args && written.type === 'call' ? { ...written, args } : written;
            const reveal = !written.hidden || opts.reveal === 'failing' || opts.reveal?.has(written.name) === true;
            let v: CaseResult | Promise<CaseResult>;
            try {
              v = this.verdict(question, t, x, solution.code, trusted, checker, opts.fingerprints === true, reveal);
            } catch (e) {
              v = Promise.reject(e); // fails the run where it is awaited, as a checker's failure does
            }
            // Verdicts may wait for the checker: keep them in the order the cases finished. One decided
            // at once, with none waiting before it, is given at once.
            if (waiting === 0 && !(v instanceof Promise)) return emit(i, v);
            waiting++;
            order = order.then(async () => {
              emit(i, await v);
              waiting--;
            });
          },
        });
        await order;
        warnings.push(...ran.warnings);
        const closed = await checker?.close();
        if (closed) warnings.push(`the question's checker may still be running: ${closed}`);
      }
    } finally {
      await removeRunDir(dir);
    }
    const cases = results.map((r, i) => r ?? { ...blank(tests[i]!), verdict: 'incomplete' as const, error: opts.signal?.aborted ? 'cancelled' : 'not run' });
    const firstBad = cases.find((c) => c.verdict !== 'accepted');
    return { questionId: question.id, language: solution.language, mode: opts.mode, verdict: firstBad?.verdict ?? 'accepted', cases, totalMs: Date.now() - started, ...(warnings.length ? { warnings } : {}) };
  }

  /**
   * The verdict of one case, decided here from what the harness reported; expected answers never
   * reach the child. A hidden case's expected answer is shown only when it may be revealed (and, under
   * `reveal: 'failing'`, only when the case fails: see `run`).
   */
  private verdict(q: Question, t: TestCase, x: CaseOutcome, person: string, trusted: boolean, checker: PackChecker | undefined, fingerprints: boolean, reveal: boolean): CaseResult | Promise<CaseResult> {
    const base: Base = { name: t.name, hidden: t.hidden, timeMs: Math.round(x.ms * 100) / 100, stdout: x.out, stderr: x.err };
    if (x.kind === 'load-error') return { ...base, verdict: x.verdict, error: x.error, ...(x.line !== undefined ? { line: x.line } : {}) };
    if (x.kind !== 'reported') return { ...base, verdict: x.kind, error: x.error };
    const r = x.record;
    if (t.type === 'sql-query' || t.type === 'sql-statement') return sqlVerdict(t, r, person, base, q.relation !== undefined);
    if (!r.ok) return { ...base, verdict: r.memory ? 'memory-limit' : 'runtime-error', error: r.error ?? 'error', ...(typeof r.line === 'number' ? { line: r.line } : {}) };
    const actual = decode(r.value);
    if (t.type === 'script') {
      const typed = t.returns ? compareTyped(t.expected, r.value, t.returns, { mode: 'exact', tolerance: q.tolerance, records: q.signature?.records }) : { ok: deepEqual(actual, t.expected) };
      return { ...base, ...(reveal && !(t.hidden && typed.ok) ? { expected: t.expected } : {}), actual: display(actual), verdict: typed.ok ? 'accepted' : 'wrong-answer', ...(typed.note ? { error: typed.note } : {}) };
    }
    const shownExpected = reveal && t.expectedSha256 === undefined ? { expected: t.expected } : {};
    const sha = fingerprints || t.expectedSha256 !== undefined ? fingerprint(actual, q.compare) : undefined;
    const answer: { actual: unknown; answerSha256?: string } = { actual: display(actual) };
    if (sha !== undefined) answer.answerSha256 = sha;
    if (t.expectedSha256 !== undefined) {
      const ok = sha === t.expectedSha256;
      return { ...base, ...answer, verdict: ok ? 'accepted' : 'wrong-answer', ...(ok ? {} : { error: 'the answer differs from the expected one (compared by fingerprint: the expected answer is too large to show)' }) };
    }
    if (q.compare === 'checker') {
      const checked = (cmp: { ok: boolean; note?: string }): CaseResult => ({ ...base, ...shownExpected, ...answer, verdict: cmp.ok ? 'accepted' : 'wrong-answer', ...(cmp.note ? { error: cmp.note } : {}) });
      if (checker) return checker.check(t.args, t.expected, actual).then(checked);
      return checked({ ok: deepEqual(actual, t.expected), note: trusted ? "the question's checker is missing; compared exactly" : 'custom checkers do not run for workspace packs; compared exactly' });
    }
    const type = answerType(q, t);
    if (type) {
      const typed = compareTyped(t.expected, r.value, type, { mode: q.compare, tolerance: q.tolerance, records: q.signature?.records });
      // Object.assign, not spreads, on the path every case of a run takes: a spread costs about a
      // microsecond, several a case were a tenth of a 100-case C++ run.
      return Object.assign(base, t.hidden && typed.ok ? {} : shownExpected, answer, { verdict: typed.ok ? ('accepted' as const) : ('wrong-answer' as const) }, typed.note ? { error: typed.note } : {});
    }
    const ok = compareResult(t.expected, actual, { mode: q.compare, tolerance: q.tolerance });
    return Object.assign(base, t.hidden && ok ? {} : shownExpected, answer, { verdict: ok ? ('accepted' as const) : ('wrong-answer' as const) });
  }

  /**
   * A hidden case's input and expected answer, for a person who asks to see it after it failed
   * (the caller records that it was revealed). A worst-case input is generated again, as a run would.
   */
  async revealCase(q: Question, name: string, language: Language, opts: { signal?: AbortSignal } = {}): Promise<{ input: CaseInput; expected?: unknown }> {
    const t = q.tests.find((c) => c.name === name);
    if (!t) throw new Error(`"${q.id}" has no case named "${name}"`);
    const expected = (t.type === 'call' || t.type === 'ops') && t.expectedSha256 !== undefined ? {} : 'expected' in t ? { expected: t.expected } : {};
    const size = (t.type === 'call' || t.type === 'ops') && t.size !== undefined ? t.size : undefined;
    if (size === undefined) return { input: describeInput(q, t, language, undefined, true), ...expected };
    const dir = await this.runDir();
    try {
      const inputs = await generateInputs(q, [size], await this.packDeps(dir, opts.signal));
      const args = inputs.get(size);
      return { input: describeInput(q, t, language, typeof args === 'object' ? args : undefined, true), ...expected };
    } finally {
      await removeRunDir(dir);
    }
  }

  /**
   * The smallest failing input: searches small inputs from the question's scaling generator (n up to
   * 24) on which `solution` and `reference` disagree under the question's compare mode (a runtime
   * error, time limit or other failure of the solution counts too), then shrinks the first one
   * while it keeps failing. Every input tried is one the generator wrote, so it meets the drill's
   * preconditions; an input the reference fails on is skipped.
   *
   * One process per side for the whole search (the solution, the reference, the generator; a fresh
   * one only after a case killed it, e.g. a time limit), all stopped before this resolves. Resolves
   * to undefined when no failing input was found within `budgetMs` (default 10 s) or when `signal`
   * aborted. Throws, with a sentence to show, when the drill cannot be searched (see
   * counterexampleSupport) or a side does not load.
   */
  async findCounterexample(q: Question, solution: Solution, reference: Solution, opts: CounterexampleOptions = {}): Promise<Counterexample | undefined> {
    const started = Date.now();
    const supported = counterexampleSupport(q);
    if (supported !== true) throw new Error(supported);
    for (const [who, s] of [['your solution', solution], ['the reference', reference]] as const) {
      const ok = RUNTIMES[s.language].supports(q);
      if (ok !== true) throw new Error(`${who} cannot run: ${ok}`);
    }
    if (opts.signal?.aborted) return undefined;
    const stop = new AbortController();
    const cancel = (): void => stop.abort();
    opts.signal?.addEventListener('abort', cancel);
    const budget = setTimeout(cancel, Math.max(0, (opts.budgetMs ?? DEFAULT_BUDGET_MS) - TEARDOWN_MS));
    const trusted = opts.trusted !== false && q.source !== 'workspace';
    const dir = await this.runDir();
    const closers: (() => Promise<string | undefined>)[] = [];
    try {
      const pack = await this.packDeps(dir, stop.signal);
      const side = async (s: Solution, folder: string, who: string): Promise<ReusedSession> => {
        const runtime = RUNTIMES[s.language];
        const sideDir = path.join(dir, folder);
        await fs.mkdir(sideDir);
        const prepared = await runtime.prepare({ question: q, code: s.code, dir: sideDir, toolchain: await this.toolchain(runtime), platform: this.platform, memoryMb: q.limits.memoryMb, ...(this.deps.cacheDir ? { cacheDir: this.deps.cacheDir } : {}) });
        if (isCompileFailure(prepared)) throw new Error(`${who} does not compile${prepared.line ? ` (line ${prepared.line})` : ''}: ${prepared.message}`);
        const session = new ReusedSession(prepared, { platform: this.platform, loadMs: LOAD_MS + q.limits.timeMs, outputCap: OUTPUT_CAP, signal: stop.signal });
        closers.push(() => session.close());
        return session;
      };
      const person = await side(solution, 'solution', 'your solution');
      const ref = await side(reference, 'reference', 'the reference solution');
      const generator = new PackGenerator(q, pack);
      closers.push(() => generator.close());
      const checker = q.compare === 'checker' && trusted && q.checker ? new PackChecker(q, pack) : undefined;
      if (checker) closers.push(() => checker.close());

      type Failure = Omit<Counterexample, 'tries' | 'shrinks' | 'elapsedMs'>;
      const seen = new Map<string, Failure | undefined>();
      let next = 0;
      const trial = async (p: SearchParams): Promise<Trial<Failure>> => {
        const generated = await generator.generate(p);
        if (stop.signal.aborted) throw new SearchStopped();
        const input = typeof generated === 'string' ? undefined : searchCase(q, generated);
        if (!input) return { fresh: true }; // the generator failed here: not an input of the drill
        const id = canonicalJson(generated);
        if (seen.has(id)) return { fresh: false, ...withFailure(seen.get(id)) };
        const i = next++;
        const [r, x] = await Promise.all([ref.call(input.wire(i), q.limits.timeMs), person.call(input.wire(i), q.limits.timeMs)]);
        if (stop.signal.aborted) throw new SearchStopped();
        if (x.kind === 'load-error') throw new Error(`your solution does not load${x.line ? ` (line ${x.line})` : ''}: ${x.error}`);
        if (r.kind === 'load-error') throw new Error(`the reference solution does not load: ${r.error}`);
        let failure: Failure | undefined;
        // An input the reference does not answer is outside the drill's domain: skipped.
        if (r.kind === 'reported' && r.record.ok) {
          const expected = decode(r.record.value);
          const t: TestCase = input.ops ? { type: 'ops', name: 'search', ops: input.ops, args: input.args as unknown[][], expected: expected as unknown[], hidden: false } : { type: 'call', name: 'search', args: input.args, expected, hidden: false };
          const c = await this.verdict(q, t, x, solution.code, trusted, checker, false, true);
          if (c.verdict !== 'accepted') {
            failure = { args: input.args, ...(input.ops ? { ops: input.ops } : {}), expected, ...(c.actual !== undefined ? { actual: c.actual } : {}), verdict: c.verdict, ...(c.error ? { error: c.error } : {}), ...(c.line !== undefined ? { line: c.line } : {}), n: p.n };
          }
        }
        seen.set(id, failure);
        return { fresh: true, ...withFailure(failure) };
      };
      const found = await searchParams(trial, { signal: stop.signal, ...(opts.seed !== undefined ? { seed: opts.seed } : {}) });
      if (opts.signal?.aborted || !found) return undefined;
      return { ...found.failure, tries: next, shrinks: found.shrinks, elapsedMs: Date.now() - started };
    } finally {
      clearTimeout(budget);
      opts.signal?.removeEventListener('abort', cancel);
      stop.abort();
      await Promise.all(closers.map((close) => close().catch(() => undefined)));
      await removeRunDir(dir);
    }
  }

  /**
   * Times the solution on the question's scaling inputs at growing n (every size in one process,
   * best of `repeats`), fits a growth class and compares it with the complexity claimed in the code.
   * The clock is the judge's: the child only says when the call starts and when it returned.
   */
  async measure(q: Question, solution: Solution, opts: { signal?: AbortSignal; repeats?: number } = {}): Promise<Measurement> {
    const runtime = RUNTIMES[solution.language];
    if (!q.scaling) throw new Error(`"${q.id}" has no scaling generator, so its complexity cannot be measured`);
    if (!q.function || runtime.supports(q) !== true) throw new Error(`complexity is measured for function drills, in a language that solves them (${runtime.label} does not solve "${q.id}")`);
    const repeats = opts.repeats ?? 3;
    const sizes = [...q.scaling.sizes].sort((a, b) => a - b);
    const perCase = Math.min(20_000, q.limits.timeMs * 10);
    /** Per size: the best time of one call, and how many calls that timing spanned. */
    const best = new Map<number, { ms: number; calls: number }>();
    let stoppedAt: number | undefined;
    let stopReason = '';
    const stopAt = (n: number, why: string): void => {
      if (stoppedAt === undefined || n < stoppedAt) {
        stoppedAt = n;
        stopReason = why;
      }
    };
    /** Sizes below the first one that failed are the measurement's. */
    const beforeStop = (n: number): boolean => stoppedAt === undefined || n < stoppedAt;
    const dir = await this.runDir();
    try {
      const toolchain = await this.toolchain(runtime);
      const inputs = await generateInputs(q, sizes, await this.packDeps(dir, opts.signal), perCase);
      const wire: WireCase[] = [];
      const sizeOf = new Map<number, number>();
      const encodedAt = new Map<number, Wire>();
      // One untimed call first: a JIT (JavaScript, Java) compiles the solution on it, so the
      // smallest size is not measured on cold code.
      const warm = inputs.get(sizes[0]!);
      if (warm !== undefined && typeof warm !== 'string') wire.push({ i: wire.length, type: 'call', args: encode(warm) });
      for (const n of sizes) {
        const args = inputs.get(n);
        if (typeof args === 'string' || args === undefined) {
          stopAt(n, args ?? 'not generated');
          continue;
        }
        const encoded = encodeArgs(q, args, callTypes(q)?.params);
        encodedAt.set(n, encoded);
        for (let k = 0; k < repeats; k++) {
          sizeOf.set(wire.length, n);
          wire.push({ i: wire.length, type: 'call', args: encoded });
        }
      }
      const prepared = await runtime.prepare({ question: q, code: solution.code, dir, toolchain, platform: this.platform, memoryMb: q.limits.memoryMb, ...(this.deps.cacheDir ? { cacheDir: this.deps.cacheDir } : {}) });
      if (isCompileFailure(prepared)) throw new Error(`your solution does not compile: ${prepared.message}`);
      const timed = (cases: readonly WireCase[]) => runCases({ plan: prepared, cases, timeMs: perCase, timed: true, loadMs: LOAD_MS + perCase, outputCap: OUTPUT_CAP, platform: this.platform, ...(opts.signal ? { signal: opts.signal } : {}) });
      for (const [i, o] of (await timed(wire)).outcomes) {
        const n = sizeOf.get(i);
        if (n === undefined) continue;
        if (o.kind === 'reported' && o.record.ok) best.set(n, { ms: Math.min(best.get(n)?.ms ?? Infinity, o.ms), calls: 1 });
        else if (o.kind === 'reported') stopAt(n, `runtime-error: ${o.record.error ?? ''}`);
        else stopAt(n, `${o.kind === 'load-error' ? o.verdict : o.kind}: ${o.error}`);
      }
      // Calls too fast to tell apart from the judge's round trip, which every timing carries: each
      // size is timed again over several calls in one timing (each on its own copy of the input,
      // decoded before the clock starts), which share the round trip (see repsFor). Only for such
      // calls: decoding the copies takes far longer than the calls themselves.
      const again: WireCase[] = [];
      const repsOf = new Map<number, { n: number; reps: number }>();
      const single = [...best].filter(([n]) => beforeStop(n)).map(([n, b]) => ({ n, ms: b.ms }));
      for (const { n, ms } of withinNoise(single) ? single : []) {
        const reps = repsFor(ms, encodedAt.get(n)!, q.limits.memoryMb, runtime.valueCost);
        if (reps < 2) continue;
        // Warmed up on as many calls as the first timing makes: a JIT compiles the code on them.
        if (again.length === 0) again.push({ i: 0, type: 'call', args: encodedAt.get(n)!, reps });
        // A disturbance weighs on a timing of many calls that many times less: fewer timings do.
        for (let k = 0; k < Math.max(1, repeats - 1); k++) {
          repsOf.set(again.length, { n, reps });
          again.push({ i: again.length, type: 'call', args: encodedAt.get(n)!, reps });
        }
      }
      if (repsOf.size > 0 && !opts.signal?.aborted) {
        const spread = new Map<number, { ms: number; calls: number }>();
        for (const [i, o] of (await timed(again)).outcomes) {
          const r = repsOf.get(i);
          // A size these calls could not finish (memory for the copies, a limit) keeps its single-call timing.
          if (!r || o.kind !== 'reported' || !o.record.ok) continue;
          spread.set(r.n, { ms: Math.min(spread.get(r.n)?.ms ?? Infinity, o.ms / r.reps), calls: r.reps });
        }
        for (const [n, b] of spread) best.set(n, b);
      }
    } finally {
      await removeRunDir(dir);
    }
    const points = sizes
      .filter((n) => best.has(n) && beforeStop(n))
      .map((n): TimingPoint => {
        const b = best.get(n)!;
        return { n, ms: Math.round(b.ms * 10000) / 10000, ...(b.calls > 1 ? { calls: b.calls } : {}) };
      });
    const fit = fitComplexity(points);
    const claim = parseClaimedComplexity(solution.code);
    const cmp = compareClaim(claim.time, fit);
    return {
      questionId: q.id,
      points,
      fit,
      ...(claim.time ? { claimed: claim.time } : {}),
      ...(claim.line ? { claimedLine: claim.line } : {}),
      ...(cmp.agrees !== undefined ? { agrees: cmp.agrees } : {}),
      message: stoppedAt !== undefined ? `${cmp.message} Stopped at n=${stoppedAt} (${stopReason}).` : cmp.message,
      ...(stoppedAt !== undefined ? { stoppedAt } : {}),
    };
  }
}

/**
 * The longest a timing of several calls is planned to take, going by one call's timing. That timing
 * carries the judge's round trip (0.1 to 1 ms), so fast calls take less than planned: enough that
 * the round trip is a small part of the timing, never more than this.
 */
export const TIMED_MS = 40;
/** Most calls one timing makes. */
const MAX_REPS = 1000;

/**
 * How many calls to time together at a size whose one call took `ms`: as many as TIMED_MS allows, as
 * long as every call's own copy of the input (`args` on the wire, held decoded at once, costed by
 * the runtime's `valueCost`) fits in a third of the drill's memory limit. Below 2, the single-call
 * timing stands.
 */
export function repsFor(ms: number, args: Wire, memoryMb: number, cost: ValueCost = { number: 64, string: 64, list: 64 }): number {
  if (ms >= TIMED_MS / 2) return 1;
  const wanted = Math.ceil(TIMED_MS / Math.max(ms, 0.001));
  const fits = Math.floor((memoryMb * 1024 * 1024) / 3 / Math.max(1, decodedBytes(args, cost)));
  return Math.max(1, Math.min(MAX_REPS, wanted, fits));
}

/** What a wire value is estimated to take once decoded (see Runtime.valueCost). */
export function decodedBytes(v: unknown, cost: ValueCost): number {
  let total = 0;
  const stack: unknown[] = [v];
  while (stack.length > 0) {
    const x = stack.pop();
    if (typeof x === 'string') total += cost.string + 2 * x.length;
    else if (Array.isArray(x)) {
      total += cost.list;
      for (const y of x) stack.push(y);
    } else if (x !== null && typeof x === 'object') {
      // A tag: a map or set holds its items; any other tag is one scalar.
      const items = (x as { v?: unknown }).v;
      if (Array.isArray(items)) {
        total += cost.list;
        for (const y of items) stack.push(y);
      } else total += cost.number;
    } else total += cost.number;
  }
  return total;
}

function withFailure<F>(failure: F | undefined): { failure?: F } {
  return failure === undefined ? {} : { failure };
}

/** A generated argument list as a case for both sides, or undefined when it is not one (a class drill needs [ops, args]). */
function searchCase(q: Question, generated: unknown[]): { wire: (i: number) => WireCase; args: unknown[]; ops?: string[] } | undefined {
  // An undefined cannot be written in a custom case: such an input is the generator stepping outside its domain.
  if (holdsUndefined(generated)) return undefined;
  if (!q.className) {
    const encoded = encodeArgs(q, generated, callTypes(q)?.params);
    return { wire: (i) => ({ i, type: 'call', args: encoded }), args: generated };
  }
  const [ops, args] = generated as [unknown, unknown];
  if (!Array.isArray(ops) || !ops.every((o) => typeof o === 'string') || !Array.isArray(args) || args.length !== ops.length || !args.every(Array.isArray)) return undefined;
  const encoded = encodeOps(q, ops, args as unknown[][]);
  return { wire: (i) => ({ i, type: 'ops', ops, args: encoded }), args, ops };
}

function holdsUndefined(v: unknown, depth = 0): boolean {
  if (v === undefined) return true;
  if (v === null || typeof v !== 'object' || depth > 1000) return false;
  return Object.values(v).some((x) => holdsUndefined(x, depth + 1));
}

function blank(t: TestCase): CaseResult {
  return { name: t.name, hidden: t.hidden, verdict: 'incomplete', timeMs: 0, stdout: '', stderr: '' };
}

/** A test case as the harness receives it, or why it cannot be run. */
function toWire(q: Question, t: TestCase, i: number, runtime: Runtime, inputs: ReadonlyMap<number, unknown[] | string>): { wire: WireCase; args?: unknown[] } | string {
  switch (t.type) {
    case 'call': {
      if (t.size === undefined) return { wire: { i, type: 'call', args: encodeArgs(q, t.args, callTypes(q)?.params) } };
      const args = inputs.get(t.size);
      if (typeof args !== 'object') return `this case's input could not be generated: ${args ?? 'not generated'}`;
      return { wire: { i, type: 'call', args: encodeArgs(q, args, callTypes(q)?.params) }, args };
    }
    case 'ops': {
      if (t.size === undefined) return { wire: { i, type: 'ops', ops: t.ops, args: encodeOps(q, t.ops, t.args) } };
      const gen = inputs.get(t.size);
      if (typeof gen !== 'object') return `this case's operations could not be generated: ${gen ?? 'not generated'}`;
      const [ops, args] = gen as [unknown, unknown];
      if (!Array.isArray(ops) || !ops.every((o) => typeof o === 'string') || !Array.isArray(args) || args.length !== ops.length) return "this case's operations could not be generated: for a class drill the scaling generator must return [ops, args] of equal length";
      return { wire: { i, type: 'ops', ops, args: encodeOps(q, ops as string[], args as unknown[][]) }, args: gen };
    }
    case 'script': {
      const language = runtime.sourceLanguages.find((l) => t.script[l] !== undefined);
      const script = language ? t.script[language] : undefined;
      return script === undefined ? `this case has no test script for ${runtime.label}` : { wire: { i, type: 'script', script } };
    }
    case 'sql-query':
      return { wire: { i, type: 'sql', kind: t.query.trim() ? 'ddl-query' : 'query', setup: t.setup, sql: t.query, ...(t.plan ? { plan: t.plan } : {}) } };
    case 'sql-statement':
      return { wire: { i, type: 'sql', kind: 'statement', setup: t.setup, sql: t.statement } };
  }
}

// ---- declared types (drills with a signature); without one, values go as they are and compare as before ----

interface Declared {
  readonly params: readonly Type[];
  readonly returns: Type;
}

function callTypes(q: Question): Declared | undefined {
  const sig = q.signature;
  return sig?.kind === 'function' ? { params: sig.function.params.map((p) => p.type), returns: sig.function.returns } : undefined;
}

/** Operation k of a class case: the constructor first (its result is null), then a method by name. */
function opTypes(q: Question, op: string | undefined, k: number): Declared | undefined {
  const sig = q.signature;
  if (sig?.kind !== 'class') return undefined;
  if (k === 0) return { params: sig.constructorParams.map((p) => p.type), returns: { kind: 'void' } };
  const m = sig.methods.find((x) => x.name === op);
  return m ? { params: m.params.map((p) => p.type), returns: m.returns } : undefined;
}

const recordTables = new WeakMap<Question, ReadonlyMap<string, RecordDecl>>();
function recordsOf(q: Question): ReadonlyMap<string, RecordDecl> {
  let t = recordTables.get(q);
  if (!t) {
    t = new Map((q.signature?.records ?? []).map((r) => [r.name, r]));
    recordTables.set(q, t);
  }
  return t;
}

/** Arguments in wire format v2, each by its declared type when there is one. */
function encodeArgs(q: Question, args: readonly unknown[], types: readonly Type[] | undefined): Wire {
  const records = recordsOf(q);
  return args.map((a, j) => encode(a, types?.[j], records));
}

function encodeOps(q: Question, ops: readonly string[], args: readonly (readonly unknown[])[]): Wire {
  return args.map((list, k) => encodeArgs(q, Array.isArray(list) ? list : [], opTypes(q, ops[k], k)?.params));
}

/** The declared type of a case's answer: the function's result, or one result per operation. */
function answerType(q: Question, t: TestCase): Type | undefined {
  if (t.type === 'call') return q.signature?.kind === 'function' ? q.signature.function.returns : undefined;
  if (t.type !== 'ops' || q.signature?.kind !== 'class' || t.ops.length === 0) return undefined;
  return { kind: 'tuple', items: t.ops.map((op, k) => opTypes(q, op, k)?.returns ?? { kind: 'json' }) };
}
