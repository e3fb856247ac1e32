import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { RunResult } from '../../src/core/model';
import { RUNTIMES } from '../../src/core/runtimes';
import { api, noDrillInProgress } from './helpers';

/** The built-in drill's own folder in this checkout (its reference solutions live there). */
function drillFile(name: string): string {
  return path.resolve(__dirname, '..', '..', '..', 'questions', 'algorithms', 'two-sum-indices', name);
}

// The compiled languages in real VS Code: Start Drill in the chosen language gives a starter in its
// conventions, Run and Submit compile it once and judge it, a compile error points at its line.
const LANGUAGES = [
  { id: 'java', file: 'Solution.java', reference: 'Solution.java', broken: 'class Solution {\n  public int[] pairWithSum(int[] nums, int target) {\n    return nums\n  }\n}\n', brokenLine: 3 },
  { id: 'go', file: 'solution.go', reference: 'solution.go', broken: 'func pairWithSum(nums []int, target int) []int {\n  return nums +\n}\n', brokenLine: 3 },
  { id: 'cpp', file: 'solution.cpp', reference: 'solution.cpp', broken: 'class Solution {\npublic:\n  vector<int> pairWithSum(vector<int>& nums, int target) {\n    return nums\n  }\n};\n', brokenLine: 5 },
] as const;

suite('Compiled languages in the Test Explorer', () => {
  suiteTeardown(async () => {
    const c = vscode.workspace.getConfiguration('interviewDrills');
    await c.update('practiceFolder', undefined, vscode.ConfigurationTarget.Global);
    await c.update('language', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  for (const lang of LANGUAGES) {
    test(`${lang.id}: Start Drill writes a starter, Run and Submit judge the reference, a compile error names its line`, async function () {
      this.timeout(240_000);
      // No drill in progress (starting another would first offer to record it).
      const drills = await noDrillInProgress();
      // A folder of its own: another language's solution there would make Start Drill ask which to open.
      const c = vscode.workspace.getConfiguration('interviewDrills');
      await c.update('practiceFolder', fs.mkdtempSync(path.join(os.tmpdir(), `drills-${lang.id}-`)), vscode.ConfigurationTarget.Global);
      await c.update('language', lang.id, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('interviewDrills.startDrill', 'two-sum-indices');
      const drill = drills.sessions.current();
      assert.equal(drill?.question.id, 'two-sum-indices');
      assert.equal(path.basename(drill.solution.fsPath), lang.file);
      const doc = await vscode.workspace.openTextDocument(drill.solution);
      assert.match(doc.getText(), /pairWithSum/, 'the starter declares the entry point');
      const editor = await vscode.window.showTextDocument(doc, vscode.ViewColumn.Two);

      const put = async (code: string) => {
        await editor.edit((e) => e.replace(new vscode.Range(0, 0, doc.lineCount, 0), code));
        await doc.save();
      };
      await put(fs.readFileSync(drillFile(lang.reference), 'utf8'));
      const run = (await vscode.commands.executeCommand('interviewDrills.runTests')) as RunResult;
      assert.equal(run.verdict, 'accepted', JSON.stringify(run.cases.find((c) => c.verdict !== 'accepted') ?? run));
      // The editor starts the process for the next run of the same program once a run has ended.
      const standby = drills.judge.standby;
      assert.ok(standby, "the editor's judge starts processes ahead");
      await standby.settled();
      const waiting = standby.waitingPid;
      assert.ok(waiting !== undefined && fs.existsSync(`/proc/${waiting}`), 'a process waits for the next run');
      const submit = (await vscode.commands.executeCommand('interviewDrills.submit')) as RunResult;
      assert.equal(submit.verdict, 'accepted');
      assert.ok(submit.cases.some((c) => c.hidden), 'Submit ran the hidden cases');
      await standby.settled();
      assert.ok(standby.waitingPid !== undefined && standby.waitingPid !== waiting, 'after Submit a new process waits for the next run');

      await put(lang.broken);
      const failed = (await vscode.commands.executeCommand('interviewDrills.runTests')) as RunResult;
      assert.equal(failed.verdict, 'compile-error');
      const line = failed.cases[0]?.line;
      assert.equal(line, lang.brokenLine, JSON.stringify(failed).slice(0, 600));
      assert.equal(drills.testing.statusText, `$(error) Compile error on line ${lang.brokenLine}`, 'the status bar says what happened, not "0/N passed"');
    });
  }
});

// VS Code guesses a file's indentation from its lines; a starter whose comments are indented unlike
// its code would have the editor indent new code out of line with the starter's body.
suite('Starters in the editor', () => {
  teardown(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  test('every language\'s starter reads as indented like its own body, for a function and a design class', async () => {
    const drills = await api();
    const wrong: string[] = [];
    let checked = 0;
    for (const id of ['two-sum-indices', 'lru-response-cache']) {
      const q = drills.questions.bank.byId(id)!;
      for (const r of Object.values(RUNTIMES)) {
        if (r.supports(q) !== true) continue;
        const text = r.starter(q);
        // One step of indentation: from the entry point's line to the first line of code indented
        // under it. An empty body (a JavaScript function) leaves the editor's own default, which
        // nothing in the file contradicts.
        const lines = text.split('\n');
        const at = r.entryLine(text, q)!;
        const lead = (l: string): number => /^\s*/.exec(l)![0].length;
        const entry = lead(lines[at - 1]!);
        const body = lines.slice(at).find((l) => l.trim() !== '' && lead(l) > entry && !/^\s*(\/?\*|\/\/|#)/.test(l));
        if (!body) continue;
        const expected = body.startsWith('\t') ? 'tabs' : `${lead(body) - entry} spaces`;
        const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: r.id, content: text }));
        const seen = editor.options.insertSpaces ? `${String(editor.options.tabSize)} spaces` : 'tabs';
        checked++;
        if (seen !== expected) wrong.push(`${r.label} ${id}: the starter's code is indented by ${expected}, the editor guessed ${seen}`);
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      }
    }
    assert.ok(checked >= 9, `checked ${checked} starters`);
    assert.deepEqual(wrong, []);
  });
});
