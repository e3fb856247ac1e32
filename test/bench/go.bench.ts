// npm run bench: what a Go run costs, side by side in one run: the first run of a solution (one `go
// build`, the standard library already in the build cache), a repeated run of the same solution (no
// compile) by the CLI's judge and by the editor's (its process started when the run before ended,
// src/core/judge/standby.ts), the bare start of a Go program (started the way the judge starts its
// harness), and one process per case. 100 cases each.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Judge } from '../../src/core/judge';
import { RUNTIMES } from '../../src/core/runtimes';
import { BUILD_FLAGS, buildEnv } from '../../src/core/runtimes/go';
import { runTool } from '../../src/core/runtimes/compiled';
import { bareStart, benchQuestion, CASES, ECHO_SOURCES, echoFloor, median, time, verdictLines } from './runtime';
import type { Question } from './types';

const cacheDir = path.join(os.tmpdir(), 'interview-drills-bench-builds');
const judge = new Judge({ nodePath: process.execPath, cacheDir });
// The editor's judge: the process for the next run is started when a run ends.
const editor = new Judge({ nodePath: process.execPath, cacheDir, startAhead: true });

const CODE = ['func pairWithSum(nums []int, target int) []int {', '\tseen := map[int]int{}', '\tfor j, x := range nums {', '\t\tif i, ok := seen[target-x]; ok {', '\t\t\treturn []int{i, j}', '\t\t}', '\t\tseen[x] = j', '\t}', '\treturn []int{}', '}', ''].join('\n');

async function main(): Promise<void> {
  let toolchain;
  try {
    toolchain = await judge.toolchain(RUNTIMES.go);
  } catch (e) {
    console.log(`Go benchmark skipped: ${(e as Error).message}`);
    process.exitCode = 1;
    return;
  }
  const all = benchQuestion(CASES);
  const one = benchQuestion(1);
  const run = async (q: Question, code: string, by = judge): Promise<void> => {
    const r = await by.run(q, { language: 'go', code }, { mode: 'submit', trusted: true });
    if (r.verdict !== 'accepted') throw new Error(`bench solution failed: ${r.verdict} ${r.cases[0]?.error ?? ''}`);
  };
  // The bare start of a Go program: an empty main built with the judge's flags, started as the
  // judge starts its harness; measured between the repeated runs, so both see the same load.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'drills-bench-go-'));
  const first: number[] = [];
  const repeated: number[] = [];
  const oneCase: number[] = [];
  const bare: number[] = [];
  const floor: number[] = [];
  const perCase: number[] = [];
  const ahead: number[] = [];
  const ready: number[] = [];
  let cold: number;
  try {
    fs.writeFileSync(path.join(dir, 'main.go'), 'package main\n\nfunc main() {}\n');
    const b = await runTool(toolchain.command, ['build', ...BUILD_FLAGS, '-o', 'bare', 'main.go'], { cwd: dir, env: buildEnv(path.join(cacheDir, 'go')), timeoutMs: 300_000 });
    if (b.code !== 0) throw new Error(`could not build the bare program: ${b.stderr}`);
    fs.mkdirSync(path.join(dir, 'echo'));
    fs.writeFileSync(path.join(dir, 'echo', 'main.go'), ECHO_SOURCES.go);
    const e = await runTool(toolchain.command, ['build', ...BUILD_FLAGS, '-o', path.join(dir, 'answer'), 'main.go'], { cwd: path.join(dir, 'echo'), env: buildEnv(path.join(cacheDir, 'go')), timeoutMs: 300_000 });
    if (e.code !== 0) throw new Error(`could not build the answering program: ${e.stderr}`);
    // The standard library goes into the build cache once (a person's very first Go run).
    cold = await time(() => run(one, `${CODE}// warm ${Date.now()}\n`));
    for (let round = 0; round < 3; round++) {
      const code = `${CODE}// round ${round} ${Date.now()}\n`;
      first.push(await time(() => run(all, code)));
      for (let k = 0; k < 7; k++) {
        repeated.push(await time(() => run(all, code)));
        ahead.push(await time(() => run(all, code, editor)));
        ready.push(await time(() => editor.standby!.settled()));
        oneCase.push(await time(() => run(one, code)));
        for (let j = 0; j < 3; j++) bare.push(await bareStart(path.join(dir, 'bare'), [], dir));
        floor.push(await echoFloor(path.join(dir, 'answer'), [], dir));
      }
      perCase.push(
        await time(async () => {
          for (let i = 0; i < CASES; i++) await run(one, code);
        }),
      );
    }
  } finally {
    await editor.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const [f, r, o, p, s, fl, a] = [median(first), median(repeated), median(oneCase), median(perCase), median(bare), median(floor), median(ahead)];
  console.log(`\nGo benchmark (${toolchain.version ?? 'go'}): ${CASES} cases; medians (first run and one process per case: 3 rounds; repeated runs and the floor: 21; bare start: 63, taken between the repeated runs); load average ${os.loadavg()[0]!.toFixed(2)}`);
  console.log('  Every run is Judge.run end to end: a temporary folder, the build-cache check, one process, its load, each case sent, answered and compared, the process tree stopped, the folder removed.');
  console.log(`  very first run (standard library into the build cache, 1 case): ${cold.toFixed(0)} ms`);
  console.log(`  first run of a solution (one go build):  ${f.toFixed(0).padStart(7)} ms`);
  console.log(`  repeated run (no compile):               ${r.toFixed(1).padStart(7)} ms`);
  console.log(`  repeated run of a 1-case question:       ${o.toFixed(1).padStart(7)} ms`);
  console.log(`  repeated run, started ahead:             ${a.toFixed(1).padStart(7)} ms   (the editor's judge: its process was started when the run before ended, ready ${median(ready).toFixed(1)} ms later)`);
  console.log(`  bare start of a Go program:              ${s.toFixed(1).padStart(7)} ms   (an empty main built with the judge's flags; spawned from Node with the judge's pipes and process group, until it exited and its pipes closed)`);
  console.log(`  one process per case (cached build):     ${p.toFixed(0).padStart(7)} ms   (${CASES} runs of a 1-case question)`);
  for (const line of verdictLines({ repeated: r, ahead: a, oneCase: o, bare: s, perCase: p, floor: fl })) console.log(line);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
