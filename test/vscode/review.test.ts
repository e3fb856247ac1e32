import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { Review } from '../../src/core/model';
import type { KeyEndpointQuestion } from '../../src/vscode/review';
import { FakeOpenAI } from '../unit/review/fakeOpenAI';
import { api, noDrillInProgress } from './helpers';

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

const designDoc = [
  '# URL shortener',
  '',
  '## Requirements',
  '- Create short links with an optional custom alias and expiry; redirect with p99 under 50 ms.',
  '- Asked: 100M new links a month with about 100 redirects per link; links expire after 5 years by default.',
  '',
  '## Capacity',
  '- 100M/month ≈ 40 writes/s; 40 × 100 = 4,000 redirects/s on average.',
  '- 3.3M links/day x 500 bytes = ~1.7 GB/day of new data.',
  '',
  '## API',
  '- `POST /v1/links {url, alias?}` → 201, 409 when the alias is taken; `GET /{key}` → 302.',
  '',
  '## Data model',
  '- `links(key PK, long_url, owner_id, expires_at)` in DynamoDB, partitioned by key.',
  '',
  '## Architecture',
  '- Stateless API servers behind a load balancer; each server leases a range of 1M ids and encodes them in base 62.',
  '- Redis in front of DynamoDB for redirects; a click event per redirect goes to Kafka for counting.',
  '',
  '## Scaling and bottlenecks',
  '- Hot links: the Redis cache absorbs them with a hit ratio above 90%, and viral links get a short max-age at the CDN edge.',
  '- DynamoDB is sharded by key, so writes spread evenly across partitions.',
  '',
  '## Trade-offs',
  '- 302 over 301 so that browsers keep coming back and clicks are counted.',
  '',
].join('\n');

