import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const root = path.resolve(__dirname, '../../../..');
const cli = path.join(root, 'dist', 'cli.js');
const fixtures = path.join(root, 'test/unit/questions/fixtures');

function drills(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: root });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The fenced blocks of the README's "Write your own pack" section, in order. */
function readmeExample(): { yaml: string; js: string; py: string; wrong: string } {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Write your own pack'));
  const blocks = [...section.matchAll(/```(yaml|js|python)\n([\s\S]*?)```/g)].map((m) => m[2]!);
  return { yaml: blocks[0]!, js: blocks[1]!, py: blocks[2]!, wrong: blocks[3]! };
}

describe('drills CLI', () => {
  it('the README\'s complete pack example passes validate --strict, and its wrong solution is caught', () => {
    const ex = readmeExample();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'drills-readme-'));
    try {
      fs.mkdirSync(path.join(dir, 'running-sum'));
      fs.writeFileSync(path.join(dir, 'running-sum.yaml'), ex.yaml);
      fs.writeFileSync(path.join(dir, 'running-sum', 'solution.js'), ex.js);
      fs.writeFileSync(path.join(dir, 'running-sum', 'solution.py'), ex.py);
      fs.writeFileSync(path.join(dir, 'running-sum', 'wrong-off-by-one.js'), ex.wrong);
      const r = drills('validate', '--strict', dir);
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.match(r.stdout, /ok {3}running-sum wrong javascript wrong-off-by-one\.js: wrong-answer/);
      assert.match(r.stdout, /1 valid question\(s\), 0 error\(s\), 0 solution check\(s\) failed/);
      // Dropping cases below what a published drill needs is reported, not silently accepted.
      fs.writeFileSync(path.join(dir, 'running-sum.yaml'), ex.yaml.replace(/\n {2}- \{ name: hidden[^\n]*/g, ''));
      const thin = drills('validate', '--strict', dir);
      assert.equal(thin.code, 1);
      assert.match(thin.stderr, /"running-sum" has 8 test cases; a runnable drill needs at least 10/);
      assert.match(thin.stderr, /"running-sum" has 0 hidden test cases/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('validate --strict holds every case to the prompt\'s preconditions: a second valid answer, a generated input out of range, a rejected alternative', function () {
    // Three strict validations of a pack, each running five solutions: about 17 s on an idle machine.
    this.timeout(120_000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'drills-pre-'));
    try {
      const cases = (extra: string[]) => [
        'id: pair-sum', 'title: Pair Sum', 'topic: algorithms', 'kind: coding', 'difficulty: easy', 'minutes: 10',
        'prompt: "Exactly one pair i < j has nums[i] + nums[j] == target; 2 <= len(nums) <= 50; values from 0 to 99."',
        'hints: [Remember what you have seen.]', 'complexity: { time: O(n), space: O(n) }', 'signature: "pairSum(nums: list<int>, target: int) -> list<int>"',
        'scaling: { generator: "return [Array.from({ length: n }, (_, i) => i), 2 * n - 3];", sizes: [10, 20, 40] }',
        'preconditions:', '  args: { nums: { length: [2, 50], range: [0, 99] } }', '  oracle: oracle.js', '  uniqueAnswer: true',
        'clarifications: [{ q: Sorted?, a: No. }, { q: Empty?, a: No. }]',
        'solutions: { javascript: solution.js, python: solution.py }',
        'alternatives: [{ language: javascript, file: alt-sort.js }]',
        'wrong: [{ language: javascript, file: wrong.js }]',
        'tests:',
        ...extra,
        ...Array.from({ length: 8 }, (_, i) => `  - { name: filler ${i}, args: [[${i}, 90], ${i + 90}], expected: [0, 1], hidden: ${i < 2} }`),
      ].join('\n');
      fs.mkdirSync(path.join(dir, 'pair-sum'));
      const write = (file: string, text: string) => fs.writeFileSync(path.join(dir, 'pair-sum', file), text);
      write('oracle.js', 'function pairSum(nums, t) { const out = []; for (let i = 0; i < nums.length; i++) for (let j = i + 1; j < nums.length; j++) if (nums[i] + nums[j] === t) out.push([i, j]); return out; }');
      write('solution.js', 'function pairSum(nums, t) { const seen = new Map(); for (let j = 0; j < nums.length; j++) { if (seen.has(t - nums[j])) return [seen.get(t - nums[j]), j]; if (!seen.has(nums[j])) seen.set(nums[j], j); } return []; }');
      write('solution.py', 'def pairSum(nums, t):\n    seen = {}\n    for j, x in enumerate(nums):\n        if t - x in seen:\n            return [seen[t - x], j]\n        seen.setdefault(x, j)\n    return []\n');
      write('alt-sort.js', 'function pairSum(nums, t) { const o = nums.map((_, i) => i).sort((a, b) => nums[a] - nums[b]); let l = 0, h = o.length - 1; while (l < h) { const s = nums[o[l]] + nums[o[h]]; if (s === t) return [Math.min(o[l], o[h]), Math.max(o[l], o[h])]; if (s < t) l++; else h--; } return []; }');
      write('wrong.js', 'function pairSum() { return [0, 1]; }');
      const unique = ['  - { name: one pair, args: [[3, 5, 8], 13], expected: [1, 2] }', '  - { name: worst, size: 30, expected: [28, 29], hidden: true }'];
      fs.writeFileSync(path.join(dir, 'pair-sum.yaml'), cases(unique));
      const ok = drills('validate', '--strict', dir);
      assert.equal(ok.code, 0, ok.stdout + ok.stderr);
      assert.match(ok.stdout, /ok {3}pair-sum alternative javascript alt-sort\.js: accepted/);

      // Two valid pairs where the prompt promises one; a generated input beyond the stated length.
      const ambiguous = ['  - { name: two pairs, args: [[5, 5, 1, 9], 10], expected: [0, 1] }', '  - { name: worst, size: 60, expected: [58, 59], hidden: true }'];
      fs.writeFileSync(path.join(dir, 'pair-sum.yaml'), cases(ambiguous));
      const bad = drills('validate', '--strict', dir);
      assert.equal(bad.code, 1);
      assert.match(bad.stderr, /pair-sum\.yaml:21:1: "two pairs": the prompt promises exactly one answer, but the oracle finds 2: \[\[0,1\],\[2,3\]\]/);
      assert.match(bad.stderr, /pair-sum\.yaml:22:1: "worst" \(generated at n=60\) breaks the prompt's preconditions: nums has length 60, outside \[2, 50\]/);
      assert.match(bad.stderr, /alternative alt-sort\.js \(javascript\) is not accepted: two pairs → wrong-answer/);

      // An expected answer the brute force does not find at all.
      fs.writeFileSync(path.join(dir, 'pair-sum.yaml'), cases(['  - { name: typo, args: [[3, 5, 8], 13], expected: [0, 2] }', unique[1]!]));
      assert.match(drills('validate', '--strict', dir).stderr, /"typo": the expected answer \[0,2\] is not among the valid answers the oracle finds: \[\[1,2\]\]/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('validate prints path:line:col lines and exits 1 on errors', () => {
    const r = drills('validate', path.join(fixtures, 'malformed'));
    assert.equal(r.code, 1);
    assert.match(r.stderr, /missing-expected\.yaml:11:5: "tests\[0\]\.expected" is missing/);
    assert.match(r.stderr, /unknown-topic\.yaml:4:1: unknown topic "cooking"/);
  });

  it('validate exits 0 for good files and 2 for bad usage', () => {
    assert.equal(drills('validate', path.join(fixtures, 'good')).code, 0);
    assert.equal(drills('validate', '--frobnicate').code, 2);
  });

  it('validate --json reports every diagnostic', () => {
    const r = drills('validate', path.join(fixtures, 'malformed'), '--json');
    const report = JSON.parse(r.stdout) as { errors: number; diagnostics: { file: string; line: number }[] };
    assert.ok(report.errors >= 10);
    assert.ok(report.diagnostics.every((d) => d.line >= 1));
  });

  it('list shows the built-in questions by topic, and --json has counts for all seven topics', () => {
    const r = drills('list', '--json');
    assert.equal(r.code, 0);
    const out = JSON.parse(r.stdout) as { total: number; counts: Record<string, number>; questions: { id: string; topic: string }[] };
    assert.deepEqual(Object.keys(out.counts).sort(), ['algorithms', 'api-design', 'auth', 'behavioral', 'concurrency', 'databases', 'system-design']);
    assert.equal(out.total, out.questions.length);
    assert.ok(out.total > 0, 'the built-in packs load');
    const topic = drills('list', '--topic', 'algorithms', '--json');
    const algos = JSON.parse(topic.stdout) as { questions: { topic: string }[] };
    assert.ok(algos.questions.every((q) => q.topic === 'algorithms'));
    assert.equal(drills('list', '--topic', 'cooking').code, 2);
  });

  it('list --json says what each drill can be answered in and which languages have a proven reference', () => {
    const out = JSON.parse(drills('list', '--json').stdout) as { questions: { id: string; kind: string; languages: string[]; references: string[]; signature?: unknown }[] };
    const byId = new Map(out.questions.map((q) => [q.id, q]));
    const twoSum = byId.get('two-sum-indices')!;
    assert.deepEqual(twoSum.languages, ['javascript', 'typescript', 'python', 'go', 'cpp', 'java']);
    assert.deepEqual([...twoSum.references].sort(), ['cpp', 'go', 'java', 'javascript', 'python', 'typescript'], 'the JavaScript reference runs as TypeScript too');
    assert.ok(byId.get('token-claims-check')!.languages.includes('cpp'), 'C++ is offered for a drill using the json type (as Json)');
    assert.equal(twoSum.signature, 'pairWithSum(nums: list<int>, target: int) -> list<int>');
    const sqlDrill = out.questions.find((q) => q.kind === 'sql')!;
    assert.deepEqual(sqlDrill.languages, ['sql']);
    assert.deepEqual(sqlDrill.references, ['sql']);
    const design = out.questions.find((q) => q.kind === 'system-design')!;
    assert.deepEqual([design.languages, design.references], [[], []]);
    for (const q of out.questions) for (const l of q.references) assert.ok(q.languages.includes(l), `${q.id}: a reference in ${l} means ${l} can answer it`);
  });

  it('show prints the prompt and only visible examples', () => {
    const r = drills('show', path.join(fixtures, 'good/algorithms/running-sum.yaml'));
    assert.equal(r.code, 0);
    assert.match(r.stdout, /# Running Sum/);
    assert.match(r.stdout, /runningSum\(\[1,2,3\]\) → \[1,3,6\]/);
    assert.match(r.stdout, /1 visible, 1 hidden/);
    assert.equal(drills('show', 'no-such-question').code, 2);
    assert.match(drills('show', 'two-sum-indices').stdout, /\nSignature: pairWithSum\(nums: list<int>, target: int\) -> list<int>\n/);
    assert.match(drills('show', 'lru-response-cache').stdout, /\nSignature:\n {2}class LRUCache\(capacity: int\)\n {4}get\(key: int\) -> int\n {4}put\(key: int, value: int\) -> void\n/);
    assert.match(drills('show', 'call-tree-depth').stdout, /\n {2}record TreeNode \{ val: int, left: TreeNode\?, right: TreeNode\? \}\n/);
  });

  it('output piped into a reader that stops early (`drills show … | head`) ends quietly with success, not an EPIPE crash', async () => {
    for (const args of [['list'], ['show', 'two-sum-indices']]) {
      // The reader closes its end before the CLI writes a line, as `head -0` would.
      const child = spawn(process.execPath, [cli, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.destroy();
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
      assert.equal(stderr, '', `drills ${args.join(' ')} wrote to stderr`);
      assert.equal(code, 0, `drills ${args.join(' ')} exit code`);
    }
  });

  it('stats finds the history where the extension keeps it, without --history, and says which file it read', () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'drills-home-'));
    try {
      const env: NodeJS.ProcessEnv = { PATH: process.env['PATH'], HOME: home };
      const stats = (...args: string[]) => spawnSync(process.execPath, [cli, 'stats', ...args], { encoding: 'utf8', cwd: root, env });
      const none = stats();
      assert.equal(none.status, 2, 'nothing to read is a setup error');
      assert.match(none.stderr, /no attempt history found where the extension keeps it/);
      assert.ok(none.stderr.includes(path.join(home, '.config', 'Code', 'User', 'globalStorage', 'interview-drills.interview-drills')), none.stderr);
      const record = (id: string, endedAt: number) => `${JSON.stringify({ v: 1, type: 'attempt', id, questionId: 'two-sum-indices', topic: 'algorithms', kind: 'coding', language: 'javascript', startedAt: endedAt - 600_000, endedAt, activeMs: 600_000, pauses: 0, pausedMs: 0, minutes: 15, verdicts: { accepted: 10 }, rating: 'good' })}\n`;
      // VS Code on the desktop, one attempt; an `npm start` session, two attempts, written later.
      const desktop = path.join(home, '.config', 'Code', 'User', 'globalStorage', 'interview-drills.interview-drills');
      const session = path.join(home, '.local', 'share', 'interview-drills', 'code-server', 'user-data', 'User', 'globalStorage', 'interview-drills.interview-drills');
      fs.mkdirSync(desktop, { recursive: true });
      fs.writeFileSync(path.join(desktop, 'history.jsonl'), record('a1', Date.now() - 86_400_000));
      const one = stats();
      assert.equal(one.status, 0, one.stderr);
      assert.equal(one.stdout.split('\n')[0], `History: ${path.join(desktop, 'history.jsonl')}`);
      assert.match(one.stdout, /^1 attempt\(s\)/m);
      fs.mkdirSync(session, { recursive: true });
      fs.writeFileSync(path.join(session, 'history.jsonl'), record('b1', Date.now() - 7_200_000) + record('b2', Date.now() - 3_600_000));
      fs.utimesSync(path.join(desktop, 'history.jsonl'), new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
      const newest = stats();
      assert.equal(newest.stdout.split('\n')[0], `History: ${path.join(session, 'history.jsonl')} (the most recently written of 2; choose another with --history DIR)`);
      assert.match(newest.stdout, /^2 attempt\(s\)/m);
      const json = JSON.parse(stats('--json').stdout) as { historyFile: string; attempts: number };
      assert.equal(json.historyFile, path.join(session, 'history.jsonl'));
      assert.equal(json.attempts, 2);
      const chosen = stats('--history', desktop);
      assert.match(chosen.stdout, /^1 attempt\(s\)/m);
      assert.doesNotMatch(chosen.stdout, /^History:/m, 'a folder given is not announced');
    } finally {
      fs.rmSync(home, { recursive: true, force: true });
    }
  });

  it('run lines up every verdict in one column, after a case name longer than the usual width too', () => {
    // two-sum-indices has a case named "repeated value that is not in the answer" (40 characters).
    const r = drills('run', 'two-sum-indices', path.join(root, 'questions/algorithms/two-sum-indices/solution.js'));
    assert.equal(r.code, 0, r.stderr);
    const rows = r.stdout.split('\n').filter((l) => l.startsWith('✓ '));
    assert.ok(rows.some((l) => l.includes('repeated value that is not in the answer')), r.stdout);
    const columns = new Set(rows.map((l) => l.indexOf(' accepted ')));
    assert.equal(columns.size, 1, r.stdout);
  });

  it('run names a compile error\'s line once: "Solution.java:3: …", not "line 3: Solution.java:3: …"', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'drills-line-'));
    try {
      const file = path.join(dir, 'Solution.java');
      fs.writeFileSync(file, 'class Solution {\n    public int[] pairWithSum(int[] nums, int target) {\n        int x = "text";\n        return null;\n    }\n}\n');
      const r = drills('run', 'two-sum-indices', file);
      assert.equal(r.code, 1, r.stderr);
      assert.match(r.stdout, /^ {4}Solution\.java:3: incompatible types/m);
      assert.doesNotMatch(r.stdout, /line 3: Solution\.java:3/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('unknown commands are usage errors', () => {
    const r = drills('frobnicate');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /unknown command/);
  });
});

describe('drills run: the smallest failing input', function () {
  this.timeout(60_000);
  let dir = '';

  /** mulberry32 seeded with n: what the generator's rand returns for a worst-case case at n. */
  function seeded(seed: number): () => number {
    let a = seed >>> 0;
    return () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'drills-shrink-'));
    const rand = seeded(200);
    const big = Array.from({ length: 200 }, () => Math.floor(rand() * 10)).reduce((a, b) => a + b, 0);
    const cases = [[[1, 2]], [[]], [[5]], [[4, 4, 4, 4]], [[-1, 1]], [[9, 9]], [[0, 0, 0, 0, 0]], [[7, -7, 7, -7]], [[100]], [[3, 3, 3, 3, 3]]];
    const tests = cases.map((args, i) => `  - { name: case ${i}, args: ${JSON.stringify(args)}, expected: ${(args[0] as number[]).reduce((a, b) => a + b, 0)} }`);
    const yaml = ['id: sum-list', 'title: Sum List', 'topic: algorithms', 'kind: coding', 'difficulty: easy', 'minutes: 5', 'prompt: Sum the list.', 'function: total', 'scaling:', '  generator: "return [Array.from({ length: n }, () => Math.floor(rand() * 10))];"', '  sizes: [1000, 2000, 4000]', 'solutions: { javascript: solution.js }', 'tests:', ...tests, `  - { name: hidden worst case, hidden: true, size: 200, expected: ${big} }`].join('\n');
    fs.writeFileSync(path.join(dir, 'sum-list.yaml'), yaml);
    fs.mkdirSync(path.join(dir, 'sum-list'));
    fs.writeFileSync(path.join(dir, 'sum-list', 'solution.js'), 'function total(xs) { return xs.reduce((a, b) => a + b, 0); }\n');
    // Wrong only on lists of exactly three: no written case has one, the worst case does not either.
    fs.writeFileSync(path.join(dir, 'three.js'), 'function total(xs) { return xs.length === 3 ? xs[0] + xs[1] : xs.reduce((a, b) => a + b, 0); }\n');
    // Wrong on every list longer than 100: only the generated worst case catches it.
    fs.writeFileSync(path.join(dir, 'long.js'), 'function total(xs) { return xs.length > 100 ? xs.reduce((a, b) => a + b, 0) - 1 : xs.reduce((a, b) => a + b, 0); }\n');
    // Wrong on any list holding a 9: the worst case holds many.
    fs.writeFileSync(path.join(dir, 'nine.js'), 'function total(xs) { return xs.reduce((a, b) => a + b, 0) - (xs.includes(9) ? 1 : 0); }\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a Submit that fails a generated case prints the smallest failing input, its expected and actual, and a custom case; the exit code stays 1', () => {
    const r = drills('run', path.join(dir, 'sum-list.yaml'), path.join(dir, 'nine.js'), '--submit');
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /✗ hidden worst case/);
    assert.match(r.stdout, /Smallest failing input \(\d+ inputs tried, \d+ shrinking steps, [\d.]+ s\):\n {4}args: {5}\[\[9\]\]\n {4}expected: 9 {3}\(the reference solution's answer\)\n {4}actual: {3}8\n/);
    assert.match(r.stdout, /As a custom case \(custom-tests.yaml beside your solution\):\n {4}tests:\n {6}- name: smallest failing input\n {8}args: \[ \[ 9 \] \]\n {8}expected: 9\n/);
    const json = JSON.parse(drills('run', path.join(dir, 'sum-list.yaml'), path.join(dir, 'nine.js'), '--submit', '--json').stdout) as { verdict: string; counterexample: { args: unknown; expected: unknown; actual: unknown; verdict: string; n: number; yaml: string } };
    assert.equal(json.verdict, 'wrong-answer');
    assert.deepEqual([json.counterexample.args, json.counterexample.expected, json.counterexample.actual, json.counterexample.verdict, json.counterexample.n], [[[9]], 9, 8, 'wrong-answer', 1]);
    assert.match(json.counterexample.yaml, /^tests:\n/);
  });

  it('run --json never prints a hidden case\'s expected answer, and says the case is hidden', () => {
    const r = drills('run', path.join(dir, 'sum-list.yaml'), path.join(dir, 'long.js'), '--submit', '--json');
    const cases = (JSON.parse(r.stdout) as { cases: { name: string; hidden?: boolean; expected?: unknown; verdict: string }[] }).cases;
    const hidden = cases.find((c) => c.name === 'hidden worst case');
    assert.equal(hidden?.verdict, 'wrong-answer');
    assert.equal(hidden?.hidden, true);
    assert.equal('expected' in (hidden ?? {}), false, JSON.stringify(hidden));
    assert.equal(cases[0]?.expected, 3, 'a visible case still shows its expected answer');
  });

  it('a Submit that fails a generated case no small input shows says so; plain Run does not search', () => {
    const r = drills('run', path.join(dir, 'sum-list.yaml'), path.join(dir, 'long.js'), '--submit', '--json');
    assert.equal(r.code, 1);
    assert.equal((JSON.parse(r.stdout) as { counterexample: unknown }).counterexample, null, 'searched, found nothing among lists of at most 24');
    const run = drills('run', path.join(dir, 'sum-list.yaml'), path.join(dir, 'nine.js'), '--json');
    assert.equal(run.code, 1);
    assert.equal('counterexample' in (JSON.parse(run.stdout) as object), false);
  });

  it('--shrink finds a bug every case missed, and the exit code stays 0', () => {
    const r = drills('run', path.join(dir, 'sum-list.yaml'), path.join(dir, 'three.js'), '--submit', '--shrink', '--json');
    assert.equal(r.code, 0, r.stderr);
    const json = JSON.parse(r.stdout) as { verdict: string; counterexample: { args: number[][]; verdict: string } };
    assert.equal(json.verdict, 'accepted');
    assert.equal(json.counterexample.args[0]?.length, 3);
    assert.deepEqual(json.counterexample.args[0]?.filter((x) => x !== 0).length, 1, `the third value is the only one that is not 0: ${JSON.stringify(json.counterexample.args)}`);
  });

  it('--shrink on a drill without a generator says why, and changes nothing else', () => {
    const r = drills('run', 'running-sum-missing-generator-check', path.join(dir, 'three.js'), '--shrink');
    assert.equal(r.code, 2, 'an unknown question is still a usage error');
    const ex = readmeExample();
    const pack = fs.mkdtempSync(path.join(os.tmpdir(), 'drills-nogen-'));
    try {
      fs.writeFileSync(path.join(pack, 'running-sum.yaml'), ex.yaml.replace(/\nscaling:[\s\S]*?\nlimits:/, '\nlimits:'));
      fs.writeFileSync(path.join(pack, 'wrong.js'), ex.wrong);
      const noGen = drills('run', path.join(pack, 'running-sum.yaml'), path.join(pack, 'wrong.js'), '--shrink', '--json');
      assert.equal(noGen.code, 1);
      assert.match(noGen.stderr, /drills run: no smallest failing input: "running-sum" has no input generator \(scaling.generator\)/);
      assert.equal((JSON.parse(noGen.stdout) as { counterexample: unknown }).counterexample, null);
    } finally {
      fs.rmSync(pack, { recursive: true, force: true });
    }
  });
});
