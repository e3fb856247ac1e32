import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadBank } from '../../../src/core/questions/bank';
import { KNOWN_FIELDS, loadQuestionFile, parseQuestion, TEST_FIELDS } from '../../../src/core/questions/loader';
import { MAX_FILE_BYTES, nestingDepth } from '../../../src/core/questions/yamlSafe';
import { formatDiagnostic } from '../../../src/core/model';

const fixtures = path.resolve(__dirname, '../../../../test/unit/questions/fixtures');

describe('question loader', () => {
  it('accepts the documented format exactly as written, comments and all', async () => {
    const r = await loadQuestionFile(path.join(fixtures, 'good/algorithms/running-sum.yaml'), 'builtin');
    assert.deepEqual(r.diagnostics, []);
    const q = r.question!;
    assert.equal(q.id, 'running-sum');
    assert.equal(q.function, 'runningSum');
    assert.equal(q.limits.timeMs, 1000);
    assert.equal(q.compare, 'exact');
    assert.deepEqual(q.tests[0], { type: 'call', name: 'basic', args: [[1, 2, 3]], expected: [1, 3, 6], hidden: false, line: 11 });
    assert.deepEqual(q.tests[1], { type: 'call', name: 'case 2', args: [[]], expected: [], hidden: true, line: 14 });
  });

  it('reads design-class cases in the operation format', async () => {
    const r = await loadQuestionFile(path.join(fixtures, 'good/algorithms/rate-limiter.yaml'), 'builtin');
    assert.deepEqual(r.diagnostics, []);
    assert.equal(r.question?.className, 'RateLimiter');
    assert.deepEqual(r.question?.tests[0], {
      type: 'ops', name: 'case 1', ops: ['RateLimiter', 'allow', 'allow', 'allow'], args: [[2, 1000], [0], [10], [20]], expected: [null, true, true, false], hidden: false, line: 10,
    });
  });

  describe('reports each malformed file at the offending line', () => {
    const dir = path.join(fixtures, 'malformed');
    for (const name of fs.readdirSync(dir).sort()) {
      const text = fs.readFileSync(path.join(dir, name), 'utf8');
      const m = /^# expect (\d+):(\d+) (.*)$/m.exec(text);
      it(name, () => {
        assert.ok(m, `${name} needs an "# expect L:C message" first line`);
        const [, line, col, fragment] = m;
        const r = parseQuestion(text, name, 'user');
        assert.equal(r.question, undefined, 'a file with errors yields no question');
        const shown = r.diagnostics.map(formatDiagnostic);
        const hit = r.diagnostics.find((d) => d.severity === 'error' && d.line === Number(line) && d.col === Number(col) && d.message.includes(fragment!));
        assert.ok(hit, `expected ${name}:${line}:${col}: …${fragment}… in\n${shown.join('\n')}`);
        assert.match(formatDiagnostic(hit), new RegExp(`^${name.replace('.', '\\.')}:${line}:${col}: `));
      });
    }
  });

  it('reads concepts per rubric dimension: names, synonyms, and shared-vocabulary names', () => {
    const text = [
      'id: with-concepts', 'title: T', 'topic: system-design', 'kind: system-design', 'difficulty: easy', 'minutes: 30', 'prompt: p',
      'rubric:', '  - { dimension: Scaling, weight: 2, lookFor: x }', '  - { dimension: trade-offs, weight: 1, lookFor: y }',
      'concepts:', '  scaling:', '    - caching', '    - key ranges per server: [id ranges, range & lease]', '  Trade-offs:', '    - 301 vs 302: [301 & 302]',
    ].join('\n');
    const r = parseQuestion(text, 'q.yaml', 'user');
    assert.deepEqual(r.diagnostics, []);
    assert.deepEqual(r.question?.concepts, {
      scaling: [{ name: 'caching', synonyms: [] }, { name: 'key ranges per server', synonyms: ['id ranges', 'range & lease'] }],
      'trade-offs': [{ name: '301 vs 302', synonyms: ['301 & 302'] }],
    });
  });

  it('accepts concepts for the default rubric when a drill has none of its own', () => {
    const text = ['id: c', 'title: T', 'topic: algorithms', 'kind: coding', 'difficulty: easy', 'minutes: 5', 'prompt: p', 'function: f', 'tests:', '  - { args: [1], expected: 1 }', 'concepts:', '  approach:', '    - hash map: [dictionary, hashmap]'].join('\n');
    const r = parseQuestion(text, 'q.yaml', 'user');
    assert.deepEqual(r.diagnostics, []);
    assert.deepEqual(r.question?.concepts['approach'], [{ name: 'hash map', synonyms: ['dictionary', 'hashmap'] }]);
  });

  it('reports several problems in one file, each on its own line', () => {
    const text = ['id: two-problems', 'title: T', 'topic: nope', 'kind: coding', 'difficulty: extreme', 'minutes: 5', 'prompt: p', 'function: f', 'tests:', '  - args: [1]', ''].join('\n');
    const r = parseQuestion(text, 'q.yaml', 'user');
    const lines = r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.line).sort((a, b) => a - b);
    assert.deepEqual(lines, [3, 5, 10]);
  });

  it('reads a generated worst-case test (size) and refuses one without a scaling generator', () => {
    const head = ['id: sized', 'title: T', 'topic: algorithms', 'kind: coding', 'difficulty: easy', 'minutes: 5', 'prompt: p', 'function: f'];
    const ok = parseQuestion([...head, 'scaling: { generator: "return [n];", sizes: [1, 2, 3] }', 'tests:', '  - { name: big, size: 500000, expected: 1, hidden: true }'].join('\n'), 'q.yaml', 'user');
    assert.deepEqual(ok.diagnostics, []);
    const t = ok.question?.tests[0];
    assert.equal(t?.type === 'call' ? t.size : undefined, 500000);
    const bad = parseQuestion([...head, 'tests:', '  - { name: big, size: 500000, expected: 1 }'].join('\n'), 'q.yaml', 'user');
    assert.match(bad.diagnostics.map((d) => d.message).join('\n'), /"size" needs a "scaling" generator/);
    const zero = parseQuestion([...head, 'scaling: { generator: "return [n];", sizes: [1, 2, 3] }', 'tests:', '  - { name: big, size: 0, expected: 1 }'].join('\n'), 'q.yaml', 'user');
    assert.ok(zero.diagnostics.some((d) => d.severity === 'error' && d.line === 11), JSON.stringify(zero.diagnostics));
  });

  it('reports a complexity whose unquoted comma split it into an extra key', () => {
    const head = ['id: comma', 'title: T', 'topic: algorithms', 'kind: coding', 'difficulty: easy', 'minutes: 5', 'prompt: p', 'function: f', 'tests:', '  - { args: [1], expected: 1 }'];
    const bad = parseQuestion([...head, 'complexity: { time: O(1) per call, O(n) rebuild, space: O(n) }'].join('\n'), 'q.yaml', 'user');
    assert.match(bad.diagnostics.map((d) => `${d.line}: ${d.message}`).join('\n'), /11: "complexity" has an unexpected key "O\(n\) rebuild"/);
    const ok = parseQuestion([...head, 'complexity: { time: "O(1) per call, O(n) rebuild", space: O(n) }'].join('\n'), 'q.yaml', 'user');
    assert.deepEqual(ok.diagnostics, []);
    assert.equal(ok.question?.complexity?.time, 'O(1) per call, O(n) rebuild');
  });

  it('refuses oversized files before parsing them', () => {
    const text = `id: big\nprompt: "${'x'.repeat(MAX_FILE_BYTES)}"\n`;
    const started = Date.now();
    const r = parseQuestion(text, 'big.yaml', 'user');
    assert.match(r.diagnostics[0]?.message ?? '', /limited to 256 KB/);
    assert.ok(Date.now() - started < 200, 'rejected without parsing');
  });

  it('does not let a __proto__ key reach the prototype of anything', () => {
    const text = ['id: proto', 'title: T', 'topic: algorithms', 'kind: coding', 'difficulty: easy', 'minutes: 5', 'prompt: p', 'function: f', '__proto__: { polluted: true }', 'tests:', '  - { args: [{ __proto__: { polluted: true } }], expected: 1 }'].join('\n');
    const r = parseQuestion(text, 'proto.yaml', 'user');
    assert.ok(r.question);
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
    assert.ok(r.diagnostics.some((d) => d.severity === 'warning' && d.message.includes('__proto__')));
  });

  it('ignores quoted brackets and comments when measuring nesting', () => {
    assert.equal(nestingDepth('a: "[[[[[["\nb: [1, [2]] # [[[[').depth, 3, 'the map, then two lists');
  });

  it('keeps the JSON Schema in step with the fields the loader accepts', () => {
    const schema = JSON.parse(fs.readFileSync(path.resolve(fixtures, '../../../../media/question.schema.json'), 'utf8')) as {
      properties: Record<string, unknown>;
      required: string[];
      properties_tests?: unknown;
    };
    assert.deepEqual(Object.keys(schema.properties).sort(), [...KNOWN_FIELDS].sort());
    const testProps = Object.keys(((schema.properties['tests'] as { items: { properties: Record<string, unknown> } }).items).properties);
    assert.deepEqual(testProps.sort(), [...TEST_FIELDS].sort());
  });
});

