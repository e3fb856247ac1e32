import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

// src/build/vsix.js is plain CommonJS shared with `npm run package`.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkVsix, readZip } = require('../../../src/build/vsix.js') as {
  checkVsix: (file: string) => { problems: string[]; bytes: number; files: number };
  readZip: (file: string) => { entries: { name: string; content: () => Buffer }[] };
};

const made: string[] = [];
after(() => made.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** A stored (uncompressed) zip with these entries. */
function zip(entries: Record<string, Buffer | string>): string {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, value] of Object.entries(entries)) {
    const data = Buffer.isBuffer(value) ? value : Buffer.from(value);
    const n = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, n, data);
    centrals.push(central, n);
    offset += 30 + n.length + data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  const dir2 = fs.mkdtempSync(path.join(os.tmpdir(), 'drills-vsix-'));
  made.push(dir2);
  const file = path.join(dir2, 'x.vsix');
  fs.writeFileSync(file, Buffer.concat([...locals, dir, end]));
  return file;
}

const complete: Record<string, string> = {
  'extension.vsixmanifest': '<PackageManifest><Metadata><Identity Id="interview-drills" Version="0.1.0" Publisher="interview-drills"/></Metadata></PackageManifest>',
  'extension/package.json': '{}',
  'extension/readme.md': '# Interview Drills',
  'extension/LICENSE.txt': 'MIT',
  'extension/dist/extension.js': 'module.exports = {};',
  'extension/dist/bank.jsonl': '',
  ...Object.fromEntries(['yaml', 'markdown-it', 'openai', 'ts-fsrs', 'sucrase', 'fast-check'].map((name) => [`extension/dist/vendor/${name}.js`, ''])),
  'extension/dist/sql-wasm.js': '',
  'extension/dist/sql-wasm.wasm': '\0asm',
  'extension/dist/webview/prompt.js': '',
  'extension/dist/webview/stats.js': '',
  'extension/dist/webview/timer.js': '',
  'extension/media/drills.svg': '<svg/>',
  'extension/media/icon.png': 'png',
  'extension/media/question.schema.json': '{}',
  'extension/questions/algorithms/two-sum.yaml': 'id: two-sum',
};

describe('the package check (npm run package and the installed-package test)', () => {
  it('accepts a complete universal package and reads its entries back', () => {
    const file = zip(complete);
    assert.deepEqual(checkVsix(file).problems, []);
    assert.equal(readZip(file).entries.find((e) => e.name === 'extension/readme.md')?.content().toString(), '# Interview Drills');
  });

  it('rejects native binaries, node_modules, screenshots, sources, source maps and a platform target', () => {
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46]), Buffer.alloc(60)]);
    const machO = Buffer.concat([Buffer.from([0xcf, 0xfa, 0xed, 0xfe]), Buffer.alloc(60)]);
    const file = zip({
      ...complete,
      'extension.vsixmanifest': complete['extension.vsixmanifest']!.replace('Publisher="interview-drills"', 'Publisher="interview-drills" TargetPlatform="linux-x64"'),
      'extension/node_modules/@esbuild/linux-x64/bin/esbuild': elf,
      'extension/bin/helper': machO,
      'extension/media/screenshots/start-drill.png': 'png',
      'extension/src/extension.ts': '',
      'extension/dist/extension.js.map': '{}',
    });
    const problems = checkVsix(file).problems.join('\n');
    for (const expected of [/node_modules\/@esbuild\/linux-x64\/bin\/esbuild: a dependency outside the bundle/, /esbuild: an ELF binary/, /bin\/helper: a Mach-O binary/, /screenshots\/start-drill\.png: a README screenshot/, /src\/extension\.ts: a source or test file/, /extension\.js\.map: a source or source-map file/, /targets one platform/]) {
      assert.match(problems, expected);
    }
  });

  it('names a picture the packaged README shows but the package does not carry (the Extensions view would show it broken)', () => {
    const readme = '# Interview Drills\n\n![Icon](media/icon.png)\n\n![A screenshot](media/screenshots/review.png)\n\n![Badge](https://example.com/b.svg)\n';
    assert.deepEqual(checkVsix(zip({ ...complete, 'extension/readme.md': readme })).problems, ['readme.md shows media/screenshots/review.png, which the package does not carry']);
  });

  it('names what is missing', () => {
    const rest: Record<string, string> = { ...complete };
    delete rest['extension/dist/sql-wasm.wasm'];
    delete rest['extension/questions/algorithms/two-sum.yaml'];
    assert.deepEqual(checkVsix(zip(rest)).problems, ['extension/dist/sql-wasm.wasm is missing', 'the built-in questions are missing']);
  });
});
