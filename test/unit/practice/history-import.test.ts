import * as assert from 'node:assert/strict';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { HistoryStore, type AttemptRecord, type MockRecord } from '../../../src/core/practice/history';
import { computeStats } from '../../../src/core/practice/stats';

const T0 = Date.UTC(2026, 0, 1, 12);
const cli = path.resolve(__dirname, '../../../../dist/cli.js');

function attempt(id: string, over: Partial<AttemptRecord> = {}): AttemptRecord {
  return {
    v: 1, type: 'attempt', id, questionId: 'two-sum-indices', topic: 'algorithms', kind: 'coding', language: 'python',
    startedAt: T0 - 600_000, endedAt: T0, activeMs: 600_000, pauses: 1, pausedMs: 5000, minutes: 15, verdicts: { accepted: 9, 'wrong-answer': 1 }, rating: 'hard',
    reviewScores: { approach: 3, 'edge cases': 2 }, ...over,
  };
}
const mock: MockRecord = { v: 1, type: 'mock', id: 'mock-1', format: 'coding', title: 'Coding round', minutes: 45, startedAt: T0 - 2_700_000, endedAt: T0, drills: [{ questionId: 'two-sum-indices', title: 'Two Sum', ms: 1_200_000, verdict: 'accepted', passed: 10, total: 10, reviewScores: { approach: 4 } }] };

/** Records as raw JSON text, so that keys like __proto__ and numbers like 1e400 reach the parser as written. */
const hostileRecords: [string, RegExp][] = [
  [JSON.stringify({ ...attempt('bad-types'), endedAt: 'yesterday' }), /"endedAt" must be a time in milliseconds/],
  [JSON.stringify({ ...attempt('bad-nan'), endedAt: 'NaN' }), /"endedAt" must be a time in milliseconds/],
  [JSON.stringify(attempt('bad-inf')).replace(`"endedAt":${T0}`, '"endedAt":1e400'), /"endedAt" must be a time in milliseconds/],
  [JSON.stringify({ ...attempt('bad-huge'), questionId: 'x'.repeat(1_000_000) }), /"questionId" must be a question id \(up to 200 characters\)/],
  [JSON.stringify({ ...attempt('bad-unknown'), comment: 'hi' }), /unknown field "comment"/],
  [JSON.stringify(attempt('bad-proto')).replace('"verdicts":{', '"verdicts":{"__proto__":{"polluted":1},'), /"verdicts" has an unknown verdict "__proto__"/],
  [JSON.stringify(attempt('bad-ctor')).replace('"reviewScores":{', '"reviewScores":{"constructor":3,'), /"reviewScores" cannot use the name "constructor"/],
  [JSON.stringify({ ...attempt('bad-rating'), rating: 'perfect' }), /"rating" must be one of again, hard, good, easy/],
  [JSON.stringify({ ...attempt('bad-version'), v: 99 }), /written by a newer version \(v99\)/],
  [JSON.stringify({ ...attempt('bad-count'), verdicts: { accepted: -5 } }), /"verdicts\.accepted" must be a whole number from 0/],
  [JSON.stringify({ ...attempt('bad-order'), startedAt: T0 + 1 }), /"startedAt" is after "endedAt"/],
  [JSON.stringify({ ...attempt('bad-score'), reviewScores: { approach: 9 } }), /"reviewScores\.approach" must be a whole number from 1 to 4/],
  [JSON.stringify({ ...attempt('bad-missing'), verdicts: undefined }), /"verdicts" is missing/],
  [JSON.stringify({ ...mock, id: 'bad-mock', drills: [{ questionId: 'x', title: 't', ms: -1 }] }), /"drills\[0\]\.ms" must be a duration in milliseconds/],
  [JSON.stringify({ type: 'hack', id: 'bad-type' }), /"type" must be "attempt" or "mock"/],
  ['null', /not a record/],
  ['42', /not a record/],
  ['[1, 2]', /not a record/],
];

