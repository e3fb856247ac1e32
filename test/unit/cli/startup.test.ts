import * as assert from 'node:assert/strict';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cliCacheDir } from '../../../src/cli/cacheDir';

const root = path.resolve(__dirname, '../../../..');
const cli = path.join(root, 'dist', 'cli.js');

/** Preloaded into the CLI: records which files it required and how many worker threads it started. */
const TRACE = `
const { isMainThread } = require('worker_threads');
if (isMainThread) {
  const fs = require('fs');
  const wt = require('worker_threads');
  let workers = 0;
  const Base = wt.Worker;
  wt.Worker = class extends Base { constructor(...a) { workers++; super(...a); } };
  const builtins = () => process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice('NativeModule '.length));
  process.on('exit', () => fs.writeFileSync(process.env.DRILLS_TRACE_OUT, JSON.stringify({ files: Object.keys(require.cache), workers, builtins: builtins() })));
}
`;

describe('drills start-up: what each command loads', () => {
  let tmp: string;
  let hook: string;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'drills-startup-'));
    hook = path.join(tmp, 'trace.js');
    fs.writeFileSync(hook, TRACE);
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  /** Runs the CLI; returns its exit code, the bundle chunks (`vendor/yaml`, …) and Node modules it loaded, and the workers it started. */
  function drills(...args: string[]): { code: number | null; out: string; chunks: string[]; builtins: string[]; workers: number } {
    const traceOut = path.join(tmp, 'trace.json');
    const r = spawnSync(process.execPath, ['-r', hook, cli, ...args], {
      encoding: 'utf8',
      cwd: tmp,
      env: { ...process.env, DRILLS_TRACE_OUT: traceOut, DRILLS_CACHE_DIR: path.join(tmp, 'cache') },
    });
    const trace = JSON.parse(fs.readFileSync(traceOut, 'utf8')) as { files: string[]; workers: number; builtins: string[] };
    const dist = path.join(root, 'dist') + path.sep;
    const chunks = trace.files.filter((f) => f.startsWith(dist) && f !== cli).map((f) => f.slice(dist.length).replace(/\.js$/, '').split(path.sep).join('/'));
    return { code: r.status, out: r.stdout + r.stderr, chunks, builtins: trace.builtins, workers: trace.workers };
  }

  it('list and show load no library chunk (no YAML parser, LLM client, Markdown, scheduler or SQL engine) and not the judge\'s or the history\'s Node modules', () => {
    for (const args of [['list'], ['list', '--json'], ['show', 'two-sum-indices']]) {
      const r = drills(...args);
      assert.equal(r.code, 0, r.out);
      assert.deepEqual(r.chunks, [], `drills ${args.join(' ')}`);
      assert.equal(r.workers, 0);
      for (const heavy of ['crypto', 'child_process', 'vm']) assert.ok(!r.builtins.includes(heavy), `drills ${args.join(' ')} loads no ${heavy}`);
    }
  });

  it('a run loads no library chunk and starts no thread in the CLI: a SQL drill\'s engine loads only in that drill\'s own process', () => {
    const js = drills('run', 'two-sum-indices', path.join(root, 'questions/algorithms/two-sum-indices/solution.js'));
    assert.equal(js.code, 0, js.out);
    assert.deepEqual(js.chunks, []);
    assert.equal(js.workers, 0);
    const sql = drills('run', 'frequent-buyers-in-march', path.join(root, 'questions/databases/frequent-buyers-in-march/solution.sql'));
    assert.equal(sql.code, 0, `the engine ran the query: ${sql.out}`);
    assert.deepEqual(sql.chunks, []);
    assert.equal(sql.workers, 0);
  });

  it('the LLM client loads only for a model review, the scheduler only to schedule rated attempts', () => {
    const answer = path.join(tmp, 'answer.js');
    fs.writeFileSync(answer, '// Approach: one pass with a map.\nfunction pairWithSum() {}\n');
    const offline = drills('review', 'two-sum-indices', answer);
    assert.equal(offline.code, 0, offline.out);
    assert.deepEqual(offline.chunks, []);
    const model = drills('review', 'two-sum-indices', answer, '--provider', 'openai', '--base-url', 'http://127.0.0.1:9/v1');
    assert.match(model.out, /Could not connect to http:\/\/127\.0\.0\.1:9\/v1/);
    assert.deepEqual(model.chunks, ['vendor/openai']);
    const history = path.join(tmp, 'history');
    fs.mkdirSync(history);
    const empty = drills('stats', '--history', history);
    assert.equal(empty.code, 0, empty.out);
    assert.deepEqual(empty.chunks, [], 'nothing rated yet: nothing to schedule');
    const rated = { v: 1, type: 'attempt', id: 'a1', questionId: 'two-sum-indices', topic: 'algorithms', kind: 'coding', language: 'javascript', startedAt: 0, endedAt: Date.now() - 3_600_000, activeMs: 600_000, pauses: 0, pausedMs: 0, minutes: 15, verdicts: { accepted: 10 }, rating: 'good' };
    fs.writeFileSync(path.join(history, 'history.jsonl'), `${JSON.stringify(rated)}\n`);
    const stats = drills('stats', '--history', history);
    assert.equal(stats.code, 0, stats.out);
    assert.match(stats.out, /1 attempt\(s\)/);
    assert.deepEqual(stats.chunks, ['vendor/ts-fsrs']);
  });

  it('a question file is parsed once and then taken from the cache until it changes', () => {
    const q = path.join(tmp, 'q.yaml');
    const tests = Array.from({ length: 20 }, (_, i) => `  - { args: [${i}], expected: ${i * 2} }`);
    fs.writeFileSync(q, ['id: doubling', 'title: Doubling', 'topic: algorithms', 'kind: coding', 'difficulty: easy', 'minutes: 5', 'prompt: p', 'function: double', 'tests:', ...tests, ''].join('\n'));
    const solution = path.join(tmp, 'solution.js');
    fs.writeFileSync(solution, 'function double(x) { return 2 * x; }\n');
    const first = drills('run', q, solution);
    assert.equal(first.code, 0, first.out);
    assert.deepEqual(first.chunks, ['vendor/yaml']);
    const second = drills('run', q, solution);
    assert.equal(second.code, 0, second.out);
    assert.deepEqual(second.chunks, [], 'unchanged: not parsed again');
    const timings = (text: string): string => text.replace(/ +[\d.]+ ms/g, ' N ms').replace(/\([\d.]+ ms\)/g, '(N ms)');
    assert.equal(timings(second.out), timings(first.out), 'the same report');
    fs.appendFileSync(q, '  - { args: [100], expected: 201 }\n');
    const edited = drills('run', q, solution);
    assert.equal(edited.code, 1, 'the edited file is read: its new case fails');
    assert.deepEqual(edited.chunks, ['vendor/yaml']);
  });

  it('keeps its cache in the platform\'s cache folder, or in $DRILLS_CACHE_DIR', () => {
    assert.equal(cliCacheDir({ DRILLS_CACHE_DIR: '/x' }, 'linux', '/home/a'), '/x');
    assert.equal(cliCacheDir({}, 'linux', '/home/a'), path.join('/home/a', '.cache', 'interview-drills'));
    assert.equal(cliCacheDir({ XDG_CACHE_HOME: '/c' }, 'linux', '/home/a'), path.join('/c', 'interview-drills'));
    assert.equal(cliCacheDir({}, 'darwin', '/Users/a'), path.join('/Users/a', 'Library', 'Caches', 'interview-drills'));
    assert.equal(cliCacheDir({ LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' }, 'win32', 'C:\\Users\\a'), path.join('C:\\Users\\a\\AppData\\Local', 'interview-drills', 'Cache'));
  });
});
