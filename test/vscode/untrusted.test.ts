import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { DrillsApi } from '../../src/extension';

suite('Untrusted workspace', () => {
  test('questions and the timer work, but the workspace pack is not loaded', async () => {
    assert.equal(vscode.workspace.isTrusted, false, 'this suite runs in an untrusted workspace');
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'a folder is open');
    const dir = path.join(folder.uri.fsPath, '.drills');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'untrusted-question.yaml'), 'id: untrusted-question\ntitle: From the workspace\ntopic: behavioral\nkind: behavioral\ndifficulty: easy\nminutes: 5\nprompt: hi\n');
    const ext = vscode.extensions.getExtension<DrillsApi>('interview-drills.interview-drills')!;
    const drills = ext.isActive ? ext.exports : await ext.activate();
    await vscode.commands.executeCommand('interviewDrills.reloadQuestions');
    assert.equal(drills.questions.bank.byId('untrusted-question'), undefined, 'workspace packs need trust');
    assert.ok(drills.questions.bank.size > 0, 'built-in questions still load');
    const q = drills.questions.bank.byTopic('behavioral')[0]!;
    await vscode.commands.executeCommand('interviewDrills.startDrill', q.id);
    assert.equal(drills.timer.current?.questionId, q.id, 'the timer runs untrusted');
  });
});

suite('Untrusted workspace: no code runs', () => {
  test('Run Tests refuses and says why', async () => {
    const ext = vscode.extensions.getExtension<DrillsApi>('interview-drills.interview-drills')!;
    const drills = ext.isActive ? ext.exports : await ext.activate();
    await vscode.workspace.getConfiguration('interviewDrills').update('language', 'python', vscode.ConfigurationTarget.Global);
    const q = drills.questions.bank.byId('two-sum-indices')!;
    await vscode.commands.executeCommand('interviewDrills.startDrill', q.id);
    const result = await vscode.commands.executeCommand('interviewDrills.runTests');
    assert.equal(result, undefined, 'nothing was run');
    assert.equal(drills.testing.lastResult(q.id), undefined);
  });
});
