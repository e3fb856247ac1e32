import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { DrillsApi } from '../../src/extension';
import type { RunResult } from '../../src/core/model';
import { api, noDrillInProgress, startWith } from './helpers';

suite('Judge in the Test Explorer', () => {
  suiteSetup(async () => {
    // No drill in progress from an earlier suite (starting another would first offer to record it).
    await noDrillInProgress();
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

async function answer(drills: DrillsApi, label: string, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!drills.ask.current?.labels.includes(label)) {
    if (Date.now() > end) throw new Error(`no question offering "${label}" appeared (on screen: ${JSON.stringify(drills.ask.current)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
  await drills.ask.answer(label);
}

suite('Failures in sight', () => {
  const wrongOnLongInputs = [
    '// reasoning above the function',
    '',
    'function pairWithSum(nums, target) {',
    '  const seen = new Map();',
    '  for (let j = 0; j < Math.min(nums.length, 1000); j++) {',
    '    if (seen.has(target - nums[j])) return [seen.get(target - nums[j]), j];',
    '    if (!seen.has(nums[j])) seen.set(nums[j], j);',
    '  }',
    '  return [1, 0];',
    '}',
    '',
  ].join('\n');

  suiteSetup(async () => {
    // No drill in progress from an earlier suite (starting another would first offer to record it).
    await noDrillInProgress();
    const c = vscode.workspace.getConfiguration('interviewDrills');
    await c.update('practiceFolder', fs.mkdtempSync(path.join(os.tmpdir(), 'drills-failures-')), vscode.ConfigurationTarget.Global);
    await c.update('language', 'javascript', vscode.ConfigurationTarget.Global);
    await c.update('historyFolder', fs.mkdtempSync(path.join(os.tmpdir(), 'drills-failures-history-')), vscode.ConfigurationTarget.Global);
  });
  suiteTeardown(async () => {
    const c = vscode.workspace.getConfiguration('interviewDrills');
    for (const k of ['practiceFolder', 'language', 'historyFolder']) await c.update(k, undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('a failed case\'s message carries its input, expected, actual and a diff, on the function line; a click on the case opens that line', async () => {
    const drills = await api();
    await startWith(drills, 'two-sum-indices', 'function pairWithSum(nums, target) {\n  return [0, 0];\n}\n');
    const run = (await vscode.commands.executeCommand('interviewDrills.runTests')) as RunResult;
    assert.equal(run.verdict, 'wrong-answer');
    const message = drills.testing.messageFor('first and last');
    assert.ok(message, 'the case has a message');
    const text = typeof message.message === 'string' ? message.message : message.message.value;
    assert.match(text.split('\n')[0]!, /^Wrong answer on nums = \[4, 9, 2, 6\], target = 10: expected \[0, 3\], got \[0, 0\]$/, 'the first line, shown inline, has the input');
    assert.match(text, /Input: nums = \[4, 9, 2, 6\], target = 10\nExpected: \[\n {2}0,\n {2}3\n\]\nActual: \[/);
    assert.equal(message.expectedOutput, '[\n  0,\n  3\n]', 'a diff: expected');
    assert.equal(message.actualOutput, '[\n  0,\n  0\n]', 'a diff: actual');
    const drill = drills.sessions.current()!;
    assert.equal(message.location?.uri.toString(), drill.solution.toString());
    assert.equal(message.location?.range.start.line, 0, 'on the function line');
    const [root] = drills.testing.tree();
    const item = root!.cases.find((c) => c.label === 'first and last')!;
    assert.equal(item.file, drill.solution.fsPath, 'a click opens the solution…');
    assert.equal(item.line, 1, '…at the function line');
  });

  test('a hidden case keeps its input until it is revealed, the reveal is recorded with the attempt, and a worst case reads as its size and head', async () => {
    const drills = await api();
    await startWith(drills, 'two-sum-indices', wrongOnLongInputs);
    const submit = (await vscode.commands.executeCommand('interviewDrills.submit')) as RunResult;
    const worst = submit.cases.find((c) => c.name === 'hidden worst case')!;
    assert.equal(worst.verdict, 'wrong-answer');
    assert.equal(worst.input, undefined);
    const before = drills.testing.messageFor('hidden worst case')!;
    const hiddenText = typeof before.message === 'string' ? before.message : before.message.value;
    assert.match(hiddenText, /^Wrong answer on a hidden case/);
    assert.doesNotMatch(hiddenText, /99998|nums =/, 'nothing of the input or the answer');
    assert.equal(before.location?.range.start.line, 2, 'on the function line, below the reasoning');
    const drill = drills.sessions.current()!;
    const lenses = (await vscode.commands.executeCommand('vscode.executeCodeLensProvider', drill.solution)) as vscode.CodeLens[];
    const reveal = lenses.find((l) => l.command?.title.includes('Reveal hidden input'));
    assert.ok(reveal, `a lens offers the reveal (${lenses.map((l) => l.command?.title).join(' | ')})`);
    assert.deepEqual(reveal.command?.arguments, ['hidden worst case']);

    const revealing = vscode.commands.executeCommand(reveal.command!.command, ...(reveal.command!.arguments ?? [])) as Thenable<{ input: { text: string; size?: number }; expected?: unknown } | undefined>;
    await answer(drills, 'Reveal');
    const shown = await revealing;
    assert.equal(shown?.input.size, 100_000);
    assert.match(shown?.input.text ?? '', /^nums = \[1, 3, 5, 7, 9, 11, 13, 15, … 99,992 more \(100,000 in all\)\], target = 399996 \(generated for n = 100,000\)$/);
    assert.deepEqual(shown?.expected, [99998, 99999]);
    const after = drills.testing.messageFor('hidden worst case')!;
    const afterText = typeof after.message === 'string' ? after.message : after.message.value;
    assert.match(afterText, /^Wrong answer on nums = \[1, 3, 5,.*99,992 more \(100,000 in all\)\], target = 399996 \(generated for n = 100,000\): expected \[99998, 99999\], got \[1, 0\]/);
    assert.ok(afterText.length < 2000, `a readable summary, not 100,000 numbers (${afterText.length} characters)`);
    assert.equal(before.contextValue, 'interviewDrills.revealHiddenCase', 'hidden: the message offers the reveal');
    assert.equal(after.contextValue, 'interviewDrills.findSmallestFailingInput', 'shown: the message offers a search for a small input that fails too');
    assert.deepEqual(drills.journal.get('two-sum-indices').revealed, ['hidden worst case']);

    const again = (await vscode.commands.executeCommand('interviewDrills.submit')) as RunResult;
    assert.ok(again.cases.find((c) => c.name === 'hidden worst case')?.input, 'a revealed case stays revealed in the next Submit');
    const record = (await vscode.commands.executeCommand('interviewDrills.finishDrill', 'hard')) as { revealedHidden?: number } | undefined;
    assert.equal(record?.revealedHidden, 1, 'the attempt records the reveal');
    assert.deepEqual(drills.journal.get('two-sum-indices').revealed, [], 'the next attempt starts with hidden cases hidden');
  });
});
