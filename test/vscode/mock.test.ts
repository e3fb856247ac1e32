import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { RunResult } from '../../src/core/model';
import type { MockRecord } from '../../src/core/practice/history';
import { LOCKDOWN } from '../../src/core/practice/mock';
import { api, noDrillInProgress } from './helpers';

function workspaceValues(): Record<string, unknown> {
  const c = vscode.workspace.getConfiguration();
  return Object.fromEntries(LOCKDOWN.map(({ key }) => [key, c.inspect(key)?.workspaceValue]));
}

suite('Mock interview and lockdown', () => {
  suiteSetup(async () => {
    const c = vscode.workspace.getConfiguration('interviewDrills');
    await c.update('historyFolder', fs.mkdtempSync(path.join(os.tmpdir(), 'drills-mock-history-')), vscode.ConfigurationTarget.Global);
    await c.update('practiceFolder', fs.mkdtempSync(path.join(os.tmpdir(), 'drills-mock-practice-')), vscode.ConfigurationTarget.Global);
    await c.update('language', 'python', vscode.ConfigurationTarget.Global);
    // One setting the person had chosen for this workspace; the rest unset.
    await vscode.workspace.getConfiguration('editor').update('quickSuggestions', { other: 'inline', comments: 'off', strings: 'off' }, vscode.ConfigurationTarget.Workspace);
  });
  suiteTeardown(async () => {
    const c = vscode.workspace.getConfiguration('interviewDrills');
    for (const k of ['historyFolder', 'practiceFolder', 'language']) await c.update(k, undefined, vscode.ConfigurationTarget.Global);
    await vscode.workspace.getConfiguration('editor').update('quickSuggestions', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('lockdown turns suggestions off and a simulated reload restores every setting exactly', async () => {
    const drills = await api();
    const before = workspaceValues();
    const lockdown = drills.mock.lockdown;
    await lockdown.apply();
    const c = vscode.workspace.getConfiguration();
    assert.equal(c.get('editor.inlineSuggest.enabled'), false);
    assert.deepEqual(c.get('editor.quickSuggestions'), { other: 'off', comments: 'off', strings: 'off' });
    // A reload mid-lockdown with no mock running: activation recovers from the journal.
    await drills.mock.recover();
    assert.deepEqual(workspaceValues(), before);
    assert.equal(lockdown.active, false);
  });

  test('a backend loop runs its drills under one timer and ends with a report in the history', async () => {
    const before = workspaceValues();
    // From no drill in progress (another suite's drill would be offered for recording first).
    const drills = await noDrillInProgress();
    const state = (await vscode.commands.executeCommand('interviewDrills.startMockInterview', 'backend-60')) as { questionIds: string[] };
    assert.equal(state.questionIds.length, 3);
    assert.equal(drills.timer.current?.questionId, 'mock:backend-60');
    assert.equal(drills.timer.current?.durationMs, 60 * 60_000);
    assert.equal(vscode.workspace.getConfiguration().get('editor.inlineSuggest.enabled'), false, 'suggestions are off during the mock');
    assert.equal(drills.sessions.current()?.question.id, state.questionIds[0]);
    await vscode.commands.executeCommand('interviewDrills.nextMockDrill');
    assert.equal(drills.sessions.current()?.question.id, state.questionIds[1]);
    assert.equal(drills.timer.current?.questionId, 'mock:backend-60', 'the same timer keeps running');
    const report = (await vscode.commands.executeCommand('interviewDrills.finishMockInterview')) as { drills: { questionId: string }[] };
    assert.deepEqual(report.drills.map((d) => d.questionId), state.questionIds.slice(0, 2));
    assert.deepEqual(workspaceValues(), before, 'every setting is back exactly');
    const saved = drills.practice.history.read().records.filter((r) => r.type === 'mock');
    assert.equal(saved.length, 1);
    const shown = vscode.workspace.textDocuments.find((d) => d.getText().startsWith('# Mock interview report'));
    assert.match(shown?.getText() ?? '', /# Mock interview report: 60-minute backend loop/);
    assert.match(shown?.getText() ?? '', /\| 2 \| /, 'a row per drill');
    assert.equal(shown?.uri.scheme, 'interview-drills-report', 'a read-only document, not an Untitled file that asks to be saved on close');
    assert.equal(shown?.isDirty, false);
    // Show Mock Report later reads the same report back from the history.
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('interviewDrills.showMockReport');
    const again = vscode.window.visibleTextEditors.find((e) => e.document.uri.scheme === 'interview-drills-report');
    assert.equal(again?.document.getText(), shown?.getText());
  });

  test('the report counts a drill\'s tests only if they ran on the code as it was left', async () => {
    const drills = await noDrillInProgress();
    await vscode.commands.executeCommand('interviewDrills.startMockInterview', 'coding-45');
    const editCurrent = async (line: string): Promise<number> => {
      const editor = await vscode.window.showTextDocument(drills.sessions.current()!.solution);
      const run = (await vscode.commands.executeCommand('interviewDrills.runTests')) as RunResult;
      await editor.edit((e) => e.insert(new vscode.Position(editor.document.lineCount, 0), line));
      return run.cases.length;
    };
    // First drill: a reasoning comment written after the run keeps it.
    const ran = await editCurrent('# reasoning: written after the run\n');
    assert.ok(ran > 0);
    await vscode.commands.executeCommand('interviewDrills.nextMockDrill');
    // Second drill: a code edit after the run leaves that run out.
    await editCurrent('unused_after_the_run = 1\n');
    const report = (await vscode.commands.executeCommand('interviewDrills.finishMockInterview')) as MockRecord;
    assert.equal(report.drills[0]?.total, ran, 'the first drill\'s run is of the code as it was left');
    assert.equal(report.drills[1]?.total, undefined, 'the second drill\'s code changed after its run');
    const shown = vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'interview-drills-report' && d.uri.path.includes(encodeURIComponent(report.id)));
    assert.match(shown?.getText() ?? '', /\| 2 \| [^|]+\| \d+ min \| – \|/, 'the report shows no test result for it');
  });
});
