// Code that comes with a question pack (a scaling generator, a custom checker) runs in a child
// process under the same limits as solutions, never in the judge's own process: one process
// generates every input a run needs, one process checks every answer of a run.
import { promises as fs } from 'fs';
import * as path from 'path';
import type { Question } from '../model';
import type { Platform } from '../platform';
import { nodePlan } from '../runtimes/node';
import type { ProcessPlan, Toolchain } from '../runtimes/types';
import { HarnessSession, type CaseOutcome } from './session';
import { decode, encode } from './values';

export interface PackDeps {
  readonly platform: Platform;
  /** Node, to run pack code with. */
  readonly toolchain: Toolchain;
  /** A folder of this run; pack code gets its own folder inside it. */
  readonly runDir: string;
  readonly outputCap: number;
  readonly signal?: AbortSignal;
}

/**
 * A generator gets the question's time limit per size, but at least this long: building a
 * worst-case input (and sending it back) can take longer than solving it, and generators always had
 * 5 s.
 */
export const GENERATOR_MIN_MS = 5000;

/** Seeded like every earlier measurement, so a worst-case test and Measure Complexity see the same input at n. */
const SEEDED = `function __drillsSeeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}`;

interface PackProgram {
  readonly source: string;
  readonly entry: string;
  /** Line of pack.js where the pack's own body starts, to point errors at the body's lines. */
  readonly bodyLine: number;
}

/**
 * `rand` for one request: without draws, the sequence seeded with n, as always; with draws, each
 * draw (an integer in [0, 2^32)) read as draw / 2^32, then 0 once they run out.
 */
const RAND = `function __drillsRand(n, draws) {
  if (!Array.isArray(draws)) return __drillsSeeded(n);
  let i = 0;
  return () => (i < draws.length ? (draws[i++] >>> 0) / 4294967296 : 0);
}`;

function generatorProgram(body: string): PackProgram {
  const head = `${SEEDED}\n${RAND}\nfunction __drillsGenerate(n, draws) {\n  return (function (n, rand) {\n`;
  return { source: `${head}${body}\n  })(n, __drillsRand(n, draws));\n}\nmodule.exports.__drillsEntry = __drillsGenerate;\n`, entry: '__drillsGenerate', bodyLine: head.split('\n').length };
}

function checkerProgram(body: string): PackProgram {
  const head = 'function __drillsCheck(args, expected, actual) {\n  return (function (args, expected, actual) {\n';
  return { source: `${head}${body}\n  })(args, expected, actual);\n}\nmodule.exports.__drillsEntry = __drillsCheck;\n`, entry: '__drillsCheck', bodyLine: head.split('\n').length };
}

/** A pack program in its own folder under the question's limits. */
async function packPlan(q: Question, program: PackProgram, folder: string, d: PackDeps): Promise<ProcessPlan> {
  const dir = path.join(d.runDir, folder);
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(path.join(dir, 'pack.js'), program.source);
  return nodePlan({ dir, toolchain: d.toolchain, platform: d.platform, memoryMb: q.limits.memoryMb, config: { driver: 'program', entry: program.entry, isClass: false, file: 'pack.js', stem: 'pack' } });
}

/** An outcome of pack code as a sentence, with the line in the pack's own body. */
function failure(what: string, o: CaseOutcome, program: PackProgram): string {
  if (o.kind === 'reported' || o.kind === 'load-error') {
    const rec: { readonly error?: string; readonly line?: number } = o.kind === 'reported' ? o.record : o;
    const line = typeof rec.line === 'number' && rec.line >= program.bodyLine ? ` (its line ${rec.line - program.bodyLine + 1})` : '';
    return `${what} failed${line}: ${rec.error ?? 'no value'}`;
  }
  return `${what} ${o.kind === 'time-limit' ? 'took too long' : o.kind === 'memory-limit' ? 'ran out of memory' : o.kind === 'output-limit' ? 'printed too much' : 'stopped'}: ${o.error}`;
}

/** One input asked of a scaling generator: its size, and optionally the values its `rand` returns. */
export interface GeneratorRequest {
  readonly n: number;
  /**
   * The values `rand()` returns, in order, as integers in [0, 2^32) read as draw / 2^32; after the
   * last one it returns 0. Absent: the sequence seeded with n that every worst-case test and
   * measurement was written against.
   */
  readonly draws?: readonly number[];
}

/**
 * A question's scaling generator in one child process that serves any number of requests, one at a
 * time. A fresh process is started only after a request killed the previous one (time, memory).
 */
export class PackGenerator {
  private session: HarnessSession | undefined;
  private plan: Promise<ProcessPlan> | undefined;
  private readonly program: PackProgram;
  /** Why the generator cannot load: every request gets this answer. */
  private broken: string | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private next = 0;
  /** Processes started so far. */
  starts = 0;