describe('practice: importing history', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'drills-import-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('refuses a malicious or damaged export record by record, imports the rest, and says why for each', () => {
    const store = new HistoryStore(dir);
    store.append(attempt('already-here'));
    const records = [JSON.stringify(attempt('good-1')), ...hostileRecords.map(([r]) => r), JSON.stringify(attempt('already-here')), JSON.stringify(mock), JSON.stringify(attempt('good-1'))];
    const text = `{"format":"interview-drills-history","version":1,"records":[${records.join(',')}]}`;
    const report = store.import(text);
    assert.equal(report.added, 2, JSON.stringify(report.problems, null, 1));
    assert.equal(report.duplicates, 2, 'one already here, one repeated in the file');
    assert.equal(report.rejected, hostileRecords.length);
    hostileRecords.forEach(([, reason], i) => {
      const problem = report.problems.find((p) => p.at === `record ${i + 2}`);
      assert.ok(problem, `record ${i + 2} is reported`);
      assert.match(problem.reason, reason);
    });
    assert.ok(report.problems.every((p) => p.reason.length < 300), 'reasons stay short, even for a 1 MB string');
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined, 'nothing reached Object.prototype');
    const read = store.read();
    assert.equal(read.skipped, 0, 'nothing the reader cannot use was appended');
    assert.deepEqual(read.records.map((r) => r.id), ['already-here', 'good-1', 'mock-1']);
    const stats = computeStats(read.records, new Date(T0 + 60_000));
    assert.equal(stats.attempts, 2);
    assert.deepEqual(stats.reviewTrend['approach']?.map((p) => p.score), [3, 3]);
  });

  it('imports a history.jsonl file too, naming bad lines by number', () => {
    const store = new HistoryStore(dir);
    const text = [JSON.stringify(attempt('l1')), '{"torn": ', '', JSON.stringify({ ...attempt('l4'), extra: 1 }), JSON.stringify(attempt('l5'))].join('\n');
    const report = store.import(text);
    assert.equal(report.added, 2);
    assert.deepEqual(report.problems.map((p) => p.at), ['line 2', 'line 4']);
    assert.match(report.problems[0]!.reason, /not JSON/);
  });

  it('refuses a file that is no history at all without writing anything', () => {
    const store = new HistoryStore(dir);
    assert.throws(() => store.import('hello'), /not an Interview Drills history export/);
    assert.throws(() => store.import('{"format":"interview-drills-history","records":{}}'), /not an Interview Drills history export/);
    assert.equal(fs.existsSync(store.file), false);
  });

  it('never appends a record the reader cannot use, even from its own callers', () => {
    const store = new HistoryStore(dir);
    assert.throws(() => store.append({ ...attempt('x'), endedAt: Number.NaN }), /"endedAt" must be a time in milliseconds/);
    assert.equal(fs.existsSync(store.file), false);
  });

  it('imports 50,000 records correctly in one batch, and none twice on a second import', function () {
    this.timeout(60_000);
    const records = Array.from({ length: 50_000 }, (_, i) => attempt(`bulk-${i}`, { questionId: `q-${i % 300}`, endedAt: T0 + i * 1000, startedAt: T0 + i * 1000 - 60_000 }));
    const text = JSON.stringify({ format: 'interview-drills-history', version: 1, records });
    const store = new HistoryStore(dir);
    assert.deepEqual(store.import(text), { added: 50_000, duplicates: 0, rejected: 0, problems: [] });
    assert.deepEqual(store.import(text), { added: 0, duplicates: 50_000, rejected: 0, problems: [] });
    const read = store.read();
    assert.equal(read.records.length, 50_000);
    assert.equal(read.skipped, 0);
    assert.deepEqual(read.records[49_999], records[49_999]);
  });
});

describe('practice: stats over a damaged history file', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'drills-damaged-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** Lines an older version let through or a damaged sync left behind; each crashed the stats before. */
  const damaged = [
    JSON.stringify({ v: 1, type: 'attempt', id: 'no-verdicts', questionId: 'q', endedAt: T0, rating: 'good' }),
    JSON.stringify(attempt('proto')).replace('"reviewScores":{', '"reviewScores":{"__proto__":3,'),
    JSON.stringify({ ...attempt('ctor'), reviewScores: { constructor: 3 } }),
    JSON.stringify({ ...attempt('far'), endedAt: 1e308 }),
    JSON.stringify({ ...attempt('huge'), language: 'x'.repeat(200_000) }),
    '{"v":1,"type":"attempt","id":"torn","questionI',
  ];

  it('skips every bad line, says how many, and computes the stats from the rest', () => {
    const good = [attempt('g1'), attempt('g2', { questionId: 'lru-cache', endedAt: T0 + 1000, startedAt: T0 })];
    fs.writeFileSync(path.join(dir, 'history.jsonl'), [JSON.stringify(good[0]), ...damaged, JSON.stringify(good[1])].join('\n') + '\n');
    const read = new HistoryStore(dir).read();
    assert.equal(read.skipped, damaged.length);
    assert.deepEqual(read.records, good);
    const stats = computeStats(read.records, new Date(T0 + 60_000));
    assert.equal(stats.attempts, 2);
    const r = spawnSync(process.execPath, [cli, 'stats', '--history', dir], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^2 attempt\(s\), .*\(6 damaged line\(s\) skipped\)/);
    const json = spawnSync(process.execPath, [cli, 'stats', '--history', dir, '--json'], { encoding: 'utf8' });
    assert.equal((JSON.parse(json.stdout) as { skippedLines: number }).skippedLines, 6);
  });
});
