import * as assert from 'node:assert/strict';
import { Judge } from '../../../src/core/judge';
import { appendCustomCase, counterexampleYaml, searchParams, searchWorthy, type SearchParams } from '../../../src/core/judge/counterexample';
import { createPlatform, type Platform } from '../../../src/core/platform';
import { parseCustomTests } from '../../../src/core/questions/loader';
import { lastingLeftovers, makeJudge, question } from './helpers';

const judge = makeJudge();
const js = (code: string) => ({ language: 'javascript' as const, code });

/** A function drill whose inputs come from the given generator body. */
function drill(fn: string, generator: string, timeMs = 1000) {
  return question(['kind: coding', `function: ${fn}`, `limits: { timeMs: ${timeMs}, memoryMb: 256 }`, 'scaling:', '  generator: |', ...generator.split('\n').map((l) => `    ${l}`), '  sizes: [1000, 2000, 4000]', 'tests:', '  - { args: [[1]], expected: 1 }'].join('\n'));
}

const sum = drill('total', 'return [Array.from({ length: n }, () => Math.floor(rand() * 100) - 50)];');
const sumRef = js('function total(xs) { return xs.reduce((a, b) => a + b, 0); }');

/** A judge whose processes are counted as they are spawned. */
function countingJudge(): { judge: Judge; spawned: () => number } {
  const real = createPlatform();
  let spawned = 0;
  const platform = Object.create(real) as Platform;
  platform.spawnOptions = () => (spawned++, real.spawnOptions());
  return { judge: new Judge({ nodePath: process.execPath, platform }), spawned: () => spawned };
}

