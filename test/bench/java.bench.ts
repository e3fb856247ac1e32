// npm run bench: the Java runtime on 100 cases. First run (javac + JVM), repeated run (cached
// build: one JVM start; and by the editor's judge, whose JVM was started when the run before
// ended), the bare start of the same JVM (`java -version` with the judge's flags, started the way
// the judge starts its harness), and one process per case (each case a run of its own, as a judge
// without a harness would do).
// Goals: repeated within 1.5x of a bare start, at least 20x faster than a process per case.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Judge } from '../../src/core/judge';
import { RUNTIMES } from '../../src/core/runtimes';
import { javacOf, JVM_FLAGS } from '../../src/core/runtimes/java';
import { runTool } from '../../src/core/runtimes/compiled';
import { bareStart, benchQuestion, CASES, ECHO_SOURCES, echoFloor, median, time, verdictLines } from './runtime';
import type { Question } from './types';

const code = 'import java.util.*;\nclass Solution {\n    public int[] pairWithSum(int[] nums, int target) {\n        Map<Integer, Integer> seen = new HashMap<>();\n        for (int j = 0; j < nums.length; j++) {\n            Integer i = seen.get(target - nums[j]);\n            if (i != null) return new int[] { i, j };\n            seen.put(nums[j], j);\n        }\n        return new int[0];\n    }\n}\n';

async function main(): Promise<void> {
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'drills-java-bench-'));
  try {
    const judge = new Judge({ nodePath: process.execPath, cacheDir });
    // The editor's judge: the JVM for the next run is started when a run ends.
    const editor = new Judge({ nodePath: process.execPath, cacheDir, startAhead: true });
    const tc = await judge.toolchain(RUNTIMES.java);
    const all = benchQuestion(CASES, 5000);
    const one = benchQuestion(1, 5000);
    const run = async (q: Question, source = code, by = judge): Promise<void> => {
      const r = await by.run(q, { language: 'java', code: source }, { mode: 'submit', trusted: true });
      if (r.verdict !== 'accepted') throw new Error(`bench solution failed: ${r.verdict} ${r.cases[0]?.error ?? ''}`);
    };
    // The answering program for the floor, compiled by the same JDK and started with the judge's heap and flags.
    const echoDir = path.join(cacheDir, 'echo');
    fs.mkdirSync(echoDir);
    fs.writeFileSync(path.join(echoDir, 'Echo.java'), ECHO_SOURCES.java);
    const e = await runTool(javacOf(tc), ['-d', echoDir, path.join(echoDir, 'Echo.java')], { cwd: echoDir, timeoutMs: 120_000 });
    if (e.code !== 0) throw new Error(`could not compile the answering program: ${e.stderr}`);
    // The very first run also compiles the harness, once per JDK; a first run after an edit compiles the solution only.
    const veryFirst = await time(() => run(all, `${code}// the very first\n`));
    const first = await time(() => run(all));
    const repeated: number[] = [];
    const oneCase: number[] = [];
    const bares: number[] = [];
    const floors: number[] = [];
    const ahead: number[] = [];
    const ready: number[] = [];
    for (let k = 0; k < 9; k++) {
      repeated.push(await time(() => run(all)));
      ahead.push(await time(() => run(all, code, editor)));
      ready.push(await time(() => editor.standby!.settled()));
      oneCase.push(await time(() => run(one)));
      // The same JVM with the judge's heap and flags, printing its version: a JVM start and nothing
      // else, measured between the repeated runs so both see the same load.
      bares.push(await bareStart(tc.command, [`-Xmx${all.limits.memoryMb}m`, ...JVM_FLAGS, '-version'], cacheDir));
      floors.push(await echoFloor(tc.command, [`-Xmx${all.limits.memoryMb}m`, ...JVM_FLAGS, '-cp', echoDir, 'Echo'], cacheDir));
    }
    const bare = median(bares);
    // A process per case: the median 1-case run, scaled to 100 cases.
    const perCaseTotal = median(oneCase) * CASES;
    const rep = median(repeated);
    const o = median(oneCase);
    console.log(`Java (${tc.version ?? 'javac'}): ${CASES} cases; medians of 9; load average ${os.loadavg()[0]!.toFixed(2)}`);
    console.log('  Every run is Judge.run end to end: a temporary folder, the build-cache check, one JVM, the harness loading, each case sent, answered and compared, the process tree stopped, the folder removed.');
    console.log(`  very first run            ${veryFirst.toFixed(0).padStart(7)} ms   (an empty build cache: javac compiles the harness once, then the solution)`);
    console.log(`  first run (javac + run)   ${first.toFixed(0).padStart(7)} ms   (an edited solution: javac compiles it alone)`);
    console.log(`  repeated run (cached)     ${rep.toFixed(0).padStart(7)} ms`);
    console.log(`  repeated run of 1 case    ${o.toFixed(0).padStart(7)} ms`);
    console.log(`  repeated, started ahead   ${median(ahead).toFixed(0).padStart(7)} ms   (the editor's judge: its JVM was started when the run before ended, ready ${median(ready).toFixed(0)} ms later)`);
    console.log(`  bare JVM start            ${bare.toFixed(0).padStart(7)} ms   (java -version with the judge's heap and flags; spawned from Node with the judge's pipes and process group, until it exited and its pipes closed)`);
    console.log(`  a process per case        ${perCaseTotal.toFixed(0).padStart(7)} ms   (the 1-case run × ${CASES})`);
    for (const line of verdictLines({ repeated: rep, ahead: median(ahead), oneCase: o, bare, perCase: perCaseTotal, floor: median(floors) })) console.log(line);
    await editor.dispose();
  } finally {
    fs.rmSync(cacheDir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
