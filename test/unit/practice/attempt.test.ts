import * as assert from 'node:assert/strict';
import { attemptSpan, plausibleStart } from '../../../src/core/practice/attempt';
import { pauseTimer, startTimer } from '../../../src/core/timer';

const NOW = Date.UTC(2026, 5, 1, 12, 0, 0);
const MIN = 60_000;

describe('attempt time', () => {
  it('a restored session whose start is 0 counts no time, not the time since 1970', () => {
    const span = attemptSpan(undefined, 0, NOW);
    assert.equal(span.activeMs, 0);
    assert.equal(span.startedAt, NOW);
  });

  it('an unknown, future or non-number start is unknown too', () => {
    for (const bad of [undefined, NaN, -5, NOW + MIN, '1700000000000', null]) assert.equal(plausibleStart(bad, NOW), undefined, String(bad));
    assert.equal(attemptSpan(undefined, NOW + MIN, NOW).activeMs, 0);
  });

  it('a known start counts the minutes since it', () => {
    assert.deepEqual(attemptSpan(undefined, NOW - 12 * MIN, NOW), { startedAt: NOW - 12 * MIN, activeMs: 12 * MIN });
  });

  it('the drill\'s own timer wins, pauses left out', () => {
    const t = pauseTimer(startTimer('q', 'Q', 30, false, NOW - 20 * MIN), NOW - 5 * MIN);
    assert.deepEqual(attemptSpan(t, 0, NOW), { startedAt: NOW - 20 * MIN, activeMs: 15 * MIN });
  });
});
