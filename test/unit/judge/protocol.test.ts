import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fingerprint } from '../../../src/core/judge/compare';
import { Judge } from '../../../src/core/judge';
import { classifyExit, LineReader, type ExitFacts } from '../../../src/core/judge/session';
import { createPlatform, type Platform } from '../../../src/core/platform';
import { lastingLeftovers, makeJudge, question } from './helpers';

const judge = makeJudge();
const verdicts = (r: { cases: readonly { verdict: string }[] }): string[] => r.cases.map((c) => c.verdict);

describe('harness protocol: the parent decides', function () {
  this.timeout(60_000);
  afterEach(async () => assert.deepEqual(await lastingLeftovers(), [], 'no process is left after a run'));

  it('a forged "case started" record cannot re-arm the watchdog: a 1 s limit is not passed after 3 s', async () => {
    const q = question(['kind: coding', 'function: add', 'limits: { timeMs: 1000 }', 'tests:', '  - { name: one, args: [1, 2], expected: 3 }'].join('\n'));
    // The harness's own send() is reachable from Python: keep telling the parent a case (re)started.
    const forger = [
      'import sys, time',
      'm = sys.modules["__main__"]',
      'def add(a, b):',
      '    end = time.time() + 3',
      '    while time.time() < end:',
      '        i = getattr(m, "current", 0)',
      '        for t in ("start", "ready", "load"):',
      '            try:',
      '                m.send({"t": t, "i": i, "ok": True})',
      '            except Exception:',
      '                pass',
      '        time.sleep(0.1)',
      '    return a + b',
    ].join('\n');
    const r = await judge.run(q, { language: 'python', code: forger }, { mode: 'run', trusted: true });
    assert.equal(r.cases[0]?.verdict, 'time-limit');
    assert.ok((r.cases[0]?.timeMs ?? 0) < 2500, `stopped after ${r.cases[0]?.timeMs} ms, not when the solution chose`);
  });

  it('gives a fast solution returning a 2M-element list (32 MB of JSON) its verdict, not a time-limit', async () => {
    const n = 2_000_000;
    const answer = Array.from({ length: n }, (_, i) => 100_000_000_000_000 + i);
    const q = question(['kind: coding', 'function: big', 'limits: { timeMs: 4000, memoryMb: 1024 }', 'tests:', `  - { name: big, args: [${n}], expectedSha256: ${fingerprint(answer)} }`].join('\n'));
    const js = await judge.run(q, { language: 'javascript', code: 'function big(n) { const out = new Array(n); for (let i = 0; i < n; i++) out[i] = 100000000000000 + i; return out; }' }, { mode: 'run', trusted: true });
    assert.equal(js.cases[0]?.verdict, 'accepted', js.cases[0]?.error);
    const py = await judge.run(q, { language: 'python', code: 'def big(n):\n    return [100000000000000 + i for i in range(n)]\n' }, { mode: 'run', trusted: true });
    assert.equal(py.cases[0]?.verdict, 'accepted', py.cases[0]?.error);
  });

  it('measures with the judge\'s clock: a solution that replaces its own clock changes nothing', async () => {
    const at = (sizes: string) => question(['kind: coding', 'function: pairs', 'limits: { timeMs: 4000 }', 'scaling:', '  generator: "return [n];"', `  sizes: ${sizes}`, 'tests:', '  - { args: [2], expected: 1 }'].join('\n'));
    // With the child's clock these all measured 0 ms ("too fast to measure"): the time is the judge's.
    const grows = (m: Awaited<ReturnType<typeof judge.measure>>): void => {
      const [first, , , last] = m.points;
      assert.equal(m.points.length, 4, m.message);
      assert.ok(last!.ms >= 5 && last!.ms > first!.ms * 4, `the time grows with n: ${JSON.stringify(m.points)}`);
      assert.notEqual(m.fit.cls, 'O(1)');
    };
    grows(await judge.measure(at('[1000, 2000, 4000, 8000]'), { language: 'javascript', code: 'performance.now = () => 0; Date.now = () => 0; process.hrtime = () => [0, 0]; process.hrtime.bigint = () => 0n;\nfunction pairs(n) { let c = 0; for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) c += (i ^ j) & 1; return c; }' }));
    grows(await judge.measure(at('[300, 600, 1200, 2400]'), { language: 'python', code: 'import time\ntime.perf_counter = lambda: 0\ntime.monotonic = lambda: 0\ntime.time = lambda: 0\ndef pairs(n):\n    c = 0\n    for i in range(n):\n        for j in range(i + 1, n):\n            c += 1\n    return c\n' }));
  });

  it('times only the call: a constant-time solution on large inputs does not look linear', async () => {
    const q = question(['kind: coding', 'function: size', 'scaling:', '  generator: "return [Array.from({ length: n }, (_, i) => i)];"', '  sizes: [100000, 200000, 400000, 800000]', 'tests:', '  - { args: [[1, 2]], expected: 2 }'].join('\n'));
    for (const [language, code] of [['javascript', 'function size(xs) { return xs.length; }'], ['python', 'def size(xs):\n    return len(xs)\n']] as const) {
      const m = await judge.measure(q, { language, code });
      // Decoding 800000 numbers takes tens of milliseconds and grows with n; the call itself does not.
      const first = m.points[0]!;
      const last = m.points[m.points.length - 1]!;
      assert.notEqual(m.fit.cls, 'O(n)', `${language}: decoding the input was timed: ${JSON.stringify(m.points)}`);
      assert.ok(last.ms < 10 || last.ms < first.ms * 2, `${language}: ${JSON.stringify(m.points)}`);
    }
  });
});

