// `npm test`: every layer in order, with a clear header for each and one summary line at the end.
// DRILLS_SKIP_VSCODE=1 / DRILLS_SKIP_UI=1 skip the slow real-VS-Code layers while iterating locally.
'use strict';
const { spawnSync } = require('child_process');
const path = require('path');

const root = path.resolve(__dirname, '..');
const steps = [
  { name: 'Unit tests (mocha, plain Node)', cmd: process.execPath, args: [require.resolve('mocha/bin/mocha.js')] },
  { name: 'Built-in questions: every reference accepted, every wrong solution rejected', cmd: process.execPath, args: ['dist/cli.js', 'validate', '--strict'] },
  { name: 'Installing code-server and Chromium for the real-VS-Code layers (cached; skipped when present)', cmd: 'bash', args: ['test/rig/install-vscode.sh'], skip: process.env.DRILLS_SKIP_VSCODE && process.env.DRILLS_SKIP_UI },
  { name: 'Extension-host tests in real VS Code (trusted workspace)', cmd: process.execPath, args: ['test/vscode/runTest.js'], skip: process.env.DRILLS_SKIP_VSCODE },
  { name: 'Extension-host tests in real VS Code (untrusted workspace)', cmd: process.execPath, args: ['test/vscode/runTest.js', '--untrusted'], skip: process.env.DRILLS_SKIP_VSCODE },
  { name: 'Extension-host test in real VS Code: a solution dies with a reloaded window', cmd: process.execPath, args: ['test/vscode/runTest.js', '--reload'], skip: process.env.DRILLS_SKIP_VSCODE },
  { name: 'UI journeys (Playwright in Chromium against code-server)', cmd: process.execPath, args: ['test/ui/run.js'], skip: process.env.DRILLS_SKIP_UI },
];

let passed = 0;
let failed = 0;
const failures = [];
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
console.log('');
if (failures.length) console.log(`Failed layers:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
console.log(`layers: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
