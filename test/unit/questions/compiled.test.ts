import * as assert from 'node:assert/strict';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadBank, type PackFolder } from '../../../src/core/questions/bank';
import { compileBank, compiledBankPath, openCompiledBank, stampOf } from '../../../src/core/questions/compiled';
import { parseQuestion } from '../../../src/core/questions/loader';
import { compileBuiltinBank } from '../../../src/build/compileBank';
import type { Question } from '../../../src/core/model';

const root = path.resolve(__dirname, '../../../..');
const fixtures = path.join(root, 'test/unit/questions/fixtures');
const builtin = path.join(root, 'questions');

/** Every own field of a compiled question (reading them materialises the lazy ones), in order. */
function plain(q: Question): Record<string, unknown> {
  return { ...q };
}

/** JSON text that also tells BigInts and whole floats apart. */
function exactText(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : `${value}:number`;
  return value;
}

function assertSameBank(compiled: readonly Question[], parsed: readonly Question[]): void {
  assert.deepEqual(compiled.map((q) => q.id), parsed.map((q) => q.id));
  for (let i = 0; i < parsed.length; i++) {
    const c = compiled[i]!;
    const p = parsed[i]!;
    assert.deepEqual(Object.keys(c), Object.keys(p), `${p.id}: same fields in the same order`);
    assert.deepStrictEqual(plain(c), p, `${p.id}: same values, exactly`);
    assert.equal(JSON.stringify(c, exactText), JSON.stringify(p, exactText), `${p.id}: serialises the same, nested fields in the same order`);
  }
}