describe('smallest failing input', function () {
  this.timeout(60_000);
  afterEach(async () => assert.deepEqual(await lastingLeftovers(), [], 'no process is left after a search'));

  it('finds an off-by-one and shrinks it to one element', async () => {
    const skipsFirst = js('function total(xs) { let s = 0; for (let i = 1; i < xs.length; i++) s += xs[i]; return s; }');
    const cx = await judge.findCounterexample(sum, skipsFirst, sumRef, { seed: 1 });
    assert.ok(cx, 'a counterexample is found');
    assert.equal(cx.verdict, 'wrong-answer');
    const [xs] = cx.args as [number[]];
    assert.equal(xs.length, 1, `shrunk to one element: ${JSON.stringify(cx.args)}`);
    assert.equal(cx.expected, xs[0], 'expected is the reference\'s answer');
    assert.equal(cx.actual, 0);
    assert.ok(cx.tries >= 1 && cx.shrinks >= 0 && cx.elapsedMs > 0);
  });

  it('finds a wrong tie-break with at most 4 words', async () => {
    const q = drill('mostFrequent', "return [Array.from({ length: Math.max(1, n) }, () => 'abcd'[Math.floor(rand() * 4)])];");
    const ref = js('function mostFrequent(ws) { const c = new Map(); for (const w of ws) c.set(w, (c.get(w) || 0) + 1); return [...c].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0]; }');
    const firstSeen = js('function mostFrequent(ws) { const c = new Map(); let best = null; for (const w of ws) { c.set(w, (c.get(w) || 0) + 1); if (best === null || c.get(w) > c.get(best)) best = w; } return best; }');
    const cx = await judge.findCounterexample(q, firstSeen, ref, { seed: 2 });
    assert.ok(cx, 'a counterexample is found');
    const [ws] = cx.args as [string[]];
    assert.ok(ws.length <= 4, `shrunk to ${JSON.stringify(ws)}`);
    assert.notEqual(cx.actual, cx.expected);
  });

  it('finds a missed duplicate with at most 4 elements (a Python solution against the JavaScript reference)', async () => {
    const q = drill('distinct', 'return [Array.from({ length: n }, () => Math.floor(rand() * 1000))];');
    const ref = js('function distinct(xs) { return new Set(xs).size; }');
    const counted = { language: 'python' as const, code: 'def distinct(xs):\n    return len(xs)\n' };
    const cx = await judge.findCounterexample(q, counted, ref, { seed: 3 });
    assert.ok(cx, 'a counterexample is found');
    const [xs] = cx.args as [number[]];
    assert.ok(xs.length <= 4 && new Set(xs).size < xs.length, `a list with a duplicate, shrunk: ${JSON.stringify(xs)}`);
    assert.equal(cx.actual, xs.length);
    assert.equal(cx.expected, new Set(xs).size);
  });

  it('runs one process per side for the whole search (solution, reference, generator), and none is left', async () => {
    const { judge: counted, spawned } = countingJudge();
    const cx = await counted.findCounterexample(sum, js('function total(xs) { return xs.length > 2 ? xs.reduce((a, b) => a + b, 0) : 0; }'), sumRef, { seed: 4 });
    assert.ok(cx && cx.tries > 3, 'the search ran several inputs');
    assert.equal(spawned(), 3);
    const { judge: counted2, spawned: spawned2 } = countingJudge();
    assert.equal(await counted2.findCounterexample(sum, sumRef, sumRef, { budgetMs: 1500, seed: 5 }), undefined);
    assert.equal(spawned2(), 3, 'a search that finds nothing also runs three processes');
  });

  it('finds nothing for a correct solution, and stops at its budget', async () => {
    const started = Date.now();
    const correct = js('function total(xs) { let s = 0; for (const x of xs) s += x; return s; }');
    assert.equal(await judge.findCounterexample(sum, correct, sumRef, { budgetMs: 2000 }), undefined);
    const took = Date.now() - started;
    assert.ok(took >= 1500 && took < 5000, `took ${took} ms for a 2 s budget`);
  });

  it('stops within 300 ms when cancelled, leaving no process', async () => {
    const abort = new AbortController();
    const search = judge.findCounterexample(sum, sumRef, sumRef, { signal: abort.signal });
    await new Promise((r) => setTimeout(r, 800));
    const asked = Date.now();
    abort.abort();
    assert.equal(await search, undefined);
    const took = Date.now() - asked;
    assert.ok(took < 300, `stopped ${took} ms after the cancel`);
  });

  it('counts a time limit as a failure, with a fresh process only after the one that timed out', async () => {
    const q = drill('total', 'return [Array.from({ length: n }, () => Math.floor(rand() * 10))];', 300);
    const { judge: counted, spawned } = countingJudge();
    const loops = js('function total(xs) { if (xs.length === 0) for (;;) {} return xs.reduce((a, b) => a + b, 0); }');
    const cx = await counted.findCounterexample(q, loops, js('function total(xs) { return xs.reduce((a, b) => a + b, 0); }'), { seed: 6 });
    assert.ok(cx);
    assert.equal(cx.verdict, 'time-limit');
    assert.deepEqual(cx.args, [[]]);
    assert.ok(spawned() >= 3 && spawned() <= 3 + cx.tries, `${spawned()} processes`);
  });

  it('skips inputs the reference does not answer: they are outside the drill', async () => {
    const ref = js('function total(xs) { if (xs.length % 2 === 1) throw new Error("odd lengths are not inputs"); return xs.reduce((a, b) => a + b, 0); }');
    const oddWrong = js('function total(xs) { return xs.length % 2 === 1 ? -1 : xs.reduce((a, b) => a + b, 0); }');
    assert.equal(await judge.findCounterexample(sum, oddWrong, ref, { budgetMs: 1500, seed: 7 }), undefined);
  });

  it('searches design classes through [ops, args] and shrinks the operations', async () => {
    const q = question([
      'kind: coding',
      'class: Peak',
      'scaling:',
      '  generator: |',
      "    const ops = ['Peak'], args = [[]];",
      "    for (let i = 0; i < n; i++) { if (rand() < 0.5) { ops.push('add'); args.push([Math.floor(rand() * 200) - 100]); } else { ops.push('max'); args.push([]); } }",
      '    return [ops, args];',
      '  sizes: [1000, 2000, 4000]',
      'tests:',
      '  - { ops: [Peak, add, max], args: [[], [1], []], expected: [null, null, 1] }',
    ].join('\n'));
    const ref = js('class Peak { constructor() { this.m = null; } add(x) { this.m = this.m === null ? x : Math.max(this.m, x); } max() { return this.m; } }');
    const startsAtZero = js('class Peak { constructor() { this.m = 0; this.any = false; } add(x) { this.any = true; this.m = Math.max(this.m, x); } max() { return this.any ? this.m : null; } }');
    const cx = await judge.findCounterexample(q, startsAtZero, ref, { seed: 8 });
    assert.ok(cx && cx.ops, 'a counterexample with operations');
    assert.deepEqual(cx.ops, ['Peak', 'add', 'max'], `shrunk to ${JSON.stringify(cx.ops)} ${JSON.stringify(cx.args)}`);
    const added = (cx.args[1] as number[])[0]!;
    assert.ok(added < 0, 'the value added is negative');
    assert.deepEqual(cx.expected, [null, null, added]);
  });

  it('offers the input as a custom case that fails the same way when run', async () => {
    const skipsFirst = js('function total(xs) { let s = 0; for (let i = 1; i < xs.length; i++) s += xs[i]; return s; }');
    const cx = await judge.findCounterexample(sum, skipsFirst, sumRef, { seed: 9 });
    assert.ok(cx);
    const yaml = await counterexampleYaml(cx);
    assert.match(yaml, /^tests:\n {2}- name: smallest failing input\n {4}args: \[ \[ -?\d+ \] \]\n {4}expected: -?\d+\n$/);
    const { tests, diagnostics } = parseCustomTests(yaml, 'custom-tests.yaml', sum);
    assert.deepEqual(diagnostics, []);
    assert.equal((await judge.run(sum, skipsFirst, { mode: 'run', trusted: true, extraCases: tests })).cases.at(-1)?.verdict, 'wrong-answer');
    assert.equal((await judge.run(sum, sumRef, { mode: 'run', trusted: true, extraCases: tests })).cases.at(-1)?.verdict, 'accepted');
  });

  it('says why a drill cannot be searched', async () => {
    const plain = question(['kind: coding', 'function: total', 'tests:', '  - { args: [[1]], expected: 1 }'].join('\n'));
    await assert.rejects(judge.findCounterexample(plain, sumRef, sumRef), /has no input generator/);
    await assert.rejects(judge.findCounterexample(sum, js('function total(xs) { return xs.'), sumRef), /your solution does not (compile|load) \(line \d+\): SyntaxError/);
  });
});

