// The Go runtime against the real toolchain: every verdict, the build cache, and a starter for every
// drill Go supports. A machine without Go fails here with the install message (CI installs Go).
import * as assert from 'node:assert/strict';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Judge } from '../../../src/core/judge';
import type { Question, RunResult } from '../../../src/core/model';
import { loadBank } from '../../../src/core/questions/bank';
import { RUNTIMES, type Toolchain } from '../../../src/core/runtimes';
import { runTool } from '../../../src/core/runtimes/compiled';
import { asMainPackage, buildEnv, glue } from '../../../src/core/runtimes/go';
import goHarness from '../../../src/core/runtimes/harness/harness.go';
import { lastingLeftovers, question } from './helpers';

const root = path.resolve(__dirname, '../../../..');
const go = RUNTIMES.go;
/**
 * Kept between test runs, like a person's cache folder: the first build compiles Go's standard
 * library (about a minute on a slow machine), later ones only the solution.
 */
const cacheDir = process.env['DRILLS_TEST_GO_CACHE'] ?? path.join(os.tmpdir(), 'interview-drills-test-go-builds');

const overlap = question(['kind: coding', 'signature: "hasOverlap(meetings: list<list<int>>) -> bool"', 'limits: { timeMs: 2000, memoryMb: 256 }', 'tests:', '  - { name: a, args: [[[1, 5], [4, 9]]], expected: true }', '  - { name: b, args: [[[1, 5], [5, 9]]], expected: false }'].join('\n'));
const GOOD = ['import "sort"', '', 'func hasOverlap(meetings [][]int) bool {', '\tsort.Slice(meetings, func(i, j int) bool { return meetings[i][0] < meetings[j][0] })', '\tfor i := 1; i < len(meetings); i++ {', '\t\tif meetings[i][0] < meetings[i-1][1] {', '\t\t\treturn true', '\t\t}', '\t}', '\treturn false', '}', ''].join('\n');

function judge(extra: Partial<ConstructorParameters<typeof Judge>[0]> = {}): Judge {
  return new Judge({ nodePath: process.execPath, cacheDir, ...extra });
}

async function run(q: Question, code: string, j = judge()): Promise<RunResult> {
  return j.run(q, { language: 'go', code }, { mode: 'submit', trusted: true });
}

const verdicts = (r: RunResult): string[] => r.cases.map((c) => c.verdict);