describe('question bank', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'drills-bank-'));
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('loads the good files even when others in the same pack are broken', async () => {
    fs.cpSync(path.join(fixtures, 'good'), path.join(tmp, 'pack'), { recursive: true });
    fs.cpSync(path.join(fixtures, 'malformed'), path.join(tmp, 'pack', 'broken'), { recursive: true });
    const { bank, diagnostics } = await loadBank([{ dir: path.join(tmp, 'pack'), source: 'user' }]);
    assert.deepEqual(bank.all().map((q) => q.id).sort(), ['conflict-teammate', 'rate-limiter-class', 'running-sum']);
    const brokenFiles = new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => path.basename(d.file)));
    assert.equal(brokenFiles.size, fs.readdirSync(path.join(fixtures, 'malformed')).length);
  });

  it('reports a duplicate id across packs and keeps the first', async () => {
    fs.cpSync(path.join(fixtures, 'good'), path.join(tmp, 'a'), { recursive: true });
    fs.mkdirSync(path.join(tmp, 'b'));
    fs.copyFileSync(path.join(fixtures, 'good/algorithms/running-sum.yaml'), path.join(tmp, 'b', 'copy.yaml'));
    const { bank, diagnostics } = await loadBank([
      { dir: path.join(tmp, 'a'), source: 'builtin' },
      { dir: path.join(tmp, 'b'), source: 'workspace' },
    ]);
    assert.equal(bank.byId('running-sum')?.source, 'builtin');
    const dup = diagnostics.find((d) => d.message.includes('duplicate id "running-sum"'));
    assert.ok(dup);
    assert.equal(path.basename(dup.file), 'copy.yaml');
  });

  it('groups by topic and orders easy before hard', async () => {
    fs.cpSync(path.join(fixtures, 'good'), path.join(tmp, 'a'), { recursive: true });
    const hard = fs.readFileSync(path.join(fixtures, 'good/algorithms/running-sum.yaml'), 'utf8').replace('id: running-sum', 'id: aaa-hard').replace('difficulty: easy', 'difficulty: hard').replace('title: Running Sum', 'title: AAA');
    fs.writeFileSync(path.join(tmp, 'a', 'hard.yaml'), hard);
    const { bank } = await loadBank([{ dir: path.join(tmp, 'a'), source: 'user' }]);
    assert.deepEqual(bank.byTopic('algorithms').map((q) => q.id), ['running-sum', 'aaa-hard']);
    assert.deepEqual(bank.byTopic('concurrency').map((q) => q.id), ['rate-limiter-class']);
  });
});
