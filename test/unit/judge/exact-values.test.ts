// Exact values end to end: what a question file says reaches the solution unchanged, and what the
// solution returns is compared as the declared types say (integers exactly, floats with the
// tolerance, map keys with their type, sets only where a set is declared).
import * as assert from 'node:assert/strict';
import type { Language, RunResult } from '../../../src/core/model';
import { decode, encode, valueText } from '../../../src/core/judge/values';
import { parseType } from '../../../src/core/types';
import { makeJudge, question } from './helpers';

const judge = makeJudge();

function drill(signature: string, tests: string[], extra: string[] = []): ReturnType<typeof question> {
  return question(['kind: coding', `signature: "${signature}"`, 'limits: { timeMs: 2000, memoryMb: 256 }', ...extra, 'tests:', ...tests.map((t) => `  - ${t}`)].join('\n'));
}

async function run(q: ReturnType<typeof question>, language: Language, code: string): Promise<RunResult> {
  return judge.run(q, { language, code }, { mode: 'submit', trusted: true });
}

const verdict = async (q: ReturnType<typeof question>, language: Language, code: string): Promise<string> => (await run(q, language, code)).verdict;

describe('exact values: integers beyond 2^53', function () {
  this.timeout(30_000);

  it('a long argument beyond 2^53 reaches Python and JavaScript exactly, and the answer is compared exactly', async () => {
    const q = drill('next(n: long) -> long', ['{ name: big, args: [9007199254740993], expected: 9007199254740994 }']);
    assert.equal(await verdict(q, 'python', 'def next(n):\n    return n + 1\n'), 'accepted');
    assert.equal(await verdict(q, 'javascript', 'function next(n) { return BigInt(n) + 1n; }'), 'accepted');
    // Rounded through a double on the way in, the argument would be ...992 and the answer ...993.
    const r = await run(q, 'python', 'def next(n):\n    return 9007199254740993\n');
    assert.equal(r.verdict, 'wrong-answer');
  });

  it('2^53 is not accepted where 2^53 + 1 is expected', async () => {
    const q = drill('limit() -> long', ['{ name: edge, args: [], expected: 9007199254740993 }']);
    assert.equal(await verdict(q, 'python', 'def limit():\n    return 2 ** 53\n'), 'wrong-answer');
    assert.equal(await verdict(q, 'python', 'def limit():\n    return 2 ** 53 + 1\n'), 'accepted');
    assert.equal(await verdict(q, 'javascript', 'function limit() { return 2 ** 53; }'), 'wrong-answer');
    assert.equal(await verdict(q, 'javascript', 'function limit() { return 2n ** 53n + 1n; }'), 'accepted');
  });

  it('the float tolerance never applies to integers: 1000001 is not 1000000', async () => {
    const ints = drill('f(n: int) -> int', ['{ name: million, args: [1000000], expected: 1000000 }'], ['compare: float', 'tolerance: 0.000001']);
    assert.equal(await verdict(ints, 'python', 'def f(n):\n    return n + 1\n'), 'wrong-answer');
    assert.equal(await verdict(ints, 'javascript', 'function f(n) { return n + 1; }'), 'wrong-answer');
    const floats = drill('g(n: int) -> float', ['{ name: million, args: [1000000], expected: 1000000.0 }'], ['compare: float', 'tolerance: 0.000001']);
    assert.equal(await verdict(floats, 'python', 'def g(n):\n    return n + 0.5\n'), 'accepted', 'within the relative tolerance');
  });
});

