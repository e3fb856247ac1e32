// npm run bench, C++: 100 cases judged in one process — the first run (compiling), a repeated run
// of the same code (the build cache: no compiler call), one process per case with the build cached
// (how cph runs a compiled solution), and the bare start of a C++ program, in the same run.
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { Judge } from '../../src/core/judge';
import { parseQuestion } from '../../src/core/questions/loader';
import { RUNTIMES } from '../../src/core/runtimes';
import { runTool } from '../../src/core/runtimes/compiled';
import type { Question } from './types';

function question(cases: number): Question {
  const tests = Array.from({ length: cases }, (_, i) => `  - { args: [[${i + 100}, 3, 5, ${i + 7}], ${i + 12}], expected: [2, 3] }`);
  const text = ['id: bench', 'title: Bench', 'topic: algorithms', 'kind: coding', 'difficulty: easy', 'minutes: 5', 'prompt: p', 'signature: "pairWithSum(nums: list<int>, target: int) -> list<int>"', 'limits: { timeMs: 2000 }', 'tests:', ...tests].join('\n');
  const r = parseQuestion(text, 'bench.yaml', 'builtin');
  if (!r.question) throw new Error('bench question is invalid');
  return r.question;
}

const code = `class Solution {
public:
    vector<int> pairWithSum(vector<int>& nums, int target) {
        unordered_map<int, int> seen;
        for (int j = 0; j < (int)nums.size(); ++j) {
            auto it = seen.find(target - nums[j]);
            if (it != seen.end()) return {it->second, j};
            seen[nums[j]] = j;
        }
        return {};
    }
};
`;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

function start(command: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const p = spawn(command, [], { stdio: 'ignore' });
    p.once('error', reject);
    p.once('exit', () => resolve());
  });
}

async function main(): Promise<void> {
  const CASES = 100;
  const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'drills-cpp-bench-'));
  try {
    const judge = new Judge({ nodePath: process.execPath, cacheDir: path.join(cache, 'builds') });
    const toolchain = await judge.toolchain(RUNTIMES.cpp);
    const all = question(CASES);
    const one = question(1);
    const solution = { language: 'cpp' as const, code };
    const run = async (q: Question): Promise<void> => {
      const r = await judge.run(q, solution, { mode: 'submit', trusted: true });
      if (r.verdict !== 'accepted') throw new Error(`bench solution failed: ${r.verdict} ${r.cases[0]?.error ?? ''}`);
    };
    console.log(`C++ benchmark (${toolchain.version}): ${CASES} cases, median of 5 rounds\n`);
    const first = await time(() => run(all));
    const repeated: number[] = [];
    for (let round = 0; round < 5; round++) repeated.push(await time(() => run(all)));
    const perCase: number[] = [];
    for (let round = 0; round < 3; round++) perCase.push(await time(async () => { for (let i = 0; i < CASES; i++) await run(one); }));
    // The bare start: an empty C++ program, spawned from Node and waited for.
    fs.writeFileSync(path.join(cache, 'empty.cpp'), 'int main() { return 0; }\n');
    const built = await runTool(toolchain.command, ['-O2', 'empty.cpp', '-o', 'empty'], { cwd: cache, timeoutMs: 120_000 });
    if (built.code !== 0) throw new Error(`could not build the empty program: ${built.stderr}`);
    const bare: number[] = [];
    for (let round = 0; round < 20; round++) bare.push(await time(() => start(path.join(cache, 'empty'))));
    const r = median(repeated);
    const p = median(perCase);
    const b = median(bare);
    console.log(`first run, compiling:        ${first.toFixed(0).padStart(7)} ms`);
    console.log(`repeated run (no compile):   ${r.toFixed(0).padStart(7)} ms`);
    console.log(`one process per case:        ${p.toFixed(0).padStart(7)} ms   ${(p / r).toFixed(1)}× the repeated run (goal ≥ 20×)`);
    console.log(`bare start of a C++ program: ${b.toFixed(1).padStart(7)} ms   the repeated run is ${(r / b).toFixed(1)}× it (goal ≤ 1.5×)`);
  } finally {
    fs.rmSync(cache, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
