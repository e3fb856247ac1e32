'use strict';
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const { runCommand, pickQuickItem, webviewWith } = require('../workbench');

module.exports = {
  name: 'review',
  description: 'Review My Reasoning → comment threads on the person\'s lines and in the Comments panel',
  settings: { 'interviewDrills.language': 'javascript', 'interviewDrills.review.provider': 'offline' },
  prepare({ practiceFolder }) {
    const dir = path.join(practiceFolder, 'two-sum-indices');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'solution.js'),
      [
        '/*',
        ' * Clarifying questions:',
        ' *   - can there be duplicate values?',
        ' * Approach:',
        ' *   - one pass with a map from value to index; check the complement first',
        ' * Complexity: time O(?), space O(?)',
        ' * Edge cases:',
        ' *   - ',
        ' */',
        'function pairWithSum(nums, target) {',
        '  const seen = new Map();',
        '  for (let j = 0; j < nums.length; j++) {',
        '    if (seen.has(target - nums[j])) return [seen.get(target - nums[j]), j];',
        '    seen.set(nums[j], j);',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
  },
  async run({ page, screenshot }) {
    await runCommand(page, 'Interview Drills: Start Drill');
    await pickQuickItem(page, 'Pair With Target Sum');
    await webviewWith(page, 'Open solution');
    await page.locator('.tab', { hasText: 'solution.js' }).first().click();
    await runCommand(page, 'Interview Drills: Review My Reasoning');
    const thread = page.locator('.review-widget', { hasText: 'No time complexity stated' }).first();
    await thread.waitFor({ timeout: 30_000 });
    const texts = await page.locator('.review-widget').allInnerTexts();
    assert.ok(texts.some((t) => /Interview checklist/.test(t)), 'threads name their author');
    const panel = await page.locator('.comments-panel, .pane-body .comments-tree-view, .pane-body').filter({ hasText: 'Review summary' }).count();
    assert.ok(panel > 0, 'the summary thread is listed in the Comments panel');
    await page.waitForTimeout(800);
    await screenshot('review');
    // The summary thread: each score, and under it the person's own words it rests on, with their line.
    await page.locator('.monaco-list-row', { hasText: 'Review summary (offline)' }).first().click();
    const summary = page.locator('.review-widget', { hasText: 'problem understanding' }).first();
    await summary.waitFor({ timeout: 15_000 });
    const text = await summary.innerText();
    assert.match(text, /✓ line 3: "can there be duplicate values\?" — covers the interviewer.s note/, text);
    assert.match(text, /✓ line 5: "one pass with a map from value to index; check the complement first"/, text);
    // Long lines wrap inside the thread (the editor is half the window wide) rather than run off its edge.
    const overflow = await summary.locator('.comment-body').first().evaluate((el) => el.scrollWidth - el.clientWidth);
    assert.ok(overflow <= 1, `the summary's text runs ${overflow}px past the edge of its thread`);
    await page.mouse.move(5, 5);
    await page.waitForTimeout(500);
    await screenshot('review-summary');
  },
};
