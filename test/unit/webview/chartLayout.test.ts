import * as assert from 'node:assert/strict';
import { fitText, reviewSeries, TOPIC_BARS, textWidth, topicBarWidth, topicValue } from '../../../src/webview/lib/chartLayout';

describe('stats dashboard: chart layout', () => {
  it('leaves room after the longest topic bar for its whole value, percent sign included', () => {
    const { width, labelWidth, gap } = TOPIC_BARS;
    for (const t of [{ attempted: 5, solved: 5, accuracy: 1 }, { attempted: 120, solved: 120, accuracy: 1 }, { attempted: 999, solved: 998, accuracy: 998 / 999 }]) {
      const value = topicValue(t);
      assert.match(value, /%$/, value);
      const end = labelWidth + topicBarWidth(t.attempted, t.attempted) + gap + textWidth(value);
      assert.ok(end <= width, `"${value}" ends at ${end}, past the chart's width ${width}`);
    }
    assert.equal(topicValue({ attempted: 0, solved: 0, accuracy: 0 }), '–');
  });

  it('places a first review (one point per dimension) inside the plot, at its score', () => {
    const box = { left: 40, right: 460, top: 20, bottom: 150 };
    const series = reviewSeries({ complexity: [{ at: 1000, score: 4 }], 'edge cases': [{ at: 1000, score: 1 }] }, box);
    assert.deepEqual(series.map((s) => s.name), ['complexity', 'edge cases']);
    for (const s of series) {
      assert.equal(s.points.length, 1);
      const p = s.points[0]!;
      assert.ok(p.x >= box.left && p.x <= box.right && Number.isFinite(p.x), `x ${p.x}`);
    }
    assert.equal(series[0]!.points[0]!.y, box.top, 'score 4 at the top');
    assert.equal(series[1]!.points[0]!.y, box.bottom, 'score 1 at the bottom');
  });

  it('spreads later reviews left to right and leaves out dimensions without scores', () => {
    const series = reviewSeries({ api: [{ at: 0, score: 2 }, { at: 10, score: 3 }], none: [] }, { left: 0, right: 100, top: 0, bottom: 30 });
    assert.deepEqual(series.map((s) => s.points.map((p) => p.x)), [[0, 100]]);
  });

  it('cuts a long legend to its width with an ellipsis', () => {
    const name = 'problem understanding & clarifying questions';
    const cut = fitText(name, 160);
    assert.ok(textWidth(cut) <= 160 && cut.endsWith('…'), cut);
    assert.equal(fitText('complexity', 160), 'complexity');
  });
});