  constructor(
    private readonly q: Question,
    private readonly d: PackDeps,
    private readonly perCallMs = Math.max(q.limits.timeMs, GENERATOR_MIN_MS),
  ) {
    this.program = generatorProgram(q.scaling?.generator ?? `throw new Error(${JSON.stringify(`"${q.id}" has no scaling generator`)});`);
  }

  /** The generator's argument list for this request, or a sentence saying why there is none. */
  generate(r: GeneratorRequest): Promise<unknown[] | string> {
    const run = this.queue.then(() => this.generateNow(r));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async generateNow(r: GeneratorRequest): Promise<unknown[] | string> {
    if (this.broken) return this.broken;
    if (this.d.signal?.aborted) return 'cancelled';
    if (!this.session?.alive) {
      await this.session?.close();
      this.plan ??= packPlan(this.q, this.program, 'generator', this.d);
      this.starts++;
      const started = await HarnessSession.start(await this.plan, { platform: this.d.platform, loadMs: this.perCallMs + 10_000, outputCap: this.d.outputCap, ...(this.d.signal ? { signal: this.d.signal } : {}) });
      this.session = started.session;
      if (!started.load.ok) {
        const l = started.load;
        if (l.cancelled) return 'cancelled';
        this.broken = l.kind === 'compile-error' || l.kind === 'runtime-error' ? failure('the scaling generator', { kind: 'load-error', verdict: l.kind, error: l.error, ...(l.line !== undefined ? { line: l.line } : {}), ms: 0, out: '', err: '' }, this.program) : `the scaling generator could not start: ${l.error}`;
        return this.broken;
      }
    }
    const args = r.draws === undefined ? [r.n] : [r.n, [...r.draws]];
    const o = await this.session.call({ i: this.next++, type: 'call', args }, this.perCallMs);
    if (o.kind !== 'reported' || !o.record.ok) return 'cancelled' in o && o.cancelled ? 'cancelled' : `${failure('the scaling generator', o, this.program)} (n=${r.n})`;
    const value = decode(o.record.value);
    return Array.isArray(value) ? value : `the scaling generator must return an argument list (n=${r.n})`;
  }

  async close(): Promise<string | undefined> {
    await this.queue;
    return this.session?.close();
  }
}

/**
 * The scaling generator's arguments at each size, all from one child process. A size maps to its
 * argument list, or to a message saying why it could not be generated.
 */
export async function generateInputs(q: Question, sizes: readonly number[], d: PackDeps, perCallMs = Math.max(q.limits.timeMs, GENERATOR_MIN_MS)): Promise<Map<number, unknown[] | string>> {
  const out = new Map<number, unknown[] | string>();
  if (!q.scaling) {
    for (const n of sizes) out.set(n, `"${q.id}" has no scaling generator`);
    return out;
  }
  const generator = new PackGenerator(q, d, perCallMs);
  try {
    for (const n of new Set(sizes)) {
      if (d.signal?.aborted) break;
      out.set(n, await generator.generate({ n }));
    }
  } finally {
    await generator.close();
  }
  return out;
}

/**
 * A question's custom checker, `(args, expected, actual) => boolean`, in one child process for the
 * whole run, started on first use. Only `true` accepts.
 */
export class PackChecker {
  private session: HarnessSession | undefined;
  private plan: Promise<ProcessPlan> | undefined;
  private readonly program: PackProgram;
  private queue: Promise<unknown> = Promise.resolve();
  private next = 0;

  constructor(
    private readonly q: Question,
    private readonly d: PackDeps,
  ) {
    this.program = checkerProgram(q.checker ?? 'return false;');
  }

  /** Checks run one after another on the one process. */
  check(args: unknown, expected: unknown, actual: unknown): Promise<{ ok: boolean; note?: string }> {
    const run = this.queue.then(() => this.checkNow(args, expected, actual));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async checkNow(args: unknown, expected: unknown, actual: unknown): Promise<{ ok: boolean; note?: string }> {
    if (!this.session?.alive) {
      await this.session?.close();
      this.plan ??= packPlan(this.q, this.program, 'checker', this.d);
      const started = await HarnessSession.start(await this.plan, { platform: this.d.platform, loadMs: this.q.limits.timeMs + 10_000, outputCap: this.d.outputCap, ...(this.d.signal ? { signal: this.d.signal } : {}) });
      this.session = started.session;
      if (!started.load.ok) return { ok: false, note: `the question's checker could not start: ${started.load.error}` };
    }
    const o = await this.session.call({ i: this.next++, type: 'call', args: [encode(args), encode(expected), encode(actual)] }, this.q.limits.timeMs);
    if (o.kind === 'reported' && o.record.ok) return { ok: decode(o.record.value) === true };
    return { ok: false, note: failure("the question's checker", o, this.program) };
  }

  async close(): Promise<string | undefined> {
    await this.queue;
    return this.session?.close();
  }
}
