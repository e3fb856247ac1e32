import * as assert from 'node:assert/strict';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { AttemptRecord } from '../../../src/core/practice/history';
import { computeStats } from '../../../src/core/practice/stats';

const DAY = 86_400_000;
const now = new Date(Date.UTC(2026, 5, 10, 12));
let n = 0;
function rec(o: Partial<AttemptRecord>): AttemptRecord {
  return { v: 1, type: 'attempt', id: `r${n++}`, questionId: 'q', topic: 'algorithms', kind: 'coding', language: 'python', startedAt: 0, endedAt: now.getTime(), activeMs: 600_000, pauses: 0, pausedMs: 0, minutes: 15, verdicts: { accepted: 5 }, rating: 'good', ...o };
}
const fixture: AttemptRecord[] = [
  rec({ questionId: 'a', endedAt: now.getTime() - 3 * DAY, verdicts: { accepted: 3, 'wrong-answer': 2 }, rating: 'again', activeMs: 20 * 60_000 }),
  rec({ questionId: 'a', endedAt: now.getTime() - 2 * DAY, activeMs: 12 * 60_000 }),
  rec({ questionId: 'b', endedAt: now.getTime() - 1 * DAY, activeMs: 9 * 60_000 }),
  rec({ questionId: 'c', topic: 'databases', kind: 'sql', endedAt: now.getTime() - 1 * DAY, verdicts: { 'compile-error': 4 }, rating: 'again' }),
  rec({ questionId: 'd', topic: 'behavioral', kind: 'behavioral', endedAt: now.getTime(), verdicts: {}, reviewScores: { situation: 4, result: 2 }, rating: 'good' }),
];

describe('practice: stats', () => {
  it('computes per-topic accuracy, streak and solve times from a fixture history', () => {
    const s = computeStats(fixture, now, 0);
    const algos = s.topics.find((t) => t.topic === 'algorithms')!;
    assert.deepEqual([algos.attempted, algos.solved], [3, 2]);
    assert.ok(Math.abs(algos.accuracy - 2 / 3) < 1e-9);
    assert.deepEqual(s.topics.find((t) => t.topic === 'databases'), { topic: 'databases', attempted: 1, solved: 0, accuracy: 0 });
    assert.deepEqual(s.topics.find((t) => t.topic === 'behavioral'), { topic: 'behavioral', attempted: 1, solved: 1, accuracy: 1 });
    assert.equal(s.streak, 4);
    assert.deepEqual(s.timeToSolve.map((x) => x.minutes), [12, 9]);
    assert.deepEqual(s.reviewTrend['result']?.map((x) => x.score), [2]);
    assert.equal(s.dueForecast.length, 14);
  });

  it('counts in the forecast only the drills that can be started, so today\'s figure is what Start Due Drill opens', () => {
    const failed = [rec({ questionId: 'kept', endedAt: now.getTime() - 2 * DAY, rating: 'again' }), rec({ questionId: 'removed', endedAt: now.getTime() - 2 * DAY, rating: 'again' })];
    assert.equal(computeStats(failed, now, 0).dueForecast[0], 2);
    assert.equal(computeStats(failed, now, 0, (id) => id === 'kept').dueForecast[0], 1);
    assert.equal(computeStats(failed, now, 0, (id) => id === 'kept').attempts, 2, 'the history itself still counts every attempt');
  });

  it('breaks the streak after a day without practice', () => {
    assert.equal(computeStats([rec({ endedAt: now.getTime() - 3 * DAY })], now, 0).streak, 0);
    assert.equal(computeStats([rec({ endedAt: now.getTime() - DAY })], now, 0).streak, 1);
  });

  it('drills stats --json prints the same figures', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'drills-stats-'));
    fs.writeFileSync(path.join(dir, 'history.jsonl'), `${fixture.map((r) => JSON.stringify(r)).join('\n')}\n{"torn`);
    const cli = path.resolve(__dirname, '../../../../dist/cli.js');
    const r = spawnSync(process.execPath, [cli, 'stats', '--history', dir, '--json'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { attempts: number; skippedLines: number; topics: { topic: string; solved: number }[] };
    assert.equal(out.attempts, 5);
    assert.equal(out.skippedLines, 1);
    assert.equal(out.topics.find((t) => t.topic === 'algorithms')?.solved, 2);
    assert.equal(spawnSync(process.execPath, [cli, 'stats'], { encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '' } }).status, 2);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
