import * as assert from 'node:assert/strict';
import type { Evidence } from '../../../src/core/model';
import { evidenceText, groupEvidence } from '../../../src/core/review/format';
import { quote, quoteAt, stems } from '../../../src/core/review/text';

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

  describe('a quote shows the words an idea was found in', () => {
    const long = 'I told my director in week one that saved cards would fall back to the old flow until August, and wrote down the risk.';
    const at = (text: string, word: string): number[] => [stems(text).indexOf(word)];

    it('elides the middle of a long sentence when the words lie past the plain quote, keeping its opening', () => {
      assert.ok(!quote(long).includes('risk'), 'the plain quote stops before "risk"');
      const q = quoteAt(long, at(long, 'risk'));
      assert.equal(q, 'I told my director in week one that … August, and wrote down the risk.');
      assert.ok(q.startsWith(quote(long).split(' ').slice(0, 5).join(' ')), 'it opens as the plain quote does');
    });

    it('reaches the last of the words when they lie far apart', () => {
      const text = 'Token bucket rather than a sliding window log, because it allows short bursts, keeps two fields per key and never needs a sorted set of one entry per request.';
      const q = quoteAt(text, [stems(text).indexOf('token'), stems(text).indexOf('request')]);
      assert.ok(q.length <= 91, q);
      assert.match(q, /^Token bucket rather than a sliding … .*one entry per request\.$/);
    });

    it('is the plain quote when the words are within it, or the sentence is short', () => {
      assert.equal(quoteAt(long, at(long, 'director')), quote(long));
      assert.equal(quoteAt('We cut scope and wrote down the risk.', [6]), 'We cut scope and wrote down the risk.');
    });

    it('shows a step and an idea found in one sentence as one quote, with the words of the idea', () => {
      const groups = groupEvidence([
        { kind: 'signal', line: 11, text: quote(long), detail: 'a step you took' },
        { kind: 'concept', line: 11, text: quoteAt(long, at(long, 'risk')), detail: 'communicated risk early' },
      ]);
      assert.deepEqual(
        groups.map((g) => evidenceText(g, `line ${g.line}: `)),
        ['✓ line 11: "I told my director in week one that … August, and wrote down the risk." — a step you took; communicated risk early'],
      );
    });

    it('shows a sentence that covers a note and names an idea once', () => {
      const text = 'Links do not expire unless the owner deletes them.';
      const groups = groupEvidence([
        { kind: 'question', line: 6, text, detail: 'covers the interviewer\'s note "How long do links live?"' },
        { kind: 'concept', line: 6, text, detail: 'expiry (in "Requirements")' },
      ]);
      assert.deepEqual(groups.map((g) => evidenceText(g, `line ${g.line}: `)), [`✓ line 6: "${text}" — covers the interviewer's note "How long do links live?"; expiry (in "Requirements")`]);
    });

    it('keeps two calculations on one line apart even when they open alike', () => {
      const groups = groupEvidence([
        { kind: 'arithmetic', line: 3, text: '4 B messages/day × 200 bytes = 800 GB/day of new messages', detail: 'adds up' },
        { kind: 'arithmetic', line: 3, text: '4 B messages/day × 200 bytes × 365 = 292 TB/year', detail: 'adds up' },
      ]);
      assert.equal(groups.length, 2);
    });
  });

  it('names no line for a fact that is not on one (test results)', () => {
    const [g] = groupEvidence([{ kind: 'test', line: 0, text: '9/10 cases accepted', detail: 'first failure: empty → wrong-answer', against: true }]);
    assert.equal(evidenceText(g!, ''), '✗ "9/10 cases accepted" — first failure: empty → wrong-answer');
  });
});
