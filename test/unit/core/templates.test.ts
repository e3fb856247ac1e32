import * as assert from 'node:assert/strict';
import { parseQuestion } from '../../../src/core/questions/loader';
import { drillFileFor, REASONING_HEADINGS, starterFor } from '../../../src/core/templates';
import type { Question } from '../../../src/core/model';

function question(extra: string): Question {
  const text = ['id: t', 'title: T', 'topic: algorithms', 'difficulty: easy', 'minutes: 15', 'prompt: p', extra].join('\n');
  const r = parseQuestion(text, 't.yaml', 'builtin');
  assert.ok(r.question, JSON.stringify(r.diagnostics));
  return r.question;
}

describe('solution templates', () => {
  const fn = question('kind: coding\nfunction: twoSum\ntests:\n  - { args: [[1, 2], 3], expected: [0, 1] }');

  it('scaffolds the entry point and the reasoning headings in each language', () => {
    const js = starterFor(fn, 'javascript');
    assert.match(js, /function twoSum\(a, b\) \{/);
    const ts = starterFor(fn, 'typescript');
    assert.match(ts, /function twoSum\(a: any, b: any\)/);
    const py = starterFor(fn, 'python');
    assert.match(py, /def twoSum\(a, b\):/);
    for (const text of [js, ts, py]) for (const h of REASONING_HEADINGS) assert.ok(text.includes(h), `${h} in starter`);
    assert.equal(drillFileFor(fn, 'python').name, 'solution.py');
  });

  it('scaffolds design classes with the methods the tests call', () => {
    const cls = question('kind: coding\nclass: Cache\ntests:\n  - { ops: [Cache, put, get], args: [[2], [1, 1], [1]], expected: [null, null, 1] }');
    const js = starterFor(cls, 'javascript');
    assert.match(js, /class Cache \{\n {2}constructor\(a\)/);
    assert.match(js, / {2}put\(/);
    assert.match(starterFor(cls, 'python'), /def get\(self/);
  });

  it('gives design and behavioral drills a document template', () => {
    const design = question('kind: system-design');
    assert.equal(drillFileFor(design, 'python').name, 'design.md');
    assert.match(starterFor(design, 'python'), /## Estimates[\s\S]*## Bottlenecks & trade-offs/);
    const star = question('kind: behavioral');
    assert.match(starterFor(star, 'javascript'), /## Situation[\s\S]*## Task[\s\S]*## Action[\s\S]*## Result/);
  });
});
