// The smallest failing input: property-based search over a drill's own scaling generator. fast-check
// generates the generator's parameters (a small n and the values its `rand` returns) and shrinks
// them; every input tried, shrunk ones included, is one the generator wrote,
// so it satisfies the drill's preconditions. The processes that run the inputs live in index.ts.
import type * as FastCheck from 'fast-check';
import { promises as fs } from 'fs';
import type { CaseResult, Language, Question, TestCase, Verdict } from '../model';
import { checkSolutionFile, referenceSolutionPath } from '../questions/solutions';
import { RUNTIMES } from '../runtimes';

/** A failing input, shrunk: what the reference answers on it and what the solution did. */
export interface Counterexample {
  /** The call's positional arguments; for a design class, one argument list per operation (see `ops`). */
  readonly args: readonly unknown[];
  /** Design classes: the operations, the constructor first (LeetCode's format, as in a question's tests). */
  readonly ops?: readonly string[];
  /** The reference solution's answer. */
  readonly expected: unknown;
  /** The solution's answer, as a case result shows it (absent when it did not return). */
  readonly actual?: unknown;
  /** Anything but `accepted`: a wrong answer, a runtime error, a time limit… */
  readonly verdict: Verdict;
  readonly error?: string;
  /** 1-based line in the solution the error points at, when known. */
  readonly line?: number;
  /** The generator's n that wrote this input. */
  readonly n: number;
  /** Distinct inputs run on both sides. */
  readonly tries: number;
  /** Shrinking steps to a smaller input that still fails. */
  readonly shrinks: number;
  readonly elapsedMs: number;
}

export interface CounterexampleOptions {
  /** Time for the whole search, processes included; default 10 s. */
  readonly budgetMs?: number;
  /** Stops the search and every process it started; it then resolves to undefined. */
  readonly signal?: AbortSignal;
  /** fast-check's seed: the same seed (and a deterministic solution) gives the same search; random when absent. */
  readonly seed?: number;
  /** Trusted packs may use custom checkers (as in `Judge.run`). */
  readonly trusted?: boolean;
}

export const DEFAULT_BUDGET_MS = 10_000;
/** Largest n the search asks the generator for. */
export const SEARCH_MAX_N = 24;
/**
 * How many `rand()` values fast-check generates: more than a generator reads at the largest n, so a
 * generated input is as random as one from a seed. Past the last draw `rand()` returns 0.
 */
const DRAWS = 512;
/** Before a failure is found: this many inputs in a row that were already run means the generator's space is exhausted. */
const EXHAUSTED_AFTER = 400;

/** Why a drill's inputs cannot be searched, or true. A reference solution is the caller's to find (see readReference). */
export function counterexampleSupport(q: Question): true | string {
  if (!q.function && !q.className) return `"${q.id}" is not a function or class drill, so there is no input to search`;
  if (!q.scaling) return `"${q.id}" has no input generator (scaling.generator), so there are no inputs to search`;
  return true;
}

/**
 * The drill's reference solution to compare against: JavaScript first (it runs on the judge's own
 * Node.js, nothing to install), then TypeScript, then the person's language, then any other.
 * Undefined when the drill has none (or none that lies inside its pack).
 */
export async function readReference(q: Question, personLanguage?: Language): Promise<{ language: Language; code: string; file: string } | undefined> {
  const order: Language[] = ['javascript', 'typescript', ...(personLanguage ? [personLanguage] : []), ...(Object.keys(q.solutions) as Language[])];
  for (const language of new Set(order)) {
    const file = referenceSolutionPath(q, language);
    if (!file || RUNTIMES[language].supports(q) !== true) continue;
    const checked = await checkSolutionFile(q, file);
    if ('problem' in checked) continue;
    try {
      return { language, code: await fs.readFile(checked.file, 'utf8'), file: checked.file };
    } catch {
      continue;
    }
  }
  return undefined;
}

