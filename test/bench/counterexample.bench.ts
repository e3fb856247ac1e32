// npm run bench:counterexamples: the smallest-failing-input search over the built-in bank. For every
// drill with a scaling generator, a reference and a known-wrong solution that is wrong (not only
// slow: `expect: time-limit` ones are left out), search with the default 10 s budget and report how
// many are found, how long it took and how small the input became. It also checks that every
// generator writes an input at n = 0, 1 and 2 that the reference answers.
// Usage: node out/test/bench/counterexample.bench.js [question-id…] [--json FILE]
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Judge } from '../../src/core/judge';
import { readReference, type Counterexample } from '../../src/core/judge/counterexample';
import { generateInputs } from '../../src/core/judge/pack';
import { createPlatform } from '../../src/core/platform';
import { loadBank } from '../../src/core/questions/bank';
import { solutionFilesOf } from '../../src/core/questions/solutions';
import type { Question, Solution } from './types';

const root = path.join(__dirname, '..', '..', '..');
const judge = new Judge({ nodePath: process.execPath });

/** The size of an input as a person reads it: the elements of its lists, maps and strings, all levels. */
function inputSize(v: unknown): number {
  if (typeof v === 'string') return v.length;
  if (Array.isArray(v)) return v.reduce((n: number, x) => n + 1 + (typeof x === 'object' && x !== null ? inputSize(x) : 0), 0);
  if (v !== null && typeof v === 'object') return Object.values(v).reduce((n: number, x) => n + 1 + (typeof x === 'object' && x !== null ? inputSize(x) : 0), 0);
  return 0;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

interface Row {
  readonly question: string;
  readonly wrong: string;
  readonly found: boolean;
  readonly ms: number;
  readonly verdict?: string;
  readonly n?: number;
  readonly size?: number;
  readonly tries?: number;
  readonly shrinks?: number;
  readonly input?: string;
  readonly error?: string;
}

/** Why the generator's inputs at n = 0, 1, 2 are not inputs of the drill: it fails, writes undefined or NaN, or the reference fails on them. */
async function smallInputs(q: Question, reference: Solution): Promise<string[]> {
  const problems: string[] = [];
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'drills-bench-'));
  try {
    const inputs = await generateInputs(q, [0, 1, 2], { platform: createPlatform(), toolchain: { command: process.execPath }, runDir: dir, outputCap: 1 << 20 });
    for (const [n, args] of inputs) {
      if (typeof args === 'string') {
        problems.push(`n=${n}: ${args}`);
        continue;
      }
      const text = JSON.stringify(args, (_k, v: unknown) => (v === undefined ? '<undefined>' : typeof v === 'number' && !Number.isFinite(v) ? '<NaN>' : v));
      if (text.includes('<undefined>') || text.includes('<NaN>')) {
        problems.push(`n=${n}: the generator wrote ${text.slice(0, 80)}`);
        continue;
      }
      const [ops, opArgs] = args as [string[], unknown[][]];
      const test = q.className ? { type: 'ops' as const, name: `n=${n}`, ops, args: opArgs, expected: [], hidden: false } : { type: 'call' as const, name: `n=${n}`, args, expected: null, hidden: false };
      const c = (await judge.run({ ...q, tests: [test] }, reference, { mode: 'submit', trusted: true })).cases[0];
      if (!c || (c.verdict !== 'accepted' && c.verdict !== 'wrong-answer')) problems.push(`n=${n}: the reference gave ${c?.verdict ?? 'nothing'} on ${text.slice(0, 80)}: ${c?.error ?? ''}`);
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
  return problems;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const jsonAt = args.indexOf('--json');
  const jsonFile = jsonAt >= 0 ? args[jsonAt + 1] : undefined;
  const only = args.filter((a, i) => !a.startsWith('--') && !(jsonAt >= 0 && i === jsonAt + 1));
  const { bank } = await loadBank([{ dir: path.join(root, 'questions'), source: 'builtin' }]);
  const rows: Row[] = [];
  const generatorProblems: string[] = [];
  const drills = bank.all().filter((q) => q.scaling && (only.length === 0 || only.includes(q.id)));
  console.log(`Smallest failing input over the bank: ${drills.length} drills with a generator, 10 s budget each\n`);
  for (const q of drills) {
    const { wrong } = solutionFilesOf(q);
    const reference = await readReference(q);
    if (!reference) {
      console.log(`${q.id}: no reference, skipped`);
      continue;
    }
    for (const p of await smallInputs(q, reference)) generatorProblems.push(`${q.id} ${p}`);
    for (const w of wrong.filter((x) => x.expect !== 'time-limit')) {
      const solution: Solution = { language: w.language, code: await fs.readFile(w.file, 'utf8'), file: w.file };
      const started = Date.now();
      let cx: Counterexample | undefined;
      let error: string | undefined;
      try {
        cx = await judge.findCounterexample(q, solution, reference, { seed: 42 });
      } catch (e) {
        error = (e as Error).message;
      }
      const ms = Date.now() - started;
      const input = cx ? JSON.stringify(cx.ops ? [cx.ops, cx.args] : cx.args) : undefined;
      const row: Row = { question: q.id, wrong: path.basename(w.file), found: cx !== undefined, ms, ...(cx ? { verdict: cx.verdict, n: cx.n, size: inputSize(cx.ops ? cx.args.slice(1) : cx.args), tries: cx.tries, shrinks: cx.shrinks, input } : {}), ...(error ? { error } : {}) };
      rows.push(row);
      const what = cx ? `${cx.verdict.padEnd(13)} n=${String(cx.n).padEnd(3)} size ${String(row.size).padEnd(4)} ${String(cx.tries).padStart(5)} tries ${String(cx.shrinks).padStart(3)} shrinks  ${(input ?? '').slice(0, 70)}` : error ? `error: ${error}` : 'none found';
      console.log(`${cx ? '✓' : '✗'} ${`${q.id} ${row.wrong}`.padEnd(60)} ${String(ms).padStart(6)} ms  ${what}`);
    }
  }
  const found = rows.filter((r) => r.found);
  console.log(`\nFound ${found.length} of ${rows.length} (${Math.round((found.length / Math.max(1, rows.length)) * 100)}%) within 10 s.`);
  console.log(`Time to the shrunk input: median ${median(found.map((r) => r.ms)).toFixed(0)} ms, slowest ${Math.max(0, ...found.map((r) => r.ms))} ms.`);
  console.log(`Shrunk size: median n ${median(found.map((r) => r.n ?? 0))}, median ${median(found.map((r) => r.size ?? 0))} elements; largest n ${Math.max(0, ...found.map((r) => r.n ?? 0))}.`);
  console.log(generatorProblems.length === 0 ? 'Every generator writes inputs the reference answers at n = 0, 1, 2.' : `Generators that fail at small n:\n  ${generatorProblems.join('\n  ')}`);
  if (jsonFile) await fs.writeFile(jsonFile, JSON.stringify({ rows, generatorProblems }, null, 2));
  if (generatorProblems.length > 0) process.exitCode = 1;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
