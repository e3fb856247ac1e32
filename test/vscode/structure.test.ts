import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { Command, View } from '../../src/vscode/ids';
import { api, EXTENSION_ID } from './helpers';

function manifest(): { contributes: { commands: { command: string }[] } } {
  const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
  return JSON.parse(fs.readFileSync(path.join(ext.extensionPath, 'package.json'), 'utf8')) as { contributes: { commands: { command: string }[] } };
}

/** Commands VS Code itself adds for a contributed view (`<view>.focus`, …). */
const VIEW_COMMAND = new RegExp(`^(${[View.Topics, View.Timer].map((v) => v.replace(/\./g, '\\.')).join('|')})\\.(focus|resetViewLocation|toggleVisibility|removeView|open|collapseAll)$`);

suite('Structure: the command table, its handlers and the manifest', () => {
  test('every command in the table is contributed in package.json, and every contributed command is in the table', () => {
    const contributed = manifest().contributes.commands.map((c) => c.command).sort();
    assert.deepEqual([...Object.values(Command)].sort(), contributed);
  });

  test('every command in the table has exactly one handler, registered with VS Code', async () => {
    const drills = await api();
    assert.deepEqual(drills.commands.missing(), [], 'commands without a handler');
    assert.deepEqual(drills.commands.handled().sort(), [...Object.values(Command)].sort());
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const id of Object.values(Command)) assert.ok(registered.has(id), `${id} is registered with VS Code`);
  });

  test('VS Code knows no interviewDrills command that package.json does not contribute', async () => {
    const contributed = new Set(manifest().contributes.commands.map((c) => c.command));
    const ours = (await vscode.commands.getCommands(true)).filter((id) => id.startsWith('interviewDrills.') && !VIEW_COMMAND.test(id));
    assert.deepEqual(ours.filter((id) => !contributed.has(id)), []);
  });

  test('the settings snapshot is rebuilt when a setting changes, and says so', async () => {
    const drills = await api();
    const c = vscode.workspace.getConfiguration('interviewDrills');
    const seen: number[] = [];
    const sub = drills.config.onDidChange(({ current }) => seen.push(current.newPerDay));
    try {
      await c.update('newPerDay', 7, vscode.ConfigurationTarget.Global);
      assert.equal(drills.config.current.newPerDay, 7);
      assert.ok(seen.includes(7), 'features heard of the change');
    } finally {
      sub.dispose();
      await c.update('newPerDay', undefined, vscode.ConfigurationTarget.Global);
    }
    assert.equal(drills.config.current.newPerDay, 3);
  });
});
