import { promises as fs } from 'fs';
import * as fsSync from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vm from 'vm';
import type { CaseResult, Language, Question, RunResult, SolutionLanguage, TestCase, Verdict } from '../model';
import { compareResult, fingerprint } from './compare';
import { compareClaim, fitComplexity, parseClaimedComplexity, type ComplexityClass, type ComplexityFit, type TimingPoint } from './complexity';
import jsHarness from './harness/harness.cjs';
import pyHarness from './harness/harness.py';
import { runCases, type HarnessCase, type Outcome } from './runner';
import { decode, display, encode } from './values';

export interface JudgeDeps {
  /** Node.js to run JavaScript/TypeScript with: `process.execPath` (in VS Code with ELECTRON_RUN_AS_NODE=1). */
  readonly nodePath: string;
  readonly nodeEnv?: Readonly<Record<string, string>>;
  /** The real Python 3 binary (not a shim); rejects with a message the person can act on. */
  readonly resolvePython: () => Promise<string>;
  readonly tmpRoot?: string;
}

export interface Solution {
  readonly language: SolutionLanguage;
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
}

/** Output a case may print (stdout and stderr together) before it is stopped. */
export const OUTPUT_CAP = 1024 * 1024;
const LOAD_MS = 10_000;

/** Environment variables that reach user code; everything else (API keys, tokens) is dropped. */
const KEEP_ENV = ['PATH', 'LANG', 'LC_ALL', 'LC_CTYPE', 'TZ', 'SYSTEMROOT', 'WINDIR'];

function scrubbedEnv(home: string, extra: Readonly<Record<string, string>> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const k of KEEP_ENV) if (process.env[k] !== undefined) env[k] = process.env[k];
  return { ...env, HOME: home, TMPDIR: home, TEMP: home, TMP: home, PYTHONIOENCODING: 'utf-8', PYTHONDONTWRITEBYTECODE: '1', PYTHONHASHSEED: '0', ...extra };
}

let prlimitPath: string | null | undefined;
function prlimit(): string | null {
  if (prlimitPath === undefined) prlimitPath = ['/usr/bin/prlimit', '/bin/prlimit'].find((p) => fsSync.existsSync(p)) ?? null;
  return prlimitPath;
}

type EsbuildApi = typeof import('esbuild');

/** Verdict of a case from what the harness reported and the expected answer (compared here, never in the child). */
function verdictOf(q: Question, t: TestCase, x: Outcome, trusted: boolean): { verdict: Verdict; actual?: unknown; error?: string } {
  switch (x.kind) {
    case 'value': {
      if (t.type === 'script') return { verdict: 'accepted' };
      const actual = decode(x.value);
      if ((t.type === 'call' || t.type === 'ops') && t.expectedSha256 !== undefined) {
        const ok = fingerprint(actual) === t.expectedSha256;
        return { verdict: ok ? 'accepted' : 'wrong-answer', actual, ...(ok ? {} : { error: 'the answer differs from the expected one (compared by fingerprint: the expected answer is too large to show)' }) };
      }
      const expected = t.type === 'call' || t.type === 'ops' ? t.expected : undefined;
      const cmp = compareResult(expected, actual, { mode: q.compare, tolerance: q.tolerance, ...(q.checker ? { checker: q.checker } : {}), trusted, ...(t.type === 'call' ? { args: t.args } : {}) });
      return { verdict: cmp.ok ? 'accepted' : 'wrong-answer', actual, ...(cmp.note ? { error: cmp.note } : {}) };
    }
    case 'error':
      return { verdict: x.assertion && t.type === 'script' ? 'wrong-answer' : 'runtime-error', error: x.error };
    default:
      return { verdict: x.kind, error: x.error };
  }
}

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

/** A small seeded generator so every measurement uses the same inputs. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The scaling generator's arguments at size n, with the seed measuring uses, so a worst-case test
 * (`size: n`) and the measurement at that n see the same input.
 */