describe('harness protocol: cases go out in batches, and a case is judged by its own time', function () {
  this.timeout(60_000);
  afterEach(async () => assert.deepEqual(await lastingLeftovers(), [], 'no process is left after a run'));

  // Each case appends "<pid> <a>" to a log, so a test sees which process ran which case, in what order.
  let log: string;
  beforeEach(() => {
    log = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'drills-batch-')), 'log');
  });
  const adds = (n: number, timeMs: number) => question(['kind: coding', 'function: add', `limits: { timeMs: ${timeMs} }`, 'tests:', ...Array.from({ length: n }, (_, k) => `  - { name: c${k + 1}, args: [${k + 1}, 0], expected: ${k + 1} }`)].join('\n'));
  const logged = (body: string) => `function add(a, b) { require("fs").appendFileSync(${JSON.stringify(log)}, process.pid + " " + a + "\\n"); ${body} return a + b; }`;
  /** The cases each process ran, in order: [[1, 2, 3, 4], [4], [5, 6]]. */
  const runs = (): number[][] => {
    const byPid = new Map<string, number[]>();
    for (const line of fs.readFileSync(log, 'utf8').trim().split('\n')) {
      const [pid, a] = line.split(' ');
      byPid.set(pid!, [...(byPid.get(pid!) ?? []), Number(a)]);
    }
    return [...byPid.values()];
  };

  it('runs many small cases in one process, each with its own input, in order', async () => {
    const r = await judge.run(adds(40, 2000), { language: 'javascript', code: logged('') }, { mode: 'run', trusted: true });
    assert.equal(r.verdict, 'accepted');
    assert.deepEqual(runs(), [Array.from({ length: 40 }, (_, k) => k + 1)]);
  });

  it('times each case of a batch by itself: a slow case between fast ones takes its own time, not theirs', async () => {
    const r = await judge.run(adds(5, 2000), { language: 'javascript', code: logged('if (a === 3) { const end = Date.now() + 300; while (Date.now() < end) {} }') }, { mode: 'run', trusted: true });
    assert.equal(r.verdict, 'accepted');
    assert.deepEqual(runs(), [[1, 2, 3, 4, 5]], 'one process, one batch');
    const ms = r.cases.map((c) => c.timeMs);
    assert.ok(ms[2]! >= 295, `the slow case shows its 300 ms: ${ms.join(', ')}`);
    assert.ok([0, 1, 3, 4].every((k) => ms[k]! < 300), `the fast cases around it do not: ${ms.join(', ')}`);
  });

  it('runs a later case that never ends again, first in a fresh process, before calling it a time-limit', async () => {
    const started = Date.now();
    const r = await judge.run(adds(6, 500), { language: 'javascript', code: logged('if (a === 4) for (;;) {}') }, { mode: 'run', trusted: true });
    assert.deepEqual(verdicts(r), ['accepted', 'accepted', 'accepted', 'time-limit', 'accepted', 'accepted']);
    assert.match(r.cases[3]?.error ?? '', /took longer than 500 ms/);
    // In the batch, case 4 started when case 3 was answered, not when it was sent: only in a
    // process of its own is its start known. The cases after it go on in another fresh process.
    assert.deepEqual(runs(), [[1, 2, 3, 4], [4], [5, 6]]);
    assert.ok(Date.now() - started < 5000, `took ${Date.now() - started} ms`);
  });

  it('accepts cases that each take well within the limit, even when together they pass it', async () => {
    // Six cases of 150 ms against a 500 ms limit: the batch's deadline passes during the fourth.
    const r = await judge.run(adds(6, 500), { language: 'javascript', code: logged('const end = Date.now() + 150; while (Date.now() < end) {}') }, { mode: 'run', trusted: true });
    assert.deepEqual(verdicts(r), ['accepted', 'accepted', 'accepted', 'accepted', 'accepted', 'accepted']);
    const seen = runs();
    assert.ok(seen.length >= 2, `the batch was stopped at its deadline and went on in a fresh process: ${JSON.stringify(seen)}`);
    assert.deepEqual([...new Set(seen.flat())].sort((x, y) => x - y), [1, 2, 3, 4, 5, 6]);
  });

  it('gives an output flood in a later case to that case alone, once it has run first in a fresh process', async () => {
    const flood = await judge.run(adds(5, 2000), { language: 'javascript', code: logged('if (a === 3) for (;;) require("fs").writeSync(1, "y".repeat(1000));') }, { mode: 'run', trusted: true });
    assert.deepEqual(verdicts(flood), ['accepted', 'accepted', 'output-limit', 'accepted', 'accepted']);
    assert.deepEqual(runs(), [[1, 2, 3], [3], [4, 5]]);
  });

  it('charges an exit or a crash to the case running when it happens, as one case at a time would', async () => {
    const exit = await judge.run(adds(5, 2000), { language: 'javascript', code: logged('if (a === 2) process.exit(0);') }, { mode: 'run', trusted: true });
    assert.deepEqual(verdicts(exit), ['accepted', 'incomplete', 'accepted', 'accepted', 'accepted']);
    assert.match(exit.cases[1]?.error ?? '', /ended while this case was running/);
    assert.deepEqual(runs(), [[1, 2], [3, 4, 5]]);
    // A thread the first case started ends the process while the second runs: the second is not
    // accepted, though it would pass alone in a fresh process.
    const crash = await judge.run(adds(3, 2000), { language: 'python', code: 'import os, threading, time\ndef add(a, b):\n    if a == 1:\n        threading.Timer(0.05, lambda: os._exit(3)).start()\n    if a == 2:\n        time.sleep(0.5)\n    return a + b\n' }, { mode: 'run', trusted: true });
    assert.deepEqual(verdicts(crash), ['accepted', 'incomplete', 'accepted']);
    assert.match(crash.cases[1]?.error ?? '', /exited with code 3 before finishing this case/);
  });
});

