import * as assert from 'node:assert/strict';
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { Judge } from '../../../src/core/judge';
import { createPlatform } from '../../../src/core/platform';
import { ALL_RUNTIMES, LANGUAGES, RUNTIMES, runtimeForFile, runtimesFor, ToolchainMissing } from '../../../src/core/runtimes';
import { question } from '../judge/helpers';

const root = path.resolve(__dirname, '../../../..');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

describe('runtimes: one module per language, one table', () => {
  it('has a runtime for every language, each under its own id', () => {
    assert.deepEqual(Object.keys(RUNTIMES).sort(), [...LANGUAGES].sort());
    for (const l of LANGUAGES) assert.equal(RUNTIMES[l].id, l);
  });

  it('tells a solution file\'s language by its extension, and knows when it cannot', () => {
    const cases: [string, string | undefined][] = [['a/solution.js', 'javascript'], ['x.MJS', 'javascript'], ['x.cjs', 'javascript'], ['s.ts', 'typescript'], ['s.py', 'python'], ['q.sql', 'sql'], ['Solution.java', 'java'], ['main.rs', undefined], ['notes.md', undefined]];
    for (const [file, language] of cases) assert.equal(runtimeForFile(file)?.id, language, file);
  });

  it('offers the coding languages in the language setting and the picker (package.json agrees with the table)', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { contributes: { configuration: { properties: Record<string, { enum?: string[]; enumDescriptions?: string[] }> } } };
    const setting = pkg.contributes.configuration.properties['interviewDrills.language']!;
    assert.deepEqual(setting.enum, ['', ...runtimesFor('coding').map((r) => r.id)]);
    for (const r of ALL_RUNTIMES) if (r.setting) assert.ok(pkg.contributes.configuration.properties[r.setting], `${r.label}'s toolchain setting ${r.setting} is declared`);
  });

  it('names every coding language, and its toolchain setting, in the walkthrough step that picks one', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { contributes: { walkthroughs: { steps: { id: string; description: string; media: { markdown: string } }[] }[] } };
    const step = pkg.contributes.walkthroughs.flatMap((w) => w.steps).find((s) => s.id === 'language')!;
    const said = step.description.split('\n')[0]!;
    // Beside the step, its own page (it once showed the "Pick a drill" page).
    const page = fs.readFileSync(path.join(root, step.media.markdown), 'utf8');
    assert.match(page, /^# Choose your language/);
    for (const r of runtimesFor('coding')) {
      assert.ok(said.includes(r.label), `the walkthrough's language step names ${r.label}: ${said}`);
      assert.ok(page.includes(r.label), `its page names ${r.label}`);
      if (r.setting) assert.ok(page.includes(r.setting), `its page names ${r.label}'s toolchain setting ${r.setting}`);
    }
  });

  it('keeps language names out of the rest of the code (no string comparisons, no extension tables)', () => {
    // The transpiler is the Node runtimes' own, kept in a module of its own so it can be swapped.
    const allowed = ['src/core/runtimes/', 'src/core/platform/', 'src/core/judge/transpile.ts', 'src/vscode/testing/toolchains.ts', 'src/cli/strict.ts', 'src/webview/'];
    const offenders: string[] = [];
    for (const file of sources(path.join(root, 'src'))) {
      const rel = path.relative(root, file).split(path.sep).join('/');
      if (allowed.some((a) => rel.startsWith(a))) continue;
      fs.readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
        if (/[!=]==?\s*['"](javascript|typescript|python)['"]|['"]\.(py|js|ts|mjs|cjs)['"]|LANGUAGE_EXTENSIONS|['"]solution\.(js|ts|py|sql)['"]/.test(line)) offenders.push(`${rel}:${i + 1}: ${line.trim()}`);
      });
    }
    assert.deepEqual(offenders, []);
  });

  it('generates a starter for every question kind it solves, with the reasoning template and the entry point', () => {
    const untyped = question(['kind: coding', 'function: pairWithSum', 'params: [nums, target]', 'tests:', '  - { args: [[1, 2], 3], expected: [0, 1] }'].join('\n'));
    const typed = question(['kind: coding', 'signature: "pairWithSum(nums: list<int>, target: int) -> list<int>"', 'tests:', '  - { args: [[1, 2], 3], expected: [0, 1] }'].join('\n'));
    for (const r of runtimesFor('coding')) {
      for (const fn of [untyped, typed]) {
        // Compiled languages need the types: they say so for a drill without a signature.
        if (fn === untyped && r.supports(fn) !== true) {
          assert.match(r.supports(fn) as string, /has no typed signature, which .* needs to call it/, r.label);
          continue;
        }
        const s = r.starter(fn);
        assert.match(s, /Clarifying questions:/, r.label);
        assert.equal(r.entryLine(s, fn), s.split('\n').findIndex((l) => l.includes('pairWithSum(')) + 1, `${r.label} finds its own starter's entry point`);
        assert.equal(r.supports(fn), true);
      }
    }
    assert.match(RUNTIMES.sql.supports(typed) as string, /SQL answers only SQL drills/);
  });

  it('says what to install or which setting to set when a toolchain is missing', async () => {
    const j = (settingValue?: string) =>
      new Judge({
        nodePath: process.execPath,
        platform: createPlatform({ os: 'win32' }),
        toolchains: { configured: () => settingValue, settingName: () => 'DRILLS_PYTHON' },
      });
    const tryPython = (judge: Judge) => judge.toolchain(RUNTIMES.python).then(() => 'found', (e: unknown) => e);
    // No such interpreters anywhere: every candidate fails its probe.
    const path0 = process.env['PATH'];
    process.env['PATH'] = '/nonexistent';
    try {
      const missing = await tryPython(j());
      assert.ok(missing instanceof ToolchainMissing);
      assert.equal((missing as Error).message, 'Python 3 was not found (tried python3, python, py -3). Install Python 3, or set DRILLS_PYTHON.');
      const wrongSetting = await tryPython(j('/opt/nowhere/python3'));
      assert.equal((wrongSetting as Error).message, 'Python 3 was not found at "/opt/nowhere/python3" (DRILLS_PYTHON). Point it at a Python 3 interpreter, or clear it to use python3 from PATH.');
    } finally {
      process.env['PATH'] = path0;
    }
  });

  it('resolves Python to the real binary once per judge, not once per run', async () => {
    const probes: string[] = [];
    const j = new Judge({
      nodePath: process.execPath,
      probe: (command, args) => {
        probes.push(command);
        return new Promise((resolve) => execFile(command, [...args], (err, stdout, stderr) => resolve({ ok: !err, stdout, stderr })));
      },
    });
    const first = await j.toolchain(RUNTIMES.python);
    const again = await j.toolchain(RUNTIMES.python);
    assert.equal(first.command, again.command);
    assert.ok(path.isAbsolute(first.command));
    assert.deepEqual(probes, ['python3']);
  });
});
