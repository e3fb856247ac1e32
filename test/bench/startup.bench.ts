// npm run bench, start-up: `drills list`, a 100-case `drills run` and the extension's activation,
// side by side with a bare `node -e 0` measured in the same run on the same machine.
// DRILLS_BENCH_ROUNDS (CLI rounds, default 15), DRILLS_BENCH_ACTIVATIONS (VS Code starts, default 3),
// DRILLS_BENCH_SKIP_VSCODE=1 (skip the activation, which starts real VS Code).
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const ROUNDS = Number(process.env['DRILLS_BENCH_ROUNDS'] ?? 15);
const ACTIVATIONS = Number(process.env['DRILLS_BENCH_ACTIVATIONS'] ?? 3);
const GOAL = { list: 2.5, run: 3.5, activationMs: 100 };

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(args: readonly string[], env: NodeJS.ProcessEnv, expectExit = 0): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], env, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== expectExit) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

/** A question with 100 plain call cases and a JavaScript solution that passes them. */
function benchQuestion(dir: string): { question: string; solution: string } {
  const tests = Array.from({ length: 100 }, (_, i) => `  - { args: [[${i + 100}, 3, 5, ${i + 7}], ${i + 12}], expected: [2, 3] }`);
  const question = path.join(dir, 'pair-with-sum.yaml');
  fs.writeFileSync(question, ['id: bench-pair-with-sum', 'title: Bench', 'topic: algorithms', 'kind: coding', 'difficulty: easy', 'minutes: 5', 'prompt: p', 'function: pairWithSum', 'tests:', ...tests, ''].join('\n'));
  const solution = path.join(dir, 'solution.js');
  fs.writeFileSync(solution, 'function pairWithSum(nums, target) {\n  const seen = new Map();\n  for (let j = 0; j < nums.length; j++) {\n    if (seen.has(target - nums[j])) return [seen.get(target - nums[j]), j];\n    seen.set(nums[j], j);\n  }\n  return [];\n}\n');
  return { question, solution };
}

interface Activation {
  readonly loadMs: number;
  readonly activateMs: number;
  readonly totalMs: number;
  readonly chunks: readonly string[];
}

/** Starts real VS Code with the extension and reads the activation timing measured in its extension host. */
function activationInVsCode(dir: string, round: number): Activation {
  const report = path.join(dir, `activation-${round}.json`);
  const r = spawnSync(process.execPath, [path.join(ROOT, 'test', 'vscode', 'runTest.js')], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, DRILLS_TEST_FILES: 'activation', DRILLS_ACTIVATION_REPORT: report, DRILLS_ACTIVATE_AFTER_MS: '3000' },
  });
  if (r.status !== 0 || !fs.existsSync(report)) throw new Error(`the activation suite failed (exit ${r.status}):\n${(r.stdout + r.stderr).slice(-3000)}`);
  return JSON.parse(fs.readFileSync(report, 'utf8')) as Activation;
}

function row(label: string, ms: number, base: number, goal?: string): string {
  return `${label.padEnd(44)} ${ms.toFixed(0).padStart(6)} ms  ${(ms / base).toFixed(2).padStart(5)}×${goal ? `   (goal: ${goal})` : ''}`;
}

function main(): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'drills-bench-startup-'));
  let failed = false;
  try {
    const env = { ...process.env, DRILLS_CACHE_DIR: path.join(dir, 'cache') };
    const { question, solution } = benchQuestion(dir);
    const list = [CLI, 'list'];
    const run = [CLI, 'run', question, solution];
    // The first run parses the question file; later runs take it from the cache while it is unchanged.
    const firstRun = time(run, env);
    time(list, env);
    const samples = { node: [] as number[], list: [] as number[], run: [] as number[] };
    for (let i = 0; i < ROUNDS; i++) {
      samples.node.push(time(['-e', '0'], env));
      samples.list.push(time(list, env));
      samples.run.push(time(run, env));
    }
    const base = median(samples.node);
    const listMs = median(samples.list);
    const runMs = median(samples.run);
    const load = os.loadavg()[0]!.toFixed(1);
    console.log(`Start-up benchmark: medians of ${ROUNDS} interleaved rounds, ratios to a bare node -e 0 (${os.cpus().length} cores, load average ${load})\n`);
    console.log(row('node -e 0', base, base));
    console.log(row('drills list', listMs, base, `within ${GOAL.list}×`));
    console.log(row('drills run (100 call cases, JavaScript)', runMs, base, `within ${GOAL.run}×`));
    console.log(row('  the same, first run (parses the question)', firstRun, base));
    if (listMs / base > GOAL.list || runMs / base > GOAL.run) failed = true;

    if (process.env['DRILLS_BENCH_SKIP_VSCODE']) {
      console.log('\nactivation in VS Code: skipped (DRILLS_BENCH_SKIP_VSCODE)');
    } else {
      const runs: Activation[] = [];
      for (let i = 0; i < ACTIVATIONS; i++) runs.push(activationInVsCode(dir, i));
      const total = median(runs.map((a) => a.totalMs));
      console.log(`\nActivation, measured in the extension host of real VS Code (median of ${ACTIVATIONS} fresh starts, activated once the window settled):`);
      console.log(row('activation: module load + activate()', total, base, `under ${GOAL.activationMs} ms`));
      console.log(`  module load ${median(runs.map((a) => a.loadMs)).toFixed(0)} ms, activate() ${median(runs.map((a) => a.activateMs)).toFixed(0)} ms; each start: ${runs.map((a) => a.totalMs.toFixed(0)).join(', ')} ms; chunks loaded: ${[...new Set(runs.flatMap((a) => a.chunks))].join(', ')}`);
      if (total >= GOAL.activationMs) failed = true;
    }
    console.log(failed ? '\nstart-up goals: MISSED' : '\nstart-up goals: met');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  if (failed) process.exitCode = 1;
}

main();
