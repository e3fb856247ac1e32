// What the extension-host suites share: the running extension's API, and a drill started with a
// given solution.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DrillsApi } from '../../src/extension';

export const EXTENSION_ID = 'interview-drills.interview-drills';

/** The extension's API, activating it first when it is not active yet. */
export async function api(): Promise<DrillsApi> {
  const ext = vscode.extensions.getExtension<DrillsApi>(EXTENSION_ID);
  assert.ok(ext, 'the extension is installed');
  return ext.isActive ? ext.exports : ext.activate();
}

/**
 * The extension's API with no drill in progress: the timer stopped and no drill active, so the next
 * Start Drill does not first offer to record another suite's (or test's) attempt.
 */
export async function noDrillInProgress(): Promise<DrillsApi> {
  const drills = await api();
  drills.timer.stop();
  drills.sessions.setActive(undefined);
  return drills;
}

/** Starts drill `id` and replaces its solution with `code`, saved; the editor shows it beside the prompt. */
export async function startWith(drills: DrillsApi, id: string, code: string): Promise<vscode.TextEditor> {
  await vscode.commands.executeCommand('interviewDrills.startDrill', id);
  const drill = drills.sessions.current();
  assert.equal(drill?.question.id, id);
  const doc = await vscode.workspace.openTextDocument(drill.solution);
  const editor = await vscode.window.showTextDocument(doc, vscode.ViewColumn.Two);
  await editor.edit((e) => e.replace(new vscode.Range(0, 0, doc.lineCount, 0), code));
  await doc.save();
  return editor;
}
