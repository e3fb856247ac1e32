/* global document, HTMLElement */
// Helpers that drive the VS Code workbench the way a person does: palette, quick picks, tree, webviews.
'use strict';
const path = require('path');
const fs = require('fs');
const assert = require('node:assert/strict');

const ACTIVITY_ICON = '.part.activitybar .action-item [aria-label^="Interview Drills"]';

async function waitForExtension(page) {
  await page.waitForSelector(ACTIVITY_ICON, { timeout: 90_000 });
}

async function openSidebar(page) {
  const selected = await page.locator(`${ACTIVITY_ICON}`).first();
  const pressed = await selected.getAttribute('aria-expanded');
  if (pressed !== 'true') await selected.click();
  await page.waitForSelector('.part.sidebar .monaco-list-row', { timeout: 30_000 });
}

/**
 * Runs a palette command (e.g. "Interview Drills: Run Tests"). Enter is pressed only once the wanted
 * row is the first (focused) one: while the workbench is still filtering, the first row can be a
 * recently used command, and Enter would run that instead (a mock journey once ran "Next Mock
 * Drill" a second time for "Finish Mock Interview"). Opening the palette is retried: it can miss a
 * key press while the workbench is busy.
 */
async function runCommand(page, title, timeout = 30_000) {
  let lastError;
  for (let attempt = 0; attempt < 3; attempt++) {
    let row;
    try {
      // A webview (the prompt tab) keeps key presses to itself: give the focus back to the workbench.
      await page.evaluate(() => document.activeElement instanceof HTMLElement && document.activeElement.blur());
      await page.keyboard.press('Escape');
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible', timeout: 10_000 });
      await input.fill(`>${title}`, { timeout: 10_000 });
      row = page.locator('.quick-input-widget .monaco-list-row').first().filter({ hasText: title });
      await row.waitFor({ timeout });
    } catch (e) {
      lastError = e;
      await page.waitForTimeout(1000);
      continue;
    }
    await page.keyboard.press('Enter');
    return;
  }
  throw lastError;
}

async function pickQuickItem(page, text) {
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(text);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: text }).first().waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
}

/** The inner document of the webview whose body contains `text`. */
async function webviewWith(page, text, timeout = 30_000) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const count = await page.locator('iframe.webview.ready').count();
    for (let i = 0; i < count; i++) {
      const frame = page.frameLocator('iframe.webview.ready').nth(i).frameLocator('iframe#active-frame');
      try {
        const body = await frame.locator('body').innerText({ timeout: 1000 });
        if (body.includes(text)) return frame;
      } catch (_) {
        // not loaded yet
      }
    }
    await page.waitForTimeout(300);
  }
  throw new Error(`no webview shows "${text}"`);
}

/**
 * Waits until the stats dashboard's "attempts" tile shows `count` (the dashboard is live and draws a
 * seeded history when it has read it), then asserts it does.
 */
async function waitForAttempts(page, view, count, timeout = 15_000) {
  const attempts = view.locator('.tile', { hasText: 'attempts' }).first();
  const shows = new RegExp(`^${count}\\s+attempts`);
  const deadline = Date.now() + timeout;
  while (!shows.test(await attempts.innerText()) && Date.now() < deadline) await page.waitForTimeout(300);
  assert.match(await attempts.innerText(), shows);
}

/** Texts of the webview's SVG charts that do not fit inside their chart (a cut-off "100%" or legend). */
async function clippedChartTexts(frame) {
  const out = [];
  const charts = frame.locator('svg.chart');
  for (let i = 0; i < (await charts.count()); i++) {
    out.push(
      ...(await charts.nth(i).evaluate((svg) => {
        const box = svg.viewBox.baseVal;
        return [...svg.querySelectorAll('text')]
          .filter((t) => {
            const b = t.getBBox();
            return b.x < box.x - 0.5 || b.x + b.width > box.x + box.width + 0.5 || b.y < box.y - 0.5 || b.y + b.height > box.y + box.height + 0.5;
          })
          .map((t) => t.firstChild?.textContent ?? '');
      })),
    );
  }
  return out;
}

async function notifications(page) {
  return page.locator('.notifications-toasts .notification-toast').allInnerTexts();
}

/**
 * A journey's `settings` and `prepare` for an attempt history written before VS Code starts:
 * `history(now)` gives the history.jsonl text, kept in the practice folder's .history.
 */
function seededHistory(history) {
  const folder = (practiceFolder) => path.join(practiceFolder, '.history');
  return {
    settings: ({ practiceFolder }) => ({ 'interviewDrills.historyFolder': folder(practiceFolder) }),
    prepare({ practiceFolder }) {
      fs.mkdirSync(folder(practiceFolder), { recursive: true });
      fs.writeFileSync(path.join(folder(practiceFolder), 'history.jsonl'), history(Date.now()));
    },
  };
}

module.exports = { waitForExtension, openSidebar, runCommand, pickQuickItem, webviewWith, waitForAttempts, clippedChartTexts, notifications, seededHistory };
