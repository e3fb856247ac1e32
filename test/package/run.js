// The package as a person gets it: `npm run package`, the .vsix installed into a fresh VS Code
// (code-server `--install-extension`, no development path, no test driver, so notifications show),
// then one drill per language driven through the palette like a person: Start Drill, Run Tests,
// Submit; then a search for the smallest failing input, cancelled from its notification (toasts
// show only here). A file missing from the package (the transpiler, the SQL engine, a harness, the
// bank) fails here. Usage: node test/package/run.js
'use strict';
const assert = require('node:assert/strict');
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const YAML = require('yaml');
const { ROOT, startCodeServer, folderUrl, launchBrowser } = require('../rig/codeServer');
const { waitForExtension, notifications } = require('../ui/workbench');
const { command, pick, toastWith } = require('./palette');
const { checkVsix } = require('../../src/build/vsix');

const VSIX = path.join(ROOT, 'interview-drills.vsix');
const RESULTS = path.join(ROOT, 'out', 'test-results');

/** One drill per language; TypeScript is written here (the bank's references are JavaScript and Python). */
const DRILLS = [
  { language: 'JavaScript', topic: 'algorithms', id: 'two-sum-indices', file: 'solution.js', code: () => reference('algorithms', 'two-sum-indices', 'solution.js') },
  {
    language: 'TypeScript',
    topic: 'algorithms',
    id: 'longest-unique-run',
    file: 'solution.ts',
    code: () =>
      [
        '// Approach: a sliding window; remember where each character was last seen.',
        'type Index = number;',
        'interface Window { left: Index; best: number }',
        'export function longestUniqueRun(s: string): number {',
        '  const last = new Map<string, Index>();',
        '  const w: Window = { left: 0, best: 0 };',
        '  for (let i = 0; i < s.length; i++) {',
        '    const seen = last.get(s[i]!);',
        '    if (seen !== undefined && seen >= w.left) w.left = seen + 1;',
        '    last.set(s[i]!, i);',
        '    w.best = Math.max(w.best, i - w.left + 1);',
        '  }',
        '  return w.best;',
        '}',
        '',
      ].join('\n'),
  },
  { language: 'Python', topic: 'algorithms', id: 'merge-booking-intervals', file: 'solution.py', code: () => reference('algorithms', 'merge-booking-intervals', 'solution.py') },
  { language: 'SQL', topic: 'databases', id: 'users-who-never-bought', file: 'solution.sql', code: () => reference('databases', 'users-who-never-bought', 'solution.sql') },
];

/**
 * A right solution that takes about 40 ms a call: a search for its smallest failing input finds none
 * and would run its whole budget (10 s), long enough to be cancelled from its notification.
 */
const SLOW_RIGHT = [
  '// Approach: one pass with a map of value -> index (slowed down on purpose).',
  'function pairWithSum(nums, target) {',
  '  const until = Date.now() + 40;',
  '  while (Date.now() < until) { /* wait */ }',
  '  const seen = new Map();',
  '  for (let j = 0; j < nums.length; j++) {',
  '    if (seen.has(target - nums[j])) return [seen.get(target - nums[j]), j];',
  '    if (!seen.has(nums[j])) seen.set(nums[j], j);',
  '  }',
  '  return [];',
  '}',
  '',
].join('\n');

/** What a search that ran to its end says when it found nothing: after a cancel it must not appear. */
const NOTHING_FOUND = /No failing input among small inputs|no smallest failing input/i;

/**
 * Find Smallest Failing Input, cancelled from its notification: the notification and the
 * "Searching" lens go away at once, and past the search's whole budget nothing claims that no
 * failing input exists (the search really stopped, it did not finish).
 */
async function cancelSearch(page, practiceFolder) {
  const d = DRILLS[0];
  fs.writeFileSync(path.join(practiceFolder, d.id, d.file), SLOW_RIGHT);
  await command(page, 'Interview Drills: Start Drill');
  await pick(page, questionInfo(d).title);
  await pick(page, 'Leave it unrecorded');
  await page.locator('.tab', { hasText: d.file }).first().waitFor({ timeout: 20_000 });
  await page.locator('.monaco-editor .view-lines', { hasText: 'slowed down on purpose' }).first().waitFor({ timeout: 20_000 });
  await command(page, 'Interview Drills: Find Smallest Failing Input');
  const toast = await toastWith(page, 'Searching for the smallest input');
  const searching = page.locator('.contentWidgets .codelens-decoration a', { hasText: 'Searching for the smallest failing input' }).first();
  await searching.waitFor({ timeout: 10_000 });
  const started = Date.now();
  await toast.hover();
  await toast.getByRole('button', { name: 'Cancel' }).click();
  await toast.waitFor({ state: 'hidden', timeout: 5_000 });
  await searching.waitFor({ state: 'detached', timeout: 5_000 });
  await page.waitForTimeout(Math.max(0, 13_000 - (Date.now() - started)));
  const texts = await notifications(page);
  assert.ok(!texts.some((t) => NOTHING_FOUND.test(t)), `no "nothing found" after a cancel: ${JSON.stringify(texts)}`);
  const lenses = await page.locator('.contentWidgets .codelens-decoration').allInnerTexts();
  assert.ok(lenses.some((t) => t.includes('Run tests')), `the solution's lenses are there: ${JSON.stringify(lenses)}`);
  assert.ok(!lenses.some((t) => t.includes('Searching for the smallest') || NOTHING_FOUND.test(t)), `no lens speaks of the cancelled search: ${JSON.stringify(lenses)}`);
}

