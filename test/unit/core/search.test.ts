import * as assert from 'node:assert/strict';
import { matchesQuery } from '../../../src/core/questions/search';
import type { Question } from '../../../src/core/model';

const q = (over: Partial<Question>): Question => ({ id: 'x', title: 'X', topic: 'algorithms', kind: 'coding', difficulty: 'medium', minutes: 20, tags: [], prompt: '', tests: [], ...over }) as Question;

describe('Start Drill filter', () => {
  const stackEasy = q({ id: 'balanced-brackets', title: 'Balanced Brackets', difficulty: 'easy', tags: ['stack', 'strings'] });
  const stackHard = q({ id: 'max-rectangle', title: 'Largest Rectangle', difficulty: 'hard', tags: ['stack'] });
  const design = q({ id: 'url-shortener', title: 'URL Shortener', topic: 'system-design', kind: 'system-design', difficulty: 'easy', tags: ['caching'] });

  it('"easy stack" finds the easy drills tagged stack, across difficulty and tag fields, in any order', () => {
    assert.deepEqual([stackEasy, stackHard, design].filter((x) => matchesQuery(x, 'easy stack')).map((x) => x.id), ['balanced-brackets']);
    assert.deepEqual([stackEasy, stackHard, design].filter((x) => matchesQuery(x, 'Stack  EASY')).map((x) => x.id), ['balanced-brackets']);
  });

  it('matches the topic\'s title and the kind, and an empty query finds everything', () => {
    assert.ok(matchesQuery(design, 'system design easy'));
    assert.ok(!matchesQuery(stackEasy, 'design'));
    assert.ok([stackEasy, stackHard, design].every((x) => matchesQuery(x, '  ')));
  });
});
