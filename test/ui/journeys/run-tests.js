'use strict';
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const { runCommand, pickQuickItem, webviewWith } = require('../workbench');

module.exports = {
  name: 'run-tests',
  description: 'CodeLens "Run tests" on a solution → verdicts in the Test Explorer and the status bar',
  settings: { 'interviewDrills.language': 'javascript' },
  prepare({ practiceFolder }) {
    // An attempt with an off-by-one bug: some cases pass, some fail with a diff.
    const dir = path.join(practiceFolder, 'two-sum-indices');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'solution.js'),
      [
        '/*',
        ' * Clarifying questions:',
        ' *   - duplicates? yes. exactly one answer? yes.',
        ' * Approach: one pass with a map of value -> index.',
        ' * Complexity: time O(n), space O(n)',
        ' */',
        'function pairWithSum(nums, target) {',
        '  const seen = new Map();',
        '  for (let j = 1; j < nums.length; j++) {',
        '    if (seen.has(target - nums[j])) return [seen.get(target - nums[j]), j];',
        '    seen.set(nums[j], j);',
        '  }',
        '  return [];',
        '}',
        '',
      ].join('\n'),
    );
  },
  async run({ page, screenshot }) {
    await runCommand(page, 'Interview Drills: Start Drill');
    await pickQuickItem(page, 'Pair With Target Sum');
    await webviewWith(page, 'Open solution');
    const lens = page.locator('.contentWidgets .codelens-decoration a', { hasText: 'Run tests' }).first();
    await lens.waitFor({ timeout: 30_000 });
    await lens.click();
    const summary = page.locator('.statusbar-item', { hasText: /\d+\/\d+ passed/ }).first();
    await summary.waitFor({ timeout: 60_000 });
    const text = await summary.innerText();
    const [, passed, total] = /(\d+)\/(\d+) passed/.exec(text);
    assert.ok(Number(passed) < Number(total), `the buggy attempt fails some cases (${text})`);
    await runCommand(page, 'Testing: Focus on Test Explorer View');
    const root = page.locator('.test-explorer .monaco-list-row', { hasText: 'Pair With Target Sum' }).first();
    await root.waitFor({ timeout: 20_000 });
    await root.click();
    await page.keyboard.press('ArrowRight');
    await page.locator('.test-explorer .monaco-list-row', { hasText: 'first and last' }).first().waitFor({ timeout: 10_000 });
    await page.waitForTimeout(800);
    await screenshot('run-tests');
  },
};
