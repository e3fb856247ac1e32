// `npm test`: every layer in order, with a clear header for each and one summary line at the end.
// DRILLS_SKIP_VSCODE=1 / DRILLS_SKIP_UI=1 / DRILLS_SKIP_PACKAGE=1 skip the slow real-VS-Code layers
// while iterating locally. DRILLS_SCREENSHOTS=1 lets the UI journeys rewrite the README's pictures.
'use strict';
const { spawn, spawnSync } = require('child_process');
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

/** Keeps the last `max` characters of what a layer printed, for the summary at the end. */
class Tail {
  constructor(max) {
    this.max = max;
    this.text = '';
  }
  push(chunk) {
    this.text = (this.text + chunk.toString('utf8')).slice(-this.max);
  }
}

/**
 * Why a layer failed, in a few lines: mocha's failure list when there is one, else the layer's last
 * lines. Printed again at the very end, so a reader of only the end of a long log sees the cause.
 */
function failureSummary(text) {
  // eslint-disable-next-line no-control-regex -- colour codes a layer printed
  const lines = text.replace(/\x1b\[[0-9;]*m/g, '').split('\n');
  const failing = lines.findIndex((l) => /^\s+\d+ failing\b/.test(l));
  const picked = failing >= 0 ? lines.slice(failing, failing + 60) : lines.filter((l) => l.trim()).slice(-25);
  return picked.map((l) => `      ${l}`.trimEnd()).join('\n').replace(/\n+$/, '');
}

/** Runs a layer with its output shown as it comes and the end of it kept; resolves with its exit status. */
function runStep(step, tail) {
  return new Promise((resolve) => {
    const child = spawn(step.cmd, step.args, { cwd: root, env: process.env, stdio: ['inherit', 'pipe', 'pipe'] });
    child.stdout.on('data', (c) => {
      process.stdout.write(c);
      tail.push(c);
    });
    child.stderr.on('data', (c) => {
      process.stderr.write(c);
      tail.push(c);
    });
    child.once('error', (e) => resolve({ status: null, signal: e.message }));
    // A process the layer left behind can hold the pipes open: stop reading a moment after the exit.
    child.once('exit', (status, signal) =>
      setTimeout(() => {
        child.stdout.destroy();
        child.stderr.destroy();
        resolve({ status, signal });
      }, 500),
    );
  });
}

async function main() {
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
    const tail = new Tail(256 * 1024);
    const r = await runStep(step, tail);
    const secs = ((Date.now() - started) / 1000).toFixed(1);
    if (r.status === 0) {
      passed++;
      console.log(`--- ok (${secs} s)`);
    } else {
      failed++;
      failures.push({ name: step.name, why: failureSummary(tail.text) });
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
      const list = changed.map((f) => `  ${f}`).join('\n');
      failures.push({ name: 'The checkout is as the tests found it', why: list });
      console.log(`--- FAILED: the tests changed files in the checkout:\n${list}`);
    }
  }
  console.log('');
  if (failures.length) console.log(`Failed layers:\n${failures.map((f) => `  - ${f.name}\n${f.why}`).join('\n')}`);
  console.log(`layers: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main();
