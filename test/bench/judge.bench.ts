// npm run bench: the judge's one-process-per-run design against one process per case (how cph
// works), measured in the same run on the same machine, plus how fast an infinite loop is stopped,
// what a 32 MB answer costs, and how fast a solution dies after its judge is killed.
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { deepEqual } from '../../src/core/judge/compare';
import { LineReader } from '../../src/core/judge/session';
import { decode } from '../../src/core/judge/values';
import { createPlatform } from '../../src/core/platform';
import { Judge } from '../../src/core/judge';
import { parseQuestion } from '../../src/core/questions/loader';
import type { Question, Solution } from './types';

const judge = new Judge({ nodePath: process.execPath });

function question(cases: number, timeMs = 2000): Question {
  const tests = Array.from({ length: cases }, (_, i) => `  - { args: [[${i + 100}, 3, 5, ${i + 7}], ${i + 12}], expected: [2, 3] }`);
  const text = ['id: bench', 'title: Bench', 'topic: algorithms', 'kind: coding', 'difficulty: easy', 'minutes: 5', 'prompt: p', 'signature: "pairWithSum(nums: list<int>, target: int) -> list<int>"', `limits: { timeMs: ${timeMs} }`, 'tests:', ...tests].join('\n');
  const r = parseQuestion(text, 'bench.yaml', 'builtin');
  if (!r.question) throw new Error('bench question is invalid');
  return r.question;
}

const solutions: Solution[] = [
  { language: 'javascript', code: 'function pairWithSum(nums, target) { const seen = new Map(); for (let j = 0; j < nums.length; j++) { if (seen.has(target - nums[j])) return [seen.get(target - nums[j]), j]; seen.set(nums[j], j); } return []; }' },
  { language: 'python', code: 'def pairWithSum(nums, target):\n    seen = {}\n    for j, x in enumerate(nums):\n        if target - x in seen:\n            return [seen[target - x], j]\n        seen[x] = j\n    return []\n' },
];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

async function main(): Promise<void> {
  const CASES = 100;
  const all = question(CASES);
  const one = question(1);
  console.log(`Judge benchmark: ${CASES} cases, median of 3 rounds each\n`);
  let worst = Infinity;
  for (const s of solutions) {
    const batched: number[] = [];
    const perCase: number[] = [];
    for (let round = 0; round < 3; round++) {
      batched.push(
        await time(async () => {
          const r = await judge.run(all, s, { mode: 'submit', trusted: true });
          if (r.verdict !== 'accepted') throw new Error(`bench solution failed: ${r.verdict}`);
        }),
      );
      perCase.push(
        await time(async () => {
          for (let i = 0; i < CASES; i++) await judge.run(one, s, { mode: 'submit', trusted: true });
        }),
      );
    }
    const a = median(batched);
    const b = median(perCase);
    worst = Math.min(worst, b / a);
    console.log(`${s.language.padEnd(10)} one process for all cases: ${a.toFixed(0).padStart(6)} ms   one process per case: ${b.toFixed(0).padStart(6)} ms   ratio ${(b / a).toFixed(1)}×`);
  }
  const loopQ = question(1, 500);
  const latencies: number[] = [];
  for (const s of [
    { language: 'javascript' as const, code: 'function pairWithSum() { for (;;) {} }' },
    { language: 'python' as const, code: 'def pairWithSum(nums, target):\n    while True:\n        pass\n' },
  ]) {
    for (let round = 0; round < 3; round++) {
      const r = await judge.run(loopQ, s, { mode: 'submit', trusted: true });
      const c = r.cases[0]!;
      if (c.verdict !== 'time-limit') throw new Error(`expected time-limit, got ${c.verdict}`);
      // The case's time runs from its start record to the moment the killed process is reaped.
      latencies.push(c.timeMs);
    }
  }
  const overshoot = median(latencies) - 500;
  console.log(`\nInfinite loop with a 500 ms limit (JS and Python, 3 rounds each): stopped a median ${overshoot.toFixed(0)} ms, worst ${(Math.max(...latencies) - 500).toFixed(0)} ms past the limit (goal: within 250 ms)`);
  await bigAnswer();
  await lifeline();
  console.log(`\nslowest speed-up of batching over one process per case: ${worst.toFixed(1)}× (goal: at least 10×)`);
  if (worst < 10) process.exitCode = 1;
}

