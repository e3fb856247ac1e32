// npm run bench: the judge's one-process-per-run design against one process per case (how cph
// works), measured in the same run on the same machine, plus how fast an infinite loop is stopped.
import { performance } from 'perf_hooks';
import { Judge } from '../../src/core/judge';
import { parseQuestion } from '../../src/core/questions/loader';
import type { Question, Solution } from './types';

const judge = new Judge({ nodePath: process.execPath });

function question(cases: number, timeMs = 2000): Question {
  const tests = Array.from({ length: cases }, (_, i) => `  - { args: [[${i + 100}, 3, 5, ${i + 7}], ${i + 12}], expected: [2, 3] }`);
  const text = ['id: bench', 'title: Bench', 'topic: algorithms', 'kind: coding', 'difficulty: easy', 'minutes: 5', 'prompt: p', 'function: pairWithSum', `limits: { timeMs: ${timeMs} }`, 'tests:', ...tests].join('\n');
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
  console.log(`\nslowest speed-up of batching over one process per case: ${worst.toFixed(1)}× (goal: at least 10×)`);
  if (worst < 10) process.exitCode = 1;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
