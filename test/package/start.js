// `npm start` as a person uses it: the printed URL opens VS Code with the extension installed,
// notifications show (the "you already have solution.py" question), Ctrl+C stops it and deletes
// nothing, and a second start finds the same files, settings and attempt history.
// Usage: node test/package/start.js
'use strict';
const assert = require('node:assert/strict');
const { spawn } = require('child_process');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');
const { ROOT, launchBrowser } = require('../rig/codeServer');
const { waitForExtension } = require('../ui/workbench');
const { command, pick, toastWith } = require('./palette');

const RESULTS = path.join(ROOT, 'out', 'test-results');
const DRILL = { id: 'two-sum-indices', title: 'Pair With Target Sum' };

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Runs `npm start -- folder` (the script behind it) and resolves once it prints the URL. */
function npmStart(folder, env) {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, [path.join(ROOT, 'test', 'rig', 'start.js'), folder], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const exited = new Promise((r) => child.on('exit', (code, signal) => r({ code, signal, out })));
    const timer = setTimeout(() => reject(new Error(`npm start printed no URL within 10 minutes:\n${out.slice(-3000)}`)), 10 * 60_000);
    const onData = (d) => {
      out += d;
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\?folder=\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        child.stdout.off('data', onData);
        child.stdout.on('data', (more) => (out += more));
        resolve({ url: m[1], seconds: (Date.now() - started) / 1000, output: () => out, stop: () => (child.kill('SIGINT'), exited) });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited (${code}) before printing a URL:\n${out.slice(-3000)}`));
    });
  });
}

/** Start Drill from the palette; retried once, as a workbench still restoring editors can take the focus from the picker. */
async function startDrill(page, title) {
  for (let attempt = 1; ; attempt++) {
    try {
      await command(page, 'Interview Drills: Start Drill');
      await pick(page, title);
      return;
    } catch (e) {
      if (attempt === 2) throw e;
      await page.waitForTimeout(2000);
    }
  }
}

/** Finish Drill with a rating; retried once if its picker closed (a window still restoring editors takes the focus). */
async function finishAs(page, rating, historyFile) {
  const before = attempts(historyFile).length;
  for (let attempt = 1; ; attempt++) {
    try {
      await command(page, 'Interview Drills: Finish Drill');
      await pick(page, rating);
      return;
    } catch (e) {
      if (attempt === 2 || attempts(historyFile).length !== before) throw e;
      await page.waitForTimeout(2000);
    }
  }
}

function attempts(historyFile) {
  if (!fs.existsSync(historyFile)) return [];
  return fs
    .readFileSync(historyFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l))
    .filter((r) => r.type === 'attempt');
}

async function waitFor(what, fn, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const v = fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function main() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'drills-npm-start-'));
  const folder = path.join(tmp, 'my practice');
  const state = path.join(tmp, 'state');
  const env = { DRILLS_STATE_DIR: state, DRILLS_PORT: String(await freePort()) };
  const drillDir = path.join(folder, 'drills', DRILL.id);
  fs.mkdirSync(drillDir, { recursive: true });
  const earlier = 'def pairWithSum(nums, target):\n    # my earlier attempt\n    return []\n';
  fs.writeFileSync(path.join(drillDir, 'solution.py'), earlier);
  const historyFile = path.join(state, 'code-server', 'user-data', 'User', 'globalStorage', 'interview-drills.interview-drills', 'history.jsonl');
  const browser = await launchBrowser();
  let session;
  let page;
  let passed = 0;
  let failed = 0;
  const step = async (name, fn) => {
    const started = Date.now();
    try {
      await fn();
      passed++;
      console.log(`  ✔ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    } catch (e) {
      failed++;
      if (page) {
        fs.mkdirSync(RESULTS, { recursive: true });
        await page.screenshot({ path: path.join(RESULTS, 'npm-start-failure.png') }).catch(() => undefined);
      }
      console.log(`  ✗ ${name}\n    ${String(e && e.stack ? e.stack : e).split('\n').slice(0, 8).join('\n    ')}`);
      throw e;
    }
  };
  try {
    await step('npm start -- DIR prints a URL that opens VS Code with the extension installed', async () => {
      session = await npmStart(folder, env);
      assert.ok(session.url.includes(encodeURIComponent(folder)), `the URL opens the practice folder: ${session.url}`);
      page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
      await page.goto(session.url);
      await waitForExtension(page);
      console.log(`    first start: URL after ${session.seconds.toFixed(1)} s`);
    });
    await step('Start Drill asks whether to open the solution.py already there, and notifications show', async () => {
      await page.waitForTimeout(1500);
      await startDrill(page, DRILL.title);
      await pick(page, 'JavaScript');
      await page.locator('.quick-input-widget .quick-input-title', { hasText: 'You already have solution.py' }).waitFor({ timeout: 30_000 });
      await pick(page, 'New solution.js');
      await page.locator('.tab', { hasText: 'solution.js' }).first().waitFor({ timeout: 20_000 });
      // A notification shows (the smoke-test driver would drop it): the reference waits for an attempt.
      await command(page, 'Interview Drills: Show Reference Solution');
      await toastWith(page, 'The reference solution opens once your file has an attempt in it');
      fs.mkdirSync(path.join(RESULTS, 'screenshots'), { recursive: true });
      await page.screenshot({ path: path.join(RESULTS, 'screenshots', 'npm-start-toast.png') });
      await waitFor('solution.js in the practice folder', () => fs.existsSync(path.join(drillDir, 'solution.js')));
      await finishAs(page, 'Good', historyFile);
      await waitFor('the attempt in the history', () => attempts(historyFile).length === 1);
    });
    await step('Ctrl+C stops VS Code and deletes nothing', async () => {
      const { code, out } = await session.stop();
      session = undefined;
      assert.equal(code, 0, out.slice(-2000));
      assert.match(out, /Stopped\. Your files are still in/);
      assert.equal(fs.readFileSync(path.join(drillDir, 'solution.py'), 'utf8'), earlier, 'the earlier solution.py is untouched');
      assert.ok(fs.existsSync(path.join(drillDir, 'solution.js')), 'the new solution.js is still there');
      assert.equal(attempts(historyFile).length, 1, 'the attempt history is still there');
      await page.goto('about:blank');
    });
    await step('a second start is quick and finds the same files, language and history', async () => {
      session = await npmStart(folder, env);
      assert.doesNotMatch(session.output(), /Packaging/, 'an unchanged checkout is not packaged again');
      console.log(`    second start: URL after ${session.seconds.toFixed(1)} s`);
      await page.goto(session.url);
      await waitForExtension(page);
      // The workbench brings back the first session's editors and timer; let it settle.
      await page.waitForTimeout(5000);
      await startDrill(page, DRILL.title);
      // The language chosen in the first session is remembered, so solution.js opens at once.
      await page.locator('.tab', { hasText: 'solution.js' }).first().waitFor({ timeout: 20_000 });
      await finishAs(page, 'Easy', historyFile);
      const all = await waitFor('both attempts in the history', () => (attempts(historyFile).length === 2 ? attempts(historyFile) : undefined));
      assert.deepEqual(all.map((r) => [r.questionId, r.rating]), [[DRILL.id, 'good'], [DRILL.id, 'easy']]);
    });
  } catch (_) {
    // reported by step()
  } finally {
    if (session) await session.stop();
    await browser.close().catch(() => undefined);
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