describe('the search over generator parameters (no processes)', () => {
  /** A generator as the child runs it: rand returns the draws, then 0. */
  const listOf = (p: SearchParams): number[] => {
    let i = 0;
    const rand = (): number => (i < p.draws.length ? p.draws[i++]! / 4294967296 : 0);
    return Array.from({ length: p.n }, () => Math.floor(rand() * 100001));
  };

  it('shrinks n, drops draws from the middle and moves each toward 0', async () => {
    const seen = new Set<string>();
    const r = await searchParams(
      async (p) => {
        const xs = listOf(p);
        const id = JSON.stringify(xs);
        const fresh = !seen.has(id);
        seen.add(id);
        return xs.length >= 2 && xs[0]! > xs[xs.length - 1]! ? { failure: xs, fresh } : { fresh };
      },
      { signal: new AbortController().signal, seed: 10 },
    );
    assert.deepEqual(r?.failure, [1, 0]);
  });

  it('stops early when every input was already tried (a generator that ignores rand)', async () => {
    let runs = 0;
    const r = await searchParams(async (p) => (runs++, { fresh: p.n === -1 }), { signal: new AbortController().signal, seed: 11 });
    assert.equal(r, undefined);
    assert.ok(runs < 2000, `${runs} runs`);
  });

  it('passes an error of the trial on instead of shrinking it', async () => {
    await assert.rejects(
      searchParams(async () => Promise.reject(new Error('the generator process died')), { signal: new AbortController().signal }),
      /the generator process died/,
    );
  });
});