suite('Review: inline comment threads', () => {
  suiteSetup(async () => {
    // No drill in progress from an earlier suite (starting another would first offer to record it).
    await noDrillInProgress();
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
    assert.match(threads[0]!.comments[0]!, /^ {4}✓ line 3: "can there be duplicate values\?" — covers the interviewer's note/m, 'under each score, the words it rests on and their line');
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
    assert.match(answer ?? '', /^No, there are always at least two numbers\./, 'the note answers, with no "Interviewer:" label inside the comment (its author already says who speaks)');
    const after = drills.review.threadsOf(drill.solution).find((t) => t.line === 2)!;
    assert.deepEqual(after.comments.slice(-2), ['Can the list be empty?', answer]);
    const why = await drills.review.replyAt(drill.solution, 6, 'Why does this matter?');
    assert.match(why ?? '', /No time complexity stated/, 'a "why" about a remark is answered from the review');
    assert.match(why ?? '', /complexity is 1\/4: not stated/);
    assert.doesNotMatch(why ?? '', /not specified|do not cover/);
  });

  test('verdicts and timings count only for the code they ran: a reasoning edit keeps them, a code edit leaves them out and says so', async function () {
    this.timeout(120_000);
    const drills = await api();
    const drill = drills.sessions.current()!;
    const doc = await vscode.workspace.openTextDocument(drill.solution);
    const replace = async (from: string, to: string): Promise<void> => {
      const at = doc.getText().indexOf(from);
      assert.ok(at >= 0, `"${from}" is in the file`);
      const edit = new vscode.WorkspaceEdit();
      edit.replace(drill.solution, new vscode.Range(doc.positionAt(at), doc.positionAt(at + from.length)), to);
      await vscode.workspace.applyEdit(edit);
      await doc.save();
    };
    const summary = async (): Promise<{ text: string; all: string }> => {
      await vscode.commands.executeCommand('interviewDrills.reviewReasoning');
      const threads = drills.review.threadsOf(drill.solution);
      return { text: threads[0]!.comments[0]!, all: threads.flatMap((t) => t.comments).join('\n') };
    };
    const run = (await vscode.commands.executeCommand('interviewDrills.runTests')) as { verdict: string };
    assert.equal(run.verdict, 'accepted');
    const m = (await vscode.commands.executeCommand('interviewDrills.measureComplexity')) as { message: string } | undefined;
    assert.ok(m, 'measured');
    // The claim is written after the run and the measurement: a comment edit, the code is the same.
    await replace('Complexity: time O(?), space O(?)', 'Complexity: O(n) time, O(n) space');
    assert.match(drills.testing.statusText ?? '', /^\$\(pass\) \d+\/\d+ passed$/, 'a comment edit leaves the run current');
    const kept = await summary();
    assert.match(kept.text, /correctness reasoning \(4\/4\): 100% of the cases run pass/, kept.text);
    assert.match(kept.text, /complexity \(\d\/4\)/);
    assert.doesNotMatch(kept.all, /changed after the last/, 'nothing is called stale after a comment edit');
    // Now the code changes: the run and the measurement were of other code.
    await replace('  const seen = new Map();', '  const seen = new Map();\n  if (nums.length > 1000) return [];');
    assert.match(drills.testing.statusText ?? '', /^\$\(pass\) \d+\/\d+ passed · before your last edit$/, 'the status bar says the last run was of other code');
    const edited = await summary();
    assert.match(edited.text, /correctness reasoning \(2\/4\): tests not run since the code last changed/, edited.text);
    assert.match(edited.text, /complexity \(3\/4\): stated as O\(n\)/, edited.text);
    assert.match(edited.all, /Your code changed after the last test run, so its verdicts do not count here: run the tests again\./);
    assert.match(edited.all, /Your code changed after the last measurement, so it does not count here: run Measure Complexity again to check your O\(n\) claim\./);
    // Running again counts again.
    await vscode.commands.executeCommand('interviewDrills.runTests');
    assert.match(drills.testing.statusText ?? '', /^\$\(pass\) \d+\/\d+ passed$/, 'a new run is of the code as it is');
    const rerun = await summary();
    assert.match(rerun.text, /correctness reasoning \(4\/4\): 100% of the cases run pass/, rerun.text);
    assert.doesNotMatch(rerun.all, /changed after the last test run/);
    // The same drill in another language: that file has no run of its own, and nothing it did not do is called stale.
    fs.writeFileSync(path.join(drill.folder.fsPath, 'solution.py'), '# Complexity: O(n) time\ndef pairWithSum(nums, target):\n    return [0, 1]\n');
    await vscode.workspace.getConfiguration('interviewDrills').update('language', 'python', vscode.ConfigurationTarget.Global);
    for (let i = 0; i < 50 && drills.config.current.language !== 'python'; i++) await new Promise((r) => setTimeout(r, 100));
    await vscode.commands.executeCommand('interviewDrills.startDrill', 'two-sum-indices');
    const py = drills.sessions.current()!;
    assert.match(py.solution.fsPath, /solution\.py$/);
    await vscode.commands.executeCommand('interviewDrills.reviewReasoning');
    const other = drills.review.threadsOf(py.solution);
    assert.match(other[0]!.comments[0]!, /correctness reasoning \(2\/4\): tests not run yet/, other[0]!.comments[0]);
    assert.doesNotMatch(other.flatMap((t) => t.comments).join('\n'), /changed after the last/);
    await vscode.workspace.getConfiguration('interviewDrills').update('language', 'javascript', vscode.ConfigurationTarget.Global);
  });

  test('a design document is scored on substance: sections by meaning, concepts with their lines, estimates with units', async () => {
    const drills = await api();
    // The coding drill reviewed before has work in it: stop its clock so it is not offered for recording.
    drills.timer.stop();
    await vscode.commands.executeCommand('interviewDrills.startDrill', 'url-shortener');
    const drill = drills.sessions.current()!;
    const doc = await vscode.workspace.openTextDocument(drill.solution);
    const editor = await vscode.window.showTextDocument(doc, vscode.ViewColumn.Two);
    await editor.edit((e) => e.replace(new vscode.Range(0, 0, doc.lineCount, 0), designDoc));
    await doc.save();
    const review = (await vscode.commands.executeCommand('interviewDrills.reviewReasoning')) as Review;
    const scaling = review.scores.find((x) => x.dimension === 'scaling')!;
    assert.ok(scaling.score >= 3, `scaling ${scaling.score}/4: ${scaling.why}`);
    assert.match(scaling.why, /line \d+/, 'the score names where its evidence is');
    const threads = drills.review.threadsOf(drill.solution);
    assert.match(threads[0]!.comments[0]!, /scaling \(\d\/4\): \d of \d key ideas named/, 'the summary thread shows scores with their evidence');
    assert.ok(!threads.some((t) => t.comments.some((c) => /Check this arithmetic/.test(c))), 'a correct estimate raises no alarm');
    const remarked = threads[1]!;
    const answer = await drills.review.replyAt(drill.solution, remarked.line, 'Why this score on estimates?');
    assert.match(answer ?? '', /estimates is \d\/4: .*calculations? that add up/, 'a follow-up about a score is answered with its evidence');
  });

  test('Clear Review Comments removes every thread', async () => {
    const drills = await api();
    const drill = drills.sessions.current()!;
    await vscode.commands.executeCommand('interviewDrills.review.clear');
    assert.equal(drills.review.threadsOf(drill.solution).length, 0);
  });
});

suite('Review: VS Code language models', () => {
  suiteSetup(async () => {
    // No drill in progress from an earlier suite (starting another would first offer to record it).
    await noDrillInProgress();
  });

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
      assert.equal(review.summary, 'Reviewed by the fake language model, with the checklist evidence.', 'the model got the checklist\'s scores and evidence in its prompt');
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
      assert.equal(viaModel.answer, 'Fake interviewer: the notes say the list always has two numbers; the review reached me.', 'the model got the interviewer notes and the review as ground truth');
    } finally {
      for (const k of ['practiceFolder', 'language', 'review.provider', 'review.languageModelFamily']) await c.update(k, undefined, vscode.ConfigurationTarget.Global);
    }
  });
});

