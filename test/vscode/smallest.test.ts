import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { RunResult } from '../../src/core/model';
import type { SmallestOutcome } from '../../src/vscode/testing';
import { api, noDrillInProgress, startWith } from './helpers';

const textOf = (m: vscode.TestMessage): string => (typeof m.message === 'string' ? m.message : m.message.value);

async function lensTitles(uri: vscode.Uri): Promise<string[]> {
  const lenses = (await vscode.commands.executeCommand('vscode.executeCodeLensProvider', uri)) as vscode.CodeLens[];
  return lenses.map((l) => l.command?.title ?? '');
}

/** Misses a pair whose second number is the last one (the loop stops one short). */
const offByOne = [
  '// Approach: one pass with a map of value -> index.',
  'function pairWithSum(nums, target) {',
  '  const seen = new Map();',
  '  for (let j = 0; j < nums.length - 1; j++) {',
  '    if (seen.has(target - nums[j])) return [seen.get(target - nums[j]), j];',
  '    if (!seen.has(nums[j])) seen.set(nums[j], j);',
  '  }',
  '  return [];',
  '}',
  '',
].join('\n');

const fixed = offByOne.replace('j < nums.length - 1', 'j < nums.length');

suite('Smallest failing input', () => {
  suiteSetup(async () => {
    // No drill in progress from an earlier suite (starting another would first offer to record it).
    await noDrillInProgress();
    const c = vscode.workspace.getConfiguration('interviewDrills');
    await c.update('practiceFolder', fs.mkdtempSync(path.join(os.tmpdir(), 'drills-smallest-')), vscode.ConfigurationTarget.Global);
    await c.update('language', 'javascript', vscode.ConfigurationTarget.Global);
    await c.update('historyFolder', fs.mkdtempSync(path.join(os.tmpdir(), 'drills-smallest-history-')), vscode.ConfigurationTarget.Global);
  });
  teardown(async () => {
    // Each test leaves no drill running, so the next Start Drill asks nothing.
    await noDrillInProgress();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
  suiteTeardown(async () => {
    const c = vscode.workspace.getConfiguration('interviewDrills');
    for (const k of ['practiceFolder', 'language', 'historyFolder']) await c.update(k, undefined, vscode.ConfigurationTarget.Global);
  });

  test('a Submit that fails a generated case finds a small input, shown on the function line with the reference\'s answer; kept as a custom case, Run fails it until the bug is fixed', async function () {
    this.timeout(120_000);
    const drills = await api();
    await startWith(drills, 'two-sum-indices', offByOne);
    const drill = drills.sessions.current()!;
    const custom = path.join(drill.folder.fsPath, 'custom-tests.yaml');
    fs.writeFileSync(custom, '# my own\ntests:\n  - { name: mine, args: [[3, 4, 9], 7], expected: [0, 1] }\n');

    const submit = (await vscode.commands.executeCommand('interviewDrills.submit')) as RunResult;
    assert.equal(submit.cases.find((c) => c.name === 'hidden worst case')?.verdict, 'wrong-answer', 'the generated worst case fails');
    assert.ok(drills.testing.smallestState(drill), 'the failed generated case started a search (running or already over)');
    // This search can end within milliseconds: the lens is checked only if it was computed while the
    // search still ran (the "drill is closed" test below checks it on a search that surely runs).
    const during = await lensTitles(drill.solution);
    if (drills.testing.smallestState(drill)?.searching) assert.ok(during.some((t) => t.includes('Searching for the smallest failing input')), 'the search shows above the function');
    // Asking while it runs joins the same search.
    const outcome = (await vscode.commands.executeCommand('interviewDrills.findSmallestFailingInput')) as SmallestOutcome | undefined;
    assert.ok(outcome && 'found' in outcome, `a counterexample is found: ${JSON.stringify(outcome)}`);
    const [nums, target] = outcome.found.args as [number[], number];
    assert.ok(nums.length <= 3, `a small input: ${JSON.stringify(outcome.found.args)}`);
    const [i, j] = outcome.found.expected as [number, number];
    assert.equal(j, nums.length - 1, 'the pair the loop misses ends at the last number');
    assert.equal(nums[i]! + nums[j]!, target, 'expected is a right answer (the reference\'s)');
    assert.deepEqual(outcome.found.actual, []);

    const message = drills.testing.messageFor('smallest failing input');
    assert.ok(message, 'the Test Explorer item has a message');
    const text = textOf(message);
    const shownNums = `[${nums.join(', ')}]`;
    assert.equal(text.split('\n')[0], `Smallest failing input: Wrong answer on nums = ${shownNums}, target = ${target}: expected [${i}, ${j}], got []`, 'the line shown inline names the input, the expected and the actual answer');
    assert.match(text, new RegExp(`\\nInput: nums = ${shownNums.replace(/[[\]]/g, '\\$&')}, target = ${target}\\nExpected: \\[\\n {2}${i},\\n {2}${j}\\n\\] \\(the reference solution's answer\\)\\nActual: \\[\\]`));
    assert.equal(message.expectedOutput, `[\n  ${i},\n  ${j}\n]`, 'a diff: expected');
    assert.equal(message.actualOutput, '[]', 'a diff: actual');
    assert.equal(message.location?.uri.toString(), drill.solution.toString());
    assert.equal(message.location?.range.start.line, 1, 'on the function line, below the reasoning');
    const [root] = drills.testing.tree();
    const item = root!.cases.find((c) => c.label === 'smallest failing input');
    assert.equal(item?.description, 'found by search: Run checks it');
    assert.equal(item?.line, 2, 'a click opens the function line');
    assert.ok((await lensTitles(drill.solution)).some((t) => t.startsWith(`$(debug-breakpoint) Smallest failing input: nums = ${shownNums}`) && t.endsWith('add as custom case')), 'offered as a custom case above the function');

    const added = (await vscode.commands.executeCommand('interviewDrills.addSmallestFailingInput')) as { name: string } | undefined;
    assert.equal(added?.name, 'custom: smallest failing input');
    const yaml = fs.readFileSync(custom, 'utf8');
    assert.ok(yaml.startsWith('# my own\ntests:\n  - { name: mine, args: [ [ 3, 4, 9 ], 7 ], expected: [ 0, 1 ] }\n'), `the person's case stays:\n${yaml}`);
    assert.match(yaml, /- name: smallest failing input\n {4}args: \[ \[ .* \], -?\d+ \]\n {4}expected: \[ \d, \d \]\n$/);
    assert.deepEqual(drills.testing.tree()[0]!.cases.filter((c) => c.label.includes('smallest failing input')).map((c) => c.label), ['custom: smallest failing input'], 'one item: the custom case');
    const titles = await lensTitles(drill.solution);
    assert.ok(!titles.some((t) => t.includes('add as custom case')), 'added: no longer offered');
    assert.ok(titles.includes('$(search) Find smallest failing input'), `the last Submit failed a generated case: a search is offered again (${titles.join(' | ')})`);

    const run = (await vscode.commands.executeCommand('interviewDrills.runTests')) as RunResult;
    assert.equal(run.cases.find((c) => c.name === 'custom: smallest failing input')?.verdict, 'wrong-answer', 'Run includes the new case and fails it');
    assert.equal(run.cases.find((c) => c.name === 'custom: mine')?.verdict, 'accepted');
    await startWith(drills, 'two-sum-indices', fixed);
    const again = (await vscode.commands.executeCommand('interviewDrills.runTests')) as RunResult;
    assert.equal(again.cases.find((c) => c.name === 'custom: smallest failing input')?.verdict, 'accepted', 'the fixed solution passes it');
  });

  test('a drill without an input generator says why, and the answer stays above the function', async () => {
    const drills = await api();
    await startWith(drills, 'budget-combinations', 'function budgetCombos(sizes, target) {\n  return [];\n}\n');
    const outcome = (await vscode.commands.executeCommand('interviewDrills.findSmallestFailingInput')) as SmallestOutcome | undefined;
    assert.ok(outcome && 'none' in outcome, JSON.stringify(outcome));
    assert.match(outcome.reason ?? '', /has no input generator/);
    assert.match(outcome.none, /^Combinations of Instance Sizes for a Budget: no smallest failing input: "budget-combinations" has no input generator/);
    const drill = drills.sessions.current()!;
    assert.ok((await lensTitles(drill.solution)).some((t) => /No smallest failing input: .*has no input generator/.test(t)), 'kept above the function');
  });

  test('a search shows above the function while it runs, and stops when the drill is closed, showing nothing', async function () {
    this.timeout(60_000);
    const drills = await api();
    // A right solution that takes 40 ms a call: the search finds nothing and would take its whole budget (10 s).
    await startWith(drills, 'two-sum-indices', fixed.replace('  const seen = new Map();', '  const until = Date.now() + 40;\n  while (Date.now() < until) { /* slow on purpose */ }\n  const seen = new Map();'));
    const drill = drills.sessions.current()!;
    const searching = vscode.commands.executeCommand('interviewDrills.findSmallestFailingInput') as Thenable<SmallestOutcome | undefined>;
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(drills.testing.smallestState(drill)?.searching, true);
    assert.ok((await lensTitles(drill.solution)).some((t) => t.includes('Searching for the smallest failing input')), 'the search shows above the function');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    drills.sessions.setActive(undefined);
    assert.equal(await searching, undefined, 'stopped, not "nothing found"');
    assert.equal(drills.testing.smallestState(drill), undefined);
  });
});