describe('harness protocol: errors the judge cannot fix are reported, never swallowed', function () {
  this.timeout(30_000);

  it('says when a process could not be stopped, in the case and in the run', async () => {
    const real = createPlatform();
    const stuck: number[] = [];
    // The real platform, except that stopping a process fails the way taskkill does without rights.
    const refusing: Platform = Object.assign(Object.create(real) as Platform, {
      killTree: (pid: number) => {
        stuck.push(pid);
        return { ok: false as const, error: 'Access is denied.' };
      },
    });
    const j = new Judge({ nodePath: process.execPath, platform: refusing });
    const q = question(['kind: coding', 'function: f', 'limits: { timeMs: 300 }', 'tests:', '  - { args: [], expected: 1 }'].join('\n'));
    try {
      const r = await j.run(q, { language: 'javascript', code: 'function f() { for (;;) {} }' }, { mode: 'run', trusted: true });
      assert.equal(r.cases[0]?.verdict, 'time-limit');
      assert.match(r.cases[0]?.error ?? '', /the judge could not stop it: Access is denied\./);
      assert.match((r.warnings ?? []).join('\n'), /may still be running: Access is denied\./);
    } finally {
      for (const pid of new Set(stuck)) real.killTree(pid);
    }
  });

  it('enforces memory with the harness\'s own RSS check where rlimits are not available (macOS, Windows)', async () => {
    // The darwin platform on this machine: no prlimit, no RLIMIT_AS; only the heap flag and the harness's check.
    const darwinLike = createPlatform({ os: 'darwin' });
    assert.equal(darwinLike.memoryLimit(128, 'node').prefix.length, 0);
    const j = new Judge({ nodePath: process.execPath, platform: darwinLike });
    const q = question(['kind: coding', 'function: add', 'limits: { timeMs: 8000, memoryMb: 128 }', 'tests:', '  - { args: [1, 2], expected: 3 }'].join('\n'));
    const buf = await j.run(q, { language: 'javascript', code: 'function add(a, b) { const xs = []; for (let i = 0; i < 64; i++) xs.push(Buffer.alloc(64 * 1024 * 1024, 1)); return 0; }' }, { mode: 'run', trusted: true });
    assert.equal(buf.cases[0]?.verdict, 'memory-limit', buf.cases[0]?.error);
    const py = await j.run(q, { language: 'python', code: 'def add(a, b):\n    xs = []\n    while True:\n        xs.append(bytearray(b"x" * (64 * 1024 * 1024)))\n' }, { mode: 'run', trusted: true });
    assert.equal(py.cases[0]?.verdict, 'memory-limit', py.cases[0]?.error);
  });
});

