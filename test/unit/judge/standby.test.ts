// The process started ahead for the next run of a compiled program (standby.ts), against the real
// compilers: which process a run used is told by the solution itself, which returns its process id.
import * as assert from 'node:assert/strict';
import { existsSync, promises as fs, readFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Judge } from '../../../src/core/judge';
import { createPlatform, type Platform } from '../../../src/core/platform';
import type { Question, RunResult } from '../../../src/core/model';
import { lastingLeftovers, question } from './helpers';

const who = (cases: string[]): Question => question(['kind: coding', 'signature: "who(x: int) -> long"', 'limits: { timeMs: 5000, memoryMb: 128 }', 'tests:', ...cases].join('\n'));
/** One case, answered with the process id (a wrong answer whose `actual` is that id). */
const pidQuestion = who(['  - { name: pid, args: [0], expected: -1 }']);
/** x = 1 runs forever. */
const spinQuestion = who(['  - { name: spin, args: [1], expected: 0 }']);
const cppWho = (tag: string): string => `#include <unistd.h>\n// ${tag}\nclass Solution {\npublic:\n    long long who(int x) {\n        volatile int spin = x;\n        while (spin == 1) {}\n        return (long long)getpid() + x;\n    }\n};\n`;
const javaWho = 'class Solution {\n    public long who(int x) {\n        while (x == 1) {}\n        return ProcessHandle.current().pid() + x;\n    }\n}\n';

