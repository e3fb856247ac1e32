// npm run bench: the Java runtime on 100 cases. First run (javac + JVM), repeated run (cached
// build: one JVM start), the bare start of the same JVM (`java -version` with the judge's flags),
// and one process per case (each case a run of its own, as a judge without a harness would do).
// Goals: repeated within 1.5x of a bare start, at least 20x faster than a process per case.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { Judge } from '../../src/core/judge';
import type { Question } from '../../src/core/model';
import { parseQuestion } from '../../src/core/questions/loader';
import { RUNTIMES } from '../../src/core/runtimes';

function question(cases: number): Question {
  const tests = Array.from({ length: cases }, (_, i) => `  - { args: [[${i + 100}, 3, 5, ${i + 7}], ${i + 12}], expected: [2, 3] }`);
  const text = ['id: bench', 'title: Bench', 'topic: algorithms', 'kind: coding', 'difficulty: easy', 'minutes: 5', 'prompt: p', 'signature: "pairWithSum(nums: list<int>, target: int) -> list<int>"', 'limits: { timeMs: 5000 }', 'tests:', ...tests].join('\n');
  const r = parseQuestion(text, 'bench.yaml', 'builtin');
  if (!r.question) throw new Error('bench question is invalid');
  return r.question;
}

const code = 'import java.util.*;\nclass Solution {\n    public int[] pairWithSum(int[] nums, int target) {\n        Map<Integer, Integer> seen = new HashMap<>();\n        for (int j = 0; j < nums.length; j++) {\n            Integer i = seen.get(target - nums[j]);\n            if (i != null) return new int[] { i, j };\n            seen.put(nums[j], j);\n        }\n        return new int[0];\n    }\n}\n';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function time(fn: () => Promise<unknown> | unknown): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

async function main(): Promise<void> {
  const CASES = 100;
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'drills-java-bench-'));
  try {
    const judge = new Judge({ nodePath: process.execPath, cacheDir });
    const tc = await judge.toolchain(RUNTIMES.java);
    const all = question(CASES);
    const one = question(1);
    const run = async (q: Question): Promise<void> => {
      const r = await judge.run(q, { language: 'java', code }, { mode: 'submit', trusted: true });
      if (r.verdict !== 'accepted') throw new Error(`bench solution failed: ${r.verdict} ${r.cases[0]?.error ?? ''}`);
    };
    const first = await time(() => run(all));
    const repeated: number[] = [];
    for (let k = 0; k < 3; k++) repeated.push(await time(() => run(all)));
    const bare: number[] = [];
    for (let k = 0; k < 3; k++) bare.push(await time(() => spawnSync(tc.command, ['-XX:+UseSerialGC', '-Xshare:auto', '-XX:-UsePerfData', '-version'], { stdio: 'ignore' })));
    // A process per case: SAMPLE single-case runs, scaled to 100 cases.
    const SAMPLE = 10;
    const perCase: number[] = [];
    for (let k = 0; k < SAMPLE; k++) perCase.push(await time(() => run(one)));
    const perCaseTotal = median(perCase) * CASES;
    const rep = median(repeated);
    const b = median(bare);
    console.log(`Java (${tc.version ?? 'javac'}): ${CASES} cases`);
    console.log(`  first run (javac + run)   ${first.toFixed(0).padStart(7)} ms`);
    console.log(`  repeated run (cached)     ${rep.toFixed(0).padStart(7)} ms   (median of 3)`);
    console.log(`  bare JVM start            ${b.toFixed(0).padStart(7)} ms   (java -version, median of 3)`);
    console.log(`  a process per case        ${perCaseTotal.toFixed(0).padStart(7)} ms   (median of ${SAMPLE} one-case runs x ${CASES})`);
    console.log(`  repeated / bare start     ${(rep / b).toFixed(2).padStart(7)} x   (goal <= 1.5)`);
    console.log(`  process per case / repeated ${(perCaseTotal / rep).toFixed(1).padStart(5)} x   (goal >= 20)`);
  } finally {
    fs.rmSync(cacheDir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
