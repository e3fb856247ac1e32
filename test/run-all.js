// `npm test`: every layer in order, with a clear header for each and one summary line at the end.
// DRILLS_SKIP_VSCODE=1 / DRILLS_SKIP_UI=1 / DRILLS_SKIP_PACKAGE=1 skip the slow real-VS-Code layers
// while iterating locally. DRILLS_SCREENSHOTS=1 lets the UI journeys rewrite the README's pictures.
'use strict';
const { spawnSync } = require('child_process');
const { createHash } = require('crypto');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const steps = [
  { name: 'Unit tests (mocha, plain Node)', cmd: process.execPath, args: [require.resolve('mocha/bin/mocha.js')] },
  { name: 'Built-in questions: every reference accepted, every wrong solution rejected', cmd: process.execPath, args: ['dist/cli.js', 'validate', '--strict'] },
  { name: 'Installing code-server and Chromium for the real-VS-Code layers (cached; skipped when present)', cmd: 'bash', args: ['test/rig/install-vscode.sh'], skip: process.env.DRILLS_SKIP_VSCODE && process.env.DRILLS_SKIP_UI && process.env.DRILLS_SKIP_PACKAGE },
  { name: 'Extension-host tests in real VS Code (trusted workspace)', cmd: process.execPath, args: ['test/vscode/runTest.js'], skip: process.env.DRILLS_SKIP_VSCODE },
  { name: 'Extension-host tests in real VS Code (untrusted workspace)', cmd: process.execPath, args: ['test/vscode/runTest.js', '--untrusted'], skip: process.env.DRILLS_SKIP_VSCODE },
  { name: 'Extension-host test in real VS Code: a solution dies with a reloaded window', cmd: process.execPath, args: ['test/vscode/runTest.js', '--reload'], skip: process.env.DRILLS_SKIP_VSCODE },
  { name: 'UI journeys (Playwright in Chromium against code-server)', cmd: process.execPath, args: ['test/ui/run.js'], skip: process.env.DRILLS_SKIP_UI },
  // Last: `npm run package` (also behind a first `npm start`) replaces dist/ with the production build.
  { name: 'The package: npm run package, installed into VS Code, one drill per language', cmd: process.execPath, args: ['test/package/run.js'], skip: process.env.DRILLS_SKIP_PACKAGE },
  { name: 'npm start: a session for a person (notifications, files and history kept, Ctrl+C deletes nothing)', cmd: process.execPath, args: ['test/package/start.js'], skip: process.env.DRILLS_SKIP_PACKAGE },
];

/**
 * What git sees as changed or untracked in the checkout, with a hash of each such file: the tests
 * must leave a clone as they found it (build output and test results go to ignored folders). Null
 * outside a git checkout.
 */
function checkoutState() {
  const r = spawnSync('git', ['status', '--porcelain=v1', '-z', '--untracked-files=all'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) return null;
  const state = new Map();
  for (const entry of r.stdout.split('\0').filter(Boolean)) {
    const file = entry.slice(3);
    let hash = 'gone';
    try {
      hash = createHash('sha256').update(fs.readFileSync(path.join(root, file))).digest('hex');
    } catch (_) {
      // deleted, or a folder
    }
    state.set(file, `${entry.slice(0, 2)} ${hash}`);
  }
  return state;
}

let passed = 0;
let failed = 0;
const failures = [];
const before = checkoutState();
for (const step of steps) {
  if (step.skip) {
    console.log(`\n=== ${step.name}: skipped by environment ===`);
    continue;
  }
  console.log(`\n=== ${step.name} ===`);
  const started = Date.now();
  const r = spawnSync(step.cmd, step.args, { cwd: root, stdio: 'inherit', env: process.env });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (r.status === 0) {
    passed++;
    console.log(`--- ok (${secs} s)`);
  } else {
    failed++;
    failures.push(step.name);
    console.log(`--- FAILED with ${r.status ?? r.signal} (${secs} s)`);
  }
}
const after = checkoutState();
if (before && after) {
  const changed = [...new Set([...before.keys(), ...after.keys()])].filter((f) => before.get(f) !== after.get(f)).sort();
  console.log('\n=== The checkout is as the tests found it (git status) ===');
  if (changed.length === 0) {
    passed++;
    console.log('--- ok');
  } else {
    failed++;
    failures.push('The checkout is as the tests found it');
    console.log(`--- FAILED: the tests changed files in the checkout:\n${changed.map((f) => `  ${f}`).join('\n')}`);
  }
}
console.log('');
if (failures.length) console.log(`Failed layers:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
console.log(`layers: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
