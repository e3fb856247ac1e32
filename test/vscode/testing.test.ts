import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { DrillsApi } from '../../src/extension';
import type { RunResult } from '../../src/core/model';

async function api(): Promise<DrillsApi> {
  const ext = vscode.extensions.getExtension<DrillsApi>('interview-drills.interview-drills')!;
  return ext.isActive ? ext.exports : ext.activate();
}

async function startWith(drills: DrillsApi, id: string, code: string): Promise<vscode.TextEditor> {
  await vscode.commands.executeCommand('interviewDrills.startDrill', id);
  const drill = drills.sessions.current();
  assert.equal(drill?.question.id, id);
  const doc = await vscode.workspace.openTextDocument(drill.solution);
  const editor = await vscode.window.showTextDocument(doc, vscode.ViewColumn.Two);
  await editor.edit((e) => e.replace(new vscode.Range(0, 0, doc.lineCount, 0), code));
  await doc.save();
  return editor;
}

suite('Judge in the Test Explorer', () => {
  suiteSetup(async () => {
    const c = vscode.workspace.getConfiguration('interviewDrills');
    await c.update('practiceFolder', fs.mkdtempSync(path.join(os.tmpdir(), 'drills-tests-')), vscode.ConfigurationTarget.Global);
    await c.update('language', 'javascript', vscode.ConfigurationTarget.Global);
  });
  suiteTeardown(async () => {
    const c = vscode.workspace.getConfiguration('interviewDrills');
    await c.update('practiceFolder', undefined, vscode.ConfigurationTarget.Global);
    await c.update('language', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('the open drill\'s cases appear as test items, hidden ones marked', async () => {
    const drills = await api();
    await startWith(drills, 'two-sum-indices', 'function pairWithSum(nums, target) { return []; }\n');
    await drills.testing.refresh();
    const [root] = drills.testing.tree();
    assert.equal(root?.label, 'Pair With Target Sum');
    const q = drills.questions.bank.byId('two-sum-indices')!;
    assert.equal(root.cases.length, q.tests.length);
    assert.equal(root.cases.filter((c) => c.description === 'hidden: runs on Submit').length, q.tests.filter((t) => t.hidden).length);
  });

  test('Run judges the person\'s code on VS Code\'s own Node and reports per case', async () => {
    const drills = await api();
    await startWith(drills, 'two-sum-indices', 'function pairWithSum(nums, target) {\n  const seen = new Map();\n  for (let j = 0; j < nums.length; j++) {\n    if (seen.has(target - nums[j])) return [seen.get(target - nums[j]), j];\n    if (!seen.has(nums[j])) seen.set(nums[j], j);\n  }\n}\n');
    const run = (await vscode.commands.executeCommand('interviewDrills.runTests')) as RunResult;
    assert.equal(run.verdict, 'accepted');
    assert.equal(run.mode, 'run');
    assert.ok(run.cases.every((c) => !c.hidden));
    const submit = (await vscode.commands.executeCommand('interviewDrills.submit')) as RunResult;
    assert.equal(submit.verdict, 'accepted');
    assert.ok(submit.cases.some((c) => c.hidden));
  });

  test('a wrong answer carries expected and actual; a syntax error points at the line', async () => {
    const drills = await api();
    await startWith(drills, 'two-sum-indices', 'function pairWithSum(nums, target) {\n  return [0, 0];\n}\n');
    const wrong = (await vscode.commands.executeCommand('interviewDrills.runTests')) as RunResult;
    assert.equal(wrong.verdict, 'wrong-answer');
    assert.deepEqual(wrong.cases[0]?.actual, [0, 0]);
    await startWith(drills, 'two-sum-indices', '// notes\nfunction pairWithSum(nums, target) {\n  return [0, ;\n}\n');
    const broken = (await vscode.commands.executeCommand('interviewDrills.runTests')) as RunResult;
    assert.equal(broken.verdict, 'compile-error');
    assert.equal(broken.cases[0]?.line, 3);
  });

  test('the person\'s own cases in custom-tests.yaml run with Run', async () => {
    const drills = await api();
    await startWith(drills, 'two-sum-indices', 'function pairWithSum(nums, target) { return [0, 1]; }\n');
    const drill = drills.sessions.current()!;
    fs.writeFileSync(path.join(drill.folder.fsPath, 'custom-tests.yaml'), 'tests:\n  - { name: mine, args: [[1, 2], 3], expected: [0, 1] }\n');
    const run = (await vscode.commands.executeCommand('interviewDrills.runTests')) as RunResult;
    const mine = run.cases.find((c) => c.name === 'custom: mine');
    assert.equal(mine?.verdict, 'accepted');
  });
});