suite('Review: the stored API key stays with its endpoint', () => {
  const KEY = 'sk-bound-0123456789SECRET';
  let a: FakeOpenAI;
  let b: FakeOpenAI;
  let urlA: string;
  let urlB: string;
  const c = () => vscode.workspace.getConfiguration('interviewDrills');

  suiteSetup(async () => {
    // No drill in progress from an earlier suite (starting another would first offer to record it).
    await noDrillInProgress();
    a = new FakeOpenAI('ok');
    b = new FakeOpenAI('ok');
    urlA = await a.start();
    urlB = await b.start();
    await c().update('practiceFolder', fs.mkdtempSync(path.join(os.tmpdir(), 'drills-key-')), vscode.ConfigurationTarget.Global);
    await c().update('language', 'javascript', vscode.ConfigurationTarget.Global);
    await c().update('review.provider', 'openai', vscode.ConfigurationTarget.Global);
    await c().update('review.baseUrl', urlA, vscode.ConfigurationTarget.Global);
  });
  suiteTeardown(async () => {
    const drills = await api();
    await drills.review.setApiKey(undefined);
    for (const k of ['practiceFolder', 'language', 'review.provider', 'review.baseUrl']) await c().update(k, undefined, vscode.ConfigurationTarget.Global);
    await a.stop();
    await b.stop();
  });

  test('the key goes only to the base URL it was stored for; another one asks first, and "no" sends nothing', async () => {
    const drills = await api();
    const realQuestion = drills.review.confirmKeyEndpoint;
    const asked: KeyEndpointQuestion[] = [];
    let answer = false;
    drills.review.confirmKeyEndpoint = async (q) => {
      asked.push(q);
      return answer;
    };
    try {
      assert.equal(await drills.review.setApiKey(KEY), urlA, 'the key is stored for the endpoint the settings name');
      await vscode.commands.executeCommand('interviewDrills.startDrill', 'two-sum-indices');
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(drills.sessions.current()!.solution), vscode.ViewColumn.Two);
      const first = (await vscode.commands.executeCommand('interviewDrills.reviewReasoning')) as Review;
      assert.equal(first.error, undefined, first.error);
      assert.deepEqual(a.authorizations, [`Bearer ${KEY}`], 'its own endpoint gets the key without a question');
      assert.equal(asked.length, 0);

      await c().update('review.baseUrl', urlB, vscode.ConfigurationTarget.Global);
      const declined = (await vscode.commands.executeCommand('interviewDrills.reviewReasoning')) as Review;
      assert.deepEqual(asked, [{ storedFor: urlA, target: urlB }], 'the question names both endpoints');
      assert.equal(b.requests, 0, '"no" means no request at all: neither the key nor the code went to the other endpoint');
      assert.equal(a.requests, 1);
      assert.equal(declined.provider, 'offline');
      assert.match(declined.note ?? '', /Nothing was sent to http:\/\/127\.0\.0\.1:\d+\/v1: your API key is stored for http:\/\/127\.0\.0\.1:\d+\/v1/);
      const ask = (await vscode.commands.executeCommand('interviewDrills.askInterviewer', 'can the list be empty?')) as { fromModel: boolean };
      assert.equal(ask.fromModel, false, 'Ask the Interviewer also stays offline after a "no"');
      assert.equal(b.requests, 0);

      answer = true;
      const consented = (await vscode.commands.executeCommand('interviewDrills.reviewReasoning')) as Review;
      assert.equal(consented.error, undefined, consented.error);
      assert.deepEqual(b.authorizations, [`Bearer ${KEY}`], 'after a "yes" the key goes to the new endpoint');
      await vscode.commands.executeCommand('interviewDrills.reviewReasoning');
      assert.equal(asked.length, 3, 'and it is now bound there: no second question for it');

      await c().update('review.baseUrl', urlA, vscode.ConfigurationTarget.Global);
      answer = false;
      await vscode.commands.executeCommand('interviewDrills.reviewReasoning');
      assert.deepEqual(asked[asked.length - 1], { storedFor: urlB, target: urlA }, 'going back to the first endpoint asks again');
      assert.equal(a.requests, 1);
    } finally {
      drills.review.confirmKeyEndpoint = realQuestion;
    }
  });
});