/** A fast solution returning 2M 15-digit numbers (32 MB of JSON) against the same work returning one number. */
async function bigAnswer(): Promise<void> {
  const n = 2_000_000;
  const q = (fn: string) => {
    const text = ['id: big', 'title: Big', 'topic: algorithms', 'kind: coding', 'difficulty: easy', 'minutes: 5', 'prompt: p', `function: ${fn}`, 'limits: { timeMs: 20000, memoryMb: 1024 }', 'tests:', `  - { args: [${n}], expected: 0 }`].join('\n');
    return parseQuestion(text, 'big.yaml', 'builtin').question!;
  };
  const build = 'const out = new Array(n); for (let i = 0; i < n; i++) out[i] = 100000000000000 + i;';
  const big: number[] = [];
  const small: number[] = [];
  for (let round = 0; round < 3; round++) {
    big.push(await time(() => judge.run(q('list'), { language: 'javascript', code: `function list(n) { ${build} return out; }` }, { mode: 'run', trusted: true })));
    small.push(await time(() => judge.run(q('count'), { language: 'javascript', code: `function count(n) { ${build} return out.length; }` }, { mode: 'run', trusted: true })));
  }
  const extra = median(big) - median(small);
  console.log(`\nA 32 MB answer (2M numbers, JavaScript): verdict after ${median(big).toFixed(0)} ms against ${median(small).toFixed(0)} ms for the same work returning one number (${extra.toFixed(0)} ms to encode, send, read and compare it)`);
  // The judge's own share: the record arriving in 64 KiB chunks, split into lines, parsed, decoded, compared.
  const answer = Array.from({ length: n }, (_, i) => 100_000_000_000_000 + i);
  const record = Buffer.from(`${'0'.repeat(32)} ${JSON.stringify({ t: 'result', i: 0, ok: true, value: answer, out: '', err: '' })}\n`);
  const reads: number[] = [];
  for (let round = 0; round < 3; round++) {
    const t0 = performance.now();
    const reader = new LineReader();
    let line: Buffer | undefined;
    for (let at = 0; at < record.length; at += 65536) line = reader.push(record.subarray(at, at + 65536), 64 * 1024 * 1024)[0] ?? line;
    const rec = JSON.parse(line!.toString('utf8', 33)) as { value: unknown };
    if (!deepEqual(decode(rec.value), answer)) throw new Error('the answer did not survive');
    reads.push(performance.now() - t0);
  }
  console.log(`The judge's part of it (read the record in 64 KiB chunks, parse, decode, compare): ${median(reads).toFixed(0)} ms (goal: well under 1 s; the previous reader appended strings and re-scanned them, quadratic in the record's size)`);
}

/** How long a busy-looping solution outlives its judge's process after SIGKILL (Linux: found through /proc). */
async function lifeline(): Promise<void> {
  if (process.platform !== 'linux') return;
  const platform = createPlatform();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'drills-bench-'));
  const yaml = path.join(dir, 'spin.yaml');
  const solution = path.join(dir, 'spin.js');
  fs.writeFileSync(yaml, ['id: spin', 'title: Spin', 'topic: algorithms', 'kind: coding', 'difficulty: easy', 'minutes: 5', 'prompt: p', 'function: spin', 'limits: { timeMs: 30000 }', 'tests:', '  - { args: [], expected: 1 }'].join('\n'));
  fs.writeFileSync(solution, 'function spin() { for (;;) {} }\n');
  const host = path.join(__dirname, '..', 'unit', 'judge', 'host-entry.js');
  const latencies: number[] = [];
  try {
    for (let round = 0; round < 5; round++) {
      const child = spawn(process.execPath, [host, yaml, solution], { stdio: 'ignore' });
      const mark = `drills-run-${child.pid}-`;
      let judged: number[] = [];
      for (let waited = 0; judged.length === 0 && waited < 15_000; waited += 20) {
        await new Promise((r) => setTimeout(r, 20));
        judged = fs.readdirSync('/proc').filter((e) => /^\d+$/.test(e)).map(Number).filter((p) => {
          try {
            return fs.readFileSync(`/proc/${p}/cmdline`, 'latin1').includes(mark);
          } catch {
            return false;
          }
        });
      }
      await new Promise((r) => setTimeout(r, 300));
      const t0 = performance.now();
      child.kill('SIGKILL');
      while (judged.some((p) => platform.isAlive(p)) && performance.now() - t0 < 5000) await new Promise((r) => setTimeout(r, 2));
      latencies.push(performance.now() - t0);
      for (const p of judged) platform.killTree(p);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(`\nA busy-looping solution after its judge got SIGKILL (5 rounds): gone a median ${median(latencies).toFixed(0)} ms later, worst ${Math.max(...latencies).toFixed(0)} ms (goal: within 2000 ms)`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