describe('judge: Go', function () {
  this.timeout(120_000);
  let toolchain: Toolchain;

  before(async function () {
    this.timeout(600_000);
    // Missing Go fails here with "Go was not found … Install Go 1.21 or newer, or set …".
    toolchain = await judge().toolchain(go);
    // Warm the build cache (the standard library) once for every test below.
    await run(overlap, GOOD);
  });

  after(async () => assert.deepEqual(await lastingLeftovers(), []));

  it('accepts a LeetCode-style function, with or without a package line', async () => {
    assert.deepEqual(verdicts(await run(overlap, GOOD)), ['accepted', 'accepted']);
    assert.deepEqual(verdicts(await run(overlap, `package main\n\n${GOOD}`)), ['accepted', 'accepted']);
    assert.deepEqual(verdicts(await run(overlap, `package solution\n\n${GOOD}\nfunc main() {}\n`)), ['accepted', 'accepted']);
  });

  it('gives wrong-answer with expected and actual', async () => {
    const r = await run(overlap, 'func hasOverlap(meetings [][]int) bool {\n\treturn len(meetings) > 1\n}\n');
    assert.deepEqual(verdicts(r), ['accepted', 'wrong-answer']);
    assert.deepEqual([r.cases[1]!.expected, r.cases[1]!.actual], [false, true]);
  });

  it('reports a compile error at the line of the person\'s file, with and without a package line', async () => {
    const bare = await run(overlap, 'import "fmt"\n\nfunc hasOverlap(meetings [][]int) bool {\n\treturn undefinedThing\n}\n');
    // Go reports errors in file order: the unused import (line 1) first, then every other one with its line.
    assert.deepEqual([bare.verdict, bare.cases[0]!.line], ['compile-error', 1]);
    assert.match(bare.cases[0]!.error!, /^"fmt" imported and not used\nline 4: undefined: undefinedThing$/);
    const pkg = await run(overlap, 'package main\n\nfunc hasOverlap(meetings [][]int) bool {\n\tx := 1\n\treturn false\n}\n');
    assert.deepEqual([pkg.verdict, pkg.cases[0]!.line], ['compile-error', 4]);
    assert.match(pkg.cases[0]!.error!, /declared and not used: x/);
  });

  it('says what to declare when the function is missing or has another signature', async () => {
    const missing = await run(overlap, 'func hasOverlaps(meetings [][]int) bool {\n\treturn false\n}\n');
    assert.equal(missing.verdict, 'compile-error');
    assert.match(missing.cases[0]!.error!, /no function named "hasOverlap" was found: .*func hasOverlap\(meetings \[\]\[\]int\) bool/);
    const wrong = await run(overlap, '\nfunc hasOverlap(meetings []int) bool {\n\treturn false\n}\n');
    assert.equal(wrong.cases[0]!.line, 2);
    assert.match(wrong.cases[0]!.error!, /must be func hasOverlap\(meetings \[\]\[\]int\) bool/);
  });

  it('names a panic and the line in the person\'s file where it happened', async () => {
    const r = await run(overlap, 'func hasOverlap(meetings [][]int) bool {\n\tvar m map[string]int\n\tx := meetings[7]\n\tm["a"] = x[0]\n\treturn false\n}\n');
    assert.deepEqual(verdicts(r), ['runtime-error', 'runtime-error']);
    assert.equal(r.cases[0]!.error, 'panic: runtime error: index out of range [7] with length 2');
    assert.equal(r.cases[0]!.line, 3);
    const own = await run(overlap, 'import "errors"\n\nfunc hasOverlap(meetings [][]int) bool {\n\tpanic(errors.New("no meetings today"))\n}\n');
    assert.deepEqual([own.cases[0]!.error, own.cases[0]!.line], ['panic: no meetings today', 4]);
  });

  it('stops an endless loop at the time limit and runs the next case in a fresh process', async () => {
    const r = await run(overlap, 'func hasOverlap(meetings [][]int) bool {\n\tif meetings[0][1] == 5 && meetings[1][0] == 4 {\n\t\tfor {\n\t\t}\n\t}\n\treturn false\n}\n');
    assert.deepEqual(verdicts(r), ['time-limit', 'accepted']);
  });

  it('calls a crash memory-limit when Go said "out of memory" before thousands of stack lines', async () => {
    // What the Go runtime writes to the process's standard error when it runs out: the reason first,
    // then every goroutine's stack, far more than the tail the judge keeps.
    const r = await run(overlap, 'import (\n\t"os"\n\t"strings"\n\t"syscall"\n)\n\nfunc hasOverlap(meetings [][]int) bool {\n\tsyscall.Write(2, []byte("fatal error: out of memory\\n\\n" + strings.Repeat("goroutine 7 [GC worker (idle)]:\\n\\truntime/mgc.go:1695 +0x105\\n", 2000)))\n\tos.Exit(2)\n\treturn false\n}\n');
    assert.deepEqual(verdicts(r), ['memory-limit', 'memory-limit']);
  });

  it('stops a memory bomb with memory-limit', async () => {
    const r = await run(overlap, 'func hasOverlap(meetings [][]int) bool {\n\tvar keep [][]int\n\tfor {\n\t\tkeep = append(keep, make([]int, 1<<20))\n\t\tkeep[len(keep)-1][0] = 1\n\t}\n}\n');
    assert.deepEqual(verdicts(r), ['memory-limit', 'memory-limit']);
  });

  it('captures what each case prints, and stops an output flood with output-limit', async () => {
    const r = await run(overlap, `import (\n\t"fmt"\n\t"os"\n)\n\nfunc hasOverlap(meetings [][]int) bool {\n\tfmt.Println("case", meetings[1][0])\n\tfmt.Fprintln(os.Stderr, "note")\n\treturn meetings[1][0] == 4\n}\n`);
    assert.deepEqual(verdicts(r), ['accepted', 'accepted']);
    assert.deepEqual(r.cases.map((c) => [c.stdout, c.stderr]), [['case 4\n', 'note\n'], ['case 5\n', 'note\n']]);
    const flood = await run(overlap, 'import "fmt"\n\nfunc hasOverlap(meetings [][]int) bool {\n\tfor {\n\t\tfmt.Println("spam spam spam spam")\n\t}\n}\n');
    assert.equal(flood.cases[0]!.verdict, 'output-limit');
  });

  it('returns everything a case printed with that case, also more than a pipe holds', async () => {
    // 300,000 bytes per case: the pipe (64 KiB) fills and is drained while the case runs.
    const r = await run(overlap, `import (\n\t"fmt"\n\t"os"\n\t"strings"\n)\n\nfunc hasOverlap(meetings [][]int) bool {\n\tn := meetings[1][0]\n\tfmt.Print(strings.Repeat(fmt.Sprint(n), 300000))\n\tfmt.Fprint(os.Stderr, "end", n)\n\treturn n == 4\n}\n`);
    assert.deepEqual(verdicts(r), ['accepted', 'accepted']);
    assert.deepEqual(r.cases.map((c) => [c.stdout.length, new Set(c.stdout).size, c.stdout[0], c.stderr]), [[300000, 1, '4', 'end4'], [300000, 1, '5', 'end5']]);
  });

  it('runs a design class: Constructor and exported methods, with records declared by the judge', async () => {
    const q = question([
      'kind: coding',
      'signature:',
      '  class: Ledger',
      '  constructor: "(owner: string)"',
      '  methods:',
      '    - "add(amount: long, tags: set<string>) -> void"',
      '    - "total() -> long"',
      '    - "byTag() -> map<string, long>"',
      '    - "last() -> Entry?"',
      '  records:',
      '    Entry: "{ amount: long, note?: string, when: float }"',
      'tests:',
      '  - name: big values',
      '    ops: [Ledger, add, add, total, byTag, last]',
      '    args: [[me], [5000000000, [a, b]], [-1, [b]], [], [], []]',
      '    expected: [null, null, null, 4999999999, { a: 5000000000, b: 4999999999 }, { amount: -1, when: 1.5 }]',
      '  - name: empty',
      '    ops: [Ledger, last, total]',
      '    args: [[me], [], []]',
      '    expected: [null, null, 0]',
    ].join('\n'));
    const code = [
      'type Ledger struct {',
      '\tentries []Entry',
      '\ttags    map[string]int64',
      '}',
      '',
      'func Constructor(owner string) Ledger {',
      '\treturn Ledger{tags: map[string]int64{}}',
      '}',
      '',
      'func (this *Ledger) Add(amount int64, tags map[string]bool) {',
      '\tthis.entries = append(this.entries, Entry{Amount: amount, When: 1.5})',
      '\tfor t := range tags {',
      '\t\tthis.tags[t] += amount',
      '\t}',
      '}',
      '',
      'func (this *Ledger) Total() int64 {',
      '\tvar s int64',
      '\tfor _, e := range this.entries {',
      '\t\ts += e.Amount',
      '\t}',
      '\treturn s',
      '}',
      '',
      'func (this *Ledger) ByTag() map[string]int64 { return this.tags }',
      '',
      'func (this *Ledger) Last() *Entry {',
      '\tif len(this.entries) == 0 {',
      '\t\treturn nil',
      '\t}',
      '\treturn &this.entries[len(this.entries)-1]',
      '}',
    ].join('\n');
    const r = await run(q, code);
    assert.deepEqual(verdicts(r), ['accepted', 'accepted'], JSON.stringify(r.cases));
    const missing = await run(q, code.replace('func (this *Ledger) Total()', 'func (this *Ledger) Sum()'));
    assert.match(missing.cases[0]!.error!, /Ledger has no method Total: declare func \(this \*Ledger\) Total\(\) int64/);
  });

  it('returns integers beyond 2^53 exactly, and floats as floats', async () => {
    const q = question(['kind: coding', 'signature: "f(x: long, y: float) -> list<float>"', 'tests:', '  - { args: [1000000007, 2.5], expected: [0.5] }'].join('\n'));
    const r = await run(q, 'import "math"\n\nfunc f(x int64, y float64) []float64 {\n\treturn []float64{y / 5, math.Inf(-1), math.Copysign(0, -1), math.NaN(), float64(x % 1000)}\n}\n');
    assert.equal(r.cases[0]!.verdict, 'wrong-answer');
    assert.deepEqual(r.cases[0]!.actual, [0.5, '-Infinity', '-0', 'NaN', 7]);
    // 2^53 + 1 and 2^63 - 1 are computed in Go: they reach the judge exactly (as big integers).
    const big = question(['kind: coding', 'signature: "g(x: long) -> list<long>"', 'tests:', '  - { args: [9007199254740992], expected: [] }'].join('\n'));
    const b = await run(big, 'import "math"\n\nfunc g(x int64) []int64 { return []int64{x + 1, math.MaxInt64, math.MinInt64, x} }\n');
    assert.deepEqual(b.cases[0]!.actual, ['9007199254740993n', '9223372036854775807n', '-9223372036854775808n', '9007199254740992n']);
  });

  it('takes a tuple of one type as a slice (edges [][]int), in and out', async () => {
    const same = question(['kind: coding', 'signature: "flip(edges: list<tuple<int, int, int>>) -> list<tuple<int, int, int>>"', 'tests:', '  - { name: two, args: [[[1, 2, 3], [4, 5, 6]]], expected: [[3, 2, 1], [6, 5, 4]] }', '  - { name: none, args: [[]], expected: [] }'].join('\n'));
    assert.equal(go.supports(same), true);
    assert.match(go.starter(same), /func flip\(edges \[\]\[\]int\) \[\]\[\]int/);
    const r = await run(same, 'func flip(edges [][]int) [][]int {\n\tout := [][]int{}\n\tfor _, e := range edges {\n\t\tout = append(out, []int{e[2], e[1], e[0]})\n\t}\n\treturn out\n}\n');
    assert.deepEqual(verdicts(r), ['accepted', 'accepted'], JSON.stringify(r.cases));
    const wrong = await run(same, 'func flip(edges [][]int) [][]int {\n\treturn edges\n}\n');
    assert.equal(wrong.cases[0]!.verdict, 'wrong-answer');
    assert.deepEqual(wrong.cases[0]!.actual, [[1, 2, 3], [4, 5, 6]]);
  });

  it('takes a tuple of different types as a []any whose items have their declared Go types', async () => {
    const q = question([
      'kind: coding',
      'signature: "describe(p: tuple<long, json, int?>) -> string"',
      'tests:',
      '  - { name: big and a map, args: [[9007199254740993, { k: [1, 2.5] }, null]], expected: "int64 9007199254740994 map[string]interface {} map[k:[1 2.5]] nil" }',
      '  - { name: list and a number, args: [[-4, [x, true], 7]], expected: "int64 -3 []interface {} [x true] *int 7" }',
    ].join('\n'));
    assert.equal(go.supports(q), true);
    assert.match(go.starter(q), /\/\/ tuple<long, json, int\?> is a \[\]any with its items in order: \[\]any\{int64, any, \*int\}\.\n\nfunc describe\(p \[\]any\) string \{/);
    const code = [
      'import "fmt"',
      '',
      'func describe(p []any) string {',
      '\ts := fmt.Sprintf("%T %d %T %v", p[0], p[0].(int64)+1, p[1], p[1])',
      '\tif p[2] == nil {',
      '\t\treturn s + " nil"',
      '\t}',
      '\treturn s + fmt.Sprintf(" %T %d", p[2], *p[2].(*int))',
      '}',
    ].join('\n');
    const r = await run(q, code);
    assert.deepEqual(r.cases.map((c) => [c.verdict, c.actual]), [
      ['accepted', 'int64 9007199254740994 map[string]interface {} map[k:[1 2.5]] nil'],
      ['accepted', 'int64 -3 []interface {} [x true] *int 7'],
    ]);
  });

  it('returns a tuple of different types as its items are, and says when an item has the wrong kind', async () => {
    const q = question([
      'kind: coding',
      'signature: "stamp(t: long, v: json) -> list<tuple<long, json, list<long>>>"',
      'tests:',
      '  - { name: string, args: [150, b], expected: [[150, b, [150]], [2000000000000000001, { a: 1.5 }, []], [7, null, [1, 2]]] }',
    ].join('\n'));
    assert.match(go.starter(q), /func stamp\(t int64, v any\) \[\]\[\]any \{\n\treturn nil\n\}/);
    // An int64 beyond 2^53, a Go int (an integer too), a nil json, and an []int64 item all reach the judge as they are.
    const good = (first: string): string =>
      `func stamp(t int64, v any) [][]any {\n\treturn [][]any{{${first}, v, []int64{t}}, {t + 2000000000000000000 - 149, map[string]any{"a": 1.5}, []int64{}}, {7, nil, []int64{1, 2}}}\n}\n`;
    const r = await run(q, good('t'));
    assert.equal(r.verdict, 'accepted', JSON.stringify(r.cases, (_, x: unknown) => (typeof x === 'bigint' ? `${x}n` : x)));
    // The item is sent as the solution made it: a string, or a float, where long is declared is wrong, and the note says so.
    const text = await run(q, `import "fmt"\n\n${good('fmt.Sprint(t)')}`);
    assert.deepEqual([text.verdict, text.cases[0]!.error], ['wrong-answer', 'returned the string "150" where long is declared']);
    assert.deepEqual(text.cases[0]!.actual, [['150', 'b', [150]], ['2000000000000000001n', { a: 1.5 }, []], [7, null, [1, 2]]]);
    const float = await run(q, good('float64(t)'));
    assert.deepEqual([float.verdict, float.cases[0]!.error], ['wrong-answer', 'returned the float 150.0 where long is declared']);
  });

  it('does not compile an unchanged solution again', async () => {
    // A `go` that counts its builds, in front of the real one.
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'drills-fake-go-'));
    try {
      const log = path.join(dir, 'builds.log');
      const fake = path.join(dir, 'bin', 'go');
      await fs.mkdir(path.dirname(fake));
      await fs.writeFile(fake, `#!/bin/sh\necho "$1" >> "${log}"\nexec "${toolchain.command}" "$@"\n`, { mode: 0o755 });
      const j = judge({ probe: () => Promise.resolve({ ok: true, stdout: `${dir}\n${toolchain.version ?? 'go'}\n`, stderr: '' }) });
      const code = `${GOOD}\n// ${Date.now()}\n`;
      const first = await run(overlap, code, j);
      const second = await run(overlap, code, j);
      assert.deepEqual([first.verdict, second.verdict], ['accepted', 'accepted']);
      assert.equal((await fs.readFile(log, 'utf8')).trim().split('\n').length, 1, 'one go build for two runs');
      await run(overlap, `${code}// edited\n`, j);
      assert.equal((await fs.readFile(log, 'utf8')).trim().split('\n').length, 2, 'a changed solution builds again');
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('says what to install, or which setting to fix, when Go is missing', async () => {
    const j = new Judge({ nodePath: process.execPath, cacheDir, probe: () => Promise.resolve({ ok: false, stdout: '', stderr: 'not found' }), toolchains: { configured: () => undefined, settingName: () => 'DRILLS_GO' } });
    await assert.rejects(j.toolchain(go), { message: 'Go was not found (tried go from PATH). Install Go 1.21 or newer, or set DRILLS_GO.' });
    const old = new Judge({ nodePath: process.execPath, cacheDir, probe: () => Promise.resolve({ ok: true, stdout: '/opt/go\ngo1.18.2\n', stderr: '' }), toolchains: { settingName: () => 'interviewDrills.goPath' } });
    await assert.rejects(old.toolchain(go), { message: 'go1.18.2 is too old: install Go 1.21 or newer, or set interviewDrills.goPath.' });
  });

  it('compiles the starter of every function and class drill Go supports (one batch)', async function () {
    this.timeout(600_000);
    const { bank } = await loadBank([{ dir: path.join(root, 'questions'), source: 'builtin' }]);
    const drills = bank.all().filter((q) => q.kind === 'coding' && (q.function !== undefined || q.className !== undefined));
    const supported = drills.filter((q) => go.supports(q) === true);
    const refused = drills.filter((q) => go.supports(q) !== true).map((q) => `${q.id}: ${go.supports(q) as string}`);
    // Only drills with JavaScript/Python-only script cases are refused, each with its reason; a
    // tuple of different types is a []any (the debounce and throttle drills return them).
    for (const why of refused) assert.match(why, /has a script case .* not Go/, why);
    for (const id of ['debounce-simulated-clock', 'throttle-simulated-clock']) assert.ok(supported.some((q) => q.id === id), id);
    assert.ok(supported.length >= 40, `${supported.length} drills supported`);
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'drills-go-starters-'));
    try {
      await fs.writeFile(path.join(dir, 'go.mod'), 'module starters\n\ngo 1.21\n');
      for (const q of supported) {
        const d = path.join(dir, q.id.replace(/[^A-Za-z0-9]/g, '_'));
        await fs.mkdir(d);
        await fs.writeFile(path.join(d, 'solution.go'), asMainPackage(go.starter(q)));
        await fs.writeFile(path.join(d, 'drills_harness.go'), goHarness);
        await fs.writeFile(path.join(d, 'drills_glue.go'), glue(q.signature!));
      }
      const r = await runTool(toolchain.command, ['build', './...'], { cwd: dir, env: buildEnv(path.join(cacheDir, 'go')), timeoutMs: 580_000 });
      assert.equal(r.code, 0, r.stderr);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
