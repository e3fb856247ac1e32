import * as assert from 'node:assert/strict';
import { KINDS } from '../../../src/core/kinds';
import { formatClock, pauseTimer, resetTimer, restoreTimer, resumeTimer, startTimer, viewTimer } from '../../../src/core/timer';

const MIN = 60_000;

describe('drill timer', () => {
  it('counts down from the drill minutes and enters overtime', () => {
    const t = startTimer('q', 'Q', 15, false, 0);
    assert.equal(viewTimer(t, 0).remainingMs, 15 * MIN);
    assert.equal(viewTimer(t, 10 * MIN).warning, 'five-minutes');
    const late = viewTimer(t, 16 * MIN);
    assert.equal(late.overtime, true);
    assert.equal(late.warning, 'time-up');
    assert.equal(formatClock(late.remainingMs), '+1:00', 'time past the end counts up with a plus, not as a negative time left');
    assert.equal(formatClock(-9000), '+0:09');
  });

  it('stops the clock while paused, unless honest mode counts pauses against you', () => {
    const normal = resumeTimer(pauseTimer(startTimer('q', 'Q', 10, false, 0), 1 * MIN), 4 * MIN);
    assert.equal(viewTimer(normal, 5 * MIN).remainingMs, 8 * MIN);
    assert.equal(normal.pauses, 1);
    assert.equal(normal.pausedMs, 3 * MIN);
    const honestPaused = pauseTimer(startTimer('q', 'Q', 10, true, 0), 1 * MIN);
    assert.equal(viewTimer(honestPaused, 4 * MIN).remainingMs, 6 * MIN);
    const honest = resumeTimer(honestPaused, 4 * MIN);
    assert.equal(viewTimer(honest, 5 * MIN).remainingMs, 5 * MIN);
  });

  it('moves through the phases in order', () => {
    const t = startTimer('q', 'Q', 100, false, 0);
    const phases = [0, 15, 40, 80, 95].map((m) => viewTimer(t, m * MIN).phase);
    assert.deepEqual(phases, ['clarify', 'approach', 'code', 'test', 'review']);
  });

  it('marks a design or behavioral drill\'s own phases, never code and test', () => {
    const design = startTimer('d', 'D', 100, false, 0, KINDS['system-design'].phases);
    const seen = new Set([0, 12, 20, 50, 80, 95].map((m) => viewTimer(design, m * MIN).phase));
    assert.deepEqual([...seen], ['requirements', 'estimates', 'high-level', 'deep dives', 'trade-offs']);
    const star = startTimer('s', 'S', 10, false, 0, KINDS.behavioral.phases);
    for (let m = 0; m < 10; m++) assert.ok(!['code', 'test'].includes(viewTimer(star, m * MIN).phase));
    const mock = startTimer('mock:x', 'Mock', 60, true, 0, []);
    assert.equal(viewTimer(mock, MIN).phase, '', 'a mock interview over several drills has no phases');
    const old = JSON.parse(JSON.stringify(startTimer('q', 'Q', 10, false, 0))) as Record<string, unknown>;
    delete old['phases'];
    assert.equal(viewTimer(restoreTimer(old)!, 0).phase, 'clarify', 'a timer stored by an older version keeps the coding phases');
  });

  it('reset starts over and survives a round trip through storage', () => {
    const t = resetTimer(pauseTimer(startTimer('q', 'Q', 10, false, 0), 5 * MIN), 6 * MIN);
    assert.equal(viewTimer(t, 6 * MIN).remainingMs, 10 * MIN);
    const stored = JSON.parse(JSON.stringify(t)) as unknown;
    assert.deepEqual(restoreTimer(stored), t);
    assert.equal(restoreTimer({ questionId: 1 }), undefined);
    assert.equal(formatClock(65 * MIN + 3000), '1:05:03');
  });
});