describe('exact values: floats stay floats, ints stay ints', function () {
  this.timeout(30_000);

  it('a whole-number float argument (3.0, 1e16) reaches Python as a float', async () => {
    const q = drill('show(x: float) -> string', ['{ name: three, args: [3.0], expected: "3.0" }', '{ name: large, args: [1.0e16], expected: "1e+16" }', '{ name: half, args: [0.5], expected: "0.5" }']);
    const r = await run(q, 'python', 'def show(x):\n    return repr(x)\n');
    assert.deepEqual(r.cases.map((c) => [c.name, c.verdict, c.actual]), [['three', 'accepted', '3.0'], ['large', 'accepted', '1e+16'], ['half', 'accepted', '0.5']]);
  });

  it('an integer written for a float parameter reaches Python as a float', async () => {
    const q = drill('show(x: float) -> string', ['{ name: three, args: [3], expected: "3.0" }']);
    assert.equal(await verdict(q, 'python', 'def show(x):\n    return repr(x)\n'), 'accepted');
  });

  it('a YAML -0 for an int parameter reaches Python as the int 0, not -0.0', async () => {
    const q = drill('show(x: int) -> string', ['{ name: zero, args: [-0], expected: "0" }']);
    const r = await run(q, 'python', 'def show(x):\n    return repr(x)\n');
    assert.equal(r.cases[0]?.actual, '0');
    assert.equal(r.verdict, 'accepted');
  });

  it('a float returned where an int is declared is wrong, and the note says why', async () => {
    const q = drill('half(n: int) -> int', ['{ name: six, args: [6], expected: 3 }']);
    const r = await run(q, 'python', 'def half(n):\n    return n / 2\n');
    assert.equal(r.verdict, 'wrong-answer');
    assert.match(r.cases[0]?.error ?? '', /float.*where.*int/i);
    assert.equal(await verdict(q, 'python', 'def half(n):\n    return n // 2\n'), 'accepted');
    // JavaScript has one number type: 6 / 2 is the int 3.
    assert.equal(await verdict(q, 'javascript', 'function half(n) { return n / 2; }'), 'accepted');
  });

  it('a string returned where a number is declared is wrong, and the note says so (it looks like the number)', async () => {
    const q = drill('count(xs: list<int>) -> int', ['{ name: three, args: [[4, 5, 6]], expected: 3 }']);
    const r = await run(q, 'python', 'def count(xs):\n    return str(len(xs))\n');
    assert.deepEqual([r.verdict, r.cases[0]?.error], ['wrong-answer', 'returned the string "3" where int is declared']);
    const f = drill('half(n: int) -> float', ['{ name: three, args: [3], expected: 1.5 }']);
    const h = await run(f, 'javascript', 'function half(n) { return (n / 2).toFixed(1); }');
    assert.deepEqual([h.verdict, h.cases[0]?.error], ['wrong-answer', 'returned the string "1.5" where float is declared']);
  });

  it('an int returned where a float is declared is accepted as that float', async () => {
    const q = drill('mean(a: int, b: int) -> float', ['{ name: whole, args: [2, 4], expected: 3.0 }']);
    assert.equal(await verdict(q, 'python', 'def mean(a, b):\n    return (a + b) // 2\n'), 'accepted');
    assert.equal(await verdict(q, 'javascript', 'function mean(a, b) { return (a + b) / 2; }'), 'accepted');
  });
});

