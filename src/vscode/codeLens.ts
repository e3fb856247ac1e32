import * as vscode from 'vscode';
import { KINDS } from '../core/kinds';
import { RUNTIMES } from '../core/runtimes';
import { DEFAULT_BUDGET_MS } from '../core/judge/counterexample';
import { describeInput } from '../core/judge/input';
import type { ActiveDrill, DrillSessions } from './drills';
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
    this._register(testing.onDidChangeSmallest(() => this.changed.fire()));
    this._register(testing.onDidChangeOutdated(() => this.changed.fire()));
    this._register(journal.onDidChange(() => this.changed.fire()));
  }

  /** The smallest failing input: a search under way, the input found (to keep as a custom case), why none was found, or the offer to search after a generated case failed. */
  private smallestLenses(drill: ActiveDrill, range: vscode.Range): vscode.CodeLens[] {
    const s = this.testing.smallestState(drill);
    const lens = (title: string, command: string, tooltip: string): vscode.CodeLens => new vscode.CodeLens(range, { title, command, tooltip });
    if (s?.searching) return [lens('$(loading~spin) Searching for the smallest failing input…', Command.FindSmallestFailingInput, 'Small inputs from the drill\'s generator, compared with the reference solution (up to 10 s; cancel it from its notification)')];
    if (s?.found) {
      const input = describeInput(drill.question, s.found.test, drill.language).text.split('\n')[0] ?? '';
      return [lens(`$(debug-breakpoint) Smallest failing input: ${input.length > 60 ? `${input.slice(0, 59)}…` : input} · add as custom case`, Command.AddSmallestFailingInput, 'Append it to custom-tests.yaml beside your solution, so Run checks it; the Test Explorer item "smallest failing input" shows expected and actual')];
    }
    if (s?.latest && 'none' in s.latest) {
      const title = s.latest.reason ? `$(info) No smallest failing input: ${s.latest.reason}` : `$(search) No failing input among small inputs in ${DEFAULT_BUDGET_MS / 1000} s · search again`;
      return [lens(title, Command.FindSmallestFailingInput, s.latest.none)];
    }
    if (this.testing.failedGenerated(drill.question.id)) return [lens('$(search) Find smallest failing input', Command.FindSmallestFailingInput, 'A generated case failed: search small inputs on which your solution and the reference disagree')];
    return [];
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
    if (runnable) lenses.push(lens('$(play) Run tests', Command.RunTests, 'Run the visible cases and your own'), lens('$(rocket) Submit', Command.Submit, 'Run every case, hidden ones included'));
    const hidden = runnable ? this.testing.hiddenFailures(q.id) : [];
    if (hidden.length > 0) lenses.push(new vscode.CodeLens(range, { title: `$(eye) Reveal hidden input (${hidden.length} failing)`, command: Command.RevealHiddenCase, arguments: hidden.length === 1 ? [hidden[0]] : [], tooltip: 'Show the input and expected answer of a failing hidden case; the reveal is recorded with this attempt' }));
    if (runnable) lenses.push(...this.smallestLenses(drill, range));
    const notes = this.journal.get(q.id);
    const finish = (title: string): vscode.CodeLens => new vscode.CodeLens(range, { title, command: Command.FinishDrill, arguments: [{ questionId: q.id }], tooltip: 'Finish drill: record this attempt and rate it; the rating decides when the drill comes back' });
    // Short titles (the tooltips say the rest): the solution opens half the window wide and a row of
    // lenses does not wrap. An offer to finish comes early, where it is seen.
    // A pass earned by code that has since changed is not offered until a run of the code as it is.
    const offer = notes.offer && notes.offer.solution === drill.solution.toString() && !this.testing.offerWithheld(q.id) ? notes.offer : undefined;
    if (offer) lenses.push(finish(`$(pass-filled) ${offer.reason}: Finish and rate`));
    if (q.scaling && q.function && RUNTIMES[drill.language].supports(q) === true) {
      // The last measurement stays on the function until the next one.
      const m = notes.measured;
      const title = m ? `$(graph-line) Measured ${m.cls ?? 'no clear growth'}${m.claimed ? `, you claimed ${m.claimed}${m.agrees === false ? ' ✗' : m.agrees ? ' ✓' : ''}` : ''} · measure again` : '$(graph-line) Measure';
      lenses.push(lens(title, Command.MeasureComplexity, m ? m.message : 'Measure complexity: time your solution at growing n and compare with the complexity you claimed'));
    }
    lenses.push(lens('$(comment-discussion) Review', Command.Review, 'Review my reasoning: remarks as comment threads on your lines, scores in a summary thread'));
    if (!offer) lenses.push(finish('$(pass) Finish'));
    lenses.push(lens('$(question) Ask', Command.AskInterviewer, 'Ask the interviewer a clarifying question'));
    return lenses;
  }
}

export function registerCodeLens(context: vscode.ExtensionContext, services: Pick<Services, 'sessions' | 'journal'> & { readonly testing: DrillTesting }): DrillCodeLens {
  const lenses = new DrillCodeLens(services.sessions, services.testing, services.journal);
  context.subscriptions.push(lenses, vscode.languages.registerCodeLensProvider({ scheme: 'file' }, lenses));
  return lenses;
}
