// Reads a .vsix (a zip file) and checks that it is the package this project promises: universal, no
// native binary, no node_modules, no screenshots, sources, tests or source
// maps, at most 4 MB. Used by `npm run package` and by the test that installs the package.
'use strict';
const fs = require('fs');
const zlib = require('zlib');

const MAX_BYTES = 4 * 1024 * 1024;

/** The entries of a zip file: name, size and a function that returns the content. */
function readZip(file) {
  const buf = fs.readFileSync(file);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error(`${file} is not a zip file`);
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const entries = [];
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error(`${file}: broken central directory`);
    const method = buf.readUInt16LE(at + 10);
    const compressed = buf.readUInt32LE(at + 20);
    const size = buf.readUInt32LE(at + 24);
    const nameLen = buf.readUInt16LE(at + 28);
    const extraLen = buf.readUInt16LE(at + 30);
    const commentLen = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLen);
    at += 46 + nameLen + extraLen + commentLen;
    const content = () => {
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const data = buf.subarray(start, start + compressed);
      return method === 0 ? data : zlib.inflateRawSync(data);
    };
    entries.push({ name, size, content });
  }
  return { bytes: buf.length, entries };
}

const NATIVE = [
  { what: 'an ELF binary', test: (b) => b.length >= 4 && b[0] === 0x7f && b[1] === 0x45 && b[2] === 0x4c && b[3] === 0x46 },
  { what: 'a Mach-O binary', test: (b) => b.length >= 4 && [0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe].includes(b.readUInt32BE(0)) },
  { what: 'a Windows executable', test: (b) => b.length >= 64 && b[0] === 0x4d && b[1] === 0x5a && b.readUInt32LE(60) < b.length - 4 && b.readUInt32LE(b.readUInt32LE(60)) === 0x00004550 },
];

const FORBIDDEN = [
  { re: /^extension\/node_modules\//, why: 'a dependency outside the bundle' },
  { re: /\.node$/, why: 'a native Node.js module' },
  { re: /^extension\/media\/screenshots\//, why: 'a README screenshot' },
  { re: /^extension\/(src|test|out|scripts)\//, why: 'a source or test file' },
  { re: /\.(ts|map)$/, why: 'a source or source-map file' },
  { re: /^extension\/dist\/cli\.js$/, why: 'the command-line tool (it runs from a checkout)' },
];

/** Files the installed extension cannot work without. */
const REQUIRED = ['extension/package.json', 'extension/readme.md', 'extension/LICENSE.txt', 'extension/dist/extension.js', 'extension/dist/bank.jsonl', 'extension/dist/vendor/yaml.js', 'extension/dist/vendor/markdown-it.js', 'extension/dist/vendor/openai.js', 'extension/dist/vendor/ts-fsrs.js', 'extension/dist/vendor/sucrase.js', 'extension/dist/vendor/fast-check.js', 'extension/dist/sql-wasm.js', 'extension/dist/sql-wasm.wasm', 'extension/dist/webview/prompt.js', 'extension/dist/webview/stats.js', 'extension/dist/webview/timer.js', 'extension/media/drills.svg', 'extension/media/icon.png', 'extension/media/question.schema.json'];

/** Problems with the package at `file` (empty when it is what the project promises) and its numbers. */
function checkVsix(file) {
  const { bytes, entries } = readZip(file);
  const problems = [];
  const names = new Set(entries.map((e) => e.name));
  if (bytes > MAX_BYTES) problems.push(`the package is ${(bytes / 1048576).toFixed(2)} MB, over the 4 MB limit`);
  for (const e of entries) {
    for (const f of FORBIDDEN) if (f.re.test(e.name)) problems.push(`${e.name}: ${f.why}`);
    const head = e.content().subarray(0, 4096);
    for (const n of NATIVE) if (n.test(head)) problems.push(`${e.name}: ${n.what} (the package must run on every platform)`);
  }
  for (const r of REQUIRED) if (!names.has(r)) problems.push(`${r} is missing`);
  // The Extensions view shows the packaged README: every picture it names must be in the package.
  const readme = entries.find((e) => e.name === 'extension/readme.md');
  if (readme) {
    for (const m of readme.content().toString('utf8').matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)) {
      const target = m[1];
      if (!/^[a-z]+:/i.test(target) && !names.has(`extension/${target.replace(/^\.\//, '')}`)) problems.push(`readme.md shows ${target}, which the package does not carry`);
    }
  }
  if (![...names].some((n) => /^extension\/questions\/[^/]+\/[^/]+\.yaml$/.test(n))) problems.push('the built-in questions are missing');
  const manifest = entries.find((e) => e.name === 'extension.vsixmanifest');
  if (!manifest) problems.push('extension.vsixmanifest is missing');
  else if (/TargetPlatform="/.test(manifest.content().toString('utf8'))) problems.push('the package targets one platform; it must be universal');
  const files = entries.filter((e) => !e.name.endsWith('/'));
  return { problems, bytes, files: files.length, extensionFiles: files.filter((e) => e.name.startsWith('extension/')).map((e) => e.name.slice('extension/'.length)) };
}

module.exports = { readZip, checkVsix, MAX_BYTES };