describe('a counterexample added to custom-tests.yaml (no processes)', () => {
  const cx = { args: [[-5, -5], -10], expected: [0, 1] };
  const twoSum = question(['kind: coding', 'function: pairWithSum', 'tests:', '  - { args: [[1, 2], 3], expected: [0, 1] }'].join('\n'));
  const cases = (text: string) => {
    const { tests, diagnostics } = parseCustomTests(text, 'custom-tests.yaml', twoSum);
    assert.deepEqual(diagnostics, []);
    return tests.map((t) => ({ name: t.name, args: t.type === 'call' ? t.args : undefined, expected: t.type === 'call' ? t.expected : undefined }));
  };

  it('writes a new file when there is none (or it is blank)', async () => {
    for (const existing of [undefined, '', '\n  \n']) {
      const r = await appendCustomCase(existing, cx);
      assert.ok('text' in r, JSON.stringify(r));
      assert.equal(r.name, 'smallest failing input');
      assert.deepEqual(cases(r.text), [{ name: 'custom: smallest failing input', args: [[-5, -5], -10], expected: [0, 1] }]);
    }
  });

  it('keeps the person\'s cases and comments, and gives the new case a name of its own', async () => {
    const mine = '# my own edge cases\ntests:\n  - name: smallest failing input   # an earlier one\n    args: [[1, 2], 3]\n    expected: [0, 1]\n  - { name: negatives, args: [[-1, -2], -3], expected: [0, 1] }\n';
    const r = await appendCustomCase(mine, cx);
    assert.ok('text' in r, JSON.stringify(r));
    assert.equal(r.name, 'smallest failing input 2');
    assert.ok(r.text.startsWith('# my own edge cases\ntests:\n  - name: smallest failing input # an earlier one\n'), r.text);
    assert.deepEqual(cases(r.text).map((c) => c.name), ['custom: smallest failing input', 'custom: negatives', 'custom: smallest failing input 2']);
    assert.deepEqual(cases(r.text)[2], { name: 'custom: smallest failing input 2', args: [[-5, -5], -10], expected: [0, 1] });
    const again = await appendCustomCase(r.text, cx);
    assert.equal('name' in again && again.name, 'smallest failing input 3');
  });

  it('adds a tests: list to a file of comments only, and to a map without one', async () => {
    for (const existing of ['# cases I want to try\n', 'notes: later\n', 'tests:\n']) {
      const r = await appendCustomCase(existing, cx);
      assert.ok('text' in r, `${existing}: ${JSON.stringify(r)}`);
      assert.deepEqual(cases(r.text).map((c) => c.name), ['custom: smallest failing input']);
      if (existing.startsWith('#')) assert.match(r.text, /^# cases I want to try\n/);
    }
  });

  it('leaves a file it cannot read as a list of cases alone, saying why', async () => {
    assert.match(JSON.stringify(await appendCustomCase('tests:\n  - { name: a, args: [[1, 2], 3]\n', cx)), /does not parse \(line \d+/);
    assert.match(JSON.stringify(await appendCustomCase('- just a list\n', cx)), /not a map with a \\"tests:\\" list/);
    assert.match(JSON.stringify(await appendCustomCase('tests: none\n', cx)), /\\"tests:\\" in it is not a list/);
  });

  it('writes a design class\'s operations in the question\'s format', async () => {
    const r = await appendCustomCase(undefined, { ops: ['MedianFinder', 'addNum', 'findMedian'], args: [[], [1], []], expected: [null, null, 1.5] });
    assert.ok('text' in r);
    assert.match(r.text, /ops: \[ MedianFinder, addNum, findMedian \]\n {4}args: \[ \[\], \[ 1 \], \[\] \]\n {4}expected: \[ null, null, 1.5 \]/);
  });
});

describe('which failures call for a search', () => {
  const generated = { type: 'call' as const, name: 'worst', args: [], expected: null, hidden: true, size: 100_000 };
  const written = { type: 'call' as const, name: 'small', args: [[1]], expected: 1, hidden: false };

  it('a generated case that failed in a way a small input can show', () => {
    for (const v of ['wrong-answer', 'runtime-error', 'output-limit', 'incomplete'] as const) assert.equal(searchWorthy(generated, v), true, v);
    assert.equal(searchWorthy({ type: 'ops', name: 'ops worst', ops: [], args: [], expected: [], hidden: true, size: 1000 }, 'wrong-answer'), true);
  });

  it('not a passed case, a written case, slowness at scale or a compile error', () => {
    assert.equal(searchWorthy(generated, 'accepted'), false);
    assert.equal(searchWorthy(written, 'wrong-answer'), false);
    assert.equal(searchWorthy(undefined, 'wrong-answer'), false);
    for (const v of ['time-limit', 'memory-limit', 'compile-error'] as const) assert.equal(searchWorthy(generated, v), false, v);
  });
});
