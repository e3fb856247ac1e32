// Measure Complexity on calls too fast for one timing: every language times them over several calls
// at once, each call on its own copy of the input (and, in Java and C++, its own Solution), against
// the real toolchains. Without one these tests fail with the install message: they never skip.
import * as assert from 'node:assert/strict';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { decodedBytes, Judge, repsFor, TIMED_MS } from '../../../src/core/judge';
import type { Language } from '../../../src/core/model';
import { RUNTIMES } from '../../../src/core/runtimes';
import { lastingLeftovers, question as drill } from './helpers';

// A linear hash that spoils its input (and, where there is one, its Solution) as it goes: a second
// call on the same copy, or on the same object, fails, so a size whose copies were shared keeps only
// its one-call timing. Sizes per language keep one call at the largest well inside the noise of a
// single timing (TIMING_NOISE_MS), on a fast machine and on a slow one.
const question = (sizes: readonly number[]) =>
  drill(
    [
      'kind: coding',
      'signature: "hashOnce(xs: list<int>) -> long"',
      'limits: { timeMs: 2000, memoryMb: 512 }',
      'scaling:',
      '  generator: "return [Array.from({ length: n }, (_, i) => (i % 1000) + 1)];"',
      `  sizes: [${sizes.join(', ')}]`,
      'tests:',
      '  - { args: [[1, 2]], expected: 33 }',
    ].join('\n'),
  );

const solutions: Record<'javascript' | 'python' | 'go' | 'cpp' | 'java', { sizes: number[]; code: string }> = {
  javascript: { sizes: [3125, 6250, 12500, 25000], code: 'function hashOnce(xs) {\n  if (xs[0] < 0) throw new Error("this input was used before");\n  let h = 0;\n  for (const x of xs) h = (h * 31 + x) % 1000000007;\n  xs[0] = -1;\n  return h;\n}\n' },
  python: { sizes: [625, 1250, 2500, 5000], code: 'def hashOnce(xs):\n    if xs[0] < 0:\n        raise ValueError("this input was used before")\n    h = 0\n    for x in xs:\n        h = (h * 31 + x) % 1000000007\n    xs[0] = -1\n    return h\n' },
  go: { sizes: [12500, 25000, 50000, 100000], code: 'func hashOnce(xs []int) int64 {\n\tif xs[0] < 0 {\n\t\tpanic("this input was used before")\n\t}\n\tvar h int64\n\tfor _, x := range xs {\n\t\th = (h*31 + int64(x)) % 1000000007\n\t}\n\txs[0] = -1\n\treturn h\n}\n' },
  cpp: { sizes: [12500, 25000, 50000, 100000], code: 'class Solution {\n    int calls = 0;\npublic:\n    long long hashOnce(vector<int>& xs) {\n        if (xs[0] < 0 || calls++ > 0) throw runtime_error("this input or object was used before");\n        long long h = 0;\n        for (int x : xs) h = (h * 31 + x) % 1000000007;\n        xs[0] = -1;\n        return h;\n    }\n};\n' },
  java: { sizes: [12500, 25000, 50000, 100000], code: 'class Solution {\n    int calls = 0;\n    public long hashOnce(int[] xs) {\n        if (xs[0] < 0 || calls++ > 0) throw new IllegalStateException("this input or object was used before");\n        long h = 0;\n        for (int x : xs) h = (h * 31 + x) % 1000000007;\n        xs[0] = -1;\n        return h;\n    }\n}\n' },
};

// A call that waits 0.2 ms whatever its input: over several calls, each still takes 0.2 ms. A
// harness that made one call where the judge asked for several would show a fraction of it.
const waits = drill(['kind: coding', 'signature: "waitOnce(xs: list<int>) -> int"', 'limits: { timeMs: 2000 }', 'scaling:', '  generator: "return [Array.from({ length: n }, (_, i) => i)];"', '  sizes: [1000, 2000, 4000, 8000]', 'tests:', '  - { args: [[1, 2]], expected: 2 }'].join('\n'));
const waiting: Record<keyof typeof solutions, string> = {
  javascript: 'function waitOnce(xs) {\n  const t = performance.now();\n  while (performance.now() - t < 0.2);\n  return xs.length;\n}\n',
  python: 'import time\n\ndef waitOnce(xs):\n    t = time.perf_counter()\n    while time.perf_counter() - t < 0.0002:\n        pass\n    return len(xs)\n',
  go: 'import "time"\n\nfunc waitOnce(xs []int) int {\n\tt := time.Now()\n\tfor time.Since(t) < 200*time.Microsecond {\n\t}\n\treturn len(xs)\n}\n',
  cpp: '#include <chrono>\nclass Solution {\npublic:\n    int waitOnce(vector<int>& xs) {\n        auto t = chrono::steady_clock::now();\n        while (chrono::steady_clock::now() - t < chrono::microseconds(200)) {}\n        return (int)xs.size();\n    }\n};\n',
  java: 'class Solution {\n    public int waitOnce(int[] xs) {\n        long t = System.nanoTime();\n        while (System.nanoTime() - t < 200_000L) {}\n        return xs.length;\n    }\n}\n',
};

