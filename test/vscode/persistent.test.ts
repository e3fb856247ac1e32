import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { Review, RunResult } from '../../src/core/model';
import { api, noDrillInProgress, startWith } from './helpers';

async function lenses(uri: vscode.Uri): Promise<vscode.CodeLens[]> {
  return (await vscode.commands.executeCommand('vscode.executeCodeLensProvider', uri)) as vscode.CodeLens[];
}

/** Waits until the question on screen offers `label`. */
async function asked(drills: Awaited<ReturnType<typeof api>>, label: string, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!drills.ask.current?.labels.includes(label)) {
    if (Date.now() > end) throw new Error(`no question offering "${label}" appeared (on screen: ${JSON.stringify(drills.ask.current)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const solved = [
  '/*',
  ' * Complexity: time O(n), space O(n)',
  ' */',
  'function pairWithSum(nums, target) {',
  '  const seen = new Map();',
  '  for (let j = 0; j < nums.length; j++) {',
  '    if (seen.has(target - nums[j])) return [seen.get(target - nums[j]), j];',
  '    if (!seen.has(nums[j])) seen.set(nums[j], j);',
  '  }',
  '}',
  '',
].join('\n');

suite('Messages that stay: answers, measurements and the finish offer live on the drill', () => {
  let history: string;
  suiteSetup(async () => {
    // No drill in progress from an earlier suite (starting another would first offer to record it).
    await noDrillInProgress();
    const c = vscode.workspace.getConfiguration('interviewDrills');
    history = fs.mkdtempSync(path.join(os.tmpdir(), 'drills-stay-history-'));
    await c.update('practiceFolder', fs.mkdtempSync(path.join(os.tmpdir(), 'drills-stay-')), vscode.ConfigurationTarget.Global);
    await c.update('historyFolder', history, vscode.ConfigurationTarget.Global);
    await c.update('language', 'javascript', vscode.ConfigurationTarget.Global);
  });
  suiteTeardown(async () => {
    const c = vscode.workspace.getConfiguration('interviewDrills');
    for (const k of ['practiceFolder', 'historyFolder', 'language']) await c.update(k, undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('the interviewer\'s answer is kept in the prompt tab', async () => {
    const drills = await api();
    await startWith(drills, 'two-sum-indices', solved);
    const reply = (await vscode.commands.executeCommand('interviewDrills.askInterviewer', 'Can there be duplicate values?')) as { answer: string };
    assert.match(reply.answer, /same value can appear more than once/);
    assert.deepEqual(drills.journal.get('two-sum-indices').asked.map((a) => [a.question, a.answer]), [['Can there be duplicate values?', reply.answer]]);
    const deadline = Date.now() + 10_000;
    while (!drills.prompts.rendered('two-sum-indices')?.asked.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    assert.deepEqual(drills.prompts.rendered('two-sum-indices')?.asked, [{ question: 'Can there be duplicate values?', answer: reply.answer, fromModel: false }], 'the prompt tab shows it');
  });

  test('Measure Complexity\'s verdict stays above the function until the next measurement', async function () {
    this.timeout(120_000);
    const drills = await api();
    const drill = drills.sessions.current()!;
    const m = (await vscode.commands.executeCommand('interviewDrills.measureComplexity')) as { message: string; claimed?: string; agrees?: boolean } | undefined;
    assert.ok(m, 'measured');
    assert.equal(m.claimed, 'O(n)');
    const measured = drills.journal.get('two-sum-indices').measured;
    assert.equal(measured?.message, m.message);
    const lens = (await lenses(drill.solution)).find((l) => /Measured/.test(l.command?.title ?? ''));
    assert.ok(lens, 'a CodeLens line keeps the result');
    assert.match(lens.command!.title, /^\$\(graph-line\) Measured .+, you claimed O\(n\)/);
    assert.ok(lens.command!.title.endsWith(`${m.agrees ? ' ✓' : m.agrees === false ? ' ✗' : ''} · measure again`), lens.command!.title);
    assert.equal(lens.range.start.line, 3, 'on the function line');
  });

  test('a Submit that passes puts the finish offer on the drill; the offer finishes the drill it names', async () => {
    const drills = await api();
    const submit = (await vscode.commands.executeCommand('interviewDrills.submit')) as RunResult;
    assert.equal(submit.verdict, 'accepted');
    const drill = drills.sessions.current()!;
    const row = await lenses(drill.solution);
    const offer = row.find((l) => l.command?.command === 'interviewDrills.finishDrill');
    assert.equal(offer?.command?.title, `$(pass-filled) All ${submit.cases.length} cases pass: Finish and rate`);
    // A row of lenses does not wrap: the offer comes right after the test lenses, before it could be cut off.
    assert.deepEqual(row.slice(0, 3).map((l) => l.command?.command), ['interviewDrills.runTests', 'interviewDrills.submit', 'interviewDrills.finishDrill']);
    assert.deepEqual(offer?.command?.arguments, [{ questionId: 'two-sum-indices' }]);
    assert.equal(drills.prompts.rendered('two-sum-indices')?.offer, `All ${submit.cases.length} cases pass`, 'the prompt tab offers it too');

    // Another drill starts (the first one's clock stopped, so it is not offered for recording again); the offer still names the first one.
    drills.timer.stop();
    await vscode.commands.executeCommand('interviewDrills.startDrill', 'min-stack');
    assert.equal(drills.sessions.current()?.question.id, 'min-stack');
    const record = (await vscode.commands.executeCommand('interviewDrills.finishDrill', { ...(offer!.command!.arguments![0] as object), rating: 'good' })) as { questionId: string; language: string } | undefined;
    assert.equal(record?.questionId, 'two-sum-indices', 'Finish from the offer finishes the drill it names, not the current one');
    assert.equal(record?.language, 'javascript');
    assert.equal(drills.sessions.current()?.question.id, 'min-stack', 'and leaves the current drill alone');

    assert.equal(drills.journal.get('two-sum-indices').offer, undefined, 'the offer is gone once taken');
  });

  test('a failing run withdraws the offer', async () => {
    const drills = await api();
    await startWith(drills, 'two-sum-indices', solved);
    await vscode.commands.executeCommand('interviewDrills.submit');
    assert.ok(drills.journal.get('two-sum-indices').offer);
    await startWith(drills, 'two-sum-indices', 'function pairWithSum() { return [0, 0]; }\n');
    await vscode.commands.executeCommand('interviewDrills.runTests');
    assert.equal(drills.journal.get('two-sum-indices').offer, undefined);
    const finish = (await lenses(drills.sessions.current()!.solution)).find((l) => l.command?.command === 'interviewDrills.finishDrill');
    assert.equal(finish?.command?.title, '$(pass) Finish');
  });

  test('a code edit after a passing Submit hides the offer until the code is the one that passed', async () => {
    const drills = await api();
    const editor = await startWith(drills, 'two-sum-indices', solved);
    await vscode.commands.executeCommand('interviewDrills.submit');
    const drill = drills.sessions.current()!;
    const finishTitle = async (): Promise<string | undefined> => (await lenses(drill.solution)).find((l) => l.command?.command === 'interviewDrills.finishDrill')?.command?.title;
    assert.match((await finishTitle()) ?? '', /^\$\(pass-filled\) All \d+ cases pass: Finish and rate$/);
    // A reasoning comment changes nothing.
    await editor.edit((e) => e.insert(new vscode.Position(1, 0), ' * Edge cases: a pair of equal values\n'));
    assert.match((await finishTitle()) ?? '', /Finish and rate$/);
    const end = editor.document.lineCount;
    await editor.edit((e) => e.insert(new vscode.Position(end, 0), 'const unused = 1;\n'));
    assert.equal(await finishTitle(), '$(pass) Finish', 'the pass was of other code');
    assert.equal(drills.prompts.rendered('two-sum-indices')?.offer, undefined, 'nor does the prompt tab offer it');
    assert.ok(drills.journal.get('two-sum-indices').offer, 'the offer itself is kept');
    // A Run of the edited code passes its visible cases; the hidden ones never ran on it.
    const run = (await vscode.commands.executeCommand('interviewDrills.runTests')) as RunResult;
    assert.equal(run.verdict, 'accepted');
    assert.equal(await finishTitle(), '$(pass) Finish', 'a Run does not earn the Submit\'s offer back');
    assert.equal(drills.prompts.rendered('two-sum-indices')?.offer, undefined);
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('undo');
    assert.match((await finishTitle()) ?? '', /Finish and rate$/, 'the code is the one that passed again');
    assert.match(drills.prompts.rendered('two-sum-indices')?.offer ?? '', /^All \d+ cases pass$/);
  });

  test('finishing after a code edit records no verdicts for code that did not run, and offers to submit it first', async () => {
    const drills = await api();
    const editor = await startWith(drills, 'two-sum-indices', solved);
    const passed = (await vscode.commands.executeCommand('interviewDrills.submit')) as RunResult;
    assert.equal(passed.verdict, 'accepted');
    const offeredAt = drills.journal.get('two-sum-indices').offer!.at;
    const edit = async (): Promise<void> => {
      const end = editor.document.lineCount;
      await editor.edit((e) => e.insert(new vscode.Position(end, 0), `const unused${end} = 1;\n`));
    };
    await edit();
    const finishing = vscode.commands.executeCommand('interviewDrills.finishDrill') as Thenable<{ verdicts: Record<string, number>; submitVerdict?: string } | undefined>;
    await asked(drills, '$(play) Submit first');
    assert.match(drills.ask.current!.placeholder, new RegExp(`^Code changed after the last run \\(${passed.cases.length}/${passed.cases.length} passed\\): not recorded\\. Suggested: again\\.`));
    await drills.ask.answer('$(play) Submit first');
    // The Submit ran on the code as it is, and the rating is asked again with its results.
    await asked(drills, 'Good');
    assert.ok(!drills.ask.current!.labels.includes('$(play) Submit first'));
    assert.match(drills.ask.current!.placeholder, /^Suggested: (good|easy)\./);
    await drills.ask.answer('Good');
    const submitted = await finishing;
    assert.equal(submitted?.submitVerdict, 'accepted');
    assert.deepEqual(submitted?.verdicts, { accepted: passed.cases.length });
    // Rated straight away after another edit: the earlier run is left out of the record.
    await edit();
    const rated = (await vscode.commands.executeCommand('interviewDrills.finishDrill', 'hard')) as { verdicts: Record<string, number>; submitVerdict?: string } | undefined;
    assert.deepEqual(rated?.verdicts, {}, 'no verdicts for code that never ran');
    assert.equal(rated?.submitVerdict, undefined);
    // The first Submit's notification can still be on screen: its button records nothing more.
    const attempts = drills.practice.history.read().records.length;
    assert.equal(await vscode.commands.executeCommand('interviewDrills.finishDrill', { questionId: 'two-sum-indices', offer: offeredAt, rating: 'good' }), undefined);
    assert.equal(drills.practice.history.read().records.length, attempts);
  });

  test('finishing code that never ran says so, offers Submit first, and records no verdicts', async () => {
    const drills = await noDrillInProgress();
    await startWith(drills, 'merge-booking-intervals', '// not run yet\n');
    const finishing = vscode.commands.executeCommand('interviewDrills.finishDrill') as Thenable<{ verdicts: Record<string, number>; rating: string } | undefined>;
    await asked(drills, '$(play) Submit first');
    assert.match(drills.ask.current!.placeholder, /^No run of this code yet\. Suggested: again\./);
    await drills.ask.answer('Again');
    const record = await finishing;
    assert.equal(record?.rating, 'again');
    assert.deepEqual(record?.verdicts, {});
  });

  test('a reviewed design doc is offered for finishing only once something in it earned a point', async () => {
    const drills = await api();
    drills.timer.stop();
    await vscode.commands.executeCommand('interviewDrills.startDrill', 'url-shortener');
    const drill = drills.sessions.current()!;
    const template = (await vscode.workspace.openTextDocument(drill.solution)).getText();
    await vscode.window.showTextDocument(drill.solution, { viewColumn: vscode.ViewColumn.Two });
    const untouched = (await vscode.commands.executeCommand('interviewDrills.reviewReasoning')) as Review;
    assert.ok(untouched.scores.length > 0 && untouched.scores.every((x) => x.score === 1), 'the template alone earns nothing');
    assert.equal(drills.journal.get('url-shortener').offer, undefined, 'no offer to finish an untouched template');
    assert.equal((await lenses(drill.solution)).find((l) => l.command?.command === 'interviewDrills.finishDrill')?.command?.title, '$(pass) Finish');

    const written = template.replace(/(## Requirements[^\n]*\n)/, '$1- Shorten a URL and redirect; 100M new links a month, p99 redirect under 50 ms.\n- Cache hot links in Redis; a read replica per region; shard the links table by short code.\n');
    assert.notEqual(written, template, 'the template has a Requirements heading');
    await startWith(drills, 'url-shortener', written);
    const review = (await vscode.commands.executeCommand('interviewDrills.reviewReasoning')) as Review;
    assert.ok(review.scores.some((x) => x.score > 1), 'the written lines earn something');
    assert.match(drills.journal.get('url-shortener').offer?.reason ?? '', /^Reviewed: \d\.\d\/4 on average$/);

    // The answer emptied again and reviewed: the offer is taken back.
    await startWith(drills, 'url-shortener', template);
    await vscode.commands.executeCommand('interviewDrills.reviewReasoning');
    assert.equal(drills.journal.get('url-shortener').offer, undefined, 'reviewing the bare template again withdraws the offer');
  });
});