describe('exact values: maps keep their key types', function () {
  this.timeout(30_000);

  it('int map keys reach Python as ints and JavaScript as numbers in a Map', async () => {
    const q = drill('keyType(m: map<int, string>) -> string', ['{ name: one, args: [{1: a, 2: b}], expected: int }']);
    assert.equal(await verdict(q, 'python', 'def keyType(m):\n    return type(next(iter(m))).__name__\n'), 'accepted');
    const js = drill('keyType(m: map<int, string>) -> string', ['{ name: one, args: [{1: a, 2: b}], expected: number }']);
    assert.equal(await verdict(js, 'javascript', 'function keyType(m) { return m instanceof Map ? typeof [...m.keys()][0] : "object"; }'), 'accepted');
  });

  it('a string key is wrong where an int key is declared', async () => {
    const q = drill('count(xs: list<int>) -> map<int, int>', ['{ name: some, args: [[1, 3, 1]], expected: {1: 2, 3: 1} }']);
    assert.equal(await verdict(q, 'python', 'def count(xs):\n    out = {}\n    for x in xs:\n        out[x] = out.get(x, 0) + 1\n    return out\n'), 'accepted');
    const strKeys = await run(q, 'python', 'def count(xs):\n    out = {}\n    for x in xs:\n        out[str(x)] = out.get(str(x), 0) + 1\n    return out\n');
    assert.equal(strKeys.verdict, 'wrong-answer');
    assert.match(strKeys.cases[0]?.error ?? '', /string key "[13]" where map<int, int> is declared/);
    assert.equal(await verdict(q, 'javascript', 'function count(xs) { const o = {}; for (const x of xs) o[x] = (o[x] ?? 0) + 1; return o; }'), 'wrong-answer');
    assert.equal(await verdict(q, 'javascript', 'function count(xs) { const m = new Map(); for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1); return m; }'), 'accepted');
  });

  it('compare: unordered does not depend on the key order of maps inside the list', async () => {
    const q = drill('groups() -> list<map<string, int>>', ['{ name: two, args: [], expected: [{a: 1, b: 2}, {c: 3}] }'], ['compare: unordered']);
    assert.equal(await verdict(q, 'python', 'def groups():\n    return [{"c": 3}, {"b": 2, "a": 1}]\n'), 'accepted');
    assert.equal(await verdict(q, 'javascript', 'function groups() { return [{ c: 3 }, { b: 2, a: 1 }]; }'), 'accepted');
    assert.equal(await verdict(q, 'python', 'def groups():\n    return [{"c": 3}, {"b": 2, "a": 2}]\n'), 'wrong-answer');
  });
});

describe('exact values: sets only where a set is declared', function () {
  this.timeout(30_000);

  it('a returned set is wrong where a list is declared', async () => {
    const q = drill('uniq(xs: list<int>) -> list<int>', ['{ name: some, args: [[3, 1, 3, 2]], expected: [1, 2, 3] }']);
    assert.equal(await verdict(q, 'python', 'def uniq(xs):\n    return set(xs)\n'), 'wrong-answer');
    assert.equal(await verdict(q, 'python', 'def uniq(xs):\n    return sorted(set(xs))\n'), 'accepted');
    assert.equal(await verdict(q, 'javascript', 'function uniq(xs) { return new Set([...xs].sort()); }'), 'wrong-answer');
  });

  it('a set equals a set in any order where a set is declared, and a set argument arrives as a set', async () => {
    const q = drill('uniq(xs: list<int>) -> set<int>', ['{ name: some, args: [[3, 1, 3, 2]], expected: [1, 2, 3] }']);
    assert.equal(await verdict(q, 'python', 'def uniq(xs):\n    return set(xs)\n'), 'accepted');
    assert.equal(await verdict(q, 'javascript', 'function uniq(xs) { return new Set(xs); }'), 'accepted');
    assert.equal(await verdict(q, 'python', 'def uniq(xs):\n    return {1, 2}\n'), 'wrong-answer');
    const arg = drill('kind(s: set<string>) -> string', ['{ name: one, args: [[a, b]], expected: ok }']);
    assert.equal(await verdict(arg, 'python', 'def kind(s):\n    return "ok" if isinstance(s, set) and s == {"a", "b"} else repr(s)\n'), 'accepted');
    assert.equal(await verdict(arg, 'javascript', 'function kind(s) { return s instanceof Set && s.has("a") && s.size === 2 ? "ok" : String(s); }'), 'accepted');
  });
});

describe('exact values: drills without a signature keep their behaviour', function () {
  this.timeout(30_000);

  it('untyped: numbers compare by value across languages, maps by string keys', async () => {
    const q = question(['kind: coding', 'function: f', 'tests:', '  - { name: n, args: [2], expected: 1 }', '  - { name: m, args: [3], expected: {"1": 3} }'].join('\n'));
    const r = await run(q, 'python', 'def f(n):\n    return n / 2 if n == 2 else {1: n}\n');
    assert.deepEqual(r.cases.map((c) => c.verdict), ['accepted', 'accepted']);
  });
});

