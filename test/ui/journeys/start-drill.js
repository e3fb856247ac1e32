'use strict';
const assert = require('node:assert/strict');
const { openSidebar, runCommand, pickQuickItem, webviewWith, waitForExtension } = require('../workbench');

module.exports = {
  name: 'start-drill',
  description: 'palette → Start Drill → pick a question → prompt tab, solution editor and a running timer',
  settings: { 'interviewDrills.language': 'python' },
  async run({ page, screenshot }) {
    await openSidebar(page);
    const topics = await page.locator('.part.sidebar .monaco-list-row').allInnerTexts();
    assert.ok(topics.some((t) => t.includes('Data Structures & Algorithms')), `topics: ${topics.join(' | ')}`);
    await runCommand(page, 'Interview Drills: Start Drill');
    // Every typed word narrows the list, whichever field it matches: a difficulty and a tag.
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill('easy stack');
    const rows = page.locator('.quick-input-widget .monaco-list-row');
    await rows.filter({ hasText: 'Balanced Brackets in a Config Template' }).first().waitFor({ timeout: 10_000 });
    const drills = (await rows.allInnerTexts()).filter((t) => t.includes(' min'));
    assert.ok(drills.length > 0 && drills.every((t) => /easy · /.test(t) && /stack/i.test(t)), `"easy stack" shows easy drills about stacks only: ${drills.join(' | ')}`);
    await pickQuickItem(page, 'Pair With Target Sum');
    const prompt = await webviewWith(page, 'Open solution');
    await prompt.locator('h1', { hasText: 'Pair With Target Sum' }).waitFor();
    await page.locator('.tab', { hasText: 'solution.py' }).waitFor({ timeout: 20_000 });
    await page.locator('.monaco-editor .view-lines', { hasText: 'Clarifying questions' }).first().waitFor({ timeout: 20_000 });
    const timer = await webviewWith(page, 'Pause');
    const first = await timer.locator('#clock').innerText();
    await page.waitForTimeout(2200);
    const second = await timer.locator('#clock').innerText();
    assert.notEqual(first, second, `the timer counts down (${first} → ${second})`);
    const status = await page.locator('.statusbar-item', { hasText: /\d+:\d\d/ }).first().innerText();
    assert.match(status, /1[45]:\d\d/);
    await screenshot('start-drill');
    // The countdown survives a window reload: state lives in the extension, not the view.
    await page.reload();
    await waitForExtension(page);
    const restored = page.locator('.statusbar-item', { hasText: /1[0-4]:\d\d/ }).first();
    await restored.waitFor({ timeout: 60_000 });
    const afterReload = await restored.innerText();
    assert.ok(afterReload <= status || afterReload.length < status.length, `still counting down after reload (${status} → ${afterReload})`);
  },
};
