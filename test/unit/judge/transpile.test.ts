import * as assert from 'node:assert/strict';
import { needsTranspile, transpile } from '../../../src/core/judge/transpile';
import { makeJudge, question } from './helpers';

const judge = makeJudge();
const sum = question(['kind: coding', 'function: add', 'limits: { timeMs: 2000, memoryMb: 128 }', 'tests:', '  - { name: one, args: [1, 2], expected: 3 }', '  - { name: two, args: [5, 5], expected: 10 }'].join('\n'));

describe('transpiling TypeScript and ES-module JavaScript', () => {
  it('keeps every line where the person wrote it', async () => {
    const source = ['// Approach: add them.', 'interface Pair {', '  a: number;', '  b: number;', '}', 'type N = number;', 'enum Mode { Fast, Slow }', 'export function add(a: N, b: N): N {', '  const p: Pair = { a, b };', '  return p.a + p.b + (Mode.Fast as number);', '}', ''].join('\n');
    const out = await transpile(source, 'typescript');
    assert.ok(out.ok);
    const lines = out.code.split('\n');
    assert.equal(lines.length, source.split('\n').length);
    assert.match(lines[8]!, /const p = \{ a, b \}/);
    assert.doesNotMatch(out.code, /interface|: N\b/);
  });

  it('reports a syntax error at the line and column of the person\'s file', async () => {
    const out = await transpile('function add(a: number, b: number) {\n  return a +;\n}\n', 'typescript');
    assert.equal(out.ok, false);
    if (out.ok) return;
    assert.equal(out.line, 2);
    assert.equal(out.column, 13);
    assert.equal(out.message, 'Unexpected token (line 2, column 13)');
  });

  it('leaves plain JavaScript untouched and transpiles JavaScript with import/export', async () => {
    assert.equal(needsTranspile('function add(a, b) { return a + b; }', 'javascript'), false);
    assert.deepEqual(await transpile('function add(a, b) { return a + b; }', 'javascript'), { ok: true, code: 'function add(a, b) { return a + b; }' });
    assert.equal(needsTranspile('export const add = (a, b) => a + b;', 'javascript'), true);
    const out = await transpile('export const add = (a, b) => a + b;', 'javascript');
    assert.ok(out.ok && /exports\.add/.test(out.code), 'an export becomes a CommonJS export');
  });

  it('runs TypeScript with a type-only error, since nothing type-checks', async () => {
    const r = await judge.run(sum, { language: 'typescript', code: 'const label: string = 5;\nfunction add(a: number, b: number): number {\n  return a + b;\n}\n' }, { mode: 'run', trusted: true });
    assert.equal(r.verdict, 'accepted');
  });

  it('runs a JavaScript solution that imports a Node module and exports its function', async () => {
    const code = "import assert from 'node:assert';\nimport { strict } from 'node:assert';\nexport function add(a, b) {\n  assert.ok(typeof a === 'number');\n  strict.equal(typeof b, 'number');\n  return a + b;\n}\n";
    const r = await judge.run(sum, { language: 'javascript', code }, { mode: 'run', trusted: true });
    assert.equal(r.verdict, 'accepted', r.cases.map((c) => c.error).join('; '));
  });

  it('points a TypeScript runtime error at the person\'s line, below type declarations', async () => {
    const code = ['interface Box {', '  value?: { n: number };', '}', 'type Num = number;', 'function add(a: Num, b: Num): Num {', '  const box: Box = {};', '  return box.value!.n + a + b;', '}', ''].join('\n');
    const r = await judge.run(sum, { language: 'typescript', code }, { mode: 'run', trusted: true });
    assert.equal(r.cases[0]?.verdict, 'runtime-error');
    assert.match(r.cases[0]?.error ?? '', /TypeError/);
    assert.equal(r.cases[0]?.line, 7);
  });

  it('runs TypeScript classes with parameter properties, generics and an enum', async () => {
    const code = ['enum Op { Plus = 1 }', 'class Adder<T extends number> {', '  constructor(private readonly base: T) {}', '  plus(x: T): number { return this.base + x * Op.Plus; }', '}', 'function add(a: number, b: number): number {', '  return new Adder<number>(a).plus(b);', '}', ''].join('\n');
    const r = await judge.run(sum, { language: 'typescript', code }, { mode: 'run', trusted: true });
    assert.equal(r.verdict, 'accepted', r.cases.map((c) => c.error).join('; '));
  });
});
