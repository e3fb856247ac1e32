import * as assert from 'node:assert/strict';
import { parseQuestion } from '../../../src/core/questions/loader';
import { spawnSync } from 'child_process';
import * as path from 'path';
import * as vm from 'vm';
import * as ts from 'typescript';
import { loadBank } from '../../../src/core/questions/bank';
import type { Question } from '../../../src/core/model';
import { RUNTIMES } from '../../../src/core/runtimes';
import { supportsProgram } from '../../../src/core/runtimes/starter';
import { question } from '../judge/helpers';

const root = path.resolve(__dirname, '../../../..');

async function programDrills(): Promise<Question[]> {
  const { bank } = await loadBank([{ dir: path.join(root, 'questions'), source: 'builtin' }]);
  return bank.all().filter((q) => q.kind === 'coding' && (q.function !== undefined || q.className !== undefined));
}

/** Syntax errors of each Python source, by key, from one interpreter. */
function pythonSyntaxErrors(sources: Record<string, string>): Record<string, string> {
  const program = [
    'import ast, json, sys',
    'out = {}',
    'for key, src in json.load(sys.stdin).items():',
    '    try:',
    '        ast.parse(src)',
    '    except SyntaxError as e:',
    '        out[key] = "line %s: %s" % (e.lineno, e.msg)',
    'print(json.dumps(out))',
  ].join('\n');
  const r = spawnSync(process.env['DRILLS_PYTHON'] ?? 'python3', ['-c', program], { input: JSON.stringify(sources), encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as Record<string, string>;
}

describe('starters from signatures', () => {
  it('every function and class drill of the bank has a starter that parses in JavaScript, TypeScript and Python', async () => {
    const drills = await programDrills();
    assert.ok(drills.length >= 80, `found ${drills.length} function and class drills`);
    const problems: string[] = [];
    const python: Record<string, string> = {};
    for (const q of drills) {
      try {
        new vm.Script(RUNTIMES.javascript.starter(q), { filename: `${q.id}/solution.js` });
      } catch (e) {
        problems.push(`${q.id} (JavaScript): ${(e as Error).message}`);
      }
      const t = ts.transpileModule(RUNTIMES.typescript.starter(q), { reportDiagnostics: true, compilerOptions: { target: ts.ScriptTarget.ES2022 } });
      for (const d of t.diagnostics ?? []) problems.push(`${q.id} (TypeScript): ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
      python[q.id] = RUNTIMES.python.starter(q);
    }
    for (const [id, error] of Object.entries(pythonSyntaxErrors(python))) problems.push(`${id} (Python): ${error}`);
    assert.deepEqual(problems, []);
  });

  it('every Python starter indents by four spaces throughout, its reasoning items too, so an editor guessing the indentation from the file indents new code as the body is', async () => {
    const odd: string[] = [];
    for (const q of await programDrills()) {
      if (RUNTIMES.python.supports(q) !== true) continue;
      RUNTIMES.python.starter(q).split('\n').forEach((line, i) => {
        const lead = /^ */.exec(line)![0].length;
        if (line.trim() !== '' && lead % 4 !== 0) odd.push(`${q.id}:${i + 1}: ${JSON.stringify(line)}`);
      });
    }
    assert.deepEqual(odd, []);
  });

  it('writes the declared types into each language\'s starter', async () => {
    const twoSum = (await programDrills()).find((q) => q.id === 'two-sum-indices');
    assert.ok(twoSum?.signature, 'two-sum-indices has a signature');
    const js = RUNTIMES.javascript.starter(twoSum);
    assert.match(js, /\/\*\*\n \* @param \{number\[\]\} nums\n \* @param \{number\} target\n \* @returns \{number\[\]\}\n \*\/\nfunction pairWithSum\(nums, target\) \{/);
    assert.match(RUNTIMES.typescript.starter(twoSum), /\nfunction pairWithSum\(nums: number\[\], target: number\): number\[\] \{\n/);
    assert.match(RUNTIMES.python.starter(twoSum), /\nfrom typing import List\n\n\ndef pairWithSum\(nums: List\[int\], target: int\) -> List\[int\]:\n {4}pass\n/);
  });

  it('stubs the constructor and every declared method of a design class, including ones no case calls', () => {
    const q = question(
      [
        'kind: coding',
        'signature:',
        '  class: Inventory',
        '  constructor: "(capacity: int)"',
        '  methods: ["add(sku: string, count: int) -> bool", "counts() -> map<string, long>", "clear() -> void"]',
        'tests:',
        '  - { ops: [Inventory, add], args: [[2], [a, 1]], expected: [null, true] }',
      ].join('\n'),
    );
    const tsCode = RUNTIMES.typescript.starter(q);
    for (const line of ['class Inventory {', '  constructor(capacity: number) {', '  add(sku: string, count: number): boolean {', '  counts(): Record<string, number> {', '  clear(): void {']) assert.ok(tsCode.includes(`\n${line}\n`), `TypeScript starter has ${line}\n${tsCode}`);
    const py = RUNTIMES.python.starter(q);
    for (const line of ['class Inventory:', '    def __init__(self, capacity: int):', '    def add(self, sku: str, count: int) -> bool:', '    def counts(self) -> Dict[str, int]:', '    def clear(self) -> None:']) assert.ok(py.includes(`\n${line}\n`), `Python starter has ${line}\n${py}`);
    const js = RUNTIMES.javascript.starter(q);
    for (const line of ['  constructor(capacity) {', '  add(sku, count) {', '  counts() {', '  clear() {', '   * @returns {Record<string, number>}']) assert.ok(js.includes(`\n${line}\n`), `JavaScript starter has ${line}\n${js}`);
    for (const r of [RUNTIMES.javascript, RUNTIMES.typescript, RUNTIMES.python]) {
      const s = r.starter(q);
      assert.equal(r.entryLine(s, q), s.split('\n').findIndex((l) => /^class Inventory\b/.test(l)) + 1, `${r.label} finds the class in its own starter`);
    }
  });

  it('declares records (TreeNode) and the JSON alias where the signature uses them', () => {
    const q = question(
      [
        'kind: coding',
        'signature:',
        '  function: "depth(root: TreeNode?, meta: json) -> int"',
        '  records: { TreeNode: "{ val: int, left: TreeNode?, right: TreeNode? }" }',
        'tests:',
        '  - { args: [null, {}], expected: 0 }',
      ].join('\n'),
    );
    assert.match(RUNTIMES.typescript.starter(q), /type Json = [^\n]+;\n\ninterface TreeNode \{\n {2}val: number;\n {2}left: TreeNode \| null;\n {2}right: TreeNode \| null;\n\}\n\nfunction depth\(root: TreeNode \| null, meta: Json\): number \{/);
    assert.match(RUNTIMES.javascript.starter(q), /@typedef \{object\} TreeNode\n \* @property \{number\} val\n \* @property \{TreeNode \| null\} left/);
    assert.match(RUNTIMES.python.starter(q), /from typing import Any, Optional, TypedDict\n\n\nclass TreeNode\(TypedDict\):\n {4}val: int\n {4}left: Optional\["TreeNode"\]\n {4}right: Optional\["TreeNode"\]\n\n\ndef depth\(root: Optional\[TreeNode\], meta: Any\) -> int:/);
  });

  it('keeps a pack\'s own starter, and untyped starters for drills without a signature', () => {
    const own = question(['kind: coding', 'signature: "f(a: int) -> int"', 'starter: { python: "def f(a):\\n    return 0\\n" }', 'tests:', '  - { args: [1], expected: 0 }'].join('\n'));
    assert.match(RUNTIMES.python.starter(own), /\ndef f\(a\):\n {4}return 0\n/);
    const legacy = question(['kind: coding', 'function: f', 'params: [a, b]', 'tests:', '  - { args: [1, 2], expected: 0 }'].join('\n'));
    assert.match(RUNTIMES.typescript.starter(legacy), /\nfunction f\(a: any, b: any\) \{\n/);
    assert.match(RUNTIMES.python.starter(legacy), /\ndef f\(a, b\):\n/);
  });
});

describe('which runtimes support a drill', () => {
  it('a runtime without a script for a script case says so', () => {
    const q = question(['kind: coding', 'signature: "f(a: int) -> int"', 'tests:', '  - { script: { python: "return f(1)" }, expected: 1 }'].join('\n'));
    assert.equal(RUNTIMES.python.supports(q), true);
    assert.equal(RUNTIMES.javascript.supports(q), '"q" has a script case ("case 1") written only for python, not JavaScript');
  });

  it('a runtime that cannot express a declared type, or needs types a drill lacks, says why', () => {
    const noJson = (t: { kind: string }): string | undefined => (t.kind === 'json' ? 'it has no JSON value type' : undefined);
    const rt = { id: 'cpp' as const, label: 'Cobol', sourceLanguages: [] };
    const typed = question(['kind: coding', 'signature: "f(a: map<string, json>) -> int"', 'tests:', '  - { args: [{}], expected: 1 }'].join('\n'));
    assert.equal(supportsProgram(typed, rt, noJson), 'Cobol cannot take "q": it has no JSON value type');
    const plain = question(['kind: coding', 'signature: "f(a: map<string, int>) -> int"', 'tests:', '  - { args: [{}], expected: 1 }'].join('\n'));
    assert.equal(supportsProgram(plain, rt, noJson), true);
    const untyped = question(['kind: coding', 'function: f', 'tests:', '  - { args: [{}], expected: 1 }'].join('\n'));
    assert.equal(supportsProgram(untyped, rt, noJson), '"q" has no typed signature, which Cobol needs to call it');
    for (const l of ['javascript', 'typescript', 'python'] as const) assert.equal(RUNTIMES[l].supports(typed), true, l);
  });

  it('a drill that lists its languages is offered in those only, and the loader refuses a language that cannot answer it', () => {
    const narrowed = question(['kind: coding', 'languages: [javascript, python, go]', 'signature: "f(a: int) -> int"', 'tests:', '  - { args: [1], expected: 1 }'].join('\n'));
    assert.deepEqual(narrowed.languages, ['javascript', 'python', 'go']);
    assert.equal(RUNTIMES.go.supports(narrowed), true);
    assert.equal(RUNTIMES.cpp.supports(narrowed), '"q" is not offered in C++: its author lists javascript, python, go');
    assert.equal(RUNTIMES.typescript.supports(narrowed), '"q" is not offered in TypeScript: its author lists javascript, python, go');
    const text = (languages: string) => ['id: q', 'title: Q', 'topic: algorithms', 'difficulty: easy', 'minutes: 10', 'prompt: p', 'kind: coding', `languages: ${languages}`, 'signature: "f(a: int) -> int"', 'tests:', '  - { args: [1], expected: 1 }'].join('\n');
    const sqlToo = parseQuestion(text('[javascript, sql]'), 'q.yaml', 'builtin');
    assert.match(sqlToo.diagnostics.map((d) => d.message).join('\n'), /"languages\[1\]" must be one of javascript, typescript, python, go, cpp, java \(the languages that answer a coding drill\), not "sql"/);
    assert.match(parseQuestion(text('[]'), 'q.yaml', 'builtin').diagnostics.map((d) => d.message).join('\n'), /"languages" must name at least one language/);
  });
});
