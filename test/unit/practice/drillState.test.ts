import * as assert from 'node:assert/strict';
import { attemptOutcome, drillStatus, STATUS_WORDS } from '../../../src/core/practice/drillState';
import type { AttemptRecord } from '../../../src/core/practice/history';

const t = Date.UTC(2026, 5, 10, 12);
function rec(o: Partial<AttemptRecord>): AttemptRecord {
  return { v: 1, type: 'attempt', id: 'r', questionId: 'q', topic: 'algorithms', kind: 'coding', language: 'python', startedAt: t - 840_000, endedAt: t, activeMs: 840_000, pauses: 0, pausedMs: 0, minutes: 20, verdicts: { accepted: 12 }, rating: 'good', ...o };
}

describe('practice: a drill\'s state in the sidebar', () => {
  it('puts due before the last outcome, and mastered before solved', () => {
    const failed = rec({ verdicts: { accepted: 3, 'wrong-answer': 2 }, rating: 'again' });
    assert.equal(drillStatus({ card: 'new', attempts: 0 }), 'new');
    assert.equal(drillStatus({ card: 'due', attempts: 1, last: rec({}) }), 'due');
    assert.equal(drillStatus({ card: 'mastered', attempts: 5, last: rec({}) }), 'mastered');
    assert.equal(drillStatus({ card: 'learning', attempts: 1, last: rec({}) }), 'solved');
    assert.equal(drillStatus({ card: 'learning', attempts: 1, last: failed }), 'unsolved');
    assert.equal(STATUS_WORDS.due, 'Due for review today');
  });

  it('says what the last attempt was in words: cases or review, time against the limit, rating', () => {
    assert.equal(attemptOutcome(rec({})), 'solved: 12/12 cases in 14 min of 20, rated Good');
    assert.equal(attemptOutcome(rec({ verdicts: { accepted: 8, 'wrong-answer': 4 }, rating: 'again', activeMs: 25 * 60_000 })), 'not solved: 8/12 cases in 25 min of 20, rated Again');
    assert.equal(attemptOutcome(rec({ verdicts: {}, activeMs: 0, rating: 'hard' })), 'not solved: no tests run, rated Hard');
    assert.equal(attemptOutcome(rec({ kind: 'behavioral', verdicts: {}, reviewScores: { situation: 4, result: 3 }, activeMs: 20_000 })), 'solved: review 3.5/4 in under a minute of 20, rated Good');
  });
});
