/* global document */
'use strict';
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const { runCommand, pickQuickItem, webviewWith } = require('../workbench');

module.exports = {
  name: 'run-tests',
  description: 'CodeLens "Run tests" on a solution → verdicts in the Test Explorer and the status bar; Submit from the palette while the prompt tab has the focus; Find Smallest Failing Input → a small input, inline on the function',
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

    // Reading the prompt (a webview: no text editor is active), the test commands stay in the
    // palette (Run Tests, Submit and the rest share one condition) and act on the drill: Submit
    // from there runs the hidden cases too.
    await page.locator('.tabs-container .tab', { hasText: 'Pair With Target Sum' }).first().click();
    await page.waitForFunction(() => /(^|\] )Pair With Target Sum - /.test(document.title), undefined, { timeout: 10_000 });
    await runCommand(page, 'Interview Drills: Submit (All Cases)');
    const submitted = page.locator('.statusbar-item', { hasText: new RegExp(`\\d+/(?!${total} )\\d+ passed`) }).first();
    await submitted.waitFor({ timeout: 60_000 });
    const [, , all] = /(\d+)\/(\d+) passed/.exec(await submitted.innerText());
    assert.ok(Number(all) > Number(total), `Submit adds the hidden cases: ${all} against ${total} visible`);

    // The bug (the loop starts at 1) on the smallest input the search finds: shown inline on the
    // function line, in the Test Explorer and above the function, with the reference's answer.
    await page.locator('.monaco-editor .view-lines', { hasText: 'function pairWithSum' }).first().click();
    // Room for the solution: the prompt tab closes (Show Prompt brings it back).
    await runCommand(page, 'View: Close Editors in Other Groups');
    await runCommand(page, 'Interview Drills: Find Smallest Failing Input');
    const found = page.locator('.contentWidgets .codelens-decoration a', { hasText: 'Smallest failing input: nums = ' }).first();
    await found.waitFor({ timeout: 60_000 });
    const lensText = await found.innerText();
    const [, shown] = /nums = (\[[^\]]*\])/.exec(lensText) || [];
    assert.ok(shown && shown.split(',').length <= 3, `a small input: ${lensText}`);
    // VS Code draws the latest run's failure at the end of the function line (a diff as "actual != expected");
    // a click on it opens the message: the input, the reference's answer and the solution's.
    const inline = page.locator('.monaco-editor .test-error-content-widget', { hasText: '!= [ 0,' }).first();
    await inline.waitFor({ timeout: 20_000 });
    await inline.click();
    const peek = page.locator('.peekview-widget').getByText(/Smallest failing input: Wrong answer on nums = /).first();
    await peek.waitFor({ timeout: 20_000 });
    assert.match(await peek.innerText(), /Smallest failing input: Wrong answer on nums = \[[^\]]*\], target = -?\d+: expected \[0, \d\], got \[\]/, 'the input, the reference\'s answer and the solution\'s');
    await page.locator('.test-explorer .monaco-list-row', { hasText: 'smallest failing input' }).first().waitFor({ timeout: 10_000 });
    await page.waitForTimeout(500);
    await screenshot('smallest-failing-input');
  },
};