describe('exact values: round trips through both harnesses', function () {
  this.timeout(30_000);
  const identity = { python: 'def same(x):\n    return x\n', javascript: 'function same(x) { return x; }' } as const;

  for (const [type, value] of [
    ['list<long>', '[9223372036854775807, -9223372036854775808, 9007199254740993, 0, -1]'],
    ['list<float>', '[3.0, 1.0e16, -2.5, .nan, .inf, -.inf, -0.0, 0.1]'],
    ['map<long, list<float>>', '{9007199254740993: [1.0, 2.5], -3: []}'],
    ['set<long>', '[9007199254740993, 1, -1]'],
    ['tuple<long, string, float?>', '[12, "x", null]'],
    ['P', '{ id: 9007199254740993, tags: { a: 1.0 }, next: null }'],
  ] as const) {
    it(`${type}: an argument returned unchanged is accepted in Python and JavaScript`, async () => {
      const q = question(['kind: coding', 'signature:', `  function: "same(x: ${type}) -> ${type}"`, ...(type === 'P' ? ['  records:', '    P: "{ id: long, tags: map<string, float>, next: P? }"'] : []), 'tests:', `  - { name: same, args: [${value}], expected: ${value} }`].join('\n'));
      for (const language of ['python', 'javascript'] as const) {
        const r = await run(q, language, identity[language]);
        assert.equal(r.verdict, 'accepted', `${language}: ${JSON.stringify(r.cases[0], (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v))}`);
      }
    });
  }

  it('a long changed on the way is caught: returned as a float (Python) or rounded through a number (JavaScript)', async () => {
    const q = drill('same(x: list<long>) -> list<long>', ['{ name: same, args: [[9007199254740993]], expected: [9007199254740993] }']);
    assert.equal(await verdict(q, 'python', 'def same(x):\n    return [float(v) for v in x]\n'), 'wrong-answer');
    assert.equal(await verdict(q, 'javascript', 'function same(x) { return x.map(Number); }'), 'wrong-answer');
  });
});

describe('wire format 2: what the judge sends (the vectors PROTOCOL.md describes)', () => {
  const t = (text: string) => parseType(text).value!;

  it('ints plain up to 2^53 - 1 and tagged beyond; whole-number floats always tagged', () => {
    assert.deepEqual(encode([7, 9007199254740991, 9007199254740993n, -0], t('list<long>')), [7, 9007199254740991, { $: 'int', v: '9007199254740993' }, 0]);
    assert.deepEqual(encode([3, 0.5, 1e16, -0, NaN, Infinity, -Infinity], t('list<float>')), [{ $: 'float', v: '3.0' }, 0.5, { $: 'float', v: '10000000000000000.0' }, { $: '-0' }, { $: 'NaN' }, { $: 'Inf' }, { $: '-Inf' }]);
    assert.deepEqual(encode(1e21, t('float')), { $: 'float', v: '1e+21' });
  });

  it('map keys take the declared key type; records and JSON objects are string-keyed maps; sets are tagged', () => {
    assert.deepEqual(encode({ 1: 'a', '-2': 'b' }, t('map<int, string>')), { $: 'map', v: [[1, 'a'], [-2, 'b']] });
    assert.deepEqual(encode({ 1: 'a' }, t('map<string, string>')), { $: 'map', v: [['1', 'a']] });
    assert.deepEqual(encode([3, 1], t('set<int>')), { $: 'set', v: [3, 1] });
    assert.deepEqual(encode({ a: [1, 2.5] }, t('json')), { $: 'map', v: [['a', [1, 2.5]]] });
  });

  it('shows a case value with integers beyond 2^53 as their digits (drills show, the prompt, test messages)', () => {
    assert.equal(valueText([9007199254740993n, { a: -5n, b: 'x' }]), '[9007199254740993,{"a":-5,"b":"x"}]');
    assert.equal(valueText(undefined), 'undefined');
  });

  it('decodes what harnesses send into the judge\'s plain data', () => {
    assert.deepEqual(decode([{ $: 'int', v: '9007199254740993' }, { $: 'int', v: '5' }, { $: 'float', v: '3.0' }]), [9007199254740993n, 5, 3]);
    assert.deepEqual({ ...(decode({ $: 'map', v: [[1, 'a']] }) as object) }, { 1: 'a' });
    assert.deepEqual(decode({ $: 'set', v: [2, 1] }), [2, 1]);
  });
});
