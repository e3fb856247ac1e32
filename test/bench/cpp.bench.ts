// npm run bench, C++: 100 cases judged in one process — the first run (compiling), a repeated run
// of the same code (the build cache: no compiler call) by the CLI's judge and by the editor's (its
// process started when the run before ended, src/core/judge/standby.ts), one process per case with
// the build cached (how cph runs a compiled solution), and the bare start of a C++ program (started
// the way the judge starts its harness), in the same run.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Judge } from '../../src/core/judge';
import { RUNTIMES } from '../../src/core/runtimes';
import { runTool } from '../../src/core/runtimes/compiled';
import { CPP_FLAGS, CPP_STATIC_RUNTIME } from '../../src/core/runtimes/cpp';
import { bareStart, benchQuestion, CASES, ECHO_SOURCES, echoFloor, median, time, verdictLines } from './runtime';
import type { Question } from './types';

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

async function main(): Promise<void> {
  const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'drills-cpp-bench-'));
  try {
    const judge = new Judge({ nodePath: process.execPath, cacheDir: path.join(cache, 'builds') });
    // The editor's judge: the process for the next run is started when a run ends.
    const editor = new Judge({ nodePath: process.execPath, cacheDir: path.join(cache, 'builds'), startAhead: true });
    const toolchain = await judge.toolchain(RUNTIMES.cpp);
    const all = benchQuestion(CASES);
    const one = benchQuestion(1);
    const run = async (q: Question, source = code, by = judge): Promise<void> => {
      const r = await by.run(q, { language: 'cpp', code: source }, { mode: 'submit', trusted: true });
      if (r.verdict !== 'accepted') throw new Error(`bench solution failed: ${r.verdict} ${r.cases[0]?.error ?? ''}`);
    };
    // The bare start: an empty C++ program built with the judge's flags (its runtime libraries
    // linked in, as the judge links where it can), started as the judge starts its harness;
    // measured between the repeated runs, so both see the same load.
    fs.writeFileSync(path.join(cache, 'empty.cpp'), 'int main() { return 0; }\n');
    const built = await runTool(toolchain.command, [...CPP_FLAGS, ...CPP_STATIC_RUNTIME, 'empty.cpp', '-o', 'empty'], { cwd: cache, timeoutMs: 120_000 });
    if (built.code !== 0) throw new Error(`could not build the empty program: ${built.stderr}`);
    fs.writeFileSync(path.join(cache, 'answer.cpp'), ECHO_SOURCES.cpp);
    const answer = await runTool(toolchain.command, [...CPP_FLAGS, ...CPP_STATIC_RUNTIME, 'answer.cpp', '-o', 'answer'], { cwd: cache, timeoutMs: 120_000 });
    if (answer.code !== 0) throw new Error(`could not build the answering program: ${answer.stderr}`);
    // With GCC the very first compile also precompiles the harness header into the build cache;
    // a first run after an edit compiles the solution only.
    const veryFirst = await time(() => run(all, `${code}// the very first\n`));
    const first = await time(() => run(all));
    await run(one); // the same code and signature: the same build, already cached
    const repeated: number[] = [];
    const oneCase: number[] = [];
    const bare: number[] = [];
    const floor: number[] = [];
    const ahead: number[] = [];
    const ready: number[] = [];
    for (let round = 0; round < 21; round++) {
      repeated.push(await time(() => run(all)));
      ahead.push(await time(() => run(all, code, editor)));
      ready.push(await time(() => editor.standby!.settled()));
      oneCase.push(await time(() => run(one)));
      for (let j = 0; j < 3; j++) bare.push(await bareStart(path.join(cache, 'empty'), [], cache));
      floor.push(await echoFloor(path.join(cache, 'answer'), [], cache));
    }
    const perCase: number[] = [];
    for (let round = 0; round < 3; round++) perCase.push(await time(async () => { for (let i = 0; i < CASES; i++) await run(one); }));
    const b = median(bare);
    const [r, o, p, a] = [median(repeated), median(oneCase), median(perCase), median(ahead)];
    console.log(`C++ benchmark (${toolchain.version}): ${CASES} cases; medians (repeated runs and the floor: 21; one process per case: 3 rounds; bare start: 63, taken between the repeated runs); load average ${os.loadavg()[0]!.toFixed(2)}`);
    console.log('  Every run is Judge.run end to end: a temporary folder, the build-cache check, one process, its load, each case sent, answered and compared, the process tree stopped, the folder removed.');
    console.log(`  very first run:              ${veryFirst.toFixed(0).padStart(7)} ms   (an empty build cache: the harness built once, its compiled part and with GCC its precompiled header side by side, then the solution compiled)`);
    console.log(`  first run, compiling:        ${first.toFixed(0).padStart(7)} ms   (an edited solution: one compile)`);
    console.log(`  repeated run (no compile):   ${r.toFixed(1).padStart(7)} ms`);
    console.log(`  repeated run of 1 case:      ${o.toFixed(1).padStart(7)} ms`);
    console.log(`  repeated run, started ahead: ${a.toFixed(1).padStart(7)} ms   (the editor's judge: its process was started when the run before ended, ready ${median(ready).toFixed(1)} ms later)`);
    console.log(`  bare start of a C++ program: ${b.toFixed(1).padStart(7)} ms   (an empty main built with the judge's flags; spawned from Node with the judge's pipes and process group, until it exited and its pipes closed)`);
    console.log(`  one process per case:        ${p.toFixed(0).padStart(7)} ms   (${CASES} runs of a 1-case question)`);
    for (const line of verdictLines({ repeated: r, ahead: a, oneCase: o, bare: b, perCase: p, floor: median(floor) })) console.log(line);
    await editor.dispose();
  } finally {
    fs.rmSync(cache, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
