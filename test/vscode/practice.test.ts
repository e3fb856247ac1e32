import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { DrillsApi } from '../../src/extension';

async function api(): Promise<DrillsApi> {
  const ext = vscode.extensions.getExtension<DrillsApi>('interview-drills.interview-drills')!;
  return ext.isActive ? ext.exports : ext.activate();
}

suite('Practice: history, rating and the Due group', () => {
  let historyDir: string;
  suiteSetup(async () => {
    historyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'drills-history-'));
    const twoDaysAgo = Date.now() - 2 * 86_400_000;
    const old = { v: 1, type: 'attempt', id: 'seed-1', questionId: 'route-matcher', topic: 'api-design', kind: 'coding', language: 'javascript', startedAt: twoDaysAgo - 600_000, endedAt: twoDaysAgo, activeMs: 600_000, pauses: 0, pausedMs: 0, minutes: 25, verdicts: { 'wrong-answer': 3 }, rating: 'again' };
    fs.writeFileSync(path.join(historyDir, 'history.jsonl'), `${JSON.stringify(old)}\n`);
    const c = vscode.workspace.getConfiguration('interviewDrills');
    await c.update('historyFolder', historyDir, vscode.ConfigurationTarget.Global);
    await c.update('practiceFolder', fs.mkdtempSync(path.join(os.tmpdir(), 'drills-practice-')), vscode.ConfigurationTarget.Global);
    await c.update('language', 'javascript', vscode.ConfigurationTarget.Global);
  });
  suiteTeardown(async () => {
    const c = vscode.workspace.getConfiguration('interviewDrills');
    for (const k of ['historyFolder', 'practiceFolder', 'language']) await c.update(k, undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('a drill failed two days ago is in the Due group', async () => {
    const drills = await api();
    assert.equal(drills.practice.stateOf('route-matcher'), 'due');
    const roots = drills.tree.getChildren();
    assert.equal(roots[0]?.type, 'due');
    const due = drills.tree.getChildren(roots[0]);
    assert.deepEqual(due.map((n) => (n.type === 'question' ? n.question.id : '')), ['route-matcher']);
    assert.match(String(drills.tree.getTreeItem(due[0]!).description), /due/);
    assert.equal(drills.topicsView.badge?.value, 1, 'the Topics view badge counts it');
  });

  test('today\'s plan holds every due drill and the requested number of new ones, varied by topic', async () => {
    const drills = await api();
    const plan = drills.practice.dailyPlan(3);
    assert.deepEqual(plan.due, ['route-matcher']);
    assert.equal(plan.fresh.length, 3);
    assert.ok(!plan.fresh.includes('route-matcher'), 'attempted drills are not new');
    const topics = plan.fresh.map((id) => drills.questions.bank.byId(id)!.topic);
    assert.equal(new Set(topics).size, 3);
  });

  test('Start Due Drill opens it, and finishing it with a rating takes it out of the Due group', async () => {
    const drills = await api();
    await vscode.commands.executeCommand('interviewDrills.startDueDrill');
    assert.equal(drills.sessions.current()?.question.id, 'route-matcher');
    const record = (await vscode.commands.executeCommand('interviewDrills.finishDrill', 'easy')) as { questionId: string; rating: string } | undefined;
    assert.equal(record?.questionId, 'route-matcher');
    const lines = fs.readFileSync(path.join(historyDir, 'history.jsonl'), 'utf8').trim().split('\n');
    assert.equal(lines.length, 2, 'the attempt is appended to the history file');
    assert.equal(drills.practice.stateOf('route-matcher'), 'learning');
    assert.ok(drills.tree.getChildren().every((n) => n.type !== 'due'), 'the Due group is gone once nothing is due');
    assert.equal(drills.topicsView.badge, undefined, 'and so is the badge');
    assert.equal(drills.timer.current, undefined, 'finishing stops the timer');
  });
});
