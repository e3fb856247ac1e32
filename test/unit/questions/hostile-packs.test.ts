import * as assert from 'node:assert/strict';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseQuestion } from '../../../src/core/questions/loader';

const root = path.resolve(__dirname, '../../../..');
const cli = path.join(root, 'dist', 'cli.js');

function drills(args: string[], opts: { timeoutMs?: number; env?: NodeJS.ProcessEnv } = {}): { code: number | null; stdout: string; stderr: string; signal: NodeJS.Signals | null } {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: root, timeout: opts.timeoutMs ?? 20_000, env: { ...process.env, ...opts.env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, signal: r.signal };
}

const HEAD = ['id: hostile', 'title: Hostile', 'topic: algorithms', 'kind: coding', 'difficulty: easy', 'minutes: 10', 'function: f'];
const CASE = ['tests:', '  - { args: [1], expected: 1 }'];
const intervals = Array.from({ length: 41 }, (_, i) => `[${i * 10}, ${i * 10 + 5})`).join(', ');

describe('hostile packs: nesting', () => {
  it('accepts a prompt with 41 half-open intervals, in a block string, a plain scalar and a quoted one', () => {
    for (const prompt of [`prompt: |\n  Merge these half-open intervals: ${intervals}.`, `prompt: Merge ${intervals}`, `prompt: "Merge ${intervals}"`, `prompt: >\n  it's ${intervals}`]) {
      const r = parseQuestion([...HEAD, prompt, ...CASE].join('\n'), 'intervals.yaml', 'user');
      assert.deepEqual(r.diagnostics, [], prompt.slice(0, 30));
      assert.ok(r.question?.prompt.includes('[400, 405)'));
    }
  });

  it('still counts real flow nesting after an apostrophe in a plain scalar', () => {
    const deep = `${'['.repeat(41)}${']'.repeat(41)}`;
    const r = parseQuestion([...HEAD, 'prompt: p', 'tests:', `  - { name: it's deep, args: ${deep}, expected: 1 }`].join('\n'), 'deep.yaml', 'user');
    assert.equal(r.question, undefined);
    assert.match(r.diagnostics[0]?.message ?? '', /nesting is \d+ levels deep; at most 40 are allowed/);
  });

  it('accepts the nesting a real question uses (block maps, lists of flow maps, nested lists)', () => {
    const text = [...HEAD, 'prompt: p', 'tests:', '  - name: grid', '    args:', '      - - [1, [2, {a: [3]}]]', '        - [4]', '    expected: 1', 'clarifications:', '  - q: x?', '    a: y', '    keywords: [x]'].join('\n');
    assert.deepEqual(parseQuestion(text, 'ok.yaml', 'user').diagnostics, []);
  });

  const deep20000: [string, string][] = [
    ['flow lists', `tests:\n  - { args: ${'['.repeat(20000)}${']'.repeat(20000)}, expected: 1 }`],
    ['flow lists after an apostrophe', `tests:\n  - { name: it's, args: [${'['.repeat(20000)}${']'.repeat(20000)}], expected: 1 }`],
    ['flow maps', `x: ${'{a: '.repeat(20000)}1${'}'.repeat(20000)}`],
    ['compact block lists', `x:\n${'- '.repeat(20000)}1`],
    ['compact explicit keys', `x: ${'? '.repeat(20000)}1`],
    ['block lists under a test', `tests:\n  - name: x\n    expected: 1\n    args:\n      - ${'- '.repeat(20000)}x`],
  ];
  for (const [name, body] of deep20000) {
    it(`reports 20000-deep ${name} as too deeply nested, through validate`, () => {
      const file = path.join(os.tmpdir(), `drills-deep-${process.pid}.yaml`);
      fs.writeFileSync(file, [...HEAD, 'prompt: p', body].join('\n'));
      try {
        const r = drills(['validate', file]);
        assert.equal(r.code, 1);
        assert.match(r.stderr, /drills-deep-\d+\.yaml:\d+:\d+: nesting is \d+ levels deep; at most 40 are allowed/);
        assert.doesNotMatch(r.stderr, /cannot read file|call stack/);
      } finally {
        fs.rmSync(file, { force: true });
      }
    });
  }

  it('reports deep block nesting by indentation', () => {
    const lines = Array.from({ length: 60 }, (_, i) => `${' '.repeat(i)}a${i}:`);
    const r = parseQuestion([...HEAD, 'prompt: p', ...CASE, 'x:', ...lines.map((l) => ` ${l}`), `${' '.repeat(62)}1`].join('\n'), 'indent.yaml', 'user');
    assert.equal(r.question, undefined);
    assert.match(r.diagnostics[0]?.message ?? '', /nesting is \d+ levels deep; at most 40 are allowed/);
  });
});