export function generatedArgs(q: Question, n: number): unknown[] {
  if (!q.scaling) throw new Error(`"${q.id}" has no scaling generator`);
  const generate = vm.runInNewContext(`(function (n, rand) {\n${q.scaling.generator}\n})`, { Math, Array, Number, String, Object, JSON }, { timeout: 2000 }) as (n: number, rand: () => number) => unknown;
  const args = vm.runInNewContext('generate(n, rand)', { generate, n, rand: seededRandom(n) }, { timeout: 5000 }) as unknown;
  if (!Array.isArray(args)) throw new Error(`the scaling generator must return an argument list (n=${n})`);
  return args;
}

export class Judge {
  private esbuild: EsbuildApi | undefined;

  constructor(private readonly deps: JudgeDeps) {}

  /** Run: visible cases plus the person's own; Submit: every case, hidden ones included. */
  async run(question: Question, solution: Solution, opts: RunOptions): Promise<RunResult> {
    const started = Date.now();
    const selected = [...question.tests.filter((t) => opts.mode === 'submit' || !t.hidden), ...(opts.extraCases ?? [])];
    let cases: CaseResult[];
    if (solution.language === 'sql') {
      const { runSql } = await import('./sql');
      cases = await runSql(question, solution.code, selected, { ...(opts.signal ? { signal: opts.signal } : {}), ...(opts.onCase ? { onCase: opts.onCase } : {}) });
    } else {
      cases = await this.runProgram(question, solution, selected, opts);
    }
    const firstBad = cases.find((c) => c.verdict !== 'accepted');
    return { questionId: question.id, language: solution.language, mode: opts.mode, verdict: firstBad?.verdict ?? 'accepted', cases, totalMs: Date.now() - started };
  }

