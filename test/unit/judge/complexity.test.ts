import * as assert from 'node:assert/strict';
import { classOf, compareClaim, fitComplexity, parseClaimedComplexity, withinNoise, type ComplexityClass } from '../../../src/core/judge/complexity';

function series(f: (n: number) => number, sizes: number[], noise = 0.1, seed = 7): { n: number; ms: number }[] {
  let s = seed;
  const rand = () => ((s = (s * 16807) % 2147483647) / 2147483647);
  return sizes.map((n) => ({ n, ms: f(n) * (1 + (rand() - 0.5) * 2 * noise) }));
}

describe('complexity: fitting measured timings', () => {
  const doubling = [1000, 2000, 4000, 8000, 16000, 32000];
  const cases: [ComplexityClass, (n: number) => number, number[]][] = [
    // Flat at 5 ms: well above the timing noise, so flatness is evidence (at 2 ms it would not be).
    ['O(1)', () => 5, doubling],
    ['O(log n)', (n) => 0.5 * Math.log2(n), [1e3, 1e5, 1e7, 1e9, 1e11]],
    ['O(n)', (n) => n / 1000, doubling],
    ['O(n log n)', (n) => (n * Math.log2(n)) / 5000, [1e3, 1e4, 1e5, 1e6, 1e7]],
    ['O(n^2)', (n) => (n * n) / 1e6, doubling],
    ['O(n^3)', (n) => (n * n * n) / 1e9, [100, 200, 400, 800, 1600]],
    ['O(2^n)', (n) => Math.pow(2, n) / 1e4, [14, 16, 18, 20, 22]],
  ];
  for (const [cls, f, sizes] of cases) {
    it(`recognises ${cls} with 10% noise`, () => {
      assert.equal(fitComplexity(series(f, sizes)).cls, cls);
    });
  }

  it('says when timings are too small to tell', () => {
    const fit = fitComplexity(series(() => 0.01, doubling));
    assert.match(fit.note ?? '', /too fast to measure/);
  });

  it('names no class for timings that stay within the noise near the round trip, whatever their ratios', () => {
    // A constant-time call on 100 000 to 800 000 numbers, measured on a busy machine: its ratios
    // alone look linear. Claimed O(1), it must not be told the measurement disagrees.
    const busy = [{ n: 100000, ms: 0.365 }, { n: 200000, ms: 0.41 }, { n: 400000, ms: 0.537 }, { n: 800000, ms: 1.688 }];
    const fit = fitComplexity(busy);
    assert.equal(fit.cls, undefined);
    assert.match(fit.note ?? '', /too fast to measure reliably \(n=800000 took 1\.688 ms and the fastest size 0\.365 ms/);
    assert.deepEqual(compareClaim('O(1)', fit), { agrees: undefined, message: `Could not measure a growth class: ${fit.note}.` });
    // The same growth in milliseconds that matter is linear.
    assert.equal(fitComplexity(busy.map((p) => ({ n: p.n, ms: p.n / 100000 }))).cls, 'O(n)');
    // A linear solution whose timings start near the round trip is still linear once it grows past the noise.
    assert.equal(fitComplexity([{ n: 1000, ms: 0.3 }, { n: 2000, ms: 0.62 }, { n: 4000, ms: 1.2 }, { n: 8000, ms: 2.5 }, { n: 16000, ms: 4.9 }]).cls, 'O(n)');
  });

  it('shares the noise among calls timed together: the same per-call times, timed over 50 calls each, are linear', () => {
    const perCall = [{ n: 125000, ms: 0.088 }, { n: 250000, ms: 0.142 }, { n: 500000, ms: 0.295 }, { n: 1000000, ms: 0.61 }];
    assert.equal(fitComplexity(perCall).cls, undefined, 'one call each: inside the noise');
    assert.ok(withinNoise(perCall));
    const together = perCall.map((p) => ({ ...p, calls: 50 }));
    assert.equal(withinNoise(together), false);
    assert.equal(fitComplexity(together).cls, 'O(n)');
    // The size timed over the fewest calls decides how much a time can move.
    const mixed = together.map((p, i) => (i === 0 ? { ...p, calls: 1 } : p));
    assert.equal(fitComplexity(mixed).cls, undefined);
    assert.match(fitComplexity(mixed).note ?? '', /closer than the 2 ms/);
    // Per call, the note says so, with the noise those calls share.
    const flat = [{ n: 1000, ms: 0.0031, calls: 400 }, { n: 2000, ms: 0.0032, calls: 400 }, { n: 4000, ms: 0.0036, calls: 400 }];
    assert.match(fitComplexity(flat).note ?? '', /fastest size 0\.0031 ms per call, timed over at least 400 calls: closer than the 0\.005 ms/);
  });

  it('reads no growth from times over several calls that fall as n grows', () => {
    // A JavaScript BFS whose generator draws a different grid and goal at each size, timed over
    // several calls: the work does not follow n, and the fit said O(log n) against a correct O(n) claim.
    const uneven = [{ n: 256, ms: 0.4585, calls: 30 }, { n: 576, ms: 0.371, calls: 40 }, { n: 900, ms: 0.1422, calls: 90 }, { n: 1225, ms: 0.1745, calls: 80 }, { n: 1600, ms: 0.5013, calls: 40 }];
    const fit = fitComplexity(uneven);
    assert.equal(fit.cls, undefined);
    assert.equal(fit.note, 'the time per call does not grow with n (n=256 took 0.459 ms, n=900 took 0.142 ms): the inputs at these sizes may not take comparable work');
    assert.equal(compareClaim('O(n)', fit).agrees, undefined);
    // Within a third, or single-call timings (which a busy machine only slows), fit as before.
    assert.equal(fitComplexity(uneven.map((p) => ({ n: p.n, ms: p.n / 1000 + (p.n === 576 ? 0.1 : 0), calls: 50 }))).cls, 'O(n)');
    assert.notEqual(fitComplexity(uneven.map((p) => ({ n: p.n, ms: p.ms * 10 }))).cls, undefined);
  });

  it('does not let a slowed-down small size make growing timings look flat', () => {
    // A linear solution whose smallest size ran on code not yet compiled (measured in the bank): the
    // first point alone made the fit constant, against the person's correct O(n) claim.
    const cold = [{ n: 50000, ms: 4.1 }, { n: 100000, ms: 1.02 }, { n: 200000, ms: 2.05 }, { n: 400000, ms: 3.96 }, { n: 800000, ms: 8.1 }];
    const fit = fitComplexity(cold);
    assert.equal(fit.cls, 'O(n)', JSON.stringify(fit));
    assert.deepEqual(fit.points, cold, 'the measured times are shown as they were');
    assert.equal(compareClaim('O(n)', fit).agrees, true);
  });

  it('reports how time grows when n doubles', () => {
    const fit = fitComplexity(series((n) => (n * n) / 1e6, doubling, 0));
    assert.ok(Math.abs((fit.doublingRatio ?? 0) - 4) < 0.01);
  });
});

describe('complexity: reading the claim', () => {
  it('maps the ways people write big-O', () => {
    const forms: [string, ComplexityClass][] = [
      ['n log n', 'O(n log n)'], ['nlogn', 'O(n log n)'], ['N log(N)', 'O(n log n)'], ['n^2', 'O(n^2)'], ['n²', 'O(n^2)'],
      ['n*n', 'O(n^2)'], ['n', 'O(n)'], ['m + n', 'O(n)'], ['1', 'O(1)'], ['log n', 'O(log n)'], ['2^n', 'O(2^n)'], ['n^3', 'O(n^3)'],
    ];
    for (const [expr, cls] of forms) assert.equal(classOf(expr), cls, expr);
  });

  it('finds the time claim and its line in a reasoning comment, skipping the unfilled template', () => {
    const text = ['/*', ' * Complexity: time O(?), space O(?)', ' * Approach: hash map', ' * Complexity: time O(n log n), space O(n)', ' */'].join('\n');
    assert.deepEqual(parseClaimedComplexity(text), { time: 'O(n log n)', space: 'O(n)', line: 4, raw: 'O(n log n)' });
    assert.equal(parseClaimedComplexity('# this runs in linear time').time, 'O(n)');
    assert.deepEqual(parseClaimedComplexity('nothing here'), {});
  });

  it('reads claims written in words or with the space bound first', () => {
    const claims: [string, ComplexityClass | undefined][] = [
      ['// time complexity is O(N^2)', 'O(n^2)'],
      ['# O(1) space, linear time', 'O(n)'],
      ['// constant space, but quadratic overall', 'O(n^2)'],
      ['We use O(1) extra space and O(n log n) time', 'O(n log n)'],
      ['// Space: O(n), Time: O(n^2)', 'O(n^2)'],
      // The label after the bound: the most common way to write it.
      ['// One pass with a hash map. O(n) time, O(1) space.', 'O(n)'],
      ['O(n log n) time and O(1) space', 'O(n log n)'],
      ['// runs in O(n) time with O(1) extra memory', 'O(n)'],
      ['Complexity: time O(n) space O(1)', 'O(n)'],
      ['// Time and space: O(n)', 'O(n)'],
      ['// O(|a| * |b|) time, O(|b|) space.', 'O(n^2)'],
      ['// the sort dominates the time; space O(n)', undefined],
      ['uses constant memory', undefined],
      ['a linear scan over the rows', undefined],
    ];
    for (const [text, cls] of claims) assert.equal(parseClaimedComplexity(text).time, cls, text);
    assert.equal(parseClaimedComplexity('def f(xs):\n    # sort first\n    # overall O(nlogn)\n').line, 3);
    assert.deepEqual(parseClaimedComplexity('// O(n) time, O(1) space.'), { time: 'O(n)', space: 'O(1)', line: 1, raw: 'O(n)' });
  });

  it('compares claim and measurement in a sentence', () => {
    const quadratic = fitComplexity(series((n) => (n * n) / 1e6, [1000, 2000, 4000, 8000], 0));
    const verdict = compareClaim('O(n)', quadratic);
    assert.equal(verdict.agrees, false);
    assert.match(verdict.message, /You claimed O\(n\) but the measured growth looks like O\(n\^2\) \(time ×4\.0 when n doubles\)/);
    assert.equal(compareClaim('O(n^2)', quadratic).agrees, true);
  });
});

describe('complexity: measuring a real solution', () => {
  it('measures linear and quadratic solutions apart and checks the claim', async function () {
    this.timeout(60_000);
    const { makeJudge, question } = await import('./helpers');
    const judge = makeJudge();
    const q = question(['kind: coding', 'function: dupes', 'scaling:', '  generator: |', '    return [Array.from({ length: n }, (_, i) => i)];', '  sizes: [1000, 2000, 4000, 8000]', 'tests:', '  - { args: [[1, 1]], expected: true }'].join('\n'));
    // The linear solution gets inputs large enough to take milliseconds: sub-millisecond timings
    // are noise on a busy machine, whatever their growth.
    const large = question(['kind: coding', 'function: dupes', 'scaling:', '  generator: |', '    return [Array.from({ length: n }, (_, i) => i)];', '  sizes: [250000, 500000, 1000000, 2000000]', 'tests:', '  - { args: [[1, 1]], expected: true }'].join('\n'));
    const linear = await judge.measure(large, { language: 'javascript', code: '// Complexity: time O(n), space O(n)\nfunction dupes(xs) { const seen = new Uint8Array(xs.length + 1); for (const x of xs) { if (x < 0 || x > xs.length) continue; if (seen[x]) return true; seen[x] = 1; } return false; }' });
    const quadratic = await judge.measure(q, { language: 'python', code: '# time: O(n)\ndef dupes(xs):\n    for i in range(len(xs)):\n        for j in range(i + 1, len(xs)):\n            if xs[i] == xs[j]:\n                return True\n    return False\n' });
    assert.equal(quadratic.fit.cls, 'O(n^2)', JSON.stringify(quadratic.points));
    assert.equal(quadratic.agrees, false);
    assert.match(quadratic.message, /You claimed O\(n\) but the measured growth looks like O\(n\^2\)/);
    assert.notEqual(linear.fit.cls, 'O(n^2)', JSON.stringify(linear.points));
    assert.equal(linear.claimed, 'O(n)');
  });
});

describe('complexity: measuring compiled languages (real toolchains)', function () {
  // One compile per language, then the sizes in one process; Java's compile is the slowest part.
  this.timeout(180_000);
  const q = () =>
    ['kind: coding', 'signature: "triples(xs: list<int>) -> int"', 'scaling:', '  generator: |', '    return [Array.from({ length: n }, (_, i) => i)];', '  sizes: [200, 400, 800, 1600]', 'tests:', '  - { args: [[1, -1, 0]], expected: 1 }'].join('\n');
  // Cubic: every triple is tried (about 7·10^8 at n = 1600). Each doubling of n costs eight times
  // as much, a growth no JIT, cache or busy core bends into the linear one the comment claims.
  const solutions = {
    java: 'class Solution {\n  // time: O(n)\n  public int triples(int[] xs) {\n    int count = 0;\n    for (int i = 0; i < xs.length; i++)\n      for (int j = i + 1; j < xs.length; j++)\n        for (int k = j + 1; k < xs.length; k++)\n          if (xs[i] + xs[j] + xs[k] == 0) count++;\n    return count;\n  }\n}\n',
    cpp: 'class Solution {\npublic:\n  // time: O(n)\n  int triples(vector<int>& xs) {\n    int count = 0;\n    for (size_t i = 0; i < xs.size(); i++)\n      for (size_t j = i + 1; j < xs.size(); j++)\n        for (size_t k = j + 1; k < xs.size(); k++)\n          if (xs[i] + xs[j] + xs[k] == 0) count++;\n    return count;\n  }\n};\n',
    go: '// time: O(n)\nfunc triples(xs []int) int {\n\tcount := 0\n\tfor i := range xs {\n\t\tfor j := i + 1; j < len(xs); j++ {\n\t\t\tfor k := j + 1; k < len(xs); k++ {\n\t\t\t\tif xs[i]+xs[j]+xs[k] == 0 {\n\t\t\t\t\tcount++\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n\treturn count\n}\n',
  } as const;
  for (const language of ['java', 'cpp', 'go'] as const) {
    it(`${language}: a cubic solution measures as growing faster than linear, and the O(n) claim in its comment is called out`, async () => {
      const { makeJudge, question } = await import('./helpers');
      const m = await makeJudge().measure(question(q()), { language, code: solutions[language] });
      assert.equal(m.points.length, 4, `${language}: every size was measured (${m.message})`);
      assert.ok(['O(n^2)', 'O(n^3)', 'O(2^n)'].includes(m.fit.cls ?? ''), `${language}: fitted ${m.fit.cls} to ${JSON.stringify(m.points)}`);
      assert.equal(m.claimed, 'O(n)');
      assert.equal(m.agrees, false, m.message);
      assert.match(m.message, /You claimed O\(n\) but the measured growth looks like O\(/);
    });
  }
});
