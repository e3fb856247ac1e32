'use strict';
const assert = require('node:assert/strict');
const { clippedChartTexts, runCommand, waitForAttempts, webviewWith, seededHistory } = require('../workbench');

const DAY = 86_400_000;

/** Three weeks of plausible practice, so the dashboard has something to draw. */
function history(now) {
  const topics = [
    ['two-sum-indices', 'algorithms', 'coding'], ['min-stack', 'algorithms', 'coding'], ['route-matcher', 'api-design', 'coding'],
    ['customer-order-totals', 'databases', 'sql'], ['rbac-check', 'auth', 'coding'], ['token-bucket', 'concurrency', 'coding'],
    ['conflict-with-teammate', 'behavioral', 'behavioral'], ['url-shortener', 'system-design', 'system-design'],
  ];
  const records = [];
  for (let d = 20; d >= 0; d--) {
    if (d % 6 === 5) continue;
    const [questionId, topic, kind] = topics[d % topics.length];
    const ok = d % 4 !== 1;
    const endedAt = now - d * DAY - 3600_000;
    const rec = { v: 1, type: 'attempt', id: `seed-${d}`, questionId, topic, kind, language: 'python', startedAt: endedAt - 20 * 60_000, endedAt, activeMs: (12 + d / 2) * 60_000 * (ok ? 0.8 : 1.2), pauses: 0, pausedMs: 0, minutes: 25, verdicts: kind === 'coding' || kind === 'sql' ? (ok ? { accepted: 10 } : { accepted: 6, 'wrong-answer': 4 }) : {}, rating: ok ? 'good' : 'again' };
    if (kind === 'behavioral' || kind === 'system-design' || d % 3 === 0) {
      rec.reviewScores = { 'problem understanding & clarifying questions': Math.min(4, 1 + Math.floor((20 - d) / 6)), complexity: Math.min(4, 2 + Math.floor((20 - d) / 8)), 'edge cases': Math.min(4, 1 + Math.floor((20 - d) / 7)) };
    }
    records.push(rec);
  }
  return records.map((r) => JSON.stringify(r)).join('\n') + '\n';
}

module.exports = {
  name: 'stats',
  description: 'Show Stats → the dashboard draws topics, solve times, review trends and the due forecast',
  ...seededHistory(history),
  async run({ page, screenshot }) {
    await runCommand(page, 'Interview Drills: Show Stats');
    const view = await webviewWith(page, 'Your practice');
    await view.locator('svg.chart').first().waitFor();
    const charts = await view.locator('svg.chart').count();
    assert.equal(charts, 4, 'four charts: topics, time to solve, review scores, forecast');
    // The dashboard is live: wait for the seeded history to be drawn.
    await waitForAttempts(page, view, 18);
    assert.deepEqual(await clippedChartTexts(view), [], 'every value and legend fits inside its chart');
    const values = await view.locator('svg.chart').first().locator('text.value').allTextContents();
    assert.ok(values.some((v) => /^3\/3 · 100%$/.test(v)), `percentages carry their sign: ${values.join(', ')}`);
    await page.waitForTimeout(500);
    await screenshot('stats');
  },
};
