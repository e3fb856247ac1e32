// Palette and quick-pick steps for the package layers. They press Enter only once the wanted row is
// the first (focused) one: while the workbench is still filling the palette, Enter would run
// whichever row had the focus (it once opened Run and Debug instead of Run Tests).
'use strict';
const { notifications, runCommand } = require('../ui/workbench');

/** Runs `title` (e.g. "Interview Drills: Run Tests") from the command palette. */
const command = runCommand;

/**
 * Picks `text` in the quick pick a command opened (on a busy machine it can take a while to open).
 * A quick pick that replaces another one (Start Drill's list, then "still running, record it
 * first?") can open just after the text went into the old one and show its items unfiltered: the
 * text is typed again until the wanted row is the first one.
 */
async function pick(page, text, timeout = 30_000) {
  const input = page.locator('.quick-input-widget input');
  const row = page.locator('.quick-input-widget .monaco-list-row').first().filter({ hasText: text });
  const deadline = Date.now() + timeout;
  for (;;) {
    await input.waitFor({ state: 'visible', timeout: Math.max(1, deadline - Date.now()) });
    await input.fill(text);
    try {
      await row.waitFor({ timeout: Math.max(1, Math.min(5_000, deadline - Date.now())) });
      break;
    } catch (e) {
      if (Date.now() >= deadline) throw e;
    }
  }
  await page.keyboard.press('Enter');
}

/** The notification toast that says `text`; the error lists the toasts showing instead. */
async function toastWith(page, text, timeout = 30_000) {
  const toast = page.locator('.notifications-toasts .notification-toast', { hasText: text }).first();
  try {
    await toast.waitFor({ timeout });
  } catch (e) {
    throw new Error(`no notification says "${text}"; showing: ${(await notifications(page)).join(' | ') || 'none'}`);
  }
  return toast;
}

module.exports = { command, pick, toastWith };
