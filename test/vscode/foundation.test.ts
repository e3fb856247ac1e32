import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { TOPICS } from '../../src/core/model';
import { api } from './helpers';

function tabLabels(): string[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs.map((t) => t.label));
}

async function until<T>(what: string, probe: () => T | undefined | false, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

suite('Foundation: sidebar, Start Drill, prompt, solution, timer', () => {
  let practice: string;

  suiteSetup(async () => {
    practice = fs.mkdtempSync(path.join(os.tmpdir(), 'drills-practice-'));
    const config = vscode.workspace.getConfiguration('interviewDrills');
    await config.update('practiceFolder', practice, vscode.ConfigurationTarget.Global);
    await config.update('language', 'python', vscode.ConfigurationTarget.Global);
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const config = vscode.workspace.getConfiguration('interviewDrills');
    await config.update('practiceFolder', undefined, vscode.ConfigurationTarget.Global);
    await config.update('language', undefined, vscode.ConfigurationTarget.Global);
  });

  test('activates and loads the built-in questions for all seven topics', async () => {
    const drills = await api();
    for (const topic of TOPICS) assert.ok(drills.questions.bank.byTopic(topic).length >= 2, `at least two ${topic} questions`);
  });

  test('the Topics tree lists the seven topics with their counts, and questions under them', async () => {
    const drills = await api();
    const roots = drills.tree.getChildren().filter((n) => n.type === 'topic');
    assert.deepEqual(roots.map((n) => (n.type === 'topic' ? n.topic : '')), [...TOPICS]);
    const first = roots[0]!;
    const item = drills.tree.getTreeItem(first);
    assert.equal(item.label, 'API Design & REST');
    assert.equal(item.description, String(drills.questions.bank.byTopic('api-design').length));
    const children = drills.tree.getChildren(first);
    assert.ok(children.length >= 2);
    const child = drills.tree.getTreeItem(children[0]!);
    assert.equal(child.command?.command, 'interviewDrills.startDrill');
    assert.match(String(child.description), /^(easy|medium|hard) · /);
  });

  test('Start Drill opens the prompt tab, a scaffolded solution beside it, and starts the timer', async () => {
    const drills = await api();
    const q = drills.questions.bank.byTopic('algorithms').find((x) => x.kind === 'coding')!;
    await vscode.commands.executeCommand('interviewDrills.startDrill', q.id);
    await until('the prompt tab', () => tabLabels().includes(q.title));
    const promptTab = vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.label === q.title)!;
    assert.ok(promptTab.input instanceof vscode.TabInputWebview, 'the prompt is a webview tab');
    const editor = await until('the solution editor', () => vscode.window.visibleTextEditors.find((e) => e.document.uri.fsPath.endsWith(path.join(q.id, 'solution.py'))));
    assert.equal(editor.viewColumn, vscode.ViewColumn.Two, 'the solution opens beside the prompt');
    // VS Code guesses the indentation from the file: new Python code is indented as the starter's body.
    assert.deepEqual([editor.options.insertSpaces, editor.options.tabSize], [true, 4], 'the Python starter reads as indented by four spaces');
    const text = editor.document.getText();
    for (const heading of ['Clarifying questions', 'Approach', 'Complexity', 'Edge cases', 'Trade-offs']) assert.ok(text.includes(heading), heading);
    assert.ok(text.includes(`def ${q.function ?? ''}`) || text.includes(`class ${q.className ?? ''}`), 'the starter has the entry point');
    assert.equal(drills.timer.current?.questionId, q.id);
    assert.ok(drills.timer.current?.runningSince !== undefined, 'the timer is running');
    assert.equal(drills.sessions.current()?.question.id, q.id);
  });

  test('starting the same drill again reopens the file and never overwrites the work', async () => {
    const drills = await api();
    const q = drills.questions.bank.byTopic('algorithms').find((x) => x.kind === 'coding')!;
    const file = path.join(practice, q.id, 'solution.py');
    fs.writeFileSync(file, '# my own work\n');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('interviewDrills.startDrill', q.id);
    // The closed editor's document may still be in memory: it shows the file once VS Code has read it again.
    const editor = await until('the solution editor with the work in it', () => vscode.window.visibleTextEditors.find((e) => e.document.uri.fsPath === file && e.document.getText() === '# my own work\n'));
    assert.equal(editor.document.getText(), '# my own work\n');
    assert.equal(fs.readFileSync(file, 'utf8'), '# my own work\n');
  });

  test('system-design and behavioral drills open a design doc and a STAR answer', async () => {
    const drills = await api();
    const design = drills.questions.bank.byTopic('system-design')[0]!;
    // The coding drill before has work in it; without its timer running it is no attempt in progress.
    drills.timer.stop();
    await vscode.commands.executeCommand('interviewDrills.startDrill', design.id);
    const doc = await until('design.md', () => vscode.window.visibleTextEditors.find((e) => e.document.uri.fsPath.endsWith(path.join(design.id, 'design.md'))));
    assert.match(doc.document.getText(), /## Requirements[\s\S]*## Estimates[\s\S]*## Data model/);
    const star = drills.questions.bank.byTopic('behavioral')[0]!;
    await vscode.commands.executeCommand('interviewDrills.startDrill', star.id);
    const answer = await until('answer.md', () => vscode.window.visibleTextEditors.find((e) => e.document.uri.fsPath.endsWith(path.join(star.id, 'answer.md'))));
    assert.match(answer.document.getText(), /## Situation[\s\S]*## Task[\s\S]*## Action[\s\S]*## Result/);
  });

  test('Show Reference Solution waits for an attempt, then opens the reference beside the work', async () => {
    const drills = await api();
    const q = drills.questions.bank.byTopic('algorithms').find((x) => x.kind === 'coding' && x.solutions.python && !fs.existsSync(path.join(practice, x.id)))!;
    await vscode.commands.executeCommand('interviewDrills.startDrill', q.id);
    const editor = await until('the solution editor', () => vscode.window.visibleTextEditors.find((e) => e.document.uri.fsPath.endsWith(path.join(q.id, 'solution.py'))));
    assert.equal(await vscode.commands.executeCommand('interviewDrills.showReferenceSolution'), 'not-attempted', 'an untouched starter is not an attempt');
    assert.ok(!tabLabels().includes('solution.py') || vscode.window.visibleTextEditors.every((e) => !e.document.uri.fsPath.includes(`${path.sep}questions${path.sep}`)), 'no reference opened');
    await editor.edit((b) => b.insert(new vscode.Position(editor.document.lineCount, 0), '\n# my attempt: a hash map of seen values\n'));
    const opened = (await vscode.commands.executeCommand('interviewDrills.showReferenceSolution')) as vscode.Uri;
    const reference = await until('the reference editor', () => vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === opened.toString()));
    const onDisk = path.join(vscode.extensions.getExtension('interview-drills.interview-drills')!.extensionPath, 'questions', 'algorithms', q.id, 'solution.py');
    assert.equal(reference.document.getText(), fs.readFileSync(onDisk, 'utf8'), 'it shows the reference');
    assert.notEqual(opened.scheme, 'file', 'not the extension folder\'s file');
    assert.equal(reference.document.languageId, 'python');
    assert.notEqual(vscode.workspace.fs.isWritableFileSystem(opened.scheme), true, 'nothing can be saved to it');
    await reference.edit((b) => b.insert(new vscode.Position(0, 0), '# changed\n')).then(undefined, () => false);
    assert.equal(fs.readFileSync(onDisk, 'utf8').startsWith('# changed'), false, 'an edit never reaches the extension\'s own file');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await editor.document.save();
  });

  test('Questions to Ask Your Interviewer opens the bundled list as a Markdown preview', async () => {
    const uri = (await vscode.commands.executeCommand('interviewDrills.questionsToAsk')) as string;
    assert.match(uri, /questions-to-ask\.md$/);
    await until('the preview tab', () => tabLabels().some((l) => /questions-to-ask\.md/.test(l) && /Preview/i.test(l)));
    const text = fs.readFileSync(vscode.Uri.parse(uri).fsPath, 'utf8');
    assert.match(text, /# Questions to ask your interviewer[\s\S]*on-call[\s\S]*Think out loud[\s\S]*STAR/);
  });

  test('the timer pauses, resumes and resets through its commands', async () => {
    const drills = await api();
    await vscode.commands.executeCommand('interviewDrills.timer.pause');
    assert.equal(drills.timer.current?.runningSince, undefined);
    assert.equal(drills.timer.current?.pauses, 1);
    await vscode.commands.executeCommand('interviewDrills.timer.resume');
    assert.ok(drills.timer.current?.runningSince !== undefined);
    await vscode.commands.executeCommand('interviewDrills.timer.reset');
    assert.equal(drills.timer.current?.pauses, 0);
  });

  test('the timer marks the drill kind\'s own phases: a design drill has no code or test phase', async () => {
    const drills = await api();
    const coding = drills.timer.render();
    assert.deepEqual(coding?.phases.map((p) => p.phase), ['clarify', 'approach', 'code', 'test', 'review']);
    assert.match(drills.timer.statusText ?? '', /^\$\((watch|debug-pause)\) \d+:\d\d$/, 'time left, no sign');
    const design = drills.questions.bank.all().find((q) => q.kind === 'system-design')!;
    // Another running drill with work in it: Start Drill asks before leaving it; dismissing the question stays on it.
    const running = drills.sessions.current()!;
    const starting = vscode.commands.executeCommand('interviewDrills.startDrill', design.id);
    await until('the question about the running drill', () => drills.ask.current?.title.includes('still running'));
    assert.deepEqual(drills.ask.current?.labels, ['Finish and record it', 'Leave it unrecorded', 'Keep working on it']);
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.equal(await starting, undefined, 'nothing started');
    assert.equal(drills.sessions.current()?.question.id, running.question.id, 'the running drill is kept');
    drills.timer.stop();
    await vscode.commands.executeCommand('interviewDrills.startDrill', design.id);
    await until('the design drill\'s timer', () => drills.timer.current?.questionId === design.id);
    const phases = drills.timer.render()?.phases.map((p) => p.phase) ?? [];
    assert.deepEqual(phases, ['requirements', 'estimates', 'high-level', 'deep dives', 'trade-offs']);
    assert.ok(!/code|test/.test(drills.timer.render() ? `${drills.timer.statusText} ${phases.join(' ')}` : 'none'));
  });

  test('Random Drill within a topic starts a drill of that topic', async () => {
    const drills = await api();
    const started = (await vscode.commands.executeCommand('interviewDrills.randomDrill', 'databases')) as { question: { topic: string } } | undefined;
    assert.equal(started?.question.topic, 'databases');
    assert.equal(drills.sessions.current()?.question.topic, 'databases');
  });

  test('Reload Questions picks up a workspace pack in a trusted workspace', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the test rig opens a folder');
    assert.equal(vscode.workspace.isTrusted, true);
    const drills = await api();
    const dir = path.join(folder.uri.fsPath, '.drills');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'team-question.yaml'), 'id: team-question\ntitle: Team Question\ntopic: behavioral\nkind: behavioral\ndifficulty: easy\nminutes: 5\nprompt: Tell us about your team.\n');
    try {
      const count = (await vscode.commands.executeCommand('interviewDrills.reloadQuestions')) as number;
      assert.equal(drills.questions.bank.byId('team-question')?.source, 'workspace');
      assert.equal(count, drills.questions.bank.size);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      await vscode.commands.executeCommand('interviewDrills.reloadQuestions');
    }
  });
});
