'use strict';
// The next evening: the practice folder is open again, nothing of the extension has been touched, and
// the person opens yesterday's solution from the Explorer. The drill's actions must be there at once.
const fs = require('fs');
const path = require('path');

const ID = 'two-sum-indices';

module.exports = {
  name: 'reopen',
  description: 'a solution left in drills/ opened from Quick Open, extension untouched → the Run tests lens → a verdict',
  // The default practice folder: drills/ in the workspace.
  settings: { 'interviewDrills.practiceFolder': '' },
  prepare({ workspace }) {
    const dir = path.join(workspace, 'drills', ID);
    fs.mkdirSync(dir, { recursive: true });
    fs.copyFileSync(path.join(__dirname, '..', '..', '..', 'questions', 'algorithms', ID, 'solution.js'), path.join(dir, 'solution.js'));
  },
  async run({ page, screenshot }) {
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').waitFor({ timeout: 15_000 });
    await page.keyboard.type('solution.js');
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'solution.js' }).first().waitFor({ timeout: 15_000 });
    await page.keyboard.press('Enter');
    await page.locator('.tab', { hasText: 'solution.js' }).first().waitFor({ timeout: 15_000 });
    // Opening the folder activated the extension: the lens shows without the sidebar or a command.
    const lens = page.locator('.codelens-decoration a', { hasText: 'Run tests' }).first();
    await lens.waitFor({ timeout: 30_000 });
    await lens.click();
    await page.locator('.statusbar-item', { hasText: /(\d+)\/\1 passed/ }).first().waitFor({ timeout: 60_000 });
    await screenshot('reopen-run');
  },
};
