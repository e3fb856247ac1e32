// npm run bench: what a Go run costs, side by side in one run: the first run of a solution (one
// `go build`, the standard library already in the build cache), a repeated run of the same solution
// (no compile), the bare start of a Go program, and one process per case. 100 cases each.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { Judge } from '../../src/core/judge';
import { parseQuestion } from '../../src/core/questions/loader';
import { RUNTIMES } from '../../src/core/runtimes';
import { buildEnv } from '../../src/core/runtimes/go';
import type { Question } from './types';

const CASES = 100;
const cacheDir = path.join(os.tmpdir(), 'interview-drills-bench-builds');
const judge = new Judge({ nodePath: process.execPath, cacheDir });

function question(cases: number): Question {
  const tests = Array.from({ length: cases }, (_, i) => `  - { args: [[${i + 100}, 3, 5, ${i + 7}], ${i + 12}], expected: [2, 3] }`);
  const text = ['id: bench', 'title: Bench', 'topic: algorithms', 'kind: coding', 'difficulty: easy', 'minutes: 5', 'prompt: p', 'signature: "pairWithSum(nums: list<int>, target: int) -> list<int>"', 'limits: { timeMs: 2000 }', 'tests:', ...tests].join('\n');
  const r = parseQuestion(text, 'bench.yaml', 'builtin');
  if (!r.question) throw new Error('bench question is invalid');
  return r.question;
}

const CODE = ['func pairWithSum(nums []int, target int) []int {', '\tseen := map[int]int{}', '\tfor j, x := range nums {', '\t\tif i, ok := seen[target-x]; ok {', '\t\t\treturn []int{i, j}', '\t\t}', '\t\tseen[x] = j', '\t}', '\treturn []int{}', '}', ''].join('\n');

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
  let toolchain;
  try {
    toolchain = await judge.toolchain(RUNTIMES.go);
  } catch (e) {
    console.log(`Go benchmark skipped: ${(e as Error).message}`);
    process.exitCode = 1;
    return;
  }
  const all = question(CASES);
  const one = question(1);
  const run = async (q: Question, code: string): Promise<void> => {
    const r = await judge.run(q, { language: 'go', code }, { mode: 'submit', trusted: true });
    if (r.verdict !== 'accepted') throw new Error(`bench solution failed: ${r.verdict} ${r.cases[0]?.error ?? ''}`);
  };
  // The standard library goes into the build cache once (a person's very first Go run).
  const cold = await time(() => run(one, `${CODE}// warm ${Date.now()}\n`));
  const first: number[] = [];
  const repeated: number[] = [];
  const perCase: number[] = [];
  for (let round = 0; round < 3; round++) {
    const code = `${CODE}// round ${round} ${Date.now()}\n`;
    first.push(await time(() => run(all, code)));
    repeated.push(await time(() => run(all, code)));
    perCase.push(
      await time(async () => {
        for (let i = 0; i < CASES; i++) await run(one, code);
      }),
    );
  }
  // The bare start of a Go program: an empty main, built once, started and waited for.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'drills-bench-go-'));
  const bare: number[] = [];
  try {
    fs.writeFileSync(path.join(dir, 'main.go'), 'package main\n\nfunc main() {}\n');
    const b = spawnSync(toolchain.command, ['build', '-o', 'bare', 'main.go'], { cwd: dir, env: buildEnv(path.join(cacheDir, 'go')) });
    if (b.status !== 0) throw new Error(`could not build the bare program: ${String(b.stderr)}`);
    for (let i = 0; i < 20; i++) {
      const t0 = performance.now();
      spawnSync(path.join(dir, 'bare'), [], { stdio: 'ignore' });
      bare.push(performance.now() - t0);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const [f, r, p, s] = [median(first), median(repeated), median(perCase), median(bare)];
  console.log(`\nGo benchmark (${toolchain.version ?? 'go'}): ${CASES} cases, median of 3 rounds`);
  console.log(`  very first run (standard library into the build cache, 1 case): ${cold.toFixed(0)} ms`);
  console.log(`  first run of a solution (one go build):  ${f.toFixed(0).padStart(6)} ms`);
  console.log(`  repeated run (no compile):               ${r.toFixed(0).padStart(6)} ms`);
  console.log(`  bare start of a Go program:              ${s.toFixed(1).padStart(6)} ms`);
  console.log(`  one process per case (cached build):     ${p.toFixed(0).padStart(6)} ms`);
  console.log(`  repeated run / bare start: ${(r / s).toFixed(1)}× (goal: within 1.5×); one process per case / repeated run: ${(p / r).toFixed(1)}× (goal: at least 20×)`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
