import * as assert from 'node:assert/strict';
import { LOCKDOWN, MOCK_FORMATS, planMock, restoreWrites, snapshot } from '../../../src/core/practice/mock';
import { parseQuestion } from '../../../src/core/questions/loader';
import type { Question } from '../../../src/core/model';

function q(id: string, topic: string, kind: string, difficulty = 'medium'): Question {
  return parseQuestion([`id: ${id}`, `title: ${id}`, `topic: ${topic}`, `kind: ${kind}`, `difficulty: ${difficulty}`, 'minutes: 10', 'prompt: p', ...(kind === 'coding' ? ['function: f', 'tests:', '  - { args: [1], expected: 1 }'] : kind === 'sql' ? ['tests:', '  - { expected: [[1]] }'] : [])].join('\n'), `${id}.yaml`, 'builtin').question!;
}
const bank = [q('a1', 'algorithms', 'coding', 'easy'), q('a2', 'algorithms', 'coding', 'hard'), q('a3', 'algorithms', 'coding', 'medium'), q('s1', 'system-design', 'system-design'), q('b1', 'behavioral', 'behavioral'), q('d1', 'databases', 'sql'), q('d2', 'databases', 'sql')];

function seeded(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 16807) % 2147483647) / 2147483647);
}

describe('practice: mock interviews', () => {
  it('plans a backend loop as coding + system design + behavioral', () => {
    const plan = planMock(MOCK_FORMATS.find((f) => f.id === 'backend-60')!, bank, seeded(3))!;
    assert.deepEqual(plan.map((x) => x.kind), ['coding', 'system-design', 'behavioral']);
  });

  it('plans two different algorithm drills, the same way for the same seed', () => {
    const f = MOCK_FORMATS.find((x) => x.id === 'coding-45')!;
    const a = planMock(f, bank, seeded(7))!.map((x) => x.id);
    assert.equal(new Set(a).size, 2);
    assert.deepEqual(planMock(f, bank, seeded(7))!.map((x) => x.id), a);
    assert.ok(['a1', 'a3'].includes(a[0]!), 'the first slot is easy or medium');
  });

  it('says when the bank cannot fill a format', () => {
    assert.equal(planMock(MOCK_FORMATS.find((x) => x.id === 'design-45')!, [bank[0]!], seeded(1)), undefined);
  });

  it('restores every locked setting exactly, including ones that were not set', () => {
    const before: Record<string, unknown> = { 'editor.inlineSuggest.enabled': true, 'editor.quickSuggestions': { other: 'inline' } };
    const journal = snapshot((k) => before[k], 'workspace');
    const after = Object.fromEntries(restoreWrites(JSON.parse(JSON.stringify(journal)) as typeof journal).map((w) => [w.key, w.value]));
    for (const { key } of LOCKDOWN) assert.deepEqual(after[key], before[key], key);
    assert.equal(Object.keys(after).length, LOCKDOWN.length);
  });
});
