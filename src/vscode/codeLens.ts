import * as vscode from 'vscode';
import { KINDS } from '../core/kinds';
import { RUNTIMES } from '../core/runtimes';
import type { DrillSessions } from './drills';
import { Command } from './ids';
import type { DrillJournal } from './journal';
import { Disposable } from './lifecycle';
import type { Services } from './services';
import type { DrillTesting } from './testing';

/** Run · Submit · Measure · Review · Finish · Ask above a drill's entry point, or at the top of a design/STAR document. */
export class DrillCodeLens extends Disposable implements vscode.CodeLensProvider {
  private readonly changed = this._register(new vscode.EventEmitter<void>());
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(
    private readonly sessions: DrillSessions,
    private readonly testing: DrillTesting,
    private readonly journal: DrillJournal,
  ) {
    super();
    this._register(sessions.onDidChange(() => this.changed.fire()));
    this._register(testing.onDidRun(() => this.changed.fire()));
    this._register(journal.onDidChange(() => this.changed.fire()));
  }

  provideCodeLenses(doc: vscode.TextDocument): vscode.CodeLens[] {
    const drill = this.sessions.forDocument(doc.uri);
    if (!drill) return [];
    const q = drill.question;
    const runnable = KINDS[q.kind].runnable;
    const line = runnable ? (RUNTIMES[drill.language].entryLine(doc.getText(), q) ?? 1) - 1 : 0;
    const range = new vscode.Range(line, 0, line, 0);
    const lens = (title: string, command: string, tooltip?: string): vscode.CodeLens => new vscode.CodeLens(range, { title, command, ...(tooltip ? { tooltip } : {}) });
    const lenses: vscode.CodeLens[] = [];
    if (runnable) lenses.push(lens('$(play) Run tests', Command.RunTests, 'Run the visible and your own cases'), lens('$(rocket) Submit', Command.Submit, 'Run every case, hidden ones included'));
    const hidden = runnable ? this.testing.hiddenFailures(q.id) : [];
    if (hidden.length > 0) lenses.push(new vscode.CodeLens(range, { title: `$(eye) Reveal hidden input (${hidden.length} failing)`, command: Command.RevealHiddenCase, arguments: hidden.length === 1 ? [hidden[0]] : [], tooltip: 'Show the input and expected answer of a failing hidden case; the reveal is recorded with this attempt' }));
    const notes = this.journal.get(q.id);
    if (q.scaling && q.function && RUNTIMES[drill.language].supports(q) === true) {
      // The last measurement stays on the function until the next one.
      const m = notes.measured;
      const title = m ? `$(graph-line) Measured ${m.cls ?? 'no clear growth'}${m.claimed ? `, you claimed ${m.claimed}${m.agrees === false ? ' ✗' : m.agrees ? ' ✓' : ''}` : ''} · measure again` : '$(graph-line) Measure complexity';
      lenses.push(lens(title, Command.MeasureComplexity, m ? m.message : 'Time your solution at growing n and compare with the complexity you claimed'));
    }
    lenses.push(lens('$(comment-discussion) Review my reasoning', Command.Review));
    const offer = notes.offer && notes.offer.solution === drill.solution.toString() ? notes.offer : undefined;
    lenses.push(new vscode.CodeLens(range, { title: offer ? `$(pass-filled) ${offer.reason}: Finish and rate` : '$(pass) Finish drill', command: Command.FinishDrill, arguments: [{ questionId: q.id }], tooltip: 'Record this attempt and rate it; the rating decides when the drill comes back' }));
    lenses.push(lens('$(comment-discussion) Ask the interviewer', Command.AskInterviewer));
    return lenses;
  }
}

export function registerCodeLens(context: vscode.ExtensionContext, services: Pick<Services, 'sessions' | 'journal'> & { readonly testing: DrillTesting }): DrillCodeLens {
  const lenses = new DrillCodeLens(services.sessions, services.testing, services.journal);
  context.subscriptions.push(lenses, vscode.languages.registerCodeLensProvider({ scheme: 'file' }, lenses));
  return lenses;
}