  /**
   * Times the solution on the question's scaling inputs at growing n (every size in one process,
   * best of `repeats`), fits a growth class and compares it with the complexity claimed in the code.
   */
  async measure(q: Question, solution: Solution, opts: { signal?: AbortSignal; repeats?: number } = {}): Promise<Measurement> {
    if (!q.scaling) throw new Error(`"${q.id}" has no scaling generator, so its complexity cannot be measured`);
    if (!q.function || solution.language === 'sql') throw new Error('complexity is measured for function drills in JavaScript, TypeScript or Python');
    const repeats = opts.repeats ?? 3;
    const sizes = [...q.scaling.sizes].sort((a, b) => a - b);
    const harnessCases: HarnessCase[] = [];
    const sizeOf = new Map<number, number>();
    for (const n of sizes) {
      const encoded = JSON.stringify(encode(generatedArgs(q, n)));
      for (let k = 0; k < repeats; k++) {
        sizeOf.set(harnessCases.length, n);
        harnessCases.push({ i: harnessCases.length, type: 'call', args: encoded });
      }
    }
    const tmp = await fs.mkdtemp(path.join(this.deps.tmpRoot ?? os.tmpdir(), 'drills-run-'));
    const best = new Map<number, number>();
    let stoppedAt: number | undefined;
    let stopReason = '';
    try {
      // Every size's input travels in one config file, so measuring needs more room than a normal run.
      const roomy = { ...q, limits: { ...q.limits, memoryMb: Math.max(q.limits.memoryMb, 1024) } };
      const prepared = await this.prepare(roomy, solution, solution.language as Language, q.function, tmp);
      if ('compileError' in prepared) throw new Error(`your solution does not compile: ${prepared.compileError}`);
      const perCase = Math.min(20_000, q.limits.timeMs * 10);
      const outcomes = await runCases({ plan: prepared, cases: harnessCases, timeMs: perCase, loadMs: LOAD_MS + perCase, outputCap: OUTPUT_CAP, ...(opts.signal ? { signal: opts.signal } : {}) });
      for (const o of outcomes) {
        const n = sizeOf.get(o.i)!;
        if (o.kind === 'value') best.set(n, Math.min(best.get(n) ?? Infinity, o.ms));
        else if (stoppedAt === undefined || n < stoppedAt) {
          stoppedAt = n;
          stopReason = o.kind === 'error' ? `runtime-error: ${o.error}` : `${o.kind}: ${o.error}`;
        }
      }
    } finally {
      await fs.rm(tmp, { recursive: true, force: true }).catch(() => undefined);
    }
    const points = sizes.filter((n) => best.has(n) && (stoppedAt === undefined || n < stoppedAt)).map((n) => ({ n, ms: Math.round(best.get(n)! * 1000) / 1000 }));
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

  private async runProgram(q: Question, solution: Solution, tests: readonly TestCase[], opts: RunOptions): Promise<CaseResult[]> {
    const language = solution.language as Language;
    const entry = q.className ?? q.function;
    if (!entry) throw new Error(`"${q.id}" has no function or class to call`);
    const results: (CaseResult | undefined)[] = new Array<CaseResult | undefined>(tests.length);
    const emit = (i: number, r: CaseResult): void => {
      results[i] = r;
      opts.onCase?.(r);
    };
    const base = (t: TestCase) => ({ name: t.name, hidden: t.hidden, stdout: '', stderr: '' });
    const harnessCases: HarnessCase[] = [];
    const generated = new Map<number, unknown[]>();
    tests.forEach((t, i) => {
      if (t.type === 'call' && t.size !== undefined) {
        try {
          const args = generatedArgs(q, t.size);
          generated.set(i, args);
          harnessCases.push({ i, type: 'call', args: JSON.stringify(encode(args)) });
        } catch (e) {
          emit(i, { ...base(t), verdict: 'incomplete', timeMs: 0, error: `this case's input could not be generated: ${(e as Error).message}` });
        }
      } else if (t.type === 'call') harnessCases.push({ i, type: 'call', args: JSON.stringify(encode(t.args)) });
      else if (t.type === 'ops' && t.size !== undefined) {
        try {
          const [ops, args] = generatedArgs(q, t.size) as [unknown, unknown];
          if (!Array.isArray(ops) || !ops.every((o) => typeof o === 'string') || !Array.isArray(args) || args.length !== ops.length) throw new Error('for a class drill the scaling generator must return [ops, args] of equal length');
          harnessCases.push({ i, type: 'ops', ops: ops as string[], args: JSON.stringify(encode(args)) });
        } catch (e) {
          emit(i, { ...base(t), verdict: 'incomplete', timeMs: 0, error: `this case's operations could not be generated: ${(e as Error).message}` });
        }
      } else if (t.type === 'ops') harnessCases.push({ i, type: 'ops', ops: t.ops, args: JSON.stringify(encode(t.args)) });
      else if (t.type === 'script') {
        const script = language === 'python' ? t.script.python : (t.script.javascript ?? t.script.typescript);
        if (script === undefined) emit(i, { ...base(t), verdict: 'incomplete', timeMs: 0, error: `this case has no test script for ${language}` });
        else harnessCases.push({ i, type: 'script', script });
      } else emit(i, { ...base(t), verdict: 'incomplete', timeMs: 0, error: 'SQL cases need a SQL solution' });
    });
    const tmp = await fs.mkdtemp(path.join(this.deps.tmpRoot ?? os.tmpdir(), 'drills-run-'));
    try {
      const prepared = await this.prepare(q, solution, language, entry, tmp);
      if ('compileError' in prepared) {
        for (const hc of harnessCases) {
          const t = tests[hc.i]!;
          emit(hc.i, { ...base(t), verdict: 'compile-error', timeMs: 0, error: prepared.compileError, ...(prepared.line ? { line: prepared.line } : {}) });
        }
      } else if (harnessCases.length > 0) {
        await runCases({
          plan: prepared,
          cases: harnessCases,
          timeMs: q.limits.timeMs,
          loadMs: LOAD_MS + q.limits.timeMs,
          outputCap: OUTPUT_CAP,
          ...(opts.signal ? { signal: opts.signal } : {}),
          onOutcome: (x) => {
            const written = tests[x.i]!;
            const args = generated.get(x.i);
            const t = args && written.type === 'call' ? { ...written, args } : written;
            const v = verdictOf(q, t, x, opts.trusted && q.source !== 'workspace');
            const expected = (t.type === 'call' || t.type === 'ops') && t.expectedSha256 === undefined ? t.expected : undefined;
            emit(x.i, {
              ...base(t),
              verdict: v.verdict,
              timeMs: Math.round(x.ms * 100) / 100,
              stdout: x.out,
              stderr: x.err,
              ...(expected !== undefined && !t.hidden ? { expected } : {}),
              ...(v.actual !== undefined || (x.kind === 'value' && t.type !== 'script') ? { actual: display(v.actual) } : {}),
              ...(v.error ? { error: v.error } : {}),
              ...(x.kind !== 'value' && x.line !== undefined ? { line: x.line } : {}),
              ...(x.kind === 'value' && (t.type === 'call' || t.type === 'ops') ? { answerSha256: fingerprint(v.actual) } : {}),
            });
          },
        });
      }
    } finally {
      await fs.rm(tmp, { recursive: true, force: true }).catch(() => undefined);
    }
    return results.map((r, i) => r ?? { ...base(tests[i]!), verdict: 'incomplete' as const, timeMs: 0, error: 'not run' });
  }

  private async prepare(q: Question, solution: Solution, language: Language, entry: string, dir: string) {
    const memoryMb = q.limits.memoryMb;
    const isClass = q.className !== undefined;
    if (language === 'python') {
      const python = await this.deps.resolvePython();
      await fs.writeFile(path.join(dir, 'solution.py'), solution.code);
      await fs.writeFile(path.join(dir, 'harness.py'), pyHarness);
      return {
        command: python,
        args: ['-S', '-B', '-u', path.join(dir, 'harness.py')],
        // Each thread's malloc arena reserves 64 MB of address space, which RLIMIT_AS counts: cap the arenas.
        env: scrubbedEnv(dir, { MALLOC_ARENA_MAX: '2' }),
        cwd: dir,
        config: { entry, isClass, file: 'solution.py', memoryMb: memoryMb + 128 },
      };
    }
    let code = solution.code;
    const needsTransform = language === 'typescript' || /^\s*(export|import)\s/m.test(code);
    if (needsTransform) {
      try {
        this.esbuild ??= (await import('esbuild')) as EsbuildApi;
        const out = await this.esbuild.transform(code, {
          loader: language === 'typescript' ? 'ts' : 'js',
          format: 'cjs',
          target: 'node18',
          sourcemap: 'inline',
          sourcefile: language === 'typescript' ? 'solution.ts' : 'solution.js',
          logLevel: 'silent',
        });
        code = out.code;
      } catch (e) {
        const err = (e as { errors?: { text: string; location?: { line: number; column: number } }[] }).errors?.[0];
        return { compileError: err ? `${err.text}${err.location ? ` (line ${err.location.line}, column ${err.location.column + 1})` : ''}` : (e as Error).message, line: err?.location?.line };
      }
    }
    const probe = `\n;try{module.exports.__drillsEntry=typeof ${entry}!=='undefined'?${entry}:undefined}catch(_e){};try{module.exports.__drillsSolution=typeof Solution!=='undefined'?Solution:undefined}catch(_e){};\n`;
    const mapAt = code.lastIndexOf('\n//# sourceMappingURL=');
    code = mapAt >= 0 ? code.slice(0, mapAt) + probe + code.slice(mapAt) : code + probe;
    await fs.writeFile(path.join(dir, 'solution.js'), code);
    await fs.writeFile(path.join(dir, 'harness.cjs'), jsHarness);
    const nodeArgs = [`--max-old-space-size=${memoryMb}`, '--enable-source-maps', '--unhandled-rejections=warn', path.join(dir, 'harness.cjs')];
    const limiter = prlimit();
    const dataBytes = (memoryMb + 768) * 1024 * 1024;
    return {
      command: limiter ?? this.deps.nodePath,
      args: limiter ? [`--data=${dataBytes}:${dataBytes}`, '--', this.deps.nodePath, ...nodeArgs] : nodeArgs,
      env: scrubbedEnv(dir, this.deps.nodeEnv),
      cwd: dir,
      config: { entry, isClass, file: 'solution.js', memoryMb },
    };
  }
}
