import * as assert from 'node:assert/strict';
import { buildSync } from 'esbuild';
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { attemptsOf, HistoryStore, type AttemptRecord } from '../../../src/core/practice/history';
import { daysUntil, Scheduler, suggestRating } from '../../../src/core/practice/scheduler';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 1, 12);

function attempt(store: HistoryStore, over: Partial<AttemptRecord> = {}): AttemptRecord {
  return {
    v: 1, type: 'attempt', id: store.newId(), questionId: 'q1', topic: 'algorithms', kind: 'coding', language: 'python',
    startedAt: T0 - 600_000, endedAt: T0, activeMs: 600_000, pauses: 0, pausedMs: 0, minutes: 15, verdicts: { accepted: 10 }, rating: 'good', ...over,
  };
}

/** A child that appends records in a tight loop, for the crash and concurrency tests. */
const WRITER = `
const { HistoryStore } = require(process.argv[1]);
const store = new HistoryStore(process.argv[2]);
const n = Number(process.argv[3]);
for (let i = 0; i < n; i++) {
  store.append({ v: 1, type: 'attempt', id: process.argv[4] + '-' + i, questionId: 'q' + (i % 7) + '-' + 'x'.repeat(150), topic: 'algorithms', kind: 'coding', language: 'javascript', startedAt: 1767225600000 + i, endedAt: 1767225600000 + i + 1, activeMs: 1, pauses: 0, pausedMs: 0, minutes: 10, verdicts: { accepted: 1 }, rating: 'good' });
}
`;

describe('practice: history log', () => {
  let dir: string;
  let moduleFile: string;
  before(() => {
    moduleFile = path.join(os.tmpdir(), `drills-history-module-${process.pid}.js`);
    buildSync({ entryPoints: [path.resolve(__dirname, '../../../../src/core/practice/history.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: moduleFile, external: ['ts-fsrs'], logLevel: 'silent' });
  });
  after(() => fs.rmSync(moduleFile, { force: true }));
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'drills-history-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads back what it appends, in order', () => {
    const store = new HistoryStore(dir);
    const a = attempt(store);
    const b = attempt(store, { questionId: 'q2' });
    store.append(a);
    store.append(b);
    assert.deepEqual(store.read(), { records: [a, b], skipped: 0 });
  });

  it('skips a torn last line and keeps appending after it', () => {
    const store = new HistoryStore(dir);
    store.append(attempt(store));
    fs.appendFileSync(store.file, '{"v":1,"type":"attempt","id":"torn","questionI');
    assert.equal(store.read().records.length, 1);
    assert.equal(store.read().skipped, 1);
    store.append(attempt(store, { questionId: 'after' }));
    assert.deepEqual(attemptsOf(store.read().records).map((r) => r.questionId), ['q1', 'after']);
  });

  it('loses nothing when two writers append at once', async () => {
    const run = (tag: string) =>
      new Promise<void>((resolve, reject) => {
        const p = spawn(process.execPath, ['-e', WRITER, moduleFile, dir, '400', tag], { stdio: 'inherit' });
        p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`writer exited ${code}`))));
      });
    await Promise.all([run('a'), run('b')]);
    const { records, skipped } = new HistoryStore(dir).read();
    assert.equal(skipped, 0);
    assert.equal(records.length, 800);
    assert.equal(new Set(records.map((r) => r.id)).size, 800);
  });

  it('keeps every complete record when the writer is SIGKILLed mid-write, run after run', async function () {
    this.timeout(60_000);
    let lastCount = 0;
    for (let round = 0; round < 15; round++) {
      const p = spawn(process.execPath, ['-e', WRITER, moduleFile, dir, '100000', `r${round}`], { stdio: 'ignore' });
      // Kill it mid-stream: once it has started writing (Node's start-up time varies with load), then a little later.
      const file = new HistoryStore(dir).file;
      const size = (): number => (fs.existsSync(file) ? fs.statSync(file).size : 0);
      const before = size();
      for (let i = 0; i < 1000 && size() === before; i++) await new Promise((r) => setTimeout(r, 5));
      await new Promise((r) => setTimeout(r, 10 + ((round * 37) % 60)));
      p.kill('SIGKILL');
      await new Promise((r) => p.on('exit', r));
      const { records } = new HistoryStore(dir).read();
      assert.ok(records.length >= lastCount, `round ${round}: ${records.length} records after ${lastCount}: none lost`);
      for (const r of attemptsOf(records)) assert.equal(r.questionId.length, 153, 'no record is corrupted');
      lastCount = records.length;
    }
    const text = fs.readFileSync(new HistoryStore(dir).file, 'utf8');
    const lines = text.split('\n').filter(Boolean);
    assert.ok(lines.length - lastCount <= 15, 'at most one torn line per crash');
    assert.ok(lastCount > 0);
  });

  it('exports and imports without duplicates', () => {
    const a = new HistoryStore(dir);
    a.append(attempt(a));
    a.append(attempt(a, { questionId: 'q2' }));
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'drills-history-'));
    const b = new HistoryStore(other);
    assert.deepEqual(b.import(a.export()), { added: 2, duplicates: 0, rejected: 0, problems: [] });
    assert.deepEqual(b.import(a.export()), { added: 0, duplicates: 2, rejected: 0, problems: [] });
    assert.throws(() => b.import('{"records": []}'), /not an Interview Drills history export/);
    fs.rmSync(other, { recursive: true, force: true });
  });
});

