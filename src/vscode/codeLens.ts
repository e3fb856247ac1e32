import * as vscode from 'vscode';
import { isRunnable, RUNTIMES } from '../core/runtimes';
import type { DrillSessions } from './drills';
import { Command } from './ids';

/** Extra lenses other features contribute (review, measure), shown after Run and Submit. */
export interface LensContribution {
  readonly title: string;
  readonly command: string;
  readonly kinds: readonly ('code' | 'document')[];
}

/** Run · Submit · Measure · Review above a drill's entry point, or at the top of a design/STAR document. */
export class DrillCodeLens implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly extra: LensContribution[] = [];
  private readonly subs: vscode.Disposable[];

  constructor(private readonly sessions: DrillSessions) {
    this.subs = [sessions.onDidChange(() => this.changed.fire())];
  }

  contribute(lens: LensContribution): void {
    this.extra.push(lens);
    this.changed.fire();
  }

  provideCodeLenses(doc: vscode.TextDocument): vscode.CodeLens[] {
    const drill = this.sessions.forDocument(doc.uri);
    if (!drill) return [];
    const q = drill.question;
    const runnable = isRunnable(q.kind);
    const kind = runnable ? 'code' : 'document';
    const line = runnable ? (RUNTIMES[drill.language].entryLine(doc.getText(), q) ?? 1) - 1 : 0;
    const range = new vscode.Range(line, 0, line, 0);
    const lenses: vscode.CodeLens[] = [];
    if (runnable) {
      lenses.push(
        new vscode.CodeLens(range, { title: '$(play) Run tests', command: Command.RunTests, tooltip: 'Run the visible and your own cases' }),
        new vscode.CodeLens(range, { title: '$(rocket) Submit', command: Command.Submit, tooltip: 'Run every case, hidden ones included' }),
      );
    }
    if (q.scaling && q.function && RUNTIMES[drill.language].supports(q) === true) lenses.push(new vscode.CodeLens(range, { title: '$(graph-line) Measure complexity', command: Command.MeasureComplexity, tooltip: 'Time your solution at growing n and compare with the complexity you claimed' }));
    for (const e of this.extra) if (e.kinds.includes(kind)) lenses.push(new vscode.CodeLens(range, { title: e.title, command: e.command }));
    lenses.push(new vscode.CodeLens(range, { title: '$(comment-discussion) Ask the interviewer', command: Command.AskInterviewer }));
    return lenses;
  }

  dispose(): void {
    this.changed.dispose();
    for (const s of this.subs) s.dispose();
  }
}
