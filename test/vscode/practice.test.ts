import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { api, noDrillInProgress } from './helpers';

suite('Practice: history, rating and the Due group', () => {
  let historyDir: string;
  suiteSetup(async () => {
    // No drill in progress from an earlier suite (starting another would first offer to record it).
    await noDrillInProgress();
    historyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'drills-history-'));
    const twoDaysAgo = Date.now() - 2 * 86_400_000;
    const old = { v: 1, type: 'attempt', id: 'seed-1', questionId: 'route-matcher', topic: 'api-design', kind: 'coding', language: 'javascript', startedAt: twoDaysAgo - 600_000, endedAt: twoDaysAgo, activeMs: 600_000, pauses: 0, pausedMs: 0, minutes: 25, verdicts: { 'wrong-answer': 3 }, rating: 'again' };
    const anHourAgo = Date.now() - 3_600_000;
    const solved = { ...old, id: 'seed-2', questionId: 'two-sum-indices', topic: 'algorithms', startedAt: anHourAgo - 600_000, endedAt: anHourAgo, minutes: 15, verdicts: { accepted: 8 }, rating: 'good' };
    fs.writeFileSync(path.join(historyDir, 'history.jsonl'), `${JSON.stringify(old)}\n${JSON.stringify(solved)}\n`);
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
    assert.equal(drills.topicsView.badge?.value, 1, 'the Topics view badge counts it');
  });

  test('each drill shows its state as an icon of its own with a tooltip in words, and a short description', async () => {
    const drills = await api();
    const item = (id: string, inDue = false): vscode.TreeItem => drills.tree.getTreeItem({ type: 'question', question: drills.questions.bank.byId(id)!, inDue });
    const icon = (i: vscode.TreeItem): [string, string | undefined] => {
      const p = i.iconPath as vscode.ThemeIcon;
      return [p.id, p.color?.id];
    };
    const tip = (i: vscode.TreeItem): string => (i.tooltip as vscode.MarkdownString).value.replace(/\\(.)/g, '$1').replace(/&nbsp;/g, ' ');

    const due = item('route-matcher', true);
    assert.deepEqual(icon(due), ['clock', 'charts.orange'], 'due: a clock');
    assert.equal(due.description, 'medium · 25 min', 'the description stays short');
    assert.match(tip(due), /Due for review today/);
    assert.match(tip(due), /not solved: 0\/3 cases in 10 min of 25, rated Again/);
    assert.match(String(due.accessibilityInformation?.label), /Due for review today/);
    assert.deepEqual(icon(item('route-matcher')), ['clock', 'charts.orange'], 'the same under its topic');

    const solved = item('two-sum-indices');
    assert.deepEqual(icon(solved), ['pass-filled', 'charts.green'], 'solved: a green check');
    assert.match(tip(solved), /Solved/);
    assert.match(tip(solved), /solved: 8\/8 cases in 10 min of 15, rated Good/);
    assert.match(tip(solved), /1 attempt · next review /);

    const fresh = item('lru-response-cache');
    const q = drills.questions.bank.byId('lru-response-cache')!;
    assert.notDeepEqual(icon(fresh)[0], 'pass-filled');
    assert.equal(icon(fresh)[1], { easy: 'charts.green', medium: 'charts.yellow', hard: 'charts.red' }[q.difficulty], 'a new drill keeps its difficulty color');
    assert.match(tip(fresh), /Not attempted yet/);
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
    assert.equal(lines.length, 3, 'the attempt is appended to the two seeded lines of the history file');
    assert.equal(drills.practice.stateOf('route-matcher'), 'learning');
    assert.ok(drills.tree.getChildren().every((n) => n.type !== 'due'), 'the Due group is gone once nothing is due');
    assert.equal(drills.topicsView.badge, undefined, 'and so is the badge');
    assert.equal(drills.timer.current, undefined, 'finishing stops the timer');
  });

  test('Good on a first attempt brings the drill back on a later day; Show Stats counts as due today exactly what Start Due Drill can open', async () => {
    const drills = await api();
    await vscode.commands.executeCommand('interviewDrills.startDrill', 'min-stack');
    assert.equal(drills.sessions.current()?.question.id, 'min-stack');
    await vscode.commands.executeCommand('interviewDrills.finishDrill', 'good');
    const next = drills.practice.card('min-stack')?.due;
    assert.ok(next, 'the drill is scheduled');
    const tomorrow = new Date();
    tomorrow.setHours(24, 0, 0, 0);
    assert.ok(next.getTime() >= tomorrow.getTime(), `the next review (${next.toString()}) is on a later day`);
    assert.notEqual(drills.practice.stateOf('min-stack'), 'due');
    // A drill failed two days ago whose pack is gone: in the history, but nothing Start Due Drill can open.
    const twoDaysAgo = Date.now() - 2 * 86_400_000;
    const retired = { v: 1, type: 'attempt', id: 'retired-1', questionId: 'retired-pack-drill', topic: 'algorithms', kind: 'coding', language: 'python', startedAt: twoDaysAgo - 600_000, endedAt: twoDaysAgo, activeMs: 600_000, pauses: 0, pausedMs: 0, minutes: 20, verdicts: { 'wrong-answer': 2 }, rating: 'again' };
    fs.appendFileSync(path.join(historyDir, 'history.jsonl'), `${JSON.stringify(retired)}\n`);
    drills.practice.refresh();
    assert.deepEqual(drills.practice.dueQuestionIds(), [], 'Start Due Drill would say nothing is due');
    const stats = (await vscode.commands.executeCommand('interviewDrills.showStats')) as { dueToday: number; dueForecast: number[] };
    assert.equal(stats.dueToday, 0, 'the "due today" tile');
    assert.equal(stats.dueForecast[0], 0, 'the forecast\'s today');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('finishing a drill restored with a start time of 0 records the time as unknown, not as the decades since 1970', async () => {
    const drills = await api();
    await vscode.commands.executeCommand('interviewDrills.startDrill', 'lru-response-cache');
    const drill = drills.sessions.current();
    assert.equal(drill?.question.id, 'lru-response-cache');
    // A session saved by an older version (start 0) and restored after a reload, its timer gone.
    drills.timer.stop();
    drills.sessions.setActive({ ...drill, startedAt: 0 });
    drills.sessions.restore();
    assert.equal(drills.sessions.current()?.startedAt, undefined, 'a start of 0 is restored as unknown');
    drills.sessions.setActive({ ...drill, startedAt: 0 });
    const before = Date.now();
    const record = (await vscode.commands.executeCommand('interviewDrills.finishDrill', 'good')) as { activeMs: number; startedAt: number; endedAt: number } | undefined;
    assert.ok(record, 'the attempt is recorded');
    assert.equal(record.activeMs, 0, 'no active time is invented');
    assert.ok(record.startedAt >= before && record.startedAt <= record.endedAt, `starts now, not in 1970 (${record.startedAt})`);
  });

  test('Import History refuses damaged records one by one, and Show Stats skips damaged lines and says how many', async () => {
    const drills = await api();
    const now = Date.now();
    const good = { v: 1, type: 'attempt', id: 'imported-1', questionId: 'lru-cache', topic: 'algorithms', kind: 'coding', language: 'python', startedAt: now - 900_000, endedAt: now - 60_000, activeMs: 800_000, pauses: 0, pausedMs: 0, minutes: 30, verdicts: { accepted: 12 }, rating: 'good' };
    const records = [
      JSON.stringify(good),
      JSON.stringify({ ...good, id: 'bad-1', endedAt: 'NaN' }),
      JSON.stringify({ ...good, id: 'bad-2', questionId: 'x'.repeat(100_000) }),
      JSON.stringify(good).replace('"verdicts":{', '"verdicts":{"__proto__":{"polluted":1},').replace('imported-1', 'bad-3'),
      JSON.stringify({ ...good, id: 'bad-4', reviewScores: { constructor: 3 } }),
    ];
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'drills-import-')), 'export.json');
    fs.writeFileSync(file, `{"format":"interview-drills-history","version":1,"records":[${records.join(',')}]}`);
    const report = (await vscode.commands.executeCommand('interviewDrills.importHistory', vscode.Uri.file(file))) as { added: number; rejected: number; problems: { at: string; reason: string }[] };
    assert.equal(report.added, 1);
    assert.equal(report.rejected, 4);
    assert.deepEqual(report.problems.map((p) => p.at), ['record 2', 'record 3', 'record 4', 'record 5']);
    const history = path.join(historyDir, 'history.jsonl');
    const before = (await vscode.commands.executeCommand('interviewDrills.showStats')) as { attempts: number; skippedLines: number };
    assert.equal(before.skippedLines, 0, 'nothing unusable was appended');
    // Lines that crashed the stats before: no verdicts, a prototype key, a date past any calendar, a torn line.
    fs.appendFileSync(history, [
      JSON.stringify({ v: 1, type: 'attempt', id: 'd1', questionId: 'q', endedAt: now, rating: 'good' }),
      JSON.stringify({ ...good, id: 'd2', reviewScores: { __proto__: 2, constructor: 3 } }).replace('"reviewScores":{', '"reviewScores":{"__proto__":2,'),
      JSON.stringify({ ...good, id: 'd3', endedAt: 1e308 }),
      '{"v":1,"type":"attempt","id":"torn"',
    ].join('\n') + '\n');
    drills.practice.refresh();
    const stats = (await vscode.commands.executeCommand('interviewDrills.showStats')) as { attempts: number; skippedLines: number; topics: { attempted: number }[] };
    assert.equal(stats.skippedLines, 4);
    assert.equal(stats.attempts, before.attempts, 'the good records still count');
    assert.ok(stats.topics.some((t) => t.attempted > 0));
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
