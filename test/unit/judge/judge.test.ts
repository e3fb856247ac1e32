import * as assert from 'node:assert/strict';
import type { RunResult } from '../../../src/core/model';
import { fingerprint } from '../../../src/core/judge/compare';
import { lastingLeftovers, makeJudge, question } from './helpers';

const judge = makeJudge();
const sum = question(['kind: coding', 'function: add', 'limits: { timeMs: 500, memoryMb: 128 }', 'tests:', '  - { name: one, args: [1, 2], expected: 3 }', '  - { name: two, args: [5, 5], expected: 10 }', '  - { name: hidden, args: [0, 0], expected: 0, hidden: true }'].join('\n'));

async function js(code: string, mode: 'run' | 'submit' = 'run', q = sum): Promise<RunResult> {
  return judge.run(q, { language: 'javascript', code }, { mode, trusted: true });
}
async function py(code: string, mode: 'run' | 'submit' = 'run', q = sum): Promise<RunResult> {
  return judge.run(q, { language: 'python', code }, { mode, trusted: true });
}
const verdicts = (r: RunResult) => r.cases.map((c) => c.verdict);

describe('judge: verdicts', () => {
  afterEach(async () => assert.deepEqual(await lastingLeftovers(), [], 'no process is left after a run'));

  it('accepts a correct JavaScript solution, visible cases on Run and all on Submit', async () => {
    const run = await js('function add(a, b) { return a + b; }');
    assert.equal(run.verdict, 'accepted');
    assert.deepEqual(run.cases.map((c) => c.name), ['one', 'two']);
    const submit = await js('function add(a, b) { return a + b; }', 'submit');
    assert.deepEqual(submit.cases.map((c) => c.name), ['one', 'two', 'hidden']);
  });

  it('finds the entry point as const, var function expression and export', async () => {
    for (const code of ['const add = (a, b) => a + b;', 'var add = function (a, b) { return a + b; };', 'export function add(a, b) { return a + b; }', 'module.exports = { add: (a, b) => a + b };']) {
      assert.equal((await js(code)).verdict, 'accepted', code);
    }
  });

  it('accepts Python as a top-level def or a Solution method', async () => {
    assert.equal((await py('def add(a, b):\n    return a + b\n')).verdict, 'accepted');
    assert.equal((await py('class Solution:\n    def add(self, a: int, b: int) -> int:\n        return a + b\n')).verdict, 'accepted');
  });

  it('transpiles TypeScript and reports a syntax error at the person\'s line', async () => {
    const ok = await judge.run(sum, { language: 'typescript', code: 'function add(a: number, b: number): number {\n  return a + b;\n}\n' }, { mode: 'run', trusted: true });
    assert.equal(ok.verdict, 'accepted');
    const typeOnly = await judge.run(sum, { language: 'typescript', code: 'type N = number;\ninterface P { x: N }\nfunction add(a: N, b: N): N { return a + b; }\n' }, { mode: 'run', trusted: true });
    assert.equal(typeOnly.verdict, 'accepted');
    const bad = await judge.run(sum, { language: 'typescript', code: 'function add(a: number, b: number) {\n  return a +;\n}\n' }, { mode: 'run', trusted: true });
    assert.equal(bad.verdict, 'compile-error');
    assert.equal(bad.cases[0]?.line, 2);
  });

  it('reports JavaScript and Python syntax errors as compile errors with the line', async () => {
    const j = await js('function add(a, b) {\n  return a +;\n}');
    assert.equal(j.verdict, 'compile-error');
    assert.equal(j.cases[0]?.line, 2);
    // A brace left open is found only past the end of the file: the line is the last one written
    // (the closing brace the parser took for the if's), not one the file does not have.
    const open = await js('function add(a, b) {\n  if (a > b) {\n    return a + b;\n  return b + a;\n}\n\n');
    assert.equal(open.verdict, 'compile-error');
    assert.match(open.cases[0]?.error ?? '', /Unexpected end of input/);
    assert.equal(open.cases[0]?.line, 5);
    // A file that stops mid-statement: the parser trips on the probe's own ";", which the person
    // never wrote. The message is the one their code alone gives.
    const cut = await js('function add(a, b) {\n  const sum =\n');
    assert.equal(cut.verdict, 'compile-error');
    assert.equal(cut.cases[0]?.error, 'SyntaxError: Unexpected end of input');
    assert.equal(cut.cases[0]?.line, 2);
    const p = await py('def add(a, b):\n    return a +\n');
    assert.equal(p.verdict, 'compile-error');
    assert.equal(p.cases[0]?.line, 2);
  });

  it('says which function is missing when the name is wrong', async () => {
    const r = await js('function plus(a, b) { return a + b; }');
    assert.equal(r.verdict, 'compile-error');
    assert.match(r.cases[0]?.error ?? '', /no function named "add"/);
    assert.match((await py('def plus(a, b):\n    return a + b\n')).cases[0]?.error ?? '', /no function named "add"/);
  });

  it('gives wrong-answer with expected and actual', async () => {
    const r = await js('function add(a, b) { return a - b; }');
    assert.deepEqual(verdicts(r), ['wrong-answer', 'wrong-answer']);
    assert.equal(r.cases[0]?.expected, 3);
    assert.equal(r.cases[0]?.actual, -1);
  });

  it('stops an infinite loop at the time limit and runs the remaining cases in a fresh process', async () => {
    const started = Date.now();
    const r = await js('function add(a, b) { if (a === 1) for (;;) {} return a + b; }');
    assert.deepEqual(verdicts(r), ['time-limit', 'accepted']);
    assert.ok(Date.now() - started < 5000);
    const p = await py('def add(a, b):\n    while a == 1:\n        pass\n    return a + b\n');
    assert.deepEqual(verdicts(p), ['time-limit', 'accepted']);
  });

  it('stops a heap bomb and a buffer bomb with memory-limit', async () => {
    const roomy = question(['kind: coding', 'function: add', 'limits: { timeMs: 8000, memoryMb: 128 }', 'tests:', '  - { args: [1, 2], expected: 3 }'].join('\n'));
    const heap = await js('function add(a, b) { const xs = []; for (;;) xs.push(new Array(1e6).fill(a)); }', 'run', roomy);
    assert.equal(heap.cases[0]?.verdict, 'memory-limit');
    const buf = await js('function add(a, b) { const xs = []; for (let i = 0; i < 1e5; i++) xs.push(Buffer.alloc(64 * 1024 * 1024, 1)); return 0; }', 'run', roomy);
    assert.equal(buf.cases[0]?.verdict, 'memory-limit');
    const pyBomb = await py('def add(a, b):\n    xs = []\n    while True:\n        xs.append(bytearray(64 * 1024 * 1024))\n', 'run', roomy);
    assert.equal(pyBomb.cases[0]?.verdict, 'memory-limit');
  });

  it('stops output floods with output-limit, from console and from raw writes', async () => {
    assert.equal((await js('function add(a, b) { for (;;) console.log("x".repeat(1000)); }')).cases[0]?.verdict, 'output-limit');
    assert.equal((await js('function add(a, b) { for (;;) require("fs").writeSync(1, "y".repeat(1000)); }')).cases[0]?.verdict, 'output-limit');
    assert.equal((await js('function add(a, b) { for (;;) process.stderr.write("e".repeat(1000)); }')).cases[0]?.verdict, 'output-limit');
    assert.equal((await py('import os\ndef add(a, b):\n    while True:\n        print("x" * 1000)\n')).cases[0]?.verdict, 'output-limit');
  });

  it('captures what a case prints and still accepts a right answer', async () => {
    const r = await js('function add(a, b) { console.log("adding", a, b); console.error("debug"); return a + b; }');
    assert.equal(r.verdict, 'accepted');
    assert.equal(r.cases[0]?.stdout, 'adding 1 2\n');
    assert.equal(r.cases[0]?.stderr, 'debug\n');
    const p = await py('def add(a, b):\n    print("sum of", a, b)\n    return a + b\n');
    assert.equal(p.cases[1]?.stdout, 'sum of 5 5\n');
  });

  it('gives a solution that reads stdin an immediate end of input', async () => {
    const r = await js('function add(a, b) { const s = require("fs").readFileSync(0, "utf8"); return s.length + a + b; }');
    assert.equal(r.verdict, 'accepted');
    assert.equal((await py('import sys\ndef add(a, b):\n    return len(sys.stdin.read()) + a + b\n')).verdict, 'accepted');
  });

  it('never passes a case when the program exits early', async () => {
    assert.deepEqual(verdicts(await js('function add(a, b) { process.exit(0); }')), ['incomplete', 'incomplete']);
    assert.deepEqual(verdicts(await py('import os\ndef add(a, b):\n    os._exit(0)\n')), ['incomplete', 'incomplete']);
  });

  it('never passes a never-settling promise', async () => {
    const idle = await js('async function add(a, b) { await new Promise(() => {}); }');
    assert.equal(idle.cases[0]?.verdict, 'incomplete', 'nothing keeps the process alive, so it ends without an answer');
    assert.match(idle.cases[0]?.error ?? '', /never settles/);
    const busy = await js('async function add(a, b) { setInterval(() => {}, 1000); await new Promise(() => {}); }');
    assert.equal(busy.cases[0]?.verdict, 'time-limit', 'with a timer keeping it alive, the watchdog stops it');
  });

  it('fails a case whose promise rejection goes unhandled', async () => {
    const r = await js('function add(a, b) { Promise.reject(new Error("later")); return a + b; }');
    assert.equal(r.cases[0]?.verdict, 'runtime-error');
    assert.match(r.cases[0]?.error ?? '', /later/);
  });

  it('ignores forged result lines on stdout and on the result channel', async () => {
    const forged = 'function add(a, b) { const fs = require("fs"); const rec = JSON.stringify({ t: "case", i: 0, ok: true, value: 3, ms: 1 }); console.log("deadbeef " + rec); try { fs.writeSync(3, "deadbeefdeadbeefdeadbeefdeadbeef " + rec + "\\n"); } catch {} return 0; }';
    const r = await js(forged);
    assert.deepEqual(verdicts(r), ['wrong-answer', 'wrong-answer']);
  });

  it('turns deep recursion into a runtime error for that case only', async () => {
    const r = await js('function add(a, b) { if (a === 1) { const f = (n) => f(n + 1) + 1; return f(0); } return a + b; }');
    assert.deepEqual(verdicts(r), ['runtime-error', 'accepted']);
    assert.match(r.cases[0]?.error ?? '', /RangeError/);
    const p = await py('def add(a, b):\n    if a == 1:\n        def f(n):\n            return f(n + 1) + 1\n        return f(0)\n    return a + b\n');
    assert.deepEqual(verdicts(p), ['runtime-error', 'accepted']);
    assert.match(p.cases[0]?.error ?? '', /RecursionError/);
  });

  it('gives every case fresh input even when the solution mutates it, but keeps module state (like a real process)', async () => {
    const q = question(['kind: coding', 'function: first', 'tests:', '  - { args: [[1, 2]], expected: 1 }', '  - { args: [[1, 2]], expected: 1 }'].join('\n'));
    const r = await judge.run(q, { language: 'javascript', code: 'function first(xs) { const v = xs[0]; xs[0] = 99; return v; }' }, { mode: 'run', trusted: true });
    assert.equal(r.verdict, 'accepted');
    const stateful = await judge.run(q, { language: 'python', code: 'seen = []\ndef first(xs):\n    seen.append(1)\n    return xs[0] * len(seen)\n' }, { mode: 'run', trusted: true });
    assert.deepEqual(verdicts(stateful), ['accepted', 'wrong-answer'], 'state carried between cases is the solution\'s bug, and it shows');
  });

  it('reports non-Error throws readably', async () => {
    const r = await js('function add(a, b) { if (a === 1) throw "boom"; throw null; }');
    assert.deepEqual(verdicts(r), ['runtime-error', 'runtime-error']);
    assert.equal(r.cases[0]?.error, 'threw "boom"');
    assert.equal(r.cases[1]?.error, 'threw null');
  });

  it('keeps NaN, -0, BigInt and huge integers distinct', async () => {
    const q = question(['kind: coding', 'function: f', 'tests:', '  - { args: [1], expected: 1 }'].join('\n'));
    const nan = await judge.run(q, { language: 'javascript', code: 'function f() { return NaN; }' }, { mode: 'run', trusted: true });
    assert.equal(nan.cases[0]?.actual, 'NaN');
    assert.equal(nan.verdict, 'wrong-answer');
    const big = await judge.run(q, { language: 'javascript', code: 'function f() { return 1n; }' }, { mode: 'run', trusted: true });
    assert.equal(big.verdict, 'accepted', 'BigInt 1n equals 1');
    const huge = question(['kind: coding', 'function: f', 'tests:', '  - { args: [1], expected: 1 }'].join('\n'));
    const pyHuge = await judge.run(huge, { language: 'python', code: 'def f(x):\n    return 10 ** 5000\n' }, { mode: 'run', trusted: true });
    assert.equal(pyHuge.verdict, 'wrong-answer');
    assert.match(String(pyHuge.cases[0]?.actual), /^10{5000}n$/);
    const negZero = await judge.run(q, { language: 'python', code: 'def f(x):\n    return -0.0\n' }, { mode: 'run', trusted: true });
    assert.equal(negZero.cases[0]?.actual, '-0');
  });

  it('kills timers, threads and child processes left running after the last case', async () => {
    const r = await js('function add(a, b) { setInterval(() => {}, 10); require("child_process").spawn("sleep", ["30"]); return a + b; }');
    assert.equal(r.verdict, 'accepted');
    const p = await py('import threading, time, subprocess\ndef add(a, b):\n    threading.Thread(target=lambda: time.sleep(30)).start()\n    subprocess.Popen(["sleep", "30"])\n    return a + b\n');
    assert.equal(p.verdict, 'accepted');
  });

  it('stops children that left the process group for a session of their own (setsid, detached)', async () => {
    const r = await js('function add(a, b) { const cp = require("child_process"); cp.spawn("sleep", ["30"], { detached: true, stdio: "ignore" }); cp.spawn("setsid", ["sleep", "31"], { stdio: "ignore" }); return a + b; }');
    assert.equal(r.verdict, 'accepted');
    const p = await py('import subprocess\ndef add(a, b):\n    subprocess.Popen(["sleep", "32"], start_new_session=True)\n    return a + b\n');
    assert.equal(p.verdict, 'accepted');
    // afterEach: none of them is still running.
  });

  it('survives a bounded fork bomb', async () => {
    const roomy = question(['kind: coding', 'function: add', 'limits: { timeMs: 5000 }', 'tests:', '  - { args: [1, 2], expected: 3 }'].join('\n'));
    const r = await js('function add(a, b) { const cp = require("child_process"); for (let i = 0; i < 12; i++) cp.spawn(process.execPath, ["-e", "setInterval(()=>{},1000)"]); return a + b; }', 'run', roomy);
    assert.equal(r.verdict, 'accepted');
  });

  it('keeps API keys and tokens out of the solution\'s environment', async () => {
    process.env['OPENAI_API_KEY'] = 'sk-secret';
    process.env['DRILLS_API_KEY'] = 'secret';
    try {
      const q = question(['kind: coding', 'function: env', 'tests:', '  - { args: [], expected: [] }'].join('\n'));
      const r = await judge.run(q, { language: 'javascript', code: 'function env() { return Object.keys(process.env).filter((k) => /KEY|TOKEN|SECRET/.test(k)); }' }, { mode: 'run', trusted: true });
      assert.equal(r.verdict, 'accepted');
    } finally {
      delete process.env['OPENAI_API_KEY'];
      delete process.env['DRILLS_API_KEY'];
    }
  });

  it('runs design-class operations and script cases', async () => {
    const q = question(['kind: coding', 'class: Counter', 'tests:', '  - { ops: [Counter, inc, inc, get], args: [[10], [], [], []], expected: [null, null, null, 12] }', '  - name: scripted', '    expected: [1, 2]', '    script:', '      javascript: |', '        const c = new Counter(1); const before = c.get(); c.inc(); return [before, c.get()];', '      python: |', '        c = Counter(1)', '        before = c.get()', '        c.inc()', '        return [before, c.get()]'].join('\n'));
    const r = await judge.run(q, { language: 'javascript', code: 'class Counter { constructor(n) { this.n = n; } inc() { this.n++; } get() { return this.n; } }' }, { mode: 'run', trusted: true });
    assert.deepEqual(verdicts(r), ['accepted', 'accepted']);
    const p = await judge.run(q, { language: 'python', code: 'class Counter:\n    def __init__(self, n):\n        self.n = n\n    def inc(self):\n        self.n += 2\n    def get(self):\n        return self.n\n' }, { mode: 'run', trusted: true });
    assert.deepEqual(verdicts(p), ['wrong-answer', 'wrong-answer']);
    assert.deepEqual(p.cases[1]?.actual, [1, 3], 'what the script observed is shown against what was expected');
    assert.deepEqual(p.cases[1]?.expected, [1, 2]);
  });

  it('decides script cases in the judge: redefining assert or the harness helpers cannot pass one', async () => {
    const q = question(['kind: coding', 'function: twice', 'tests:', '  - name: scripted', '    expected: [2, 4]', '    script:', '      javascript: |', '        return [twice(1), twice(2)];', '      python: |', '        return [twice(1), twice(2)]'].join('\n'));
    // Each of these sabotages what the old harness trusted: the assert module, the channel helpers, the result record.
    const js = [
      'require("assert").equal = () => {}; require("assert/strict").deepEqual = () => {};',
      'const fs = require("fs"); const w = fs.writeSync; fs.writeSync = (fd, d, ...r) => w(fd, String(d).replace(/"value":\\[[^\\]]*\\]/, \'"value":[2,4]\'), ...r);',
      'const s = JSON.stringify; JSON.stringify = (v, ...r) => s(v && v.t === "result" ? { ...v, ok: true, value: [2, 4] } : v, ...r);',
    ];
    for (const sabotage of js) {
      const r = await judge.run(q, { language: 'javascript', code: `${sabotage}\nfunction twice(x) { return x * 3; }` }, { mode: 'run', trusted: true });
      assert.equal(r.verdict, 'wrong-answer', sabotage);
    }
    const py = await judge.run(q, { language: 'python', code: 'import sys, json\nm = sys.modules["__main__"]\nreal = m.send\nm.send = lambda rec: real(dict(rec, value=[2, 4]) if rec.get("t") == "result" else rec)\njson.dumps = lambda *a, **k: "{}"\ndef twice(x):\n    return x * 3\n' }, { mode: 'run', trusted: true });
    assert.equal(py.verdict, 'wrong-answer');
  });

  it('compares unordered and float answers', async () => {
    const q = question(['kind: coding', 'function: f', 'compare: unordered', 'tests:', '  - { args: [], expected: [[1, 2], [3]] }'].join('\n'));
    assert.equal((await judge.run(q, { language: 'javascript', code: 'function f() { return [[3], [1, 2]]; }' }, { mode: 'run', trusted: true })).verdict, 'accepted');
    const fq = question(['kind: coding', 'function: f', 'compare: float', 'tolerance: 0.001', 'tests:', '  - { args: [], expected: 0.3333 }'].join('\n'));
    assert.equal((await judge.run(fq, { language: 'python', code: 'def f():\n    return 1 / 3\n' }, { mode: 'run', trusted: true })).verdict, 'accepted');
  });

  it('uses a custom checker for any-valid-answer drills, but never for workspace packs', async () => {
    const yaml = ['kind: coding', 'function: anyPair', 'compare: checker', 'checker: |', '  return Array.isArray(actual) && actual.length === 2 && args[0][actual[0]] + args[0][actual[1]] === args[1];', 'tests:', '  - { args: [[1, 2, 3, 4], 5], expected: [0, 3] }'].join('\n');
    const q = question(yaml);
    const other = 'function anyPair() { return [1, 2]; }';
    assert.equal((await judge.run(q, { language: 'javascript', code: other }, { mode: 'run', trusted: true })).verdict, 'accepted', 'another valid pair passes');
    assert.equal((await judge.run(q, { language: 'javascript', code: 'function anyPair() { return [0, 1]; }' }, { mode: 'run', trusted: true })).verdict, 'wrong-answer');
    const fromWorkspace = { ...q, source: 'workspace' as const };
    const r = await judge.run(fromWorkspace, { language: 'javascript', code: other }, { mode: 'run', trusted: true });
    assert.equal(r.verdict, 'wrong-answer', 'an untrusted pack\'s checker does not run: exact comparison');
    assert.match(r.cases[0]?.error ?? '', /checkers do not run for workspace packs/);
  });

  it('accepts a large returned value (a result record of several MB)', async () => {
    const q = question(['kind: coding', 'function: big', 'tests:', '  - { args: [300000], expected: 300000 }'].join('\n'));
    const r = await judge.run(q, { language: 'python', code: 'def big(n):\n    return len([[i, i] for i in range(n)])\n' }, { mode: 'run', trusted: true });
    assert.equal(r.verdict, 'accepted');
    const echo = question(['kind: coding', 'function: echo', 'compare: checker', 'checker: return actual.length === args[0];', 'tests:', '  - { args: [300000], expected: 0 }'].join('\n'));
    const e = await judge.run(echo, { language: 'javascript', code: 'function echo(n) { return Array.from({ length: n }, (_, i) => [i, i + 1]); }' }, { mode: 'run', trusted: true });
    assert.equal(e.verdict, 'accepted', e.cases[0]?.error);
  });

  it('runs a worst-case case on input made by the scaling generator (size: n), and a quadratic solution hits the time limit', async () => {
    const q = question(
      [
        'kind: coding',
        'function: countPairs',
        'limits: { timeMs: 1000 }',
        'scaling:',
        '  generator: "return [Array.from({ length: n }, (_, i) => i % 1000)];"',
        '  sizes: [1000, 2000, 4000]',
        'tests:',
        '  - { name: small, args: [[1, 1, 2]], expected: 1 }',
        '  - { name: worst case, size: 200000, expected: 19900000, hidden: true }',
      ].join('\n'),
    );
    const linear = 'function countPairs(a) { const m = new Map(); let c = 0; for (const x of a) { c += m.get(x) ?? 0; m.set(x, (m.get(x) ?? 0) + 1); } return c; }';
    const quadratic = 'function countPairs(a) { let c = 0; for (let i = 0; i < a.length; i++) for (let j = i + 1; j < a.length; j++) if (a[i] === a[j]) c++; return c; }';
    assert.deepEqual(verdicts(await js(linear, 'submit', q)), ['accepted', 'accepted']);
    assert.deepEqual(verdicts(await js(linear, 'run', q)), ['accepted'], 'the hidden worst case only runs on Submit');
    assert.deepEqual(verdicts(await js(quadratic, 'submit', q)), ['accepted', 'time-limit']);
    const off = await js('function countPairs(a) { return a.length; }', 'submit', q);
    assert.equal(off.cases[1]?.verdict, 'wrong-answer');
  });

  it('checks an answer too large to write out by its fingerprint (expectedSha256)', async () => {
    // SHA-256 of "[0,2,4,…,199998]", the canonical JSON of the doubled input.
    const q = question(
      [
        'kind: coding',
        'function: doubled',
        'limits: { timeMs: 2000 }',
        'scaling:',
        '  generator: "return [Array.from({ length: n }, (_, i) => i)];"',
        '  sizes: [10, 20, 40]',
        'tests:',
        '  - { name: small, args: [[1, 2]], expected: [2, 4] }',
        '  - { name: big, size: 100000, expectedSha256: bc73346120e672bbec271dd5dbe29f038853e7823a901894f51a7db12392a2f0, hidden: true }',
      ].join('\n'),
    );
    const right = await js('function doubled(a) { return a.map((x) => x * 2); }', 'submit', q);
    assert.deepEqual(verdicts(right), ['accepted', 'accepted']);
    assert.equal(right.cases[1]?.answerSha256, 'bc73346120e672bbec271dd5dbe29f038853e7823a901894f51a7db12392a2f0');
    const py3 = await py('def doubled(a):\n    return [x * 2 for x in a]\n', 'submit', q);
    assert.deepEqual(verdicts(py3), ['accepted', 'accepted'], 'Python answers fingerprint the same');
    const off = await js('function doubled(a) { const r = a.map((x) => x * 2); r[r.length - 1]++; return r; }', 'submit', q);
    assert.equal(off.cases[1]?.verdict, 'wrong-answer');
    assert.match(off.cases[1]?.error ?? '', /fingerprint/);
    assert.equal(fingerprint({ b: 1, a: [-0] }), '5744d395b80518137c34594ce4d81a11e19dbbd05dab323c04ef991106e554d2', 'keys sorted, -0 as 0');
  });

  it('fingerprints an unordered answer with its elements sorted, so any order of the right elements passes', async () => {
    const pairs = (n: number) => Array.from({ length: n }, (_, i) => [i, n - i]);
    const q = question(
      [
        'kind: coding',
        'function: pairs',
        'compare: unordered',
        'scaling:',
        '  generator: "return [n];"',
        '  sizes: [10, 20, 40]',
        'tests:',
        `  - { name: big, size: 50000, expectedSha256: ${fingerprint(pairs(50000), 'unordered')} }`,
      ].join('\n'),
    );
    assert.notEqual(fingerprint(pairs(50000), 'unordered'), fingerprint(pairs(50000)));
    const forwards = await js('function pairs(n) { return Array.from({ length: n }, (_, i) => [i, n - i]); }', 'submit', q);
    const backwards = await js('function pairs(n) { return Array.from({ length: n }, (_, i) => [i, n - i]).reverse(); }', 'submit', q);
    const missing = await js('function pairs(n) { return Array.from({ length: n - 1 }, (_, i) => [i, n - i]); }', 'submit', q);
    assert.deepEqual([forwards.verdict, backwards.verdict, missing.verdict], ['accepted', 'accepted', 'wrong-answer']);
  });

  it('runs a generated operation sequence on a design class (size on an ops case) and checks it by fingerprint', async () => {
    // 100000 x push(i) then total(): the results are 100000 nulls then the sum, whose fingerprint is given.
    const q = question(
      [
        'kind: coding',
        'class: Acc',
        'limits: { timeMs: 1500 }',
        'scaling:',
        '  generator: |',
        "    const ops = ['Acc'], args = [[]];",
        "    for (let i = 0; i < n; i++) { ops.push('add'); args.push([i]); }",
        "    ops.push('total'); args.push([]);",
        '    return [ops, args];',
        '  sizes: [10, 20, 40]',
        'tests:',
        '  - { name: small, ops: [Acc, add, total], args: [[], [5], []], expected: [null, null, 5] }',
        `  - { name: big, size: 100000, expectedSha256: ${fingerprint([null, ...new Array(100000).fill(null), 4999950000])}, hidden: true }`,
      ].join('\n'),
    );
    const fast = 'class Acc { constructor() { this.s = 0; } add(x) { this.s += x; } total() { return this.s; } }';
    const slow = 'class Acc { constructor() { this.xs = []; } add(x) { this.xs.push(x); this.xs.sort((a, b) => a - b); } total() { return this.xs.reduce((a, b) => a + b, 0); } }';
    assert.deepEqual(verdicts(await js(fast, 'submit', q)), ['accepted', 'accepted']);
    assert.deepEqual(verdicts(await js(slow, 'submit', q)), ['accepted', 'time-limit'], 'sorting on every add is quadratic-log and times out');
    const off = await js('class Acc { constructor() { this.s = 0; } add(x) { this.s += x; } total() { return this.s + 1; } }', 'submit', q);
    assert.deepEqual(verdicts(off), ['wrong-answer', 'wrong-answer']);
  });

  it('cancels a run at once', async () => {
    const ac = new AbortController();
    const started = Date.now();
    setTimeout(() => ac.abort(), 100);
    const slow = question(['kind: coding', 'function: f', 'limits: { timeMs: 20000 }', 'tests:', '  - { args: [], expected: 1 }'].join('\n'));
    const r = await judge.run(slow, { language: 'javascript', code: 'function f() { for (;;) {} }' }, { mode: 'run', trusted: true, signal: ac.signal });
    assert.equal(r.verdict, 'incomplete');
    assert.ok(Date.now() - started < 2000, `cancelled after ${Date.now() - started} ms`);
  });
});
