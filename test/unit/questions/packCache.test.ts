import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadBank } from '../../../src/core/questions/bank';
import { loadQuestionFile } from '../../../src/core/questions/loader';
import { PackCache, type ParseFile } from '../../../src/core/questions/packCache';
import type { PackSource } from '../../../src/core/model';

const fixtures = path.resolve(__dirname, '../../../../test/unit/questions/fixtures');

describe('pack cache (by file stamp)', () => {
  let tmp: string;
  let pack: string;
  let parsed: string[];
  const countingParse: ParseFile = (file: string, source: PackSource) => {
    parsed.push(path.basename(file));
    return loadQuestionFile(file, source);
  };
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'drills-cache-'));
    pack = path.join(tmp, 'pack');
    fs.cpSync(path.join(fixtures, 'good'), pack, { recursive: true });
    parsed = [];
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('a reload parses a changed file again and leaves unchanged ones alone', async () => {
    const cache = new PackCache({ parse: countingParse });
    const first = await loadBank([{ dir: pack, source: 'user' }], cache);
    assert.deepEqual(parsed.sort(), ['conflict.yaml', 'rate-limiter.yaml', 'running-sum.yaml']);
    assert.deepEqual(first.stats, { compiled: 0, parsed: 3, cached: 0 });

    parsed = [];
    const again = await loadBank([{ dir: pack, source: 'user' }], cache);
    assert.deepEqual(parsed, [], 'nothing changed, nothing parsed');
    assert.deepEqual(again.stats, { compiled: 0, parsed: 0, cached: 3 });
    assert.equal(again.bank.byId('running-sum'), first.bank.byId('running-sum'), 'the very same question');

    const file = path.join(pack, 'algorithms', 'running-sum.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('title: Running Sum', 'title: Running Total'));
    const edited = await loadBank([{ dir: pack, source: 'user' }], cache);
    assert.deepEqual(parsed, ['running-sum.yaml']);
    assert.equal(edited.bank.byId('running-sum')?.title, 'Running Total');
    assert.deepEqual(edited.stats, { compiled: 0, parsed: 1, cached: 2 });
  });

  it('notices a change that keeps the size (a new mtime) and a same-second rewrite that changes the size', async () => {
    const cache = new PackCache({ parse: countingParse });
    const file = path.join(pack, 'algorithms', 'running-sum.yaml');
    await cache.load(file, 'user');
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, text.replace('title: Running Sum', 'title: Running Sun'));
    const later = new Date(Date.now() + 5000);
    fs.utimesSync(file, later, later);
    assert.equal((await cache.load(file, 'user')).result.question?.title, 'Running Sun');
    const { mtime } = fs.statSync(file);
    fs.writeFileSync(file, text.replace('title: Running Sum', 'title: Running Sums'));
    fs.utimesSync(file, mtime, mtime);
    assert.equal((await cache.load(file, 'user')).result.question?.title, 'Running Sums');
    assert.equal(parsed.length, 3);
  });

  it('keeps sources apart: the same file loaded as a workspace pack is a workspace question', async () => {
    const cache = new PackCache({ parse: countingParse });
    const file = path.join(pack, 'algorithms', 'running-sum.yaml');
    assert.equal((await cache.load(file, 'user')).result.question?.source, 'user');
    assert.equal((await cache.load(file, 'workspace')).result.question?.source, 'workspace');
    assert.equal(parsed.length, 2);
  });

  it('with a folder, the next process finds unchanged files parsed already, exactly as they loaded', async () => {
    const dir = path.join(tmp, 'cache');
    const file = path.join(pack, 'algorithms', 'rate-limiter.yaml');
    const fresh = await new PackCache({ dir, loader: 'build-1', parse: countingParse }).load(file, 'user');
    assert.equal(fresh.cached, false);
    const next = await new PackCache({ dir, loader: 'build-1', parse: countingParse }).load(file, 'user');
    assert.equal(next.cached, true);
    assert.deepStrictEqual(next.result, fresh.result);
    assert.equal(parsed.length, 1);

    // Another build's loader, an edited file, or a damaged entry: parsed again.
    assert.equal((await new PackCache({ dir, loader: 'build-2', parse: countingParse }).load(file, 'user')).cached, false);
    fs.appendFileSync(file, '\n# edited\n');
    assert.equal((await new PackCache({ dir, loader: 'build-2', parse: countingParse }).load(file, 'user')).cached, false);
    for (const entry of fs.readdirSync(dir)) fs.writeFileSync(path.join(dir, entry), '{"format":1,');
    const damaged = await new PackCache({ dir, loader: 'build-2', parse: countingParse }).load(file, 'user');
    assert.equal(damaged.cached, false);
    assert.equal(damaged.result.question?.className, 'RateLimiter');
    assert.equal(parsed.length, 4);
  });

  it('a file that disappears is reported like any unreadable file, not served from the cache', async () => {
    const dir = path.join(tmp, 'cache');
    const cache = new PackCache({ dir, parse: countingParse });
    const file = path.join(pack, 'algorithms', 'running-sum.yaml');
    await cache.load(file, 'user');
    fs.rmSync(file);
    const gone = await cache.load(file, 'user');
    assert.equal(gone.result.question, undefined);
    assert.match(gone.result.diagnostics[0]?.message ?? '', /cannot read file/);
  });
});
