import * as assert from 'node:assert/strict';
import type { Evidence } from '../../../src/core/model';
import { evidenceText, groupEvidence } from '../../../src/core/review/format';

describe('review: how evidence reads', () => {
  const sentence = 'one pass with a hash map from value to index, checking the complement first';
  const ideas: Evidence[] = [
    { kind: 'concept', line: 5, text: sentence, detail: 'hash map of seen values' },
    { kind: 'concept', line: 5, text: sentence, detail: 'look up the complement' },
    { kind: 'concept', line: 5, text: sentence, detail: 'one pass' },
  ];

  it('shows a sentence credited for several ideas once, with every idea it counts as', () => {
    const groups = groupEvidence(ideas);
    assert.equal(groups.length, 1);
    assert.equal(evidenceText(groups[0]!, 'line 5: '), `✓ line 5: "${sentence}" — hash map of seen values; look up the complement; one pass`);
  });

  it('keeps evidence against apart from the same words counted for, and stops at the limit', () => {
    const against: Evidence = { kind: 'arithmetic', line: 5, text: sentence, detail: 'does not add up', against: true };
    const more: Evidence[] = [1, 2, 3, 4].map((n) => ({ kind: 'item', line: 7 + n, text: `edge ${n}`, detail: 'an edge case' }));
    const groups = groupEvidence([...ideas, against, ...more], 4);
    assert.deepEqual(
      groups.map((g) => evidenceText(g, g.line > 0 ? `line ${g.line}: ` : '')),
      [`✓ line 5: "${sentence}" — hash map of seen values; look up the complement; one pass`, `✗ line 5: "${sentence}" — does not add up`, '✓ line 8: "edge 1" — an edge case', '✓ line 9: "edge 2" — an edge case'],
    );
  });

  it('names no line for a fact that is not on one (test results)', () => {
    const [g] = groupEvidence([{ kind: 'test', line: 0, text: '9/10 cases accepted', detail: 'first failure: empty → wrong-answer', against: true }]);
    assert.equal(evidenceText(g!, ''), '✗ "9/10 cases accepted" — first failure: empty → wrong-answer');
  });
});
