import * as assert from 'assert';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cachedBuild, contentKey, runTool } from '../../../src/core/runtimes/compiled';

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

  it('runs a tool without a shell, with its output capped and a time limit', async () => {
    const big = await runTool(process.execPath, ['-e', 'process.stderr.write("x".repeat(1e6)); process.exit(3)'], { cwd: root, timeoutMs: 10_000, outputCap: 1000 });
    assert.deepEqual([big.code, big.stderr.length, big.timedOut], [3, 1000, false]);
    const stuck = await runTool(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { cwd: root, timeoutMs: 300 });
    assert.equal(stuck.timedOut, true);
    const literal = await runTool(process.execPath, ['-e', 'console.log(process.argv[1])', '$(echo hi); ls'], { cwd: root, timeoutMs: 10_000 });
    assert.equal(literal.stdout.trim(), '$(echo hi); ls');
  });
});