const pidOf = (r: RunResult): number => Number(String(r.cases[0]?.actual));
const alive = (pid: number): boolean => existsSync(`/proc/${pid}`) && !/^State:\s+Z/m.test(safeStatus(pid));
function safeStatus(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return '';
  }
}
async function gone(pid: number): Promise<boolean> {
  for (let waited = 0; waited < 2000; waited += 50) {
    if (!alive(pid)) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

describe('a process started ahead for the next run (real compilers)', function () {
  this.timeout(180_000);
  let cache: string;
  let judge: Judge;

  before(async () => {
    cache = await fs.mkdtemp(path.join(os.tmpdir(), 'drills-standby-'));
  });
  beforeEach(() => {
    judge = new Judge({ nodePath: process.execPath, cacheDir: path.join(cache, 'builds'), startAhead: true });
  });
  afterEach(async () => {
    await judge.dispose();
    assert.deepEqual(await lastingLeftovers(), [], 'no process is left once the judge is disposed');
  });
  after(() => fs.rm(cache, { recursive: true, force: true }));

  const run = (code: string, q = pidQuestion, language: 'cpp' | 'java' = 'cpp', signal?: AbortSignal): Promise<RunResult> => judge.run(q, { language, code }, { mode: 'run', trusted: true, ...(signal ? { signal } : {}) });

  it('runs the same program again in the process started when the last run ended', async () => {
    const code = cppWho('again');
    const first = pidOf(await run(code));
    await judge.standby!.settled();
    const waiting = judge.standby!.waitingPid!;
    assert.ok(waiting > 0 && waiting !== first, 'a new process waits once the first run has ended');
    const second = await run(code);
    assert.equal(second.cases[0]?.verdict, 'wrong-answer', JSON.stringify(second.cases));
    assert.equal(pidOf(second), waiting, 'the second run answered from the process that was waiting');
    assert.ok(await gone(waiting), 'that process is stopped when its run ends');
    await judge.standby!.settled();
    assert.notEqual(judge.standby!.waitingPid, waiting, 'and the next one waits in its place');
  });

  it('gives the correct verdicts from a process started ahead, the same as from a new one', async () => {
    const add = question(['kind: coding', 'signature: "add(a: int, b: int) -> long"', 'tests:', '  - { name: one, args: [1, 2], expected: 3 }', '  - { name: big, args: [2000000000, 2000000000], expected: 4000000000 }', '  - { name: off, args: [1, 1], expected: 3 }'].join('\n'));
    const code = 'class Solution {\npublic:\n    long long add(int a, int b) { return (long long)a + b; }\n};\n';
    const verdicts = async (): Promise<string[]> => (await judge.run(add, { language: 'cpp', code }, { mode: 'run', trusted: true })).cases.map((c) => c.verdict);
    const fresh = await verdicts();
    await judge.standby!.settled();
    assert.deepEqual(await verdicts(), fresh);
    assert.deepEqual(fresh, ['accepted', 'accepted', 'wrong-answer']);
  });

  it('stops the waiting process when another program runs, and never uses it for that one', async () => {
    await run(cppWho('one'));
    await judge.standby!.settled();
    const waiting = judge.standby!.waitingPid!;
    const other = pidOf(await run(cppWho('an edited one')));
    assert.notEqual(other, waiting);
    assert.ok(await gone(waiting), 'the process for the old program was stopped');
  });

  it('starts a new process when the one waiting has died', async () => {
    const code = cppWho('killed');
    await run(code);
    await judge.standby!.settled();
    const waiting = judge.standby!.waitingPid!;
    // Killed just before the run, which may take it before its exit has been seen, send it the
    // case and only then hear that it died: either way the case is answered by a process of its own.
    process.kill(waiting, 'SIGKILL');
    const r = await run(code);
    assert.equal(r.cases[0]?.verdict, 'wrong-answer', JSON.stringify(r.cases));
    assert.ok(pidOf(r) > 0 && pidOf(r) !== waiting, 'the run answered from a process of its own');
    assert.ok(await gone(waiting));
  });

  it('cancels a run that took the waiting process, without waiting for its time limit', async () => {
    const code = cppWho('spin');
    await run(code); // the same program: its next run takes the process waiting
    await judge.standby!.settled();
    const waiting = judge.standby!.waitingPid!;
    const stop = new AbortController();
    const started = Date.now();
    setTimeout(() => stop.abort(), 300);
    const r = await run(code, spinQuestion, 'cpp', stop.signal);
    assert.equal(r.cases[0]?.verdict, 'incomplete', JSON.stringify(r.cases));
    assert.ok(Date.now() - started < 4000, `cancelled in ${Date.now() - started} ms, before the 5 s limit`);
    assert.ok(await gone(waiting), 'the process it took was stopped');
    await judge.standby!.settled();
    assert.equal(judge.standby!.waitingPid, undefined, 'a cancelled run starts no process for the next');
  });

  it('stops a process nobody takes after the idle time, and one the judge still holds when disposed', async () => {
    await judge.dispose();
    judge = new Judge({ nodePath: process.execPath, cacheDir: path.join(cache, 'builds'), startAhead: { idleMs: 300 } });
    await run(cppWho('idle'));
    await judge.standby!.settled();
    const waiting = judge.standby!.waitingPid!;
    assert.ok(alive(waiting));
    await new Promise((r) => setTimeout(r, 600));
    assert.ok(await gone(waiting), 'stopped after the idle time');
    assert.equal(judge.standby!.waitingPid, undefined);

    await run(cppWho('disposed'));
    await judge.standby!.settled();
    const next = judge.standby!.waitingPid!;
    await judge.dispose();
    assert.ok(await gone(next), 'stopped when the judge is disposed');
    await run(cppWho('disposed'));
    await judge.standby!.settled();
    assert.equal(judge.standby!.waitingPid, undefined, 'a disposed judge starts no process ahead');
  });

  it('reports a process it could not stop after a run in the next run\'s warnings', async () => {
    const real = createPlatform();
    const stuck: number[] = [];
    let refuse = false;
    // The real platform, except that stopping a process fails (as without the rights to) while `refuse` is set.
    const platform: Platform = Object.assign(Object.create(real) as Platform, {
      killTree: (pid: number, since?: Parameters<Platform['killTree']>[1]) => {
        if (!refuse) return real.killTree(pid, since);
        stuck.push(pid);
        return { ok: false as const, error: 'Access is denied.' };
      },
    });
    await judge.dispose();
    judge = new Judge({ nodePath: process.execPath, cacheDir: path.join(cache, 'builds'), platform, startAhead: true });
    try {
      const code = cppWho('refused');
      await run(code);
      await judge.standby!.settled();
      refuse = true;
      const second = await run(code); // answered by the process started ahead, stopped after it returned
      assert.equal(second.warnings, undefined);
      await judge.standby!.settled();
      refuse = false;
      const third = await run(code);
      assert.match((third.warnings ?? []).join('\n'), /a judged process of an earlier run may still be running: Access is denied\./);
    } finally {
      for (const pid of new Set(stuck)) real.killTree(pid);
    }
  });

  it('starts nothing ahead for a program that failed to load', async () => {
    // A static initializer that throws: the program fails before its first case, every time.
    const failing = `#include <stdexcept>\nstatic int boom = []() -> int { throw std::runtime_error("no"); }();\n${cppWho('fails to load')}`;
    const r = await run(failing);
    assert.equal(r.cases[0]?.verdict, 'runtime-error', JSON.stringify(r.cases));
    assert.match(r.cases[0]?.error ?? '', /global variable/);
    assert.equal(judge.standby!.holding, false, 'no process is started for the next run');
  });

  it('starts a JVM ahead for Java too', async () => {
    const first = pidOf(await run(javaWho, pidQuestion, 'java'));
    await judge.standby!.settled();
    const waiting = judge.standby!.waitingPid!;
    const second = await run(javaWho, pidQuestion, 'java');
    assert.equal(second.cases[0]?.verdict, 'wrong-answer', JSON.stringify(second.cases));
    assert.equal(pidOf(second), waiting);
    assert.notEqual(pidOf(second), first);
  });

  it('starts nothing ahead for an interpreted language, nor for a judge that was not asked to', async () => {
    const js = 'function who(x) { return process.pid + x; }\nmodule.exports = { who };\n';
    await judge.run(pidQuestion, { language: 'javascript', code: js }, { mode: 'run', trusted: true });
    await judge.standby!.settled();
    assert.equal(judge.standby!.waitingPid, undefined);
    const plain = new Judge({ nodePath: process.execPath, cacheDir: path.join(cache, 'builds') });
    await plain.run(pidQuestion, { language: 'cpp', code: cppWho('plain') }, { mode: 'run', trusted: true });
    assert.equal(plain.standby, undefined);
  });
});
