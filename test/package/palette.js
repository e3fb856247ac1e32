// Palette and quick-pick steps for the package layers. They click the exact row rather than press
// Enter: while the workbench is still filling the palette, Enter can run whichever row had the focus.
'use strict';

/** Runs `title` (e.g. "Interview Drills: Run Tests") from the command palette. */
async function command(page, title, timeout = 30_000) {
  let lastError;
  for (let attempt = 0; attempt < 3; attempt++) {
    let row;
    try {
      await page.keyboard.press('Escape');
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible', timeout: 10_000 });
      await input.fill(`>${title}`);
      row = page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first();
      await row.waitFor({ timeout });
    } catch (e) {
      // The palette missed a key press while the workbench was busy: open it again.
      lastError = e;
      await page.waitForTimeout(1000);
      continue;
    }
    await row.click();
    return;
  }
  throw lastError;
}

/** Picks `text` in the quick pick a command opened (on a busy machine it can take a while to open). */
async function pick(page, text, timeout = 30_000) {
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout });
  await input.fill(text);
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: text }).first();
  await row.waitFor({ timeout });
  await row.click();
}

module.exports = { command, pick };
