import * as assert from 'node:assert/strict';
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { DrillsApi } from '../../src/extension';

// Runs only in `node test/vscode/runTest.js --reload`, which sets DRILLS_RELOAD_DIR. The first load
// starts a busy-looping solution, leaves a watcher process outside VS Code, and reloads the window;
// the reload ends this extension host. The second load reads what the watcher saw.

/** The extension host's descendants that run a harness in a judge's run folder. */
function judgedProcesses(): number[] {
  const parent = new Map<number, number>();
  const cmd = new Map<number, string>();
  for (const e of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(e)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${e}/stat`, 'utf8');
      parent.set(Number(e), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
      cmd.set(Number(e), fs.readFileSync(`/proc/${e}/cmdline`, 'latin1'));
    } catch {
      // gone meanwhile
    }
  }
  const below = (pid: number): boolean => {
    for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p)) if (p === process.pid) return true;
    return false;
  };
  return [...cmd].filter(([pid, c]) => c.includes('drills-run-') && below(pid)).map(([pid]) => pid);
}

async function until<T>(what: string, ms: number, probe: () => T | undefined): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = probe();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Outside VS Code: waits for the extension host to go, then for the judged processes, and writes down the times. */
const WATCHER = `
const fs = require('fs');
const [host, pids, out] = [Number(process.argv[1]), process.argv[2].split(',').map(Number), process.argv[3]];
const alive = (p) => { try { process.kill(p, 0); const s = fs.readFileSync('/proc/' + p + '/stat', 'utf8'); return s[s.lastIndexOf(')') + 2] !== 'Z'; } catch { return false; } };
const started = Date.now();
const tick = () => {
  if (alive(host)) return Date.now() - started > 120000 ? fs.writeFileSync(out, JSON.stringify({ hostGone: false })) : setTimeout(tick, 5);
  const gone = Date.now();
  const wait = () => {
    const left = pids.filter(alive);
    if (left.length === 0 || Date.now() - gone > 10000) fs.writeFileSync(out, JSON.stringify({ hostGone: true, afterMs: Date.now() - gone, survivors: left }));
    else setTimeout(wait, 5);
  };
  wait();
};
tick();
`;

suite('Judge and a reloaded window', () => {
  test('a solution dies with a reloaded window', async function () {
    this.timeout(120_000);
    const dir = process.env['DRILLS_RELOAD_DIR'];
    assert.ok(dir, 'run by runTest.js --reload');
    const result = path.join(dir, 'result.json');
    const marker = path.join(dir, 'reloading');
    if (fs.existsSync(marker)) {
      const seen = await until('the watcher\'s report', 30_000, () => (fs.existsSync(result) ? (JSON.parse(fs.readFileSync(result, 'utf8')) as { hostGone: boolean; afterMs?: number; survivors?: number[] }) : undefined));
      console.log(`reload: the extension host went away; its solution was gone ${seen.afterMs} ms later`);
      assert.equal(seen.hostGone, true, 'the reload ended the old extension host');
      assert.deepEqual(seen.survivors, []);
      assert.ok((seen.afterMs ?? Infinity) < 2000, `the solution outlived the extension host by ${seen.afterMs} ms`);
      // The finish offer a Submit earned before the code changed stays withheld after the reload,
      // though the run that earned it is gone with the old extension host.
      const ext = vscode.extensions.getExtension<DrillsApi>('interview-drills.interview-drills')!;
      const drills = ext.isActive ? ext.exports : await ext.activate();
      const drill = await until('the drill to be restored', 30_000, () => drills.sessions.current());
      assert.equal(drill.question.id, 'spin-forever');
      assert.ok(drills.journal.get('spin-forever').offer, 'the offer itself is kept');
      const lenses = (await vscode.commands.executeCommand('vscode.executeCodeLensProvider', drill.solution)) as vscode.CodeLens[];
      const finish = lenses.find((l) => l.command?.command === 'interviewDrills.finishDrill');
      assert.equal(finish?.command?.title, '$(pass) Finish', 'no "All 1 cases pass" for the code that spins');
      assert.equal(drills.prompts.rendered('spin-forever')?.offer, undefined);
      return;
    }
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder);
    const pack = path.join(folder.uri.fsPath, '.drills');
    fs.mkdirSync(pack, { recursive: true });
    fs.writeFileSync(path.join(pack, 'spin-forever.yaml'), ['id: spin-forever', 'title: Spin Forever', 'topic: algorithms', 'kind: coding', 'difficulty: easy', 'minutes: 5', 'prompt: p', 'function: spin', 'limits: { timeMs: 60000 }', 'tests:', '  - { args: [1], expected: 1 }'].join('\n'));
    const c = vscode.workspace.getConfiguration('interviewDrills');
    await c.update('practiceFolder', path.join(dir, 'practice'), vscode.ConfigurationTarget.Global);
    await c.update('language', 'javascript', vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('interviewDrills.reloadQuestions');
    const ext = vscode.extensions.getExtension<DrillsApi>('interview-drills.interview-drills')!;
    const drills = ext.isActive ? ext.exports : await ext.activate();
    await vscode.commands.executeCommand('interviewDrills.startDrill', 'spin-forever');
    const doc = await vscode.workspace.openTextDocument(drills.sessions.current()!.solution);
    const editor = await vscode.window.showTextDocument(doc);
    // First a passing Submit, which offers to finish the drill; the code that spins replaces it.
    await editor.edit((e) => e.replace(new vscode.Range(0, 0, doc.lineCount, 0), 'function spin(x) { return x; }\n'));
    const passed = (await vscode.commands.executeCommand('interviewDrills.submit')) as { verdict: string };
    assert.equal(passed.verdict, 'accepted');
    assert.ok(drills.journal.get('spin-forever').offer);
    await editor.edit((e) => e.replace(new vscode.Range(0, 0, doc.lineCount, 0), 'function spin() { for (;;) {} }\n'));
    await doc.save();
    void vscode.commands.executeCommand('interviewDrills.runTests');
    const judged = await until('the solution to start', 30_000, () => {
      const found = judgedProcesses();
      return found.length > 0 ? found : undefined;
    });
    await new Promise((r) => setTimeout(r, 500));
    const watcher = spawn(process.execPath, ['-e', WATCHER, String(process.pid), judgedProcesses().join(','), result], { detached: true, stdio: 'ignore', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
    watcher.unref();
    assert.ok(judged.length > 0);
    fs.writeFileSync(marker, '');
    await vscode.commands.executeCommand('workbench.action.reloadWindow');
    // The reload ends this extension host; the suite runs again in the new one.
    await new Promise(() => undefined);
  });
});
