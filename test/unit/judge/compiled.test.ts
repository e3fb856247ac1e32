import * as assert from 'assert';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { BUILD_MIN_IDLE_MS, cachedBuild, contentKey, pruneBuilds, runTool } from '../../../src/core/runtimes/compiled';

describe('compiled languages: the build cache', () => {
  let root: string;
  beforeEach(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'drills-builds-'));
  });
  afterEach(() => fs.rm(root, { recursive: true, force: true }));

  const builder = (log: string[], fail?: string) => async (out: string) => {
    log.push(out);
    await fs.writeFile(path.join(out, 'program'), 'built');
    return fail;
  };

  it('keys by content: the same parts give the same key, any change (or a moved boundary) another', () => {
    assert.equal(contentKey(['a', 'bc']), contentKey(['a', 'bc']));
    assert.notEqual(contentKey(['a', 'bc']), contentKey(['ab', 'c']));
    assert.notEqual(contentKey(['a', 'bc']), contentKey(['a', 'bd']));
    // Large parts (a harness's source) stand in by their own digest, remembered: still by content.
    const big = 'x'.repeat(20_000);
    const edited = `${big.slice(0, 10_000)}y${big.slice(10_001)}`;
    assert.equal(contentKey([big, 'code']), contentKey([`${big}`, 'code']));
    assert.notEqual(contentKey([big, 'code']), contentKey([edited, 'code']));
    assert.notEqual(contentKey([big, 'code']), contentKey([big, 'code2']));
    assert.notEqual(contentKey([big, 'a']), contentKey([big.slice(0, 19_999), 'xa']));
  });

  it('builds once and reuses the build for the same key', async () => {
    const log: string[] = [];
    const first = await cachedBuild({ cacheDir: root, key: 'k1', fallbackDir: root, build: builder(log) });
    const second = await cachedBuild({ cacheDir: root, key: 'k1', fallbackDir: root, build: builder(log) });
    assert.deepEqual([first.hit, second.hit, log.length], [false, true, 1]);
    assert.equal(await fs.readFile(path.join(second.dir, 'program'), 'utf8'), 'built');
  });

  it('does not keep a failed build, so fixing the code (or the toolchain) is tried again', async () => {
    const log: string[] = [];
    const failed = await cachedBuild({ cacheDir: root, key: 'k2', fallbackDir: root, build: builder(log, 'line 3: missing ;') });
    assert.equal(failed.failure, 'line 3: missing ;');
    const again = await cachedBuild({ cacheDir: root, key: 'k2', fallbackDir: root, build: builder(log) });
    assert.deepEqual([again.hit, again.failure, log.length], [false, undefined, 2]);
    assert.deepEqual((await fs.readdir(root)).sort(), ['k2']);
  });

  it('two runs building the same key at once both get a complete build', async () => {
    const slow = async (out: string) => {
      await new Promise((r) => setTimeout(r, 50));
      await fs.writeFile(path.join(out, 'program'), 'built');
      return undefined;
    };
    const [a, b] = await Promise.all([cachedBuild({ cacheDir: root, key: 'k3', fallbackDir: root, build: slow }), cachedBuild({ cacheDir: root, key: 'k3', fallbackDir: root, build: slow })]);
    assert.equal(a.dir, b.dir);
    assert.equal(await fs.readFile(path.join(a.dir, 'program'), 'utf8'), 'built');
    assert.deepEqual(await fs.readdir(root), ['k3']);
  });

  it('does not trust a folder an interrupted build left behind', async () => {
    await fs.mkdir(path.join(root, 'k4'));
    await fs.writeFile(path.join(root, 'k4', 'program'), 'half');
    const log: string[] = [];
    const r = await cachedBuild({ cacheDir: root, key: 'k4', fallbackDir: root, build: builder(log) });
    assert.deepEqual([r.hit, log.length], [false, 1]);
    assert.equal(await fs.readFile(path.join(r.dir, 'program'), 'utf8'), 'built');
  });

  /** A finished build of `bytes` bytes, last used `agoMs` before now. */
  async function build(key: string, bytes: number, agoMs: number): Promise<void> {
    await cachedBuild({ cacheDir: root, key, fallbackDir: root, build: async (out) => fs.writeFile(path.join(out, 'program'), 'x'.repeat(bytes)).then(() => undefined) });
    const t = new Date(Date.now() - agoMs);
    await fs.utimes(path.join(root, key, '.complete'), t, t);
  }
  const HOUR = 3600_000;

  it('keeps the cache within its budget: the builds run least recently go first, the Go cache and recent builds stay', async () => {
    await build('a', 1000, 4 * HOUR);
    await build('b', 1000, 3 * HOUR);
    await build('c', 1000, 2 * HOUR);
    await build('d', 1000, 60_000);
    await fs.mkdir(path.join(root, 'go'));
    await fs.writeFile(path.join(root, 'go', 'big'), 'x'.repeat(5000));
    const r = await pruneBuilds(root, { maxBytes: 2500 });
    assert.deepEqual(r.removed, ['a', 'b']);
    assert.equal(r.bytes, 2000);
    assert.deepEqual((await fs.readdir(root)).sort(), ['c', 'd', 'go']);
    assert.equal(await fs.readFile(path.join(root, 'c', 'program'), 'utf8'), 'x'.repeat(1000));
  });

  it('never removes a build used in the last ten minutes, however far over budget', async () => {
    await build('a', 1000, BUILD_MIN_IDLE_MS - 60_000);
    await build('b', 1000, 0);
    const r = await pruneBuilds(root, { maxBytes: 0 });
    assert.deepEqual([r.removed, r.bytes], [[], 2000]);
    assert.deepEqual((await fs.readdir(root)).sort(), ['a', 'b']);
  });

  it('running a build again marks it used: an older build that was not run goes first', async () => {
    await build('a', 1000, 5 * HOUR);
    await build('b', 1000, 4 * HOUR);
    const hit = await cachedBuild({ cacheDir: root, key: 'a', fallbackDir: root, build: builder([]) });
    assert.equal(hit.hit, true);
    const r = await pruneBuilds(root, { maxBytes: 1500 });
    assert.deepEqual(r.removed, ['b']);
    assert.deepEqual(await fs.readdir(root), ['a']);
  });

  it('a new build trims the cache: a build folder an interrupted run left an hour ago is removed, a fresh one kept', async () => {
    const old = path.join(root, 'k5.tmp-0123456789ab');
    const fresh = path.join(root, 'k6.tmp-0123456789ab');
    await fs.mkdir(old);
    await fs.mkdir(fresh);
    const t = new Date(Date.now() - 2 * HOUR);
    await fs.utimes(old, t, t);
    const r = await cachedBuild({ cacheDir: root, key: 'k7', fallbackDir: root, build: builder([]) });
    assert.equal(r.hit, false);
    assert.deepEqual((await fs.readdir(root)).sort(), ['k6.tmp-0123456789ab', 'k7']);
  });

  it('runs a tool without a shell, with its output capped and a time limit', async () => {
    const big = await runTool(process.execPath, ['-e', 'process.stderr.write("x".repeat(1e6)); process.exit(3)'], { cwd: root, timeoutMs: 10_000, outputCap: 1000 });
    assert.deepEqual([big.code, big.stderr.length, big.timedOut], [3, 1000, false]);
    const stuck = await runTool(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { cwd: root, timeoutMs: 300 });
    assert.equal(stuck.timedOut, true);
    const literal = await runTool(process.execPath, ['-e', 'console.log(process.argv[1])', '$(echo hi); ls'], { cwd: root, timeoutMs: 10_000 });
    assert.equal(literal.stdout.trim(), '$(echo hi); ls');
  });
});
