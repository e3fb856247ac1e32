import * as assert from 'node:assert/strict';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Judge } from '../../../src/core/judge';
import type { Question, RunResult } from '../../../src/core/model';
import { loadBank } from '../../../src/core/questions/bank';
import { RUNTIMES, ToolchainMissing } from '../../../src/core/runtimes';
import { runTool } from '../../../src/core/runtimes/compiled';
import { lastingLeftovers, question } from './helpers';

// Runs against the real JDK. Without one these tests FAIL with the install message (CI installs it).
const java = RUNTIMES.java;
const judge = new Judge({ nodePath: process.execPath });

const add = question(['kind: coding', 'signature: "add(a: int, b: int) -> int"', 'limits: { timeMs: 1500, memoryMb: 64 }', 'tests:', '  - { name: one, args: [1, 2], expected: 3 }', '  - { name: two, args: [5, 5], expected: 10 }', '  - { name: hidden, args: [0, 0], expected: 0, hidden: true }'].join('\n'));

function solution(body: string, imports = ''): string {
  return `${imports}class Solution {\n${body}\n}\n`;
}
async function run(code: string, q: Question = add, mode: 'run' | 'submit' = 'run', j = judge): Promise<RunResult> {
  return j.run(q, { language: 'java', code }, { mode, trusted: true });
}
const verdicts = (r: RunResult) => r.cases.map((c) => c.verdict);

