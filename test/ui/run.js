// UI journeys: each starts a fresh code-server with the extension loaded from this repository, opens
// the workbench in headless Chromium and acts like a person. Screenshots go to out/test-results/
// screenshots/; with --screenshots or DRILLS_SCREENSHOTS=1 (`npm run screenshots`) they replace the
// README's pictures in media/screenshots/. Usage: node test/ui/run.js [--screenshots] [journey-name...]
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { ROOT, startCodeServer, workbenchUrl, launchBrowser } = require('../rig/codeServer');
const { waitForExtension } = require('./workbench');

const RESULTS = path.join(ROOT, 'out', 'test-results');
const README_PICTURES = process.argv.includes('--screenshots') || process.env.DRILLS_SCREENSHOTS === '1';
const SHOTS = path.join(RESULTS, 'screenshots');
const README_SHOTS = path.join(ROOT, 'media', 'screenshots');
/** With --screenshots, a picture the README shows replaces its file; every other one stays with the test results. */
const README_TEXT = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const shotFolder = (name) => (README_PICTURES && README_TEXT.includes(`media/screenshots/${name}.png`) ? README_SHOTS : SHOTS);

async function runJourney(journey, browser) {
  const practiceFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'drills-ui-practice-'));
  const server = await startCodeServer({
    settings: {
      'interviewDrills.practiceFolder': practiceFolder,
      'workbench.colorTheme': 'Default Dark Modern',
      ...(typeof journey.settings === 'function' ? journey.settings({ practiceFolder }) : journey.settings || {}),
    },
  });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  try {
    if (journey.prepare) journey.prepare({ practiceFolder, workspace: server.folder });
    await page.goto(workbenchUrl(server));
    await waitForExtension(page);
    await page.waitForTimeout(1500);
    await journey.run({
      page,
      workspace: server.folder,
      practiceFolder,
      screenshot: async (name) => {
        fs.mkdirSync(shotFolder(name), { recursive: true });
        await page.screenshot({ path: path.join(shotFolder(name), `${name}.png`) });
      },
    });
  } catch (e) {
    fs.mkdirSync(RESULTS, { recursive: true });
    await page.screenshot({ path: path.join(RESULTS, `${journey.name}-failure.png`) }).catch(() => undefined);
    throw e;
  } finally {
    await context.close();
    server.stop();
    fs.rmSync(practiceFolder, { recursive: true, force: true });
  }
}

async function main() {
  const only = process.argv.slice(2).filter((a) => a !== '--screenshots');
  const dir = path.join(__dirname, 'journeys');
  const journeys = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((f) => require(path.join(dir, f)))
    .filter((j) => only.length === 0 || only.includes(j.name));
  const browser = await launchBrowser();
  let passed = 0;
  let failed = 0;
  try {
    for (const j of journeys) {
      const started = Date.now();
      try {
        await runJourney(j, browser);
        passed++;
        console.log(`  ✔ ${j.name}: ${j.description} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      } catch (e) {
        failed++;
        console.log(`  ✗ ${j.name}: ${j.description}\n    ${String(e && e.stack ? e.stack : e).split('\n').slice(0, 6).join('\n    ')}`);
      }
    }
  } finally {
    await browser.close();
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
