import * as assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { removeRunDir, sweepStaleRunDirs } from '../../../src/core/judge/workdir';
import { createPlatform } from '../../../src/core/platform';

const root = path.resolve(__dirname, '../../../..');
const cli = path.join(root, 'dist', 'cli.js');
const platform = createPlatform();

/** Pids of running processes whose command line, folder or environment names a run folder of `owner`. */
function judgedBy(owner: number): number[] {
  const mark = `drills-run-${owner}-`;
  const out: number[] = [];
  for (const e of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(e)) continue;
    const read = (f: string): string => {
      try {
        return f === 'cwd' ? fs.readlinkSync(`/proc/${e}/cwd`) : fs.readFileSync(`/proc/${e}/${f}`, 'latin1');
      } catch {
        return '';
      }
    };
    if ((read('cmdline').includes(mark) || read('cwd').includes(mark) || read('environ').includes(mark)) && platform.isAlive(Number(e))) out.push(Number(e));
  }
  return out;
}

function stat(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/stat`, 'latin1').trim();
  } catch {
    return '';
  }
}

/**
 * Still running: a process that was killed stays a zombie (state Z) until whoever inherited it
 * reaps it, which a container's first process may do late; a zombie runs no code.
 */
function running(pid: number): boolean {
  return platform.isAlive(pid) && !/^\d+ \(.*\) Z /s.test(stat(pid));
}

const CROWD = 400;

/**
 * Live members of process group `pgid`. Counted by group, not as a machine-wide total: the
 * previous test's crowd, killed but left as zombies for a late reaper, leaves /proc while this one
 * starts, so a total can fall short however many processes start.
 */
function liveInGroup(pgid: number): number {
  let n = 0;
  for (const e of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(e)) continue;
    const fields = stat(Number(e)).replace(/^.*\) /s, '').split(' ');
    if (fields[0] !== 'Z' && Number(fields[2]) === pgid) n++;
  }
  return n;
}

/** Starts CROWD sleeping processes in a group of their own; resolves with what stops them. */
async function startCrowd(): Promise<() => void> {
  const sh = spawn('sh', ['-c', `i=0; while [ $i -lt ${CROWD} ]; do sleep 300 & i=$((i+1)); done; wait`], { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  sh.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const stop = (): void => {
    try {
      process.kill(-sh.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  try {
    // The shell itself is in the group too.
    await until('the other processes to start', 30_000, () => liveInGroup(sh.pid!) >= CROWD + 1).catch((e: Error) => {
      throw new Error(`${e.message}: ${liveInGroup(sh.pid!) - 1} of ${CROWD} run${stderr ? `; the shell said: ${stderr.trim()}` : ''}`);
    });
  } catch (e) {
    stop();
    throw e;
  }
  return stop;
}

async function until<T>(what: string, ms: number, probe: () => T | undefined | false): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A drill with a long time limit and a solution that busy-loops, in a folder of its own (also the run's TMPDIR). */
function fixture(language: 'js' | 'py' | 'java'): { dir: string; tmp: string; yaml: string; solution: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'drills-lifeline-'));
  const tmp = path.join(dir, 'tmp');
  fs.mkdirSync(tmp);
  const yaml = path.join(dir, 'spin.yaml');
  fs.writeFileSync(yaml, ['id: spin', 'title: Spin', 'topic: algorithms', 'kind: coding', 'difficulty: easy', 'minutes: 5', 'prompt: p', 'signature: "spin(x: int) -> int"', 'limits: { timeMs: 30000 }', 'tests:', '  - { args: [1], expected: 1 }'].join('\n'));
  const solution = path.join(dir, { js: 'spin.js', py: 'spin.py', java: 'Solution.java' }[language]);
  const code = {
    js: 'function spin() { for (;;) {} }\n',
    py: 'import subprocess\ndef spin(x):\n    subprocess.Popen(["sleep", "60"])\n    while True:\n        pass\n',
    java: 'class Solution {\n    public int spin(int x) throws Exception {\n        new ProcessBuilder("sleep", "60").start();\n        while (true) { }\n    }\n}\n',
  }[language];
  fs.writeFileSync(solution, code);
  return { dir, tmp, yaml, solution };
}

/** Judges this test started; whatever they left running is stopped so a failure does not leak processes. */
const started: number[] = [];
function cleanUp(f: { dir: string }): void {
  for (const owner of started.splice(0)) for (const p of judgedBy(owner)) platform.killTree(p);
  fs.rmSync(f.dir, { recursive: true, force: true });
}

function runDirs(tmp: string): string[] {
  return fs.readdirSync(tmp).filter((n) => n.startsWith('drills-run-'));
}

async function startRun(f: ReturnType<typeof fixture>): Promise<{ cli: ChildProcess; judged: number[] }> {
  const child = spawn(process.execPath, [cli, 'run', f.yaml, f.solution], { env: { ...process.env, TMPDIR: f.tmp, DRILLS_CACHE_DIR: path.join(f.dir, 'cache') }, stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(child.pid!);
  // A Java solution compiles first (javac runs in the build cache, not the run's folder).
  await until('the solution to start', 60_000, () => judgedBy(child.pid!).length > 0);
  // Give the solution time to be inside its loop (and the Python one to start its child).
  await new Promise((r) => setTimeout(r, 400));
  return { cli: child, judged: judgedBy(child.pid!) };
}

describe('no orphan, whatever happens to the judge', function () {
  this.timeout(60_000);
  if (process.platform !== 'linux') return;

  for (const language of ['js', 'py', 'java'] as const) {
    it(`a busy-looping ${language} solution is gone within 2 s after the CLI is killed with SIGKILL, among ${CROWD} other processes, and its folder goes on the next run`, async function () {
      this.timeout(150_000);
      const f = fixture(language);
      // As many processes as a desktop runs: stopping the tree walks them all (the Python harness
      // once needed seconds for it while the solution held the GIL).
      const crowd = await startCrowd();
      try {
        const { cli: child, judged } = await startRun(f);
        const withChild = language !== 'js';
        if (withChild) await until('the solution\'s child to start', 10_000, () => judgedBy(child.pid!).length >= 2);
        assert.ok(judgedBy(child.pid!).length >= (withChild ? 2 : 1), `the solution${withChild ? ' and its child' : ''} run: ${judged.join(', ')}`);
        judged.splice(0, judged.length, ...judgedBy(child.pid!));
        const exited = new Promise((r) => child.once('exit', r));
        const killedAt = Date.now();
        child.kill('SIGKILL');
        await exited;
        await until('every judged process to be gone', 2000, () => judged.every((p) => !running(p))).catch((e: Error) => {
          throw new Error(`${e.message}: still running ${judged.filter(running).map((p) => `${p} (${stat(p)})`).join('; ')}`);
        });
        const latency = Date.now() - killedAt;
        assert.ok(latency < 2000, `gone after ${latency} ms`);
        assert.equal(runDirs(f.tmp).length, 1, 'a judge killed with SIGKILL cannot clean up: its folder is left');
        // The next run (of any drill) sweeps folders whose judge is gone.
        const ok = path.join(f.dir, 'ok.js');
        fs.writeFileSync(ok, 'function spin(x) { return 1; }\n');
        const next = spawnSync(process.execPath, [cli, 'run', f.yaml, ok], { env: { ...process.env, TMPDIR: f.tmp }, encoding: 'utf8' });
        assert.equal(next.status, 0, next.stdout + next.stderr);
        assert.deepEqual(runDirs(f.tmp), []);
      } finally {
        crowd();
        cleanUp(f);
      }
    });
  }

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`${signal} stops the run: the solution is gone within 2 s, its folder is removed, the exit code says so`, async () => {
      const f = fixture('js');
      try {
        const { cli: child, judged } = await startRun(f);
        const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
        const sentAt = Date.now();
        child.kill(signal);
        await until('the solution to be gone', 2000, () => judged.every((p) => !running(p)));
        assert.ok(Date.now() - sentAt < 2000);
        assert.equal(await exited, signal === 'SIGINT' ? 130 : 143);
        assert.deepEqual(runDirs(f.tmp), [], 'the run folder is removed before the CLI exits');
      } finally {
        cleanUp(f);
      }
    });
  }

  it('any Node process that hosts the judge (as the extension host does) takes its solution with it when killed', async () => {
    const f = fixture('js');
    // A host with no signal handling at all: only the harness's lifeline can notice it is gone.
    try {
      const child = spawn(process.execPath, [path.join(__dirname, 'host-entry.js'), f.yaml, f.solution], { env: { ...process.env, TMPDIR: f.tmp }, stdio: 'ignore' });
      started.push(child.pid!);
      const judged = await until('the solution to start', 15_000, () => {
        const found = judgedBy(child.pid!);
        return found.length > 0 ? found : undefined;
      });
      await new Promise((r) => setTimeout(r, 300));
      const killedAt = Date.now();
      child.kill('SIGKILL');
      await until('the solution to be gone', 2000, () => judged.every((p) => !running(p)));
      assert.ok(Date.now() - killedAt < 2000);
    } finally {
      cleanUp(f);
    }
  });
});

describe('run folders', () => {
  it('are removed after a run, empty or with files and folders left in them', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'drills-remove-'));
    try {
      const empty = path.join(tmp, 'empty');
      const full = path.join(tmp, 'full');
      fs.mkdirSync(empty);
      fs.mkdirSync(path.join(full, 'inner'), { recursive: true });
      fs.writeFileSync(path.join(full, 'inner', 'left.txt'), 'x');
      await removeRunDir(empty);
      await removeRunDir(full);
      await removeRunDir(path.join(tmp, 'gone already'));
      assert.deepEqual(fs.readdirSync(tmp), []);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('are swept when their judge is gone, and only then', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'drills-sweep-'));
    try {
      const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
      const deadPid = Number(dead.stdout);
      for (const name of [`drills-run-${deadPid}-aaaaaa`, `drills-run-${process.pid}-bbbbbb`, `drills-run-1-cccccc`, 'drills-run-dddddd', 'unrelated']) fs.mkdirSync(path.join(tmp, name));
      const removed = await sweepStaleRunDirs(tmp, platform, process.pid);
      assert.equal(removed, 1);
      assert.deepEqual(fs.readdirSync(tmp).sort(), [`drills-run-${process.pid}-bbbbbb`, 'drills-run-1-cccccc', 'drills-run-dddddd', 'unrelated'].sort());
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
