'use strict';
const assert = require('node:assert/strict');
const { clippedChartTexts, openSidebar, runCommand, waitForAttempts, webviewWith, seededHistory } = require('../workbench');

const DAY = 86_400_000;

/**
 * A first reviewed drill, rated Good a few minutes ago, and a drill failed two days ago whose pack is
 * gone: nothing can be started as due.
 */
function history(now) {
  const base = { v: 1, type: 'attempt', language: 'python', pauses: 0, pausedMs: 0, minutes: 45, verdicts: {} };
  const reviewed = { ...base, id: 'first-1', questionId: 'url-shortener', topic: 'system-design', kind: 'system-design', startedAt: now - 40 * 60_000, endedAt: now - 5 * 60_000, activeMs: 35 * 60_000, reviewScores: { requirements: 3, estimates: 2, 'data model': 4 }, rating: 'good' };
  const retired = { ...base, id: 'retired-1', questionId: 'retired-pack-drill', topic: 'algorithms', kind: 'coding', minutes: 20, startedAt: now - 2 * DAY - 20 * 60_000, endedAt: now - 2 * DAY, activeMs: 20 * 60_000, verdicts: { 'wrong-answer': 3 }, rating: 'again' };
  return `${JSON.stringify(retired)}\n${JSON.stringify(reviewed)}\n`;
}

module.exports = {
  name: 'stats-first-review',
  description: 'Show Stats after a first review → its scores are drawn, "100%" whole, nothing due today as Start Due Drill says; the drill shows solved in the sidebar',
  ...seededHistory(history),
  async run({ page, screenshot }) {
    await runCommand(page, 'Interview Drills: Show Stats');
    const view = await webviewWith(page, 'Your practice');
    await waitForAttempts(page, view, 2);

    const scores = view.locator('svg.chart').nth(2);
    assert.equal(await scores.getAttribute('aria-label'), 'Review scores per rubric dimension over time');
    const dots = scores.locator('circle');
    assert.equal(await dots.count(), 3, 'one dot per rubric dimension of the one review');
    for (let i = 0; i < 3; i++) {
      const box = await dots.nth(i).boundingBox();
      assert.ok(box && box.width > 0 && box.height > 0, `dot ${i} is drawn`);
    }

    const values = await view.locator('svg.chart').first().locator('text.value').allTextContents();
    assert.ok(values.includes('1/1 · 100%'), `the full share reads "100%": ${values.join(', ')}`);
    assert.deepEqual(await clippedChartTexts(view), [], 'every value and legend fits inside its chart');

    const due = view.locator('.tile', { hasText: 'due today' }).first();
    assert.match(await due.innerText(), /^0\s+due today/, 'a drill rated Good minutes ago is not due today, nor is a drill whose pack is gone');
    assert.equal(await view.locator('#start-due').count(), 0, 'no "Start a due drill" button');
    // The rest of the window agrees: no Due group in the sidebar, and Start Due Drill opens nothing.
    await openSidebar(page);
    const rows = await page.locator('.part.sidebar .monaco-list-row').allInnerTexts();
    assert.ok(rows.some((r) => r.includes('System Design')), `the topics are listed: ${rows.join(' | ')}`);
    assert.ok(!rows.some((r) => r.includes('Due for review')), 'no Due group');
    // The reviewed drill shows its state as its icon, and in words on hover.
    await page.locator('.part.sidebar .monaco-list-row', { hasText: 'System Design & Scalability' }).first().click();
    const drill = page.locator('.part.sidebar .monaco-list-row', { hasText: 'Design a URL Shortener' }).first();
    await drill.waitFor({ timeout: 10_000 });
    assert.equal(await drill.locator('.codicon-pass-filled').count(), 1, 'a solved drill carries the green check');
    await drill.hover();
    const hover = page.locator('.monaco-hover', { hasText: 'Last attempt' }).first();
    await hover.waitFor({ timeout: 10_000 });
    assert.match((await hover.innerText()).replace(/\u00a0/g, ' '), /Solved[\s\S]*solved: review 3\.0\/4 in 35 min of 45, rated Good[\s\S]*1 attempt · next review/);
    await screenshot('stats-first-review-tree');
    await page.keyboard.press('Escape');
    const tabs = await page.locator('.tab').allInnerTexts();
    await runCommand(page, 'Interview Drills: Start Due Drill');
    await page.waitForTimeout(2500);
    assert.deepEqual(await page.locator('.tab').allInnerTexts(), tabs, 'Start Due Drill opens no drill');
    await screenshot('stats-first-review');
  },
};
