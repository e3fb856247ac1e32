import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { DrillsApi } from '../../src/extension';
import type { Review } from '../../src/core/model';

async function api(): Promise<DrillsApi> {
  const ext = vscode.extensions.getExtension<DrillsApi>('interview-drills.interview-drills')!;
  return ext.isActive ? ext.exports : ext.activate();
}

const attempt = [
  '/*',
  ' * Clarifying questions:',
  ' *   - can there be duplicate values?',
  ' * Approach:',
  ' *   - one pass with a map from value to index, checking the complement first',
  ' * Complexity: time O(?), space O(?)',
  ' * Edge cases:',
  ' *   - ',
  ' */',
  'function pairWithSum(nums, target) {',
  '  const seen = new Map();',
  '  for (let j = 0; j < nums.length; j++) {',
  '    if (seen.has(target - nums[j])) return [seen.get(target - nums[j]), j];',
  '    seen.set(nums[j], j);',
  '  }',
  '}',
  '',
].join('\n');

suite('Review: inline comment threads', () => {
  suiteSetup(async () => {
    const c = vscode.workspace.getConfiguration('interviewDrills');
    await c.update('practiceFolder', fs.mkdtempSync(path.join(os.tmpdir(), 'drills-review-')), vscode.ConfigurationTarget.Global);
    await c.update('language', 'javascript', vscode.ConfigurationTarget.Global);
    await c.update('review.provider', 'offline', vscode.ConfigurationTarget.Global);
  });
  suiteTeardown(async () => {
    const c = vscode.workspace.getConfiguration('interviewDrills');
    for (const k of ['practiceFolder', 'language', 'review.provider']) await c.update(k, undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('a review puts threads on the remarked lines and never edits the file', async () => {
    const drills = await api();
    await vscode.commands.executeCommand('interviewDrills.startDrill', 'two-sum-indices');
    const drill = drills.sessions.current()!;
    const doc = await vscode.workspace.openTextDocument(drill.solution);
    const editor = await vscode.window.showTextDocument(doc, vscode.ViewColumn.Two);
    await editor.edit((e) => e.replace(new vscode.Range(0, 0, doc.lineCount, 0), attempt));
    await doc.save();
    for (let i = 0; i < 50 && (doc.isDirty || !fs.readFileSync(drill.solution.fsPath, 'utf8').includes('one pass with a map')); i++) await new Promise((r) => setTimeout(r, 100));
    const before = fs.readFileSync(drill.solution.fsPath, 'utf8');
    assert.ok(before.includes('Complexity: time O(?)'));
    const review = (await vscode.commands.executeCommand('interviewDrills.reviewReasoning')) as Review;
    assert.equal(review.provider, 'offline');
    const threads = drills.review.threadsOf(drill.solution);
    assert.match(threads[0]!.comments[0]!, /problem understanding/, 'the summary thread carries the scores');
    const complexity = threads.find((t) => t.line === 6);
    assert.ok(complexity, `a thread on the unfilled complexity line; threads on ${threads.map((t) => t.line).join(',')}`);
    assert.match(complexity.comments.join('\n'), /Essential: No time complexity stated/);
    const edge = threads.find((t) => t.line === 7);
    assert.match(edge?.comments[0] ?? '', /No edge cases listed/);
    assert.equal(fs.readFileSync(drill.solution.fsPath, 'utf8'), before, 'the file is untouched');
  });

  test('reviewing again replaces the threads, and a reply gets an answer from the interviewer', async () => {
    const drills = await api();
    const drill = drills.sessions.current()!;
    const before = drills.review.threadsOf(drill.solution).length;
    await vscode.commands.executeCommand('interviewDrills.reviewReasoning');
    assert.equal(drills.review.threadsOf(drill.solution).length, before, 'old threads are replaced, not piled up');
    const clarifying = drills.review.threadsOf(drill.solution).find((t) => t.line === 2)!;
    assert.ok(clarifying, 'a thread on the clarifying questions');
    const answer = await drills.review.replyAt(drill.solution, 2, 'Can the list be empty?');
    assert.match(answer ?? '', /^Interviewer: No, there are always at least two numbers\./);
    const after = drills.review.threadsOf(drill.solution).find((t) => t.line === 2)!;
    assert.deepEqual(after.comments.slice(-2), ['Can the list be empty?', answer]);
  });

  test('Clear Review Comments removes every thread', async () => {
    const drills = await api();
    const drill = drills.sessions.current()!;
    await vscode.commands.executeCommand('interviewDrills.review.clear');
    assert.equal(drills.review.threadsOf(drill.solution).length, 0);
  });
});

suite('Review: VS Code language models', () => {
  test('the vscode-lm provider streams a review from an installed language model into threads', async () => {
    const models = await vscode.lm.selectChatModels({ vendor: 'drills-fake' });
    assert.equal(models.length, 1, 'the fixture extension provides a language model');
    const drills = await api();
    const c = vscode.workspace.getConfiguration('interviewDrills');
    await c.update('practiceFolder', fs.mkdtempSync(path.join(os.tmpdir(), 'drills-lm-')), vscode.ConfigurationTarget.Global);
    await c.update('language', 'javascript', vscode.ConfigurationTarget.Global);
    await c.update('review.provider', 'vscode-lm', vscode.ConfigurationTarget.Global);
    await c.update('review.languageModelFamily', 'drills-fake', vscode.ConfigurationTarget.Global);
    try {
      await vscode.commands.executeCommand('interviewDrills.startDrill', 'two-sum-indices');
      const drill = drills.sessions.current()!;
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(drill.solution), vscode.ViewColumn.Two);
      const review = (await vscode.commands.executeCommand('interviewDrills.reviewReasoning')) as Review;
      assert.equal(review.error, undefined, review.error);
      assert.equal(review.provider, 'vscode-lm');
      assert.equal(review.summary, 'Reviewed by the fake language model.');
      const threads = drills.review.threadsOf(drill.solution);
      assert.ok(threads.some((t) => t.line === 5 && t.comments.some((x) => /Fake model: explain why/.test(x))), 'the model\'s remark is a thread on its line');
      assert.ok(threads.some((t) => t.comments.some((x) => /No time complexity stated/.test(x))), 'the checklist findings stand beside it');
    } finally {
      for (const k of ['practiceFolder', 'language', 'review.provider', 'review.languageModelFamily']) await c.update(k, undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test('Ask the Interviewer answers from the notes offline, and through the model with the notes when one is chosen', async () => {
    const c = vscode.workspace.getConfiguration('interviewDrills');
    await c.update('practiceFolder', fs.mkdtempSync(path.join(os.tmpdir(), 'drills-ask-')), vscode.ConfigurationTarget.Global);
    await c.update('language', 'javascript', vscode.ConfigurationTarget.Global);
    try {
      await vscode.commands.executeCommand('interviewDrills.startDrill', 'two-sum-indices');
      const offline = (await vscode.commands.executeCommand('interviewDrills.askInterviewer', 'can the list be empty?')) as { answer: string; fromModel: boolean };
      assert.equal(offline.fromModel, false);
      assert.match(offline.answer, /at least two numbers/);
      await c.update('review.provider', 'vscode-lm', vscode.ConfigurationTarget.Global);
      await c.update('review.languageModelFamily', 'drills-fake', vscode.ConfigurationTarget.Global);
      const viaModel = (await vscode.commands.executeCommand('interviewDrills.askInterviewer', 'can the list be empty?')) as { answer: string; fromModel: boolean };
      assert.equal(viaModel.fromModel, true);
      assert.equal(viaModel.answer, 'Fake interviewer: the notes say the list always has two numbers.', 'the model got the interviewer notes as ground truth');
    } finally {
      for (const k of ['practiceFolder', 'language', 'review.provider', 'review.languageModelFamily']) await c.update(k, undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
