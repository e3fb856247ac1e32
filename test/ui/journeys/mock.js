'use strict';
const assert = require('node:assert/strict');
const { runCommand, pickQuickItem, webviewWith } = require('../workbench');

module.exports = {
  name: 'mock',
  description: 'Start Mock Interview → one strict timer over the loop → Finish → report',
  settings: ({ practiceFolder }) => ({ 'interviewDrills.language': 'python', 'interviewDrills.historyFolder': `${practiceFolder}/.history` }),
  async run({ page, screenshot }) {
    await runCommand(page, 'Interview Drills: Start Mock Interview');
    await pickQuickItem(page, '60-minute backend loop');
    const status = page.locator('.statusbar-item', { hasText: /(59|60):\d\d/ }).first();
    await status.waitFor({ timeout: 30_000 });
    await runCommand(page, 'Interview Drills: Next Mock Drill');
    // The second drill of the loop (system design) is open before the loop is finished.
    await page.locator('.tab', { hasText: 'design.md' }).first().waitFor({ timeout: 30_000 });
    await runCommand(page, 'Interview Drills: Finish Mock Interview');
    const report = page.locator('.monaco-editor .view-lines', { hasText: 'Mock interview report' }).first();
    await report.waitFor({ timeout: 20_000 });
    const text = (await report.innerText()).replace(/\u00a0/g, ' ');
    assert.match(text, /\| 1 \|/);
    assert.match(text, /\| 2 \|/);
    // The rendered report beside it, with both drills in its table (the picture waits for it).
    const preview = await webviewWith(page, 'Mock interview report', 20_000);
    const rendered = await preview.locator('body').innerText();
    assert.match(rendered, /^1\t.+\n2\t/m, JSON.stringify(rendered));
    await page.waitForTimeout(500);
    await screenshot('mock-report');
  },
};