describe('Java runtime (real JDK)', function () {
  this.timeout(120_000);

  before(async () => {
    try {
      await judge.toolchain(java);
    } catch (e) {
      throw new Error(`the Java tests need a JDK 17+: ${(e as Error).message}`);
    }
  });
  afterEach(async () => assert.deepEqual(await lastingLeftovers(), [], 'no process is left after a run'));

  it('accepts a LeetCode-style class Solution: visible cases on Run, all on Submit', async () => {
    const code = solution('    public int add(int a, int b) {\n        return a + b;\n    }');
    const r = await run(code);
    assert.equal(r.verdict, 'accepted');
    assert.deepEqual(r.cases.map((c) => c.name), ['one', 'two']);
    assert.deepEqual(verdicts(await run(code, add, 'submit')), ['accepted', 'accepted', 'accepted']);
  });

  it('gives wrong-answer with the expected and the actual value', async () => {
    const r = await run(solution('    public int add(int a, int b) { return a - b; }'));
    assert.deepEqual(verdicts(r), ['wrong-answer', 'wrong-answer']);
    assert.equal(r.cases[0]?.expected, 3);
    assert.equal(r.cases[0]?.actual, -1);
  });

  it('reports a compile error at the line of the person\'s file', async () => {
    const r = await run('class Solution {\n    public int add(int a, int b) {\n        return a + b\n    }\n}\n');
    assert.equal(r.verdict, 'compile-error');
    assert.equal(r.cases[0]?.line, 3);
    assert.match(r.cases[0]?.error ?? '', /Solution\.java:3: ';' expected/);
  });

  it('says which method is missing when the name is wrong', async () => {
    const r = await run(solution('    public int plus(int a, int b) { return a + b; }'));
    assert.equal(r.verdict, 'compile-error');
    assert.match(r.cases[0]?.error ?? '', /no method add taking 2 argument/);
  });

  it('names the exception and the line where it was thrown in the person\'s file', async () => {
    const code = ['class Solution {', '    public int add(int a, int b) {', '        return helper(new int[a], b);', '    }', '    int helper(int[] xs, int b) {', '        return xs[b];', '    }', '}', ''].join('\n');
    const r = await run(code);
    assert.equal(r.cases[0]?.verdict, 'runtime-error');
    assert.match(r.cases[0]?.error ?? '', /^ArrayIndexOutOfBoundsException: Index 2 out of bounds for length 1/);
    assert.equal(r.cases[0]?.line, 6);
  });

  it('stops an infinite loop at the time limit and runs the next case in a fresh JVM', async () => {
    const r = await run(solution('    public int add(int a, int b) {\n        while (a == 1) { }\n        return a + b;\n    }'));
    assert.deepEqual(verdicts(r), ['time-limit', 'accepted']);
  });

  it('gives memory-limit past the drill\'s memory (the JVM heap)', async () => {
    const r = await run(solution('    public int add(int a, int b) {\n        java.util.List<long[]> hold = new java.util.ArrayList<>();\n        while (true) hold.add(new long[1 << 20]);\n    }'));
    assert.equal(r.cases[0]?.verdict, 'memory-limit');
  });

  it('gives output-limit to a solution that prints without end', async () => {
    const r = await run(solution('    public int add(int a, int b) {\n        while (true) System.out.println("spam spam spam spam spam spam spam spam");\n    }'));
    assert.equal(r.cases[0]?.verdict, 'output-limit');
  });

  it('captures what a case prints, and standard input is empty', async () => {
    const r = await run(solution('    public int add(int a, int b) throws Exception {\n        System.out.println("sum of " + a + " and " + b);\n        return a + b + System.in.read() + 1;\n    }'));
    assert.equal(r.cases[0]?.verdict, 'accepted');
    assert.match(r.cases[0]?.stdout ?? '', /sum of 1 and 2/);
    assert.equal(r.cases[1]?.stdout, 'sum of 5 and 5\n', 'each case shows only what it printed');
  });

  it('decodes lists into arrays or Lists, maps with integer keys, longs beyond 32 bits and records', async () => {
    const q = question(
      [
        'kind: coding',
        'signature:',
        '  function: "summarize(xs: list<int>, grid: list<list<int>>, counts: map<int, string>, big: long, root: TreeNode?) -> Summary"',
        '  records:',
        '    TreeNode: "{ val: int, left: TreeNode?, right: TreeNode? }"',
        '    Summary: "{ total: long, keys: list<int>, labels: map<int, string>, depth: int, words: set<string> }"',
        'tests:',
        '  - name: all',
        '    args: [[1, 2, 3], [[4], [5, 6]], {7: seven, 8: eight}, 5000000000, {val: 1, left: {val: 2, left: null, right: null}, right: null}]',
        '    expected: {total: 5000000021, keys: [7, 8], labels: {7: seven, 8: eight}, depth: 2, words: [eight, seven]}',
      ].join('\n'),
    );
    const code = [
      'import java.util.*;',
      'class Solution {',
      '    public Summary summarize(List<Integer> xs, int[][] grid, Map<Integer, String> counts, long big, TreeNode root) {',
      '        long total = big;',
      '        for (int x : xs) total += x;',
      '        for (int[] row : grid) for (int x : row) total += x;',
      '        List<Integer> keys = new ArrayList<>(new TreeSet<>(counts.keySet()));',
      '        return new Summary(total, keys, new TreeMap<>(counts), depth(root), new TreeSet<>(counts.values()));',
      '    }',
      '    int depth(TreeNode n) { return n == null ? 0 : 1 + Math.max(depth(n.left), depth(n.right)); }',
      '}',
      '',
    ].join('\n');
    const r = await run(code, q);
    assert.equal(r.verdict, 'accepted', JSON.stringify(r.cases[0]));
  });

  it('runs a design class through its operations', async () => {
    const q = question(
      [
        'kind: coding',
        'signature:',
        '  class: Counter',
        '  constructor: "(start: int)"',
        '  methods:',
        '    - "bump(by: int) -> void"',
        '    - "value() -> int"',
        'tests:',
        '  - { name: ops, ops: [Counter, bump, bump, value], args: [[10], [1], [2], []], expected: [null, null, null, 13] }',
      ].join('\n'),
    );
    const r = await run('class Counter {\n    private int v;\n    public Counter(int start) { v = start; }\n    public void bump(int by) { v += by; }\n    public int value() { return v; }\n}\n', q);
    assert.equal(r.verdict, 'accepted', JSON.stringify(r.cases[0]));
  });

  it('does not compile an unchanged solution again, and compiles the harness once, not with every edit', async () => {
    const root = await fs.mkdtemp(path.join(os.tmpdir(), 'drills-java-cache-'));
    try {
      // A javac that records each call, beside the real java.
      const real = await judge.toolchain(java);
      const bin = path.join(root, 'jdk', 'bin');
      await fs.mkdir(bin, { recursive: true });
      const log = path.join(root, 'javac.log');
      await fs.writeFile(path.join(bin, 'javac'), `#!/bin/sh\ncase "$*" in *-d*) echo "$*" >> '${log}';; esac\nexec '${real.env?.DRILLS_JAVAC ?? 'javac'}' "$@"\n`, { mode: 0o755 });
      await fs.symlink(real.command, path.join(bin, 'java'));
      const counted = new Judge({ nodePath: process.execPath, cacheDir: path.join(root, 'cache'), toolchains: { configured: () => path.join(root, 'jdk') } });
      const code = solution('    public int add(int a, int b) { return a + b; }');
      /** javac calls so far: [of the harness, of the solution]. */
      const calls = async () => {
        const lines = (await fs.readFile(log, 'utf8').catch(() => '')).split('\n').filter(Boolean);
        return [lines.filter((l) => l.includes('DrillsHarness.java')).length, lines.filter((l) => l.includes('Solution.java')).length];
      };
      assert.equal((await run(code, add, 'run', counted)).verdict, 'accepted');
      assert.deepEqual(await calls(), [1, 1], 'the first run compiles the harness and the solution, each on its own');
      assert.equal((await run(code, add, 'submit', counted)).verdict, 'accepted');
      assert.deepEqual(await calls(), [1, 1], 'the second run reused the build');
      assert.equal((await run(`${code}// edited\n`, add, 'run', counted)).verdict, 'accepted');
      assert.deepEqual(await calls(), [1, 2], 'a changed file compiles again, without the harness');
    } finally {
      await fs.rm(root, { recursive: true, force: true });
    }
  });

  it('says what to install or set when the JDK is not there', async () => {
    const nowhere = new Judge({ nodePath: process.execPath, toolchains: { configured: () => '/nonexistent/jdk', settingName: () => 'DRILLS_JAVA' } });
    await assert.rejects(nowhere.toolchain(java), (e: unknown) => e instanceof ToolchainMissing && /No JDK 17\+ was found at "\/nonexistent\/jdk" \(DRILLS_JAVA\)/.test(e.message));
  });

  it('compiles the starter of every function and class drill in the bank that Java supports (one javac call)', async () => {
    const { bank: all } = await loadBank([{ dir: path.resolve(__dirname, '../../../../questions'), source: 'builtin' }]);
    const bank = all.all().filter((q) => q.kind === 'coding' && (q.function !== undefined || q.className !== undefined));
    const supported = bank.filter((q) => java.supports(q) === true);
    assert.ok(supported.length >= 40, `only ${supported.length} drills are supported`);
    const unsupported = bank.filter((q) => java.supports(q) !== true).map((q) => `${q.id}: ${String(java.supports(q))}`);
    for (const why of unsupported) assert.match(why, /script case|no typed signature/);
    const root = await fs.mkdtemp(path.join(os.tmpdir(), 'drills-java-starters-'));
    try {
      const files: string[] = [];
      for (const [k, q] of supported.entries()) {
        // Each starter in its own package, so every "class Solution" can be compiled in one call.
        const dir = path.join(root, `p${k}`);
        await fs.mkdir(dir);
        const records = java.starter(q).match(/\/\*\n \* Provided by the judge[\s\S]*?\*\//)?.[0];
        await fs.writeFile(path.join(dir, 'Solution.java'), `package p${k};\n${java.starter(q)}`);
        files.push(path.join(dir, 'Solution.java'));
        if (records) {
          const source = records.split('\n').slice(2, -1).map((l) => l.replace(/^ \* ?/, '')).join('\n');
          await fs.writeFile(path.join(dir, 'Records.java'), `package p${k};\nimport java.util.*;\n${source}\n`);
          files.push(path.join(dir, 'Records.java'));
        }
      }
      const tc = await judge.toolchain(java);
      const r = await runTool(tc.env?.DRILLS_JAVAC ?? 'javac', ['-d', path.join(root, 'out'), '-nowarn', ...files], { cwd: root, timeoutMs: 300_000 });
      assert.equal(r.code, 0, r.stderr.slice(0, 4000));
    } finally {
      await fs.rm(root, { recursive: true, force: true });
    }
  });
});