describe('practice: scheduling', () => {
  const scheduler = new Scheduler();
  const store = new HistoryStore(os.tmpdir());

  // Local times: "today" is the person's calendar day, whatever the machine's time zone.
  const at = (day: number, hour: number, minute = 0): number => new Date(2026, 0, day, hour, minute).getTime();

  it('brings a failed drill back the next day and a solved one back days later, never the same day', () => {
    const t0 = at(5, 9);
    const cards = scheduler.cards([attempt(store, { questionId: 'failed', endedAt: t0, rating: 'again' }), attempt(store, { questionId: 'solved', endedAt: t0, rating: 'good' })]);
    for (const later of [t0 + 60_000, t0 + 15 * 60_000, at(5, 23, 59)]) {
      assert.deepEqual(scheduler.dueQueue(cards, new Date(later)), [], `nothing rated this morning is due at ${new Date(later).toTimeString()}`);
      assert.equal(scheduler.stateOf(cards.get('solved'), new Date(later)), 'learning');
    }
    assert.equal(scheduler.stateOf(cards.get('failed'), new Date(at(6, 0, 1))), 'due', 'Again: due from the start of the next day');
    assert.equal(scheduler.stateOf(cards.get('never'), new Date(t0)), 'new');
    const good = cards.get('solved')!;
    assert.ok(daysUntil(good.due, new Date(t0)) >= 2, `Good on a first attempt comes back on a later day, not tomorrow (${good.due.toString()})`);
    assert.deepEqual(scheduler.dueQueue(cards, new Date(at(6, 8))), ['failed']);
  });

  it('agrees with itself on what is due today: the queue, the state and the forecast\'s first day', () => {
    const t0 = at(5, 14);
    const cards = scheduler.cards([
      attempt(store, { questionId: 'a', endedAt: t0, rating: 'again' }),
      attempt(store, { questionId: 'b', endedAt: t0 - 2 * DAY, rating: 'again' }),
      attempt(store, { questionId: 'c', endedAt: t0, rating: 'good' }),
      attempt(store, { questionId: 'd', endedAt: t0 - 3 * DAY, rating: 'hard' }),
    ]);
    for (let now = at(5, 14, 1); now < at(13, 0); now += 47 * 60_000) {
      const queue = scheduler.dueQueue(cards, new Date(now));
      const when = new Date(now).toString();
      assert.equal(scheduler.forecast(cards, new Date(now), 14)[0], queue.length, `"due today" is the queue at ${when}`);
      for (const id of ['a', 'b', 'c', 'd']) assert.equal(scheduler.stateOf(cards.get(id), new Date(now)) === 'due', queue.includes(id), `${id} at ${when}`);
    }
  });

  it('masters a drill after repeated good reviews spaced out in time', () => {
    let t = Date.UTC(2026, 0, 1);
    const recs: AttemptRecord[] = [];
    for (let i = 0; i < 6; i++) {
      recs.push(attempt(store, { endedAt: t, rating: 'good' }));
      const card = scheduler.cards(recs).get('q1')!;
      t = card.due.getTime();
    }
    const card = scheduler.cards(recs).get('q1')!;
    assert.equal(scheduler.stateOf(card, new Date(t - DAY)), 'mastered');
  });

  it('forecasts due drills over the next 14 days', () => {
    const t0 = Date.UTC(2026, 0, 1, 12);
    const cards = scheduler.cards([attempt(store, { questionId: 'a', endedAt: t0, rating: 'again' }), attempt(store, { questionId: 'b', endedAt: t0, rating: 'easy' })]);
    const f = scheduler.forecast(cards, new Date(t0), 14);
    assert.equal(f.length, 14);
    assert.equal(f.reduce((x, y) => x + y, 0), 2);
  });

  it('suggests a rating from the outcome', () => {
    const base = { kind: 'coding', minutes: 20 };
    assert.equal(suggestRating({ ...base, activeMs: 5 * 60_000, verdicts: { accepted: 10 } }), 'easy');
    assert.equal(suggestRating({ ...base, activeMs: 15 * 60_000, verdicts: { accepted: 10 } }), 'good');
    assert.equal(suggestRating({ ...base, activeMs: 25 * 60_000, verdicts: { accepted: 10 } }), 'hard');
    assert.equal(suggestRating({ ...base, activeMs: 5 * 60_000, verdicts: { accepted: 9, 'wrong-answer': 1 } }), 'again');
    assert.equal(suggestRating({ kind: 'behavioral', minutes: 10, activeMs: 1, verdicts: {}, reviewScores: { situation: 3, result: 3 } }), 'good');
    assert.equal(suggestRating({ kind: 'system-design', minutes: 45, activeMs: 1, verdicts: {}, reviewScores: { estimates: 1, api: 2 } }), 'again');
  });

  it('suggests Hard at best once a hidden case\'s input was revealed, and records how many were', () => {
    const base = { kind: 'coding', minutes: 20, activeMs: 5 * 60_000, verdicts: { accepted: 10 } };
    assert.equal(suggestRating({ ...base, revealedHidden: 1 }), 'hard');
    assert.equal(suggestRating({ ...base, verdicts: { accepted: 8, 'wrong-answer': 2 }, revealedHidden: 1 }), 'again');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'drills-revealed-'));
    try {
      const own = new HistoryStore(dir);
      const record = { ...attempt(own, { questionId: 'a', rating: 'hard' }), revealedHidden: 2 };
      own.append(record);
      assert.deepEqual(own.read().records, [record]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