describe('compiled built-in bank', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'drills-compiled-'));
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('the bank the build wrote (dist/bank.jsonl) is current and equals what the YAML loader gives, question by question', async () => {
    const folder: PackFolder = { dir: builtin, source: 'builtin' };
    const fromYaml = await loadBank([folder]);
    const fromBank = await loadBank([{ ...folder, compiled: compiledBankPath(builtin) }]);
    assert.ok(fromYaml.bank.size >= 140, `${fromYaml.bank.size} built-in questions`);
    assert.deepEqual(fromBank.stats, { compiled: fromYaml.bank.size, parsed: 0, cached: 0 }, 'nothing was parsed: every question came from the compiled bank');
    assertSameBank(fromBank.bank.all(), fromYaml.bank.all());
    assert.deepStrictEqual(fromBank.diagnostics, fromYaml.diagnostics);
  });

  it('stores values exactly, whatever the loader produces: BigInt integers, floats that look whole, -0, NaN, Maps and Sets', async () => {
    fs.cpSync(path.join(fixtures, 'good'), path.join(tmp, 'q'), { recursive: true });
    const file = path.join(tmp, 'q', 'algorithms', 'running-sum.yaml');
    const base = parseQuestion(fs.readFileSync(file, 'utf8'), file, 'builtin').question!;
    // What a loader with exact integers (intAsBigInt) and kept floats could give.
    const exotic: Question = {
      ...base,
      tests: [
        { type: 'call', name: 'big', args: [[2n ** 64n, 3n, 3.0, -0, 1e16]], expected: [2n ** 64n + 3n], hidden: false },
        { type: 'call', name: 'odd', args: [new Map<unknown, unknown>([[1n, new Set(['a'])]]), NaN, -Infinity], expected: undefined, hidden: true },
      ],
    };
    const text = await compileBank(path.join(tmp, 'q'), [{ file, stamp: await stampOf(file), result: { question: exotic, diagnostics: [] } }], { dirs: [], checkSources: true });
    const bankFile = path.join(tmp, 'bank.jsonl');
    fs.writeFileSync(bankFile, text);
    const back = await openCompiledBank(bankFile, path.join(tmp, 'q'))!.lookup(file, 'builtin');
    assert.ok(back?.question);
    assert.deepStrictEqual(plain(back.question), exotic);
    const first = back.question.tests[0];
    assert.equal(first?.type, 'call');
    const args = first.args[0] as unknown[];
    assert.equal(typeof args[1], 'bigint');
    assert.equal(typeof args[2], 'number');
    assert.ok(Object.is(args[3], -0));
  });

  it('decodes a question\'s details only when one is read, and then gives the loader\'s object', async () => {
    fs.cpSync(path.join(fixtures, 'good'), path.join(tmp, 'q'), { recursive: true });
    const report = await compileBuiltinBank(path.join(tmp, 'q'), path.join(tmp, 'dist', 'bank.jsonl'), { production: false });
    assert.equal(report.written, true);
    const { bank } = await loadBank([{ dir: path.join(tmp, 'q'), source: 'builtin', compiled: path.join(tmp, 'dist', 'bank.jsonl') }]);
    const q = bank.byId('running-sum')!;
    assert.equal(q.title, 'Running Sum');
    assert.ok(Object.getOwnPropertyDescriptor(q, 'tests')?.get, 'tests are not decoded for a listing');
    assert.equal(q.tests.length, 2);
    assert.equal(Object.getOwnPropertyDescriptor(q, 'tests')?.get, undefined, 'decoded once, then plain data');
    const parsed = parseQuestion(fs.readFileSync(q.file, 'utf8'), q.file, 'builtin').question!;
    assert.deepStrictEqual(plain(q), parsed);
  });

  describe('never serves a stale question', () => {
    let dir: string;
    let bankFile: string;
    const load = (): ReturnType<typeof loadBank> => loadBank([{ dir, source: 'builtin', compiled: bankFile }]);

    beforeEach(async () => {
      dir = path.join(tmp, 'questions');
      bankFile = compiledBankPath(dir);
      fs.cpSync(path.join(fixtures, 'good'), dir, { recursive: true });
      assert.equal((await compileBuiltinBank(dir, bankFile, { production: false })).written, true);
      assert.deepEqual((await load()).stats, { compiled: 3, parsed: 0, cached: 0 });
    });

    it('parses a file edited after the build, and only that one', async () => {
      const file = path.join(dir, 'algorithms', 'running-sum.yaml');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('title: Running Sum', 'title: Running Total'));
      const { bank, stats } = await load();
      assert.equal(bank.byId('running-sum')?.title, 'Running Total');
      assert.deepEqual(stats, { compiled: 2, parsed: 1, cached: 0 });
    });

    it('finds a file added after the build and drops one removed', async () => {
      const copy = fs.readFileSync(path.join(dir, 'algorithms', 'running-sum.yaml'), 'utf8').replace('id: running-sum', 'id: running-sum-two');
      fs.writeFileSync(path.join(dir, 'algorithms', 'running-sum-two.yaml'), copy);
      fs.rmSync(path.join(dir, 'behavioral', 'conflict.yaml'));
      const { bank, stats } = await load();
      assert.deepEqual(bank.all().map((q) => q.id).sort(), ['rate-limiter-class', 'running-sum', 'running-sum-two']);
      assert.deepEqual(stats, { compiled: 2, parsed: 1, cached: 0 });
    });

    it('keeps using the bank when only the stamps changed (a fresh checkout), by comparing contents', async () => {
      const later = new Date(Date.now() + 60_000);
      for (const f of ['algorithms/running-sum.yaml', 'algorithms/rate-limiter.yaml', 'behavioral/conflict.yaml']) fs.utimesSync(path.join(dir, f), later, later);
      assert.deepEqual((await load()).stats, { compiled: 3, parsed: 0, cached: 0 });
    });

    it('ignores a bank written in another format', async () => {
      const [index, ...rest] = fs.readFileSync(bankFile, 'utf8').split('\n');
      fs.writeFileSync(bankFile, [index!.replace('"format":1', '"format":999'), ...rest].join('\n'));
      assert.deepEqual((await load()).stats, { compiled: 0, parsed: 3, cached: 0 });
    });
  });

  it('a production build\'s bank is used as it is, though installed files carry other stamps', async () => {
    const dir = path.join(tmp, 'questions');
    fs.cpSync(path.join(fixtures, 'good'), dir, { recursive: true });
    await compileBuiltinBank(dir, compiledBankPath(dir), { production: true });
    const later = new Date(Date.now() + 60_000);
    fs.utimesSync(path.join(dir, 'algorithms'), later, later);
    fs.utimesSync(path.join(dir, 'algorithms', 'running-sum.yaml'), later, later);
    const { bank, stats } = await loadBank([{ dir, source: 'builtin', compiled: compiledBankPath(dir) }]);
    assert.deepEqual(stats, { compiled: 3, parsed: 0, cached: 0 });
    assert.equal(bank.byId('running-sum')?.tests.length, 2);
  });

  it('the build step fails with the loader\'s file:line:col diagnostics when a question is invalid, and writes no bank', () => {
    const dir = path.join(tmp, 'questions');
    fs.cpSync(path.join(fixtures, 'good'), dir, { recursive: true });
    fs.copyFileSync(path.join(fixtures, 'malformed', 'missing-expected.yaml'), path.join(dir, 'algorithms', 'missing-expected.yaml'));
    fs.copyFileSync(path.join(dir, 'algorithms', 'running-sum.yaml'), path.join(dir, 'behavioral', 'again.yaml'));
    const out = path.join(tmp, 'dist', 'bank.jsonl');
    const r = spawnSync(process.execPath, [path.join(root, 'out', 'build', 'compile-bank.js'), dir, out], { encoding: 'utf8', cwd: tmp });
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /^questions\/algorithms\/missing-expected\.yaml:11:5: "tests\[0\]\.expected" is missing$/m);
    assert.match(r.stderr, /^questions\/behavioral\/again\.yaml:1:1: duplicate id "running-sum"/m);
    assert.match(r.stderr, /2 error\(s\)/);
    assert.equal(fs.existsSync(out), false);
  });
});
