// Runs the extension-host mocha suite (out/test/vscode/index.js) inside real VS Code.
// With a VS Code desktop available (DRILLS_VSCODE=electron, or a `code` on PATH), @vscode/test-electron
// runs it; otherwise code-server's real extension host does, driven through Chromium.
// Usage: node test/vscode/runTest.js [--untrusted | --reload]
// --reload runs only the test that reloads the window mid-run (it needs a folder that survives the reload).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const util = require('util');
const { spawnSync } = require('child_process');
const { ROOT, startCodeServer, workbenchUrl, launchBrowser } = require('../rig/codeServer');

const untrusted = process.argv.includes('--untrusted');
const reload = process.argv.includes('--reload');
const suitePath = path.join(ROOT, 'out', 'test', 'vscode', 'index.js');
const reloadDir = reload ? fs.mkdtempSync(path.join(os.tmpdir(), 'drills-reload-')) : undefined;
// DRILLS_TEST_FILES picks suite files by name (as in index.ts). For npm run bench: the activation suite
// writes the timing it measured to DRILLS_ACTIVATION_REPORT, activating DRILLS_ACTIVATE_AFTER_MS late.
const testEnv = reload
  ? { DRILLS_TEST_FILES: 'reload', DRILLS_RELOAD_DIR: reloadDir }
  : {
      DRILLS_TEST_FILES: process.env.DRILLS_TEST_FILES || (untrusted ? 'untrusted' : '!untrusted'),
      ...(process.env.DRILLS_ACTIVATION_REPORT ? { DRILLS_ACTIVATION_REPORT: process.env.DRILLS_ACTIVATION_REPORT } : {}),
      ...(process.env.DRILLS_ACTIVATE_AFTER_MS ? { DRILLS_ACTIVATE_AFTER_MS: process.env.DRILLS_ACTIVATE_AFTER_MS } : {}),
    };
const TIMEOUT_MS = Number(process.env.DRILLS_VSCODE_TIMEOUT_MS || 10 * 60_000);

async function viaElectron() {
  const { runTests } = require('@vscode/test-electron');
  await runTests({
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: suitePath,
    extensionTestsEnv: testEnv,
    launchArgs: untrusted ? [] : ['--disable-workspace-trust'],
  });
  return 0;
}

async function viaCodeServer() {
  // A fixture extension provides a fake language model for the vscode-lm review provider.
  const fakeModel = path.join(ROOT, 'test', 'vscode', 'fixtures', 'fake-lm');
  const server = await startCodeServer({ trusted: !untrusted, installExtensions: [fakeModel], settings: { 'chat.disableAIFeatures': false } });
  let browser;
  const timer = setTimeout(() => {
    console.error(`extension-host suite timed out after ${TIMEOUT_MS / 1000} s`);
    server.stop();
    process.exit(1);
  }, TIMEOUT_MS);
  try {
    browser = await launchBrowser();
    const page = await browser.newPage();
    const exit = new Promise((resolve) => page.exposeFunction('codeAutomationExit', (code) => resolve(code)));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = util.format(...(Array.isArray(args) ? args : [args]));
      if (/ENOTFOUND|authentication provider 'github'/.test(line)) return;
      (type === 'error' ? process.stderr : process.stdout).write(`${line}\n`);
    });
    await page.goto(workbenchUrl(server, { testsPath: suitePath, env: testEnv }));
    return await exit;
  } finally {
    clearTimeout(timer);
    if (browser) await browser.close().catch(() => undefined);
    server.stop();
  }
}

function hasDesktopCode() {
  return process.env.DRILLS_VSCODE === 'electron' || (process.env.DRILLS_VSCODE !== 'code-server' && spawnSync('code', ['--version']).status === 0);
}

(hasDesktopCode() ? viaElectron() : viaCodeServer()).then(
  (code) => {
    if (reloadDir) fs.rmSync(reloadDir, { recursive: true, force: true });
    process.exit(code);
  },
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