describe('Measure Complexity: calls too fast for one timing are timed together', function () {
  this.timeout(300_000);
  let cache: string;
  let judge: Judge;
  before(async () => {
    cache = await fs.mkdtemp(path.join(os.tmpdir(), 'drills-reps-'));
    judge = new Judge({ nodePath: process.execPath, cacheDir: path.join(cache, 'builds') });
  });
  after(() => fs.rm(cache, { recursive: true, force: true }));
  afterEach(async () => assert.deepEqual(await lastingLeftovers(), [], 'no process is left after a measurement'));

  for (const language of Object.keys(solutions) as (keyof typeof solutions)[]) {
    it(`${RUNTIMES[language].label}: each call gets its own input, and the growth shows`, async () => {
      const { sizes, code } = solutions[language];
      const m = await judge.measure(question(sizes), { language, code });
      assert.equal(m.stoppedAt, undefined, m.message);
      assert.deepEqual(
        m.points.map((p) => p.n),
        sizes,
        m.message,
      );
      // Every size took well under TIMED_MS in one call, so each was timed over several; had two
      // calls shared a copy (or a Solution), that timing would have failed and the size would show
      // its one-call timing, without `calls`.
      for (const p of m.points) assert.ok((p.calls ?? 1) > 1, `n=${p.n} was timed over several calls: ${JSON.stringify(m.points)}`);
      // One call alone was inside the noise ("too fast to measure reliably"); over several, the
      // growth shows. O(n) against O(n log n) is left to the noise (README).
      assert.ok(m.fit.cls !== undefined && m.fit.cls !== 'O(1)', `a growth class: ${m.message} ${JSON.stringify(m.points)}`);
    });

    it(`${RUNTIMES[language].label}: makes every call it times`, async () => {
      const m = await judge.measure(waits, { language, code: waiting[language] });
      for (const p of m.points) {
        assert.ok((p.calls ?? 1) > 1, `n=${p.n} was timed over several calls: ${JSON.stringify(m.points)}`);
        assert.ok(p.ms >= 0.19, `each call waited 0.2 ms: ${JSON.stringify(m.points)}`);
      }
    });
  }
});

describe('how many calls a timing spans (repsFor)', () => {
  const cpp = RUNTIMES.cpp.valueCost;
  const python = RUNTIMES.python.valueCost;

  it('reaches the target time with a small input, and stays with one call for a slow one', () => {
    assert.equal(repsFor(0.1, [[1, 2, 3]], 256, cpp), Math.ceil(TIMED_MS / 0.1));
    assert.equal(repsFor(0.001, [[1, 2, 3]], 256, cpp), 1000, 'at most 1000 calls');
    assert.equal(repsFor(TIMED_MS, [[1, 2, 3]], 256, cpp), 1);
  });

  it('holds only as many copies of a large input as a third of the memory limit allows, by language', () => {
    const million = [Array.from({ length: 1_000_000 }, (_, i) => i)];
    // C++ holds a million ints in about 8 MB, Python in about 40 MB.
    assert.equal(repsFor(0.5, million, 256, cpp), Math.floor((256 * 1024 * 1024) / 3 / decodedBytes(million, cpp!)));
    assert.ok(repsFor(0.5, million, 256, cpp) >= 8, 'C++ may hold several copies');
    assert.equal(repsFor(0.5, million, 256, python), 2);
    assert.equal(repsFor(0.5, million, 64, python), 1, 'none beyond the first when a copy does not fit');
  });

  it('costs strings, lists, maps and tagged numbers', () => {
    const cost = { number: 1, string: 10, list: 100 };
    assert.equal(decodedBytes([1, 'ab', [true, null]], cost), 100 + 1 + (10 + 4) + 100 + 1 + 1);
    assert.equal(decodedBytes({ $: 'map', v: [[1, 'x']] }, cost), 100 + 100 + 1 + (10 + 2));
    assert.equal(decodedBytes({ $: 'int', v: '9007199254740993' }, cost), 1);
  });
});

// Languages the drill bank's coding drills are written for, so a runtime added later is listed here.
const covered: readonly Language[] = Object.keys(solutions) as Language[];
describe('every runtime that solves function drills says what its values cost', () => {
  it('has a valueCost, and the test above covers it (TypeScript runs the JavaScript harness)', () => {
    for (const r of Object.values(RUNTIMES)) {
      if (!r.kinds.includes('coding') || r.id === 'sql') continue;
      assert.ok(r.valueCost, `${r.label} has a valueCost`);
      assert.ok(covered.includes(r.id) || r.id === 'typescript', `${r.label} is covered by the measurement test`);
    }
  });
});
