import * as assert from 'node:assert/strict';
import { askInterviewer, matchedClarifications } from '../../../src/core/interviewer';
import { parseQuestion } from '../../../src/core/questions/loader';

const q = parseQuestion(
  [
    'id: two-sum', 'title: Two Sum', 'topic: algorithms', 'kind: behavioral', 'difficulty: easy', 'minutes: 15', 'prompt: p',
    'clarifications:',
    '  - { q: Can the array be empty?, a: "No, it has at least two numbers.", keywords: [empty, size] }',
    '  - { q: Can there be duplicate values?, a: "Yes; return the first pair of indices.", keywords: [duplicate, duplicates, repeated] }',
    '  - { q: Are the numbers sorted?, a: "No.", keywords: [sorted, order] }',
    '  - { q: What is the largest input?, a: "Up to 100000 numbers.", keywords: [largest, constraints] }',
    '  - { q: Why not use offset and limit?, a: "New rows would shift the offsets.", keywords: [offset, page, number] }',
  ].join('\n'),
  'two-sum.yaml',
  'builtin',
).question!;

describe('ask the interviewer', () => {
  it('answers a clarifying question asked in the person\'s own words', () => {
    assert.equal(askInterviewer(q, 'what if the input is empty?').answer, 'No, it has at least two numbers.');
    assert.equal(askInterviewer(q, 'Could values be repeated?').answer, 'Yes; return the first pair of indices.');
    assert.equal(askInterviewer(q, 'is the input in sorted order').answer, 'No.');
  });

  it('says which question it answers when the person asked it in other words', () => {
    const a = askInterviewer(q, 'What are the constraints?');
    assert.equal(a.answer, 'If you mean "What is the largest input?": Up to 100000 numbers.');
  });

  it('does not answer from a note that shares only a common word with the question', () => {
    const a = askInterviewer(q, 'Can there be negative numbers?');
    assert.equal(a.note, undefined, `answered from "${a.note?.question}"`);
    assert.match(a.answer, /isn't specified/);
  });

  it('says so when the notes have no answer, and lists what it can answer', () => {
    const a = askInterviewer(q, 'which database do you use in production?');
    assert.equal(a.note, undefined);
    assert.match(a.answer, /isn't specified/);
    assert.match(a.answer, /Can there be duplicate values\?/);
  });

  it('finds the clarifying questions already asked in reasoning comments', () => {
    const found = matchedClarifications(q, ['Clarifying questions:', '  - can there be duplicates?', '  - is it sorted?']);
    assert.deepEqual(found.map((n) => n.question).sort(), ['Are the numbers sorted?', 'Can there be duplicate values?']);
  });
});
