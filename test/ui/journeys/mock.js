'use strict';
const assert = require('node:assert/strict');
const { runCommand, pickQuickItem } = require('../workbench');

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
    await page.waitForTimeout(1500);
    await runCommand(page, 'Interview Drills: Finish Mock Interview');
    const report = page.locator('.monaco-editor .view-lines', { hasText: 'Mock interview report' }).first();
    await report.waitFor({ timeout: 20_000 });
    const text = (await report.innerText()).replace(/\u00a0/g, ' ');
    assert.match(text, /\| 1 \|/);
    assert.match(text, /\| 2 \|/);
    await page.waitForTimeout(500);
    await screenshot('mock-report');
  },
};