function reference(topic, id, file) {
  return fs.readFileSync(path.join(ROOT, 'questions', topic, id, file), 'utf8');
}

/** Title and case counts from the question file: Run shows the visible cases, Submit all of them. */
function questionInfo(d) {
  const q = YAML.parse(fs.readFileSync(path.join(ROOT, 'questions', d.topic, `${d.id}.yaml`), 'utf8'));
  return { title: q.title, visible: q.tests.filter((t) => !t.hidden).length, total: q.tests.length };
}

function packageIt() {
  const started = Date.now();
  const r = spawnSync('npm', ['run', 'package'], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  assert.equal(r.status, 0, 'npm run package exits 0');
  const { problems, bytes, files } = checkVsix(VSIX);
  assert.deepEqual(problems, [], 'the package is universal, small and complete');
  console.log(`  ✔ npm run package: ${(bytes / 1048576).toFixed(2)} MB, ${files} files (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

async function statusShows(page, text, timeout = 60_000) {
  const re = new RegExp(`(^|\\s)${text.replace(/\//g, '\\/')}(\\s|$)`);
  try {
    await page.locator('.statusbar-item', { hasText: re }).first().waitFor({ timeout });
  } catch (e) {
    const seen = (await page.locator('.statusbar-item').allInnerTexts()).map((t) => t.trim()).filter(Boolean);
    throw new Error(`the status bar never showed "${text}"; it shows: ${seen.join(' | ')}`);
  }
}

async function main() {
  packageIt();
  const practiceFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'drills-package-practice-'));
  for (const d of DRILLS) {
    fs.mkdirSync(path.join(practiceFolder, d.id), { recursive: true });
    fs.writeFileSync(path.join(practiceFolder, d.id, d.file), d.code());
  }
  // JavaScript is the chosen language, so a drill that only has solution.ts or solution.py asks
  // (in a quick pick) whether to open that file or start solution.js.
  const server = await startCodeServer({
    smokeDriver: false,
    vsix: [VSIX],
    settings: { 'interviewDrills.practiceFolder': practiceFolder, 'interviewDrills.language': 'javascript' },
  });
  let browser;
  let page;
  let passed = 0;
  let failed = 0;
  try {
    const installed = fs.readdirSync(server.extensions).filter((n) => n.startsWith('interview-drills.'));
    assert.equal(installed.length, 1, `the package is installed in the profile (${installed.join(', ')})`);
    assert.ok(!fs.existsSync(path.join(server.extensions, installed[0], 'src')), 'the installed extension has no sources');
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await page.goto(folderUrl(server));
    await waitForExtension(page);
    await page.waitForTimeout(1500);
    let previous = '';
    for (const d of DRILLS) {
      const started = Date.now();
      const q = questionInfo(d);
      const run = `${q.visible}/${q.visible} passed`;
      const submit = `${q.total}/${q.total} passed`;
      // Each step must change the status bar, or a stale result could pass for a new one.
      assert.ok(q.visible < q.total && run !== previous, `${d.id}: pick drills whose Run count differs from the previous Submit count`);
      try {
        await command(page, 'Interview Drills: Start Drill');
        await pick(page, q.title);
        // The previous drill is still running: leave it unrecorded (its file stays).
        if (previous) await pick(page, 'Leave it unrecorded');
        if (d.file !== 'solution.js' && d.file !== 'solution.sql') {
          // The question is a quick pick titled "You already have <file> for <drill>".
          await page.locator('.quick-input-widget .quick-input-title', { hasText: `You already have ${d.file}` }).waitFor({ timeout: 30_000 });
          await pick(page, `Open ${d.file}`);
        }
        await page.locator('.tab', { hasText: d.file }).first().waitFor({ timeout: 20_000 });
        await command(page, 'Interview Drills: Run Tests');
        await statusShows(page, run);
        await command(page, 'Interview Drills: Submit (All Cases)');
        await statusShows(page, submit);
        await toastWith(page, `All ${q.total} cases pass. Finish and rate it now`);
        await command(page, 'Notifications: Clear All Notifications');
        previous = submit;
        passed++;
        console.log(`  ✔ ${d.language}: ${q.title} from the installed package, Run ${run}, Submit ${submit} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      } catch (e) {
        failed++;
        fs.mkdirSync(RESULTS, { recursive: true });
        await page.screenshot({ path: path.join(RESULTS, `package-${d.language.toLowerCase()}-failure.png`) }).catch(() => undefined);
        console.log(`  ✗ ${d.language}: ${q.title}\n    ${String(e && e.stack ? e.stack : e).split('\n').slice(0, 6).join('\n    ')}`);
      }
    }
    try {
      const started = Date.now();
      await cancelSearch(page, practiceFolder);
      passed++;
      console.log(`  ✔ Find Smallest Failing Input cancelled from its notification: the notification and the "Searching" lens went away, and nothing claimed "no failing input" past the 10 s budget (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    } catch (e) {
      failed++;
      fs.mkdirSync(RESULTS, { recursive: true });
      await page.screenshot({ path: path.join(RESULTS, 'package-cancel-search-failure.png') }).catch(() => undefined);
      console.log(`  ✗ cancelling a search\n    ${String(e && e.stack ? e.stack : e).split('\n').slice(0, 6).join('\n    ')}`);
    }
  } finally {
    if (browser) await browser.close().catch(() => undefined);
    server.stop();
    fs.rmSync(practiceFolder, { recursive: true, force: true });
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
