import * as assert from 'node:assert/strict';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PackGenerator } from '../../../src/core/judge/pack';
import { createPlatform, type Platform } from '../../../src/core/platform';
import { lastingLeftovers, makeJudge, question } from './helpers';

const judge = makeJudge();
const echo = { language: 'javascript' as const, code: 'function echo(x) { return x; }' };

/** A drill whose only case takes its input from the given scaling generator. */
function generated(generator: string, limits = '{ timeMs: 3000, memoryMb: 256 }') {
  return question(['kind: coding', 'function: echo', `limits: ${limits}`, 'scaling:', '  generator: |', ...generator.split('\n').map((l) => `    ${l}`), '  sizes: [1, 2, 3]', 'tests:', '  - { name: generated, size: 5, expected: 0, hidden: true }'].join('\n'));
}

describe('pack code runs in a limited child, never in the judge', function () {
  this.timeout(60_000);
  afterEach(async () => assert.deepEqual(await lastingLeftovers(), [], 'no process is left after a run'));

  it('a generator that escapes to its process finds a scrubbed environment and a pid that is not the judge\'s', async () => {
    process.env['DRILLS_API_KEY'] = 'sk-generator-test';
    try {
      // `Object` was the host's own in the old vm sandbox: its constructor is the host's Function.
      const q = generated("const proc = Object.constructor('return process')();\nreturn [[proc.env.DRILLS_API_KEY || 'no key', proc.pid, proc.ppid]];");
      const r = await judge.run(q, echo, { mode: 'submit', trusted: true });
      const [key, pid, ppid] = r.cases[0]?.actual as [string, number, number];
      assert.equal(key, 'no key', 'the API key never reaches pack code');
      assert.notEqual(pid, process.pid, 'the generator runs in its own process');
      assert.equal(ppid, process.pid, 'a child of the judge, under its limits');
    } finally {
      delete process.env['DRILLS_API_KEY'];
    }
  });

  it('a generator that allocates 2 GB gets a clear error, and the judge does not grow', async () => {
    const before = process.memoryUsage().rss;
    const q = generated("const B = Object.constructor('return Buffer')();\nconst xs = [];\nfor (let i = 0; i < 8; i++) xs.push(B.alloc(256 * 1024 * 1024, 1));\nreturn [xs.length];", '{ timeMs: 8000, memoryMb: 128 }');
    const r = await judge.run(q, echo, { mode: 'submit', trusted: true });
    assert.equal(r.cases[0]?.verdict, 'incomplete');
    assert.match(r.cases[0]?.error ?? '', /input could not be generated: the scaling generator (ran out of memory|failed[^:]*: (RangeError: )?Array buffer allocation failed)/);
    const grew = (process.memoryUsage().rss - before) / 1024 / 1024;
    assert.ok(grew < 200, `the judge grew by ${grew.toFixed(0)} MB`);
  });

  it('a generator that loops forever is stopped at its time limit (the question\'s, at least 5 s)', async () => {
    const q = generated('for (;;) {}', '{ timeMs: 500 }');
    const r = await judge.run(q, echo, { mode: 'submit', trusted: true });
    assert.match(r.cases[0]?.error ?? '', /the scaling generator took too long: took longer than 5000 ms \(n=5\)/);
    const slow = generated('for (;;) {}', '{ timeMs: 6000 }');
    assert.match((await judge.run(slow, echo, { mode: 'submit', trusted: true })).cases[0]?.error ?? '', /took longer than 6000 ms/);
  });

  it('says which line of the generator failed', async () => {
    const q = generated('const xs = [];\nreturn [xs.missing.length];');
    const r = await judge.run(q, echo, { mode: 'submit', trusted: true });
    assert.match(r.cases[0]?.error ?? '', /the scaling generator failed \(its line 2\): TypeError: Cannot read properties of undefined/);
  });

  it('generates every size a measurement needs in one child, with the same seeded input as before', async () => {
    const q = question(['kind: coding', 'function: first', 'scaling:', '  generator: "return [Array.from({ length: n }, () => Math.floor(rand() * 1000))];"', '  sizes: [2000, 4000, 8000]', 'tests:', '  - { name: seeded, size: 3, expected: 0, hidden: true }'].join('\n'));
    const r = await judge.run(q, { language: 'javascript', code: 'function first(xs) { return xs; }' }, { mode: 'submit', trusted: true });
    // mulberry32 seeded with n: the inputs worst-case fingerprints in the bank were written against.
    assert.deepEqual(r.cases[0]?.actual, [720, 38, 456]);
    const m = await judge.measure(q, { language: 'javascript', code: 'function first(xs) { return xs[0]; }' });
    assert.equal(m.points.length, 3);
  });

  it('a custom checker runs in the child too: it cannot see the judge\'s environment', async () => {
    process.env['DRILLS_API_KEY'] = 'sk-checker-test';
    try {
      // `args` was a host object in the old sandbox; its constructor chain led to the host's process.
      const q = question(['kind: coding', 'function: f', 'compare: checker', 'checker: |', "  const proc = args.constructor.constructor('return process')();", '  return proc.env.DRILLS_API_KEY === undefined && actual === 1;', 'tests:', '  - { args: [1], expected: 2 }', '  - { args: [2], expected: 2 }'].join('\n'));
      const r = await judge.run(q, { language: 'javascript', code: 'function f(x) { return 1; }' }, { mode: 'run', trusted: true });
      assert.deepEqual(r.cases.map((c) => c.verdict), ['accepted', 'accepted']);
    } finally {
      delete process.env['DRILLS_API_KEY'];
    }
  });

  it('a checker that fails or hangs is reported on the case, and the run goes on', async () => {
    const q = question(['kind: coding', 'function: f', 'compare: checker', 'limits: { timeMs: 400 }', 'checker: |', '  if (actual === 1) for (;;) {}', '  if (actual === 2) throw new Error("bad checker");', '  return true;', 'tests:', '  - { args: [1], expected: 0 }', '  - { args: [2], expected: 0 }', '  - { args: [3], expected: 0 }'].join('\n'));
    const r = await judge.run(q, { language: 'javascript', code: 'function f(x) { return x; }' }, { mode: 'run', trusted: true });
    assert.deepEqual(r.cases.map((c) => c.verdict), ['wrong-answer', 'wrong-answer', 'accepted']);
    assert.match(r.cases[0]?.error ?? '', /the question's checker took too long/);
    assert.match(r.cases[1]?.error ?? '', /the question's checker failed \(its line 2\): bad checker/);
  });
});

describe('one generator process for many inputs', function () {
  this.timeout(30_000);
  afterEach(async () => assert.deepEqual(await lastingLeftovers(), [], 'no generator process is left'));

  it('serves many requests in one process: rand reads the given draws, then 0; without draws, the sequence seeded with n', async () => {
    const q = question(['kind: coding', 'function: first', 'scaling:', '  generator: "return [Array.from({ length: n }, () => Math.floor(rand() * 1000))];"', '  sizes: [2000, 4000, 8000]', 'tests:', '  - { args: [[1]], expected: 1 }'].join('\n'));
    const real = createPlatform();
    let spawned = 0;
    const platform = Object.create(real) as Platform;
    platform.spawnOptions = () => (spawned++, real.spawnOptions());
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), `drills-run-${process.pid}-`));
    const generator = new PackGenerator(q, { platform, toolchain: { command: process.execPath }, runDir: dir, outputCap: 1 << 20 });
    try {
      assert.deepEqual(await generator.generate({ n: 3, draws: [2 ** 31, 2 ** 30] }), [[500, 250, 0]]);
      assert.deepEqual(await generator.generate({ n: 2, draws: [] }), [[0, 0]]);
      // The same input a worst-case test at n = 3 gets (mulberry32 seeded with n).
      assert.deepEqual(await generator.generate({ n: 3 }), [[720, 38, 456]]);
      for (let n = 0; n < 20; n++) await generator.generate({ n, draws: [n * 1000] });
      assert.equal(spawned, 1);
    } finally {
      await generator.close();
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
