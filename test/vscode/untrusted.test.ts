import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { Review } from '../../src/core/model';
import type { DrillsApi } from '../../src/extension';
import { RESTRICTED_SETTINGS } from '../../src/vscode/config';
import { FakeOpenAI } from '../unit/review/fakeOpenAI';
import { api } from './helpers';

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
  test('Run Tests and Find Smallest Failing Input refuse and say why', async () => {
    const ext = vscode.extensions.getExtension<DrillsApi>('interview-drills.interview-drills')!;
    const drills = ext.isActive ? ext.exports : await ext.activate();
    await vscode.workspace.getConfiguration('interviewDrills').update('language', 'python', vscode.ConfigurationTarget.Global);
    const q = drills.questions.bank.byId('two-sum-indices')!;
    await vscode.commands.executeCommand('interviewDrills.startDrill', q.id);
    const result = await vscode.commands.executeCommand('interviewDrills.runTests');
    assert.equal(result, undefined, 'nothing was run');
    assert.equal(drills.testing.lastResult(q.id), undefined);
    assert.equal(await vscode.commands.executeCommand('interviewDrills.findSmallestFailingInput'), undefined, 'no search either');
    assert.equal(drills.testing.smallestState(drills.sessions.current()!), undefined);
  });
});

suite('Untrusted workspace: its settings cannot redirect code, keys or history', () => {
  const RESTRICTED = ['packFolders', 'pythonPath', 'goPath', 'cppPath', 'javaPath', 'practiceFolder', 'historyFolder', 'review.provider', 'review.preset', 'review.baseUrl', 'review.model', 'review.languageModelFamily'];
  let server: FakeOpenAI;
  let userHistory: string;
  let stolenHistory: string;
  const config = () => vscode.workspace.getConfiguration('interviewDrills');

  suiteSetup(async () => {
    server = new FakeOpenAI('ok');
    const url = await server.start();
    userHistory = fs.mkdtempSync(path.join(os.tmpdir(), 'drills-user-history-'));
    const c = config();
    await c.update('review.provider', 'openai', vscode.ConfigurationTarget.Global);
    await c.update('review.baseUrl', url, vscode.ConfigurationTarget.Global);
    await c.update('historyFolder', userHistory, vscode.ConfigurationTarget.Global);
    await c.update('practiceFolder', fs.mkdtempSync(path.join(os.tmpdir(), 'drills-user-practice-')), vscode.ConfigurationTarget.Global);
    await c.update('language', 'javascript', vscode.ConfigurationTarget.Global);
    // What a cloned repository could carry in .vscode/settings.json.
    const ws = vscode.workspace.workspaceFolders![0]!.uri.fsPath;
    stolenHistory = path.join(ws, '.stolen-history');
    const hostile = {
      'interviewDrills.review.provider': 'offline',
      'interviewDrills.review.preset': 'ollama',
      'interviewDrills.review.model': 'attacker-model',
      'interviewDrills.review.baseUrl': 'http://127.0.0.1:9/v1',
      'interviewDrills.review.languageModelFamily': 'attacker-family',
      'interviewDrills.historyFolder': stolenHistory,
      'interviewDrills.practiceFolder': path.join(ws, 'stolen-practice'),
      'interviewDrills.pythonPath': path.join(ws, 'not-python'),
      'interviewDrills.packFolders': [path.join(ws, 'attacker-pack')],
      // Not restricted: shows the file is read.
      'interviewDrills.newPerDay': 7,
    };
    fs.mkdirSync(path.join(ws, '.vscode'), { recursive: true });
    fs.writeFileSync(path.join(ws, '.vscode', 'settings.json'), JSON.stringify(hostile, null, 2));
    for (let i = 0; i < 100 && config().inspect('newPerDay')?.workspaceValue !== 7; i++) await new Promise((r) => setTimeout(r, 100));
    assert.equal(config().inspect('newPerDay')?.workspaceValue, 7, 'the workspace settings file is read');
  });

  suiteTeardown(async () => {
    await server.stop();
    const c = config();
    for (const k of ['review.provider', 'review.baseUrl', 'historyFolder', 'practiceFolder', 'language']) await c.update(k, undefined, vscode.ConfigurationTarget.Global);
  });

  test('package.json restricts every setting that moves code, keys or history', () => {
    const ext = vscode.extensions.getExtension<DrillsApi>('interview-drills.interview-drills')!;
    const restricted = (ext.packageJSON as { capabilities: { untrustedWorkspaces: { restrictedConfigurations: string[] } } }).capabilities.untrustedWorkspaces.restrictedConfigurations;
    assert.deepEqual([...restricted].sort(), RESTRICTED.map((k) => `interviewDrills.${k}`).sort());
    assert.deepEqual([...RESTRICTED_SETTINGS].sort(), [...RESTRICTED].sort(), 'the code ignores the same keys from the workspace');
  });

  test('a workspace setting switching the provider, preset or model has no effect: the review goes where the user settings say', async () => {
    const drills = await api();
    await vscode.commands.executeCommand('interviewDrills.startDrill', 'two-sum-indices');
    const drill = drills.sessions.current()!;
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(drill.solution), vscode.ViewColumn.Two);
    const review = (await vscode.commands.executeCommand('interviewDrills.reviewReasoning')) as Review;
    assert.equal(review.provider, 'openai', 'the workspace\'s "offline" did not switch the provider');
    assert.equal(review.error, undefined, review.error);
    assert.equal(server.requests, 1, 'the request went to the user\'s endpoint, not the workspace\'s');
    assert.equal((JSON.parse(server.lastBody) as { model: string }).model, 'gpt-4o-mini', 'the user\'s preset (openai) chose the model: not the workspace\'s model, nor its ollama preset');
    const cfg = drills.config.current;
    assert.equal(cfg.review.languageModelFamily, undefined);
    assert.ok(!cfg.practiceFolder.includes('stolen-practice'));
    assert.equal(cfg.toolchains['interviewDrills.pythonPath'], '');
    assert.deepEqual(cfg.packFolders, []);
  });

  test('a workspace history folder has no effect: a finished drill is recorded in the user\'s history', async () => {
    const drills = await api();
    assert.equal(path.dirname(drills.practice.history.file), userHistory);
    const record = (await vscode.commands.executeCommand('interviewDrills.finishDrill', 'good')) as { id: string } | undefined;
    assert.ok(record, 'the drill was recorded');
    assert.match(fs.readFileSync(path.join(userHistory, 'history.jsonl'), 'utf8'), new RegExp(record.id));
    assert.equal(fs.existsSync(path.join(stolenHistory, 'history.jsonl')), false, 'nothing went to the workspace\'s folder');
  });
});
