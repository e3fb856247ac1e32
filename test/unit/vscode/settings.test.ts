import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { buildConfig, SECTION, Setting, settingId, type SettingKey } from '../../../src/vscode/settings';

const root = path.resolve(__dirname, '../../../..');
type Property = { type: string; enum?: string[]; default?: unknown; minimum?: number };
const declared = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { contributes: { configuration: { properties: Record<string, Property> } } }).contributes.configuration.properties;

/** A value different from the default, of the declared type. */
function otherValue(p: Property): unknown {
  if (p.enum) return p.enum.find((v) => v !== p.default && v !== '') ?? p.enum[0];
  if (p.type === 'boolean') return !p.default;
  if (p.type === 'integer' || p.type === 'number') return Number(p.default ?? 0) + 2;
  if (p.type === 'array') return ['/somewhere/else'];
  return '/a/value';
}

const env = { workspaceFolder: '/ws', home: '/home/me' };

describe('vscode: the typed settings snapshot', () => {
  it('covers every interviewDrills setting package.json declares, and declares every setting it has', () => {
    const inTable = Object.values(Setting).map(settingId).sort();
    assert.deepEqual(inTable, Object.keys(declared).filter((k) => k.startsWith(`${SECTION}.`)).sort());
  });

  it('reads every setting, and only declared ones, when it is built', () => {
    const read = new Set<SettingKey>();
    buildConfig((key) => {
      read.add(key);
      return undefined;
    }, env);
    assert.deepEqual([...read].map(settingId).sort(), Object.keys(declared).sort());
  });

  it('changes when any one setting changes: no setting is read and then dropped', () => {
    const defaults = (key: SettingKey): unknown => declared[settingId(key)]?.default;
    const base = buildConfig(defaults, env);
    for (const key of Object.values(Setting)) {
      const changed = buildConfig((k) => (k === key ? otherValue(declared[settingId(k)]!) : defaults(k)), env);
      assert.notDeepEqual(changed, base, `${settingId(key)} does not reach the snapshot`);
    }
  });

  it('resolves folders the way the README says', () => {
    const read = (values: Partial<Record<SettingKey, unknown>>) => buildConfig((k) => values[k], env);
    assert.equal(read({}).practiceFolder, path.join('/ws', 'drills'));
    assert.equal(buildConfig(() => undefined, { workspaceFolder: undefined, home: '/home/me' }).practiceFolder, path.join('/home/me', 'interview-drills'));
    assert.equal(read({ [Setting.PracticeFolder]: 'mine' }).practiceFolder, path.join('/ws', 'mine'));
    assert.equal(read({ [Setting.PracticeFolder]: '~/p' }).practiceFolder, path.join('/home/me', 'p'));
    assert.equal(read({ [Setting.PythonPath]: '~/py/bin/python3' }).toolchains['interviewDrills.pythonPath'], path.join('/home/me', 'py/bin/python3'));
    assert.equal(read({ [Setting.NewPerDay]: 'lots' }).newPerDay, 3, 'a value of the wrong type falls back to the default');
  });
});