describe('harness protocol: classifying how a process ended', () => {
  const base: ExitFacts = { phase: 'running', code: null, signal: 'SIGKILL', stderr: '', timeMs: 1000, loadMs: 11000, outputCap: 1024 * 1024 };

  it('names the parent\'s own reason first', () => {
    assert.deepEqual(classifyExit({ ...base, stop: 'time-limit' }), { kind: 'time-limit', error: 'took longer than 1000 ms' });
    assert.equal(classifyExit({ ...base, stop: 'load-timeout', phase: 'loading' }).kind, 'time-limit');
    assert.deepEqual(classifyExit({ ...base, stop: 'output-limit' }), { kind: 'output-limit', error: 'printed more than 1024 KiB' });
    assert.equal(classifyExit({ ...base, stop: 'memory-limit' }).kind, 'memory-limit');
    assert.deepEqual(classifyExit({ ...base, stop: 'cancelled' }), { kind: 'incomplete', error: 'cancelled', cancelled: true });
  });

  it('tells a crash, an out-of-memory abort and a quiet exit apart', () => {
    assert.equal(classifyExit({ ...base, signal: 'SIGABRT' }).kind, 'memory-limit');
    assert.equal(classifyExit({ ...base, signal: null, code: 134, stderr: 'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory' }).kind, 'memory-limit');
    assert.match(classifyExit({ ...base, signal: null, code: 0 }).error, /a promise that never settles, or an exit\(\) call/);
    assert.equal(classifyExit({ ...base, signal: null, code: 3, stderr: 'boom\n' }).error, 'the program exited with code 3 before finishing this case: boom');
    assert.match(classifyExit({ ...base, phase: 'idle', signal: null, code: 1 }).error, /between cases/);
  });

  it('says how much time a large input added to the limit', () => {
    assert.equal(classifyExit({ ...base, stop: 'time-limit', inputMs: 1500 }).error, 'took longer than 1000 ms (plus 1500 ms to pass its large input)');
  });

  it('adds a kill that failed to the message', () => {
    assert.equal(classifyExit({ ...base, stop: 'time-limit', killError: 'EPERM' }).error, 'took longer than 1000 ms; the judge could not stop it: EPERM');
  });
});

describe('harness protocol: reading the results channel', () => {
  it('splits records across chunks, keeps several per chunk, and refuses one past the size cap', () => {
    const r = new LineReader();
    assert.deepEqual(r.push(Buffer.from('ab')), []);
    assert.deepEqual(r.push(Buffer.from('c\nde\nf')).map(String), ['abc', 'de']);
    assert.deepEqual(r.push(Buffer.from('\n')).map(String), ['f']);
    const big = new LineReader();
    assert.throws(() => {
      for (let i = 0; i < 20; i++) big.push(Buffer.alloc(1024, 120), 16 * 1024);
    }, /longer than 16384 bytes/);
  });

  it('assembles a 32 MB record from 64 KiB chunks byte for byte', () => {
    const r = new LineReader();
    const chunk = Buffer.alloc(64 * 1024, 'x');
    let lines: Buffer[] = [];
    for (let i = 0; i < 512; i++) lines = lines.concat(r.push(chunk));
    lines = lines.concat(r.push(Buffer.from('\n')));
    assert.equal(lines.length, 1);
    assert.equal(lines[0]!.length, 512 * 64 * 1024);
  });
});