/** A counterexample as a custom case to paste under `tests:` (custom-tests.yaml beside the solution). */
export async function counterexampleYaml(cx: Pick<Counterexample, 'args' | 'ops' | 'expected'>, name = 'smallest failing input'): Promise<string> {
  // The YAML library loads when a counterexample is written, not with the run command.
  const YAML = await import('yaml');
  const item = cx.ops ? { name, ops: cx.ops, args: cx.args, expected: cx.expected } : { name, args: cx.args, expected: cx.expected };
  const doc = new YAML.Document({ tests: [item] });
  for (const key of ['ops', 'args', 'expected']) {
    const node = doc.getIn(['tests', 0, key], true);
    if (YAML.isCollection(node)) node.flow = true;
  }
  return doc.toString({ lineWidth: 0 });
}

/** What the search asks the generator for: fast-check generates and shrinks these. */
export interface SearchParams {
  readonly n: number;
  /** The values `rand()` returns, as integers in [0, 2^32); then 0. */
  readonly draws: readonly number[];
}

const FULL = Symbol('a full list of draws');

/**
 * The draws `rand()` returns: generated at full length, so a generated input is as random as one from
 * a seed, but shrunk as a list of any length. Dropping a draw shifts the later ones onto earlier
 * elements, so an element in the middle of a list can go and n can shrink past it; each draw also
 * shrinks toward 0, the smallest value the generator can choose there.
 */
function drawsArbitrary(fc: typeof FastCheck): FastCheck.Arbitrary<number[]> {
  return new (class Draws extends fc.Arbitrary<number[]> {
    private readonly full = fc.array(fc.integer({ min: 0, max: 0xffffffff }), { minLength: DRAWS, maxLength: DRAWS });
    private readonly any = fc.array(fc.integer({ min: 0, max: 0xffffffff }), { maxLength: DRAWS });

    generate(mrng: FastCheck.Random, biasFactor: number | undefined): FastCheck.Value<number[]> {
      return new fc.Value(this.full.generate(mrng, biasFactor).value_, FULL);
    }

    canShrinkWithoutContext(value: unknown): value is number[] {
      return this.any.canShrinkWithoutContext(value);
    }

    shrink(value: number[], context: unknown): FastCheck.Stream<FastCheck.Value<number[]>> {
      return this.any.shrink(value, context === FULL ? undefined : context);
    }
  })();
}

/** One input tried: whether it fails (with what the caller wants back), and whether it was new. */
export interface Trial<F> {
  readonly failure?: F;
  /** False when this exact input was run before (the answer is remembered, not run again). */
  readonly fresh: boolean;
}

export interface SearchResult<F> {
  readonly failure: F;
  readonly params: SearchParams;
  readonly shrinks: number;
}

/** Thrown by a trial to end the search at once (cancelled, out of time). */
export class SearchStopped extends Error {}

/**
 * Searches parameters until `trial` reports a failure, then shrinks them (n toward 0, the draws
 * shorter and each toward 0) while the input keeps failing. Ends when `signal` aborts
 * (keeping the smallest failure found so far), when the generator's space is exhausted, or after
 * `maxRuns` inputs. Errors a trial throws (other than SearchStopped) are rethrown.
 */
export async function searchParams<F>(trial: (p: SearchParams) => Promise<Trial<F>>, o: { readonly signal: AbortSignal; readonly seed?: number; readonly maxN?: number; readonly maxRuns?: number }): Promise<SearchResult<F> | undefined> {
  // fast-check loads when a search first runs, not with the CLI's run command or the judge.
  const fc = await import('fast-check');
  const arb = fc.record({ n: fc.integer({ min: 0, max: o.maxN ?? SEARCH_MAX_N }), draws: drawsArbitrary(fc) });
  const failures = new Map<string, F>();
  let fatal: unknown;
  let found = 0;
  let repeats = 0;
  const stop = (): never => {
    throw new fc.PreconditionFailure(true);
  };
  const property = fc.asyncProperty(arb, async (p) => {
    if (o.signal.aborted || fatal !== undefined) stop();
    let t: Trial<F>;
    try {
      t = await trial(p);
    } catch (e) {
      if (!(e instanceof SearchStopped)) fatal = e;
      return stop();
    }
    if (o.signal.aborted) stop();
    if (t.failure === undefined) {
      repeats = t.fresh ? 0 : repeats + 1;
      if (found === 0 && repeats >= EXHAUSTED_AFTER) stop();
      return true;
    }
    if (t.fresh) found++;
    failures.set(key(p), t.failure);
    return false;
  });
  const details = await fc.check(property, { numRuns: o.maxRuns ?? 1_000_000, ...(o.seed !== undefined ? { seed: o.seed } : {}) });
  if (fatal !== undefined) throw fatal instanceof Error ? fatal : new Error(String(fatal));
  const params = details.counterexample?.[0];
  const failure = params ? failures.get(key(params)) : undefined;
  // fast-check also counts steps that left the input as it was (a draw the generator never read).
  return params && failure !== undefined ? { failure, params, shrinks: Math.max(0, found - 1) } : undefined;
}

