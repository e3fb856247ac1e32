// npm run package: interview-drills.vsix, one universal package for every platform VS Code runs on.
// Everything the extension runs, the TypeScript transpiler included, is bundled into dist/, so the
// package carries no node_modules and no native binary. The package's README is this README
// without its screenshots (the package does not carry them). The result is checked before it is
// reported (src/build/vsix.js).
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { checkVsix } = require('./vsix');

const ROOT = path.resolve(__dirname, '..', '..');
const OUT = path.join(ROOT, 'interview-drills.vsix');

function run(args) {
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status || 1);
}

const started = Date.now();
// A clean production build: no source maps or test bundles left from a development build.
fs.rmSync(path.join(ROOT, 'dist'), { recursive: true, force: true });
run(['esbuild.js', '--production']);
const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const packaged = readme.replace(/<!-- screenshots -->[\s\S]*?<!-- \/screenshots -->\n*/g, '');
fs.writeFileSync(path.join(ROOT, 'dist', 'README.md'), packaged);
const vsce = path.join(path.dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');
// vsce lists every file and warns about the bank's reference solutions as unbundled JavaScript:
// its output is shown only when it fails (`npx vsce ls` lists the files).
const packed = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--no-rewrite-relative-links', '--allow-missing-repository', '--readme-path', 'dist/README.md', '--out', OUT], { cwd: ROOT, encoding: 'utf8' });
if (packed.status !== 0) {
  process.stderr.write(`${packed.stdout}${packed.stderr}`);
  process.exit(packed.status || 1);
}
const { problems, bytes, files } = checkVsix(OUT);
if (problems.length) {
  console.error(`${path.basename(OUT)} is not what it should be:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`${path.basename(OUT)}: ${(bytes / 1048576).toFixed(2)} MB, ${files} files, universal (no native binary), built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