describe('hostile packs', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'drills-hostile-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('refuses a FIFO given as a question file instead of waiting on it forever', function () {
    if (process.platform === 'win32') this.skip(); // no named pipes in the file system there
    const fifo = path.join(dir, 'pipe.yaml');
    assert.equal(spawnSync('mkfifo', [fifo]).status, 0, 'mkfifo works');
    const r = drills(['validate', fifo], { timeoutMs: 10_000 });
    assert.equal(r.signal, null, 'validate returned instead of hanging');
    assert.equal(r.code, 1);
    assert.match(r.stderr, /pipe\.yaml:1:1: not a regular file \(a named pipe\); a question file must be a regular file/);
    const show = drills(['show', fifo], { timeoutMs: 10_000 });
    assert.equal(show.signal, null);
    assert.equal(show.code, 2);
    assert.match(show.stderr, /not a regular file/);
  });

  it('refuses a folder named like a question file with a clear message', () => {
    const folder = path.join(dir, 'folder.yaml');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'x.txt'), 'not yaml');
    const r = drills(['show', folder]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /not a regular file \(a folder\)/);
  });

  it('never prints a pack\'s raw terminal escape codes (OSC 52 clipboard writes, CSI, C1 controls, bidi overrides)', function () {
    this.timeout(90_000);
    // YAML double-quoted escapes: \e is ESC, \a is BEL, \x9b is the one-byte C1 CSI.
    const osc52 = '\\e]52;c;ZWNobyBwd25lZA==\\a';
    const yaml = [
      'id: escapes',
      `title: "Sum \\e[2J\\e[H${osc52}"`,
      'topic: algorithms',
      'kind: coding',
      'difficulty: easy',
      'minutes: 10',
      `prompt: "Add the numbers.\\n${osc52}\\x9b31mred\\u202eevil\\r overwritten"`,
      'function: add',
      'tests:',
      `  - { name: "basic \\e]0;title\\a", args: [1, 2], expected: "3 \\e[5m" }`,
      `  - { name: "hidden \\e[8m", args: [2, 2], expected: 4, hidden: true }`,
      'hints: ["\\e[31mhint"]',
    ].join('\n');
    const pack = path.join(dir, 'pack');
    fs.mkdirSync(pack);
    const file = path.join(pack, 'escapes.yaml');
    fs.writeFileSync(file, yaml);
    fs.writeFileSync(path.join(dir, 'add.js'), 'function add(a, b) { return a + b; }\n');
    fs.writeFileSync(path.join(pack, 'bad.yaml'), 'id: bad\ntitle: t\ntopic: "\\e]52;c;eA==\\a"\n');
    const outputs = [
      drills(['show', file]),
      drills(['show', file, '--json']),
      drills(['list', '--pack', pack]),
      drills(['list', '--pack', pack, '--json']),
      drills(['validate', pack]),
      drills(['validate', pack, '--json']),
      drills(['run', file, path.join(dir, 'add.js')]),
      drills(['run', file, path.join(dir, 'add.js'), '--json']),
    ];
    for (const r of outputs) {
      const text = r.stdout + r.stderr;
      // eslint-disable-next-line no-control-regex -- looking for raw control characters
      assert.doesNotMatch(text, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/, `no raw control characters in:\n${JSON.stringify(text).slice(0, 600)}`);
    }
    const show = outputs[0]!;
    const showJson = outputs[1]!;
    assert.match(show.stdout, /# Sum \\u001b\[2J\\u001b\[H\\u001b\]52;c;ZWNobyBwd25lZA==\\u0007/, 'the escape is shown, visibly, not performed');
    assert.match(show.stdout, /\\u009b31mred\\u202eevil\\u000d overwritten/);
    assert.equal((JSON.parse(showJson.stdout) as { title: string }).title, 'Sum \u001b[2J\u001b[H\u001b]52;c;ZWNobyBwd25lZA==\u0007', 'JSON output stays exact');
    assert.match(outputs[2]!.stdout, /Sum \\u001b\[2J/);
    assert.match(outputs[4]!.stderr, /unknown topic "\\u001b\]52;c;eA==\\u0007"/);
    assert.match(outputs[6]!.stdout, /basic \\u001b\]0;title\\u0007/);
  });

  describe('solution paths', () => {
    const drill = (solutions: string, wrong: string) => [...HEAD, 'prompt: p', ...CASE, solutions, wrong].join('\n');

    it('refuses reference and wrong-solution paths that leave the question\'s folder', () => {
      const cases: [string, string, RegExp][] = [
        ['solutions: { javascript: ../../outside.js }', '', /11:14: "solutions\.javascript" must be a file inside the "hostile\/" folder beside the question \(no "\.\.", no absolute path\), got "\.\.\/\.\.\/outside\.js"/],
        ['solutions: { python: /etc/passwd }', '', /"solutions\.python" must be a file inside/],
        ['solutions: { python: "C:\\\\Users\\\\me\\\\x.py" }', '', /"solutions\.python" must be a file inside/],
        ['solutions: { javascript: "sub\\\\..\\\\..\\\\x.js" }', '', /"solutions\.javascript" must be a file inside/],
        ['', 'wrong: [{ language: javascript, file: ../wrong.js }]', /12:\d+: "wrong\[0\]\.file" must be a file inside the "hostile\/" folder/],
      ];
      for (const [solutions, wrong, message] of cases) {
        const r = parseQuestion(drill(solutions, wrong), 'hostile.yaml', 'user');
        assert.equal(r.question, undefined, solutions || wrong);
        assert.match(r.diagnostics.map((d) => `${d.line}:${d.col}: ${d.message}`).join('\n'), message);
      }
      assert.ok(parseQuestion(drill('solutions: { javascript: sub/solution.js }', 'wrong: [{ language: javascript, file: wrong.js }]'), 'hostile.yaml', 'user').question, 'files in the folder (and below it) are fine');
    });

    it('does not follow a symlink out of the pack: validate reports it and --strict never runs it', function () {
      if (process.platform === 'win32') this.skip(); // symlinks need extra rights there
      this.timeout(60_000);
      const pack = path.join(dir, 'pack');
      fs.mkdirSync(path.join(pack, 'hostile'), { recursive: true });
      const outside = path.join(dir, 'outside.js');
      fs.writeFileSync(outside, 'function f(x) { return x; }\n');
      fs.writeFileSync(path.join(pack, 'hostile.yaml'), drill('solutions: { javascript: solution.js }', 'wrong: [{ language: javascript, file: inside.js }]'));
      fs.symlinkSync(outside, path.join(pack, 'hostile', 'solution.js'));
      fs.writeFileSync(path.join(pack, 'hostile', 'real.js'), 'function f(x) { return 2; }\n');
      fs.symlinkSync('real.js', path.join(pack, 'hostile', 'inside.js'));
      const r = drills(['validate', pack]);
      assert.equal(r.code, 1);
      assert.match(r.stderr, /hostile\.yaml:1:1: solution file hostile\/solution\.js points outside the pack \(to .*outside\.js\)/);
      assert.doesNotMatch(r.stderr, /inside\.js/, 'a link within the folder is fine');
      const strict = drills(['validate', '--strict', '--json', pack]);
      const report = JSON.parse(strict.stdout) as { solutions: { file: string; role: string }[] };
      assert.deepEqual(report.solutions.map((x) => `${x.role} ${path.basename(x.file)}`), ['wrong inside.js'], 'only the file inside the pack ran');
    });
  });
});