function key(p: SearchParams): string {
  return `${p.n}/${p.draws.join(',')}`;
}

/** Verdicts a search on small inputs cannot explain: the solution is slow or large at scale (or does not compile), not wrong on small inputs. */
const AT_SCALE: ReadonlySet<Verdict> = new Set<Verdict>(['time-limit', 'memory-limit', 'compile-error']);

/** Whether a case's failure calls for a search: a generated (`size:`) case failed with a verdict a small input can show. */
export function searchWorthy(t: TestCase | undefined, verdict: Verdict): boolean {
  return t !== undefined && (t.type === 'call' || t.type === 'ops') && t.size !== undefined && verdict !== 'accepted' && !AT_SCALE.has(verdict);
}

/** Whether a run failed one of the drill's generated cases in a way a small input can show. */
export function failedGeneratedCase(q: Question, cases: readonly Pick<CaseResult, 'name' | 'verdict'>[]): boolean {
  const byName = new Map(q.tests.map((t) => [t.name, t]));
  return cases.some((c) => searchWorthy(byName.get(c.name), c.verdict));
}

/** The counterexample as a case of the drill (the name is the caller's): what Run checks it with. */
export function counterexampleCase(cx: Pick<Counterexample, 'args' | 'ops' | 'expected'>, name: string): TestCase {
  return cx.ops
    ? { type: 'ops', name, ops: cx.ops, args: cx.args as readonly (readonly unknown[])[], expected: cx.expected as readonly unknown[], hidden: false }
    : { type: 'call', name, args: cx.args, expected: cx.expected, hidden: false };
}

/**
 * Appends the counterexample to the text of a custom-tests.yaml (undefined or blank: a new file),
 * keeping every case and comment already there. Its name is `name`, or `name 2`, `name 3`… when a
 * case already has it. A file that does not parse, or is no map with a `tests:` list, is left alone:
 * the answer says why, for the person to fix.
 */
export async function appendCustomCase(existing: string | undefined, cx: Pick<Counterexample, 'args' | 'ops' | 'expected'>, name = 'smallest failing input'): Promise<{ readonly text: string; readonly name: string } | { readonly problem: string }> {
  const YAML = await import('yaml');
  const blank = existing === undefined || existing.trim() === '';
  const doc = blank ? new YAML.Document({}) : YAML.parseDocument(existing, { intAsBigInt: true });
  const error = doc.errors[0];
  if (error) return { problem: `it does not parse (line ${error.linePos?.[0]?.line ?? '?'}: ${error.message.split('\n')[0] ?? ''}); fix it, then add the case again` };
  // A file of comments only has no contents yet.
  if (doc.contents === null) doc.contents = doc.createNode({});
  if (!YAML.isMap(doc.contents)) return { problem: 'it is not a map with a "tests:" list' };
  const current = doc.get('tests', true);
  if (current === undefined || current === null || (YAML.isScalar(current) && current.value === null)) doc.set('tests', doc.createNode([]));
  const tests = doc.get('tests', true);
  if (!YAML.isSeq(tests)) return { problem: '"tests:" in it is not a list' };
  const taken = new Set(tests.items.map((item) => (YAML.isMap(item) ? String(item.get('name')) : '')));
  let unique = name;
  for (let k = 2; taken.has(unique); k++) unique = `${name} ${k}`;
  const item = cx.ops ? { name: unique, ops: cx.ops, args: cx.args, expected: cx.expected } : { name: unique, args: cx.args, expected: cx.expected };
  const node = doc.createNode(item);
  for (const key of ['ops', 'args', 'expected']) {
    const value = node.get(key, true);
    if (YAML.isCollection(value)) value.flow = true;
  }
  tests.add(node);
  return { text: doc.toString({ lineWidth: 0 }), name: unique };
}
