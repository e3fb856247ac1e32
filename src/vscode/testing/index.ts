import * as path from 'path';
import * as vscode from 'vscode';
import type { CaseResult, Language, Question, RunResult, TestCase } from '../../core/model';
import { isRunnable } from '../../core/runtimes';
import type { Measurement } from '../../core/judge';
import { valueText } from '../../core/judge/values';
import type { ActiveDrill, DrillSessions } from '../drills';
import { Command } from '../ids';

/** What the Test Explorer needs from the judge (the core Judge satisfies it). */
export interface JudgeLike {
  measure(question: Question, solution: { language: Language; code: string; file?: string }, opts: { signal?: AbortSignal }): Promise<Measurement>;
  run(
    question: Question,
    solution: { language: Language; code: string; file?: string },
    opts: { mode: 'run' | 'submit'; extraCases?: TestCase[]; signal?: AbortSignal; onCase?: (r: CaseResult) => void; trusted: boolean },
  ): Promise<RunResult>;
}

export interface TestingDeps {
  readonly sessions: DrillSessions;
  readonly judge: JudgeLike;
  /** Called after every finished run (practice history, reviewer context). */
  readonly onResult?: (drill: ActiveDrill, result: RunResult) => void;
}

const CUSTOM_TESTS = 'custom-tests.yaml';

/**
 * The open drill's cases in VS Code's Test Explorer, with Run (visible + custom cases) and Submit
 * (all cases) profiles; results carry diffs, durations, output and compile-error locations.
 */
export class DrillTesting implements vscode.Disposable {
  private readonly controller = vscode.tests.createTestController('interviewDrills', 'Interview Drills');
  private readonly caseOf = new WeakMap<vscode.TestItem, TestCase>();
  private readonly status = vscode.window.createStatusBarItem('interviewDrills.tests', vscode.StatusBarAlignment.Left, 99);
  private readonly disposables: vscode.Disposable[] = [this.controller, this.status];
  private readonly results = new Map<string, RunResult>();
  private readonly resultChanged = new vscode.EventEmitter<{ questionId: string; result: RunResult }>();
  readonly onDidRun = this.resultChanged.event;

  constructor(private readonly deps: TestingDeps) {
    this.status.name = 'Interview Drills Tests';
    this.controller.createRunProfile('Run', vscode.TestRunProfileKind.Run, async (req, token) => void (await this.runRequest('run', req, token)), true);
    this.controller.createRunProfile('Submit (all cases, incl. hidden)', vscode.TestRunProfileKind.Run, async (req, token) => void (await this.runRequest('submit', req, token)), false);
    this.controller.resolveHandler = async () => this.refresh();
    this.controller.refreshHandler = async () => this.refresh();
    this.disposables.push(
      this.resultChanged,
      deps.sessions.onDidChange(() => void this.refresh()),
      vscode.window.onDidChangeActiveTextEditor(() => void this.refresh()),
      vscode.workspace.onDidSaveTextDocument((doc) => {
        if (path.basename(doc.uri.fsPath) === CUSTOM_TESTS) void this.refresh();
      }),
    );
    void this.refresh();
  }

  private readonly measurements = new Map<string, Measurement>();

  lastMeasurement(questionId: string): Measurement | undefined {
    return this.measurements.get(questionId);
  }

  /** Times the open drill's solution at growing n and compares the growth with the claimed complexity. */
  async measure(output: vscode.OutputChannel): Promise<Measurement | undefined> {
    if (!vscode.workspace.isTrusted) {
      void vscode.window.showWarningMessage('Interview Drills: measuring runs your solution, which needs a trusted workspace.');
      return undefined;
    }
    const drill = this.drill();
    if (!drill || !drill.question.scaling || !drill.question.function) {
      void vscode.window.showInformationMessage(drill ? `Interview Drills: "${drill.question.title}" has no input generator for a single function, so its complexity cannot be measured.` : 'Interview Drills: open a drill solution first.');
      return undefined;
    }
    const doc = await vscode.workspace.openTextDocument(drill.solution);
    return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Measuring ${drill.question.title}…`, cancellable: true }, async (_p, token) => {
      const abort = new AbortController();
      const sub = token.onCancellationRequested(() => abort.abort());
      try {
        const m = await this.deps.judge.measure(drill.question, { language: drill.language, code: doc.getText(), file: drill.solution.fsPath }, { signal: abort.signal });
        this.measurements.set(drill.question.id, m);
        output.appendLine(`${drill.question.title}: measured ${m.fit.cls ?? 'unknown'}`);
        for (const p of m.points) output.appendLine(`  n=${String(p.n).padStart(8)}  ${p.ms.toFixed(3).padStart(10)} ms`);
        output.appendLine(`  ${m.message}`);
        const show = m.agrees === false ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
        void show(`Interview Drills: ${m.message}`, 'Show Timings').then((pick) => pick && output.show(true));
        return m;
      } catch (e) {
        void vscode.window.showErrorMessage(`Interview Drills: ${(e as Error).message}`);
        return undefined;
      } finally {
        sub.dispose();
      }
    });
  }

  lastResult(questionId: string): RunResult | undefined {
    return this.results.get(questionId);
  }

  /** The Test Explorer tree as labels: the drill, then its cases. */
  tree(): { label: string; cases: { label: string; description?: string }[] }[] {
    const roots: { label: string; cases: { label: string; description?: string }[] }[] = [];
    this.controller.items.forEach((root) => {
      const cases: { label: string; description?: string }[] = [];
      root.children.forEach((c) => cases.push({ label: c.label, ...(c.description ? { description: c.description } : {}) }));
      roots.push({ label: root.label, cases });
    });
    return roots;
  }

  private drill(): ActiveDrill | undefined {
    const editor = vscode.window.activeTextEditor;
    const fromEditor = editor ? this.deps.sessions.forDocument(editor.document.uri) : undefined;
    const drill = fromEditor && path.basename(fromEditor.solution.fsPath) !== CUSTOM_TESTS ? fromEditor : this.deps.sessions.current();
    return drill && isRunnable(drill.question.kind) ? drill : undefined;
  }

  /** Rebuilds the tree for the current drill: one root with its cases. */
  async refresh(): Promise<void> {
    const drill = this.drill();
    if (!drill) {
      this.controller.items.replace([]);
      return;
    }
    const q = drill.question;
    const root = this.controller.createTestItem(q.id, q.title, drill.solution);
    root.description = `${q.tests.filter((t) => !t.hidden).length} visible, ${q.tests.filter((t) => t.hidden).length} hidden`;
    const custom = await this.customCases(drill);
    const children: vscode.TestItem[] = [];
    for (const [i, t] of [...q.tests, ...custom].entries()) {
      const item = this.controller.createTestItem(`${q.id}/${i}/${t.name}`, t.name, drill.solution);
      item.description = t.hidden ? 'hidden: runs on Submit' : t.name.startsWith('custom:') ? 'yours' : undefined;
      item.sortText = String(i).padStart(4, '0');
      this.caseOf.set(item, t);
      children.push(item);
    }
    root.children.replace(children);
    this.controller.items.replace([root]);
  }

  private async customCases(drill: ActiveDrill): Promise<TestCase[]> {
    const uri = vscode.Uri.joinPath(drill.folder, CUSTOM_TESTS);
    try {
      const text = Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8');
      const { parseCustomTests } = await import('../../core/questions/loader');
      return parseCustomTests(text, uri.fsPath, drill.question).tests;
    } catch {
      return [];
    }
  }

  /** Runs the open drill from a command or CodeLens; resolves with the result. */
  async runDrill(mode: 'run' | 'submit'): Promise<RunResult | undefined> {
    const cts = new vscode.CancellationTokenSource();
    try {
      return await this.runRequest(mode, new vscode.TestRunRequest(), cts.token);
    } finally {
      cts.dispose();
    }
  }

  private async runRequest(mode: 'run' | 'submit', request: vscode.TestRunRequest, token: vscode.CancellationToken): Promise<RunResult | undefined> {
    if (!vscode.workspace.isTrusted) {
      void vscode.window
        .showWarningMessage('Interview Drills runs your solution as a program on this machine, so running tests needs a trusted workspace. Reading prompts and the timer work without trust.', 'Manage Workspace Trust')
        .then((pick) => pick && vscode.commands.executeCommand('workbench.trust.manage'));
      return undefined;
    }
    await this.refresh();
    const drill = this.drill();
    const root = drill ? this.controller.items.get(drill.question.id) : undefined;
    if (!drill || !root) {
      void vscode.window.showInformationMessage('Interview Drills: open a coding or SQL drill\'s solution file to run its tests.');
      return undefined;
    }
    const doc = await vscode.workspace.openTextDocument(drill.solution);
    const all: vscode.TestItem[] = [];
    root.children.forEach((c) => all.push(c));
    const wanted = new Set<vscode.TestItem>();
    const include = request.include && request.include.length > 0 && !request.include.includes(root) ? request.include : all;
    for (const item of include) if (!request.exclude?.includes(item)) wanted.add(item);
    const selected = all.filter((i) => wanted.has(i) && (mode === 'submit' || !this.caseOf.get(i)?.hidden));
    const run = this.controller.createTestRun(request, `${drill.question.title}: ${mode === 'submit' ? 'Submit' : 'Run'}`, true);
    for (const item of selected) run.enqueued(item);
    const byName = new Map(selected.map((i) => [this.caseOf.get(i)?.name ?? '', i]));
    const abort = new AbortController();
    const sub = token.onCancellationRequested(() => abort.abort());
    const question = { ...drill.question, tests: drill.question.tests.filter((t) => byName.has(t.name)) };
    const extra = selected.map((i) => this.caseOf.get(i)).filter((t): t is TestCase => t !== undefined && t.name.startsWith('custom:'));
    this.status.text = '$(sync~spin) Running tests…';
    this.status.show();
    let result: RunResult | undefined;
    try {
      for (const item of selected) run.started(item);
      result = await this.deps.judge.run(question, { language: drill.language, code: doc.getText(), file: drill.solution.fsPath }, {
        mode: 'submit',
        extraCases: extra,
        signal: abort.signal,
        trusted: drill.question.source !== 'workspace',
        onCase: (r) => {
          const item = byName.get(r.name);
          if (item) this.report(run, item, r, doc);
        },
      });
      for (const r of result.cases) {
        const item = byName.get(r.name);
        if (item) this.report(run, item, r, doc);
      }
      const passed = result.cases.filter((c) => c.verdict === 'accepted').length;
      this.status.text = `${passed === result.cases.length ? '$(pass)' : '$(error)'} ${passed}/${result.cases.length} passed`;
      this.status.tooltip = `${drill.question.title}: ${mode === 'submit' ? 'Submit' : 'Run'} — ${result.verdict}`;
      this.status.command = 'workbench.view.testing.focus';
      this.results.set(drill.question.id, { ...result, mode });
      this.resultChanged.fire({ questionId: drill.question.id, result: { ...result, mode } });
      this.deps.onResult?.(drill, { ...result, mode });
      for (const w of result.warnings ?? []) void vscode.window.showWarningMessage(`Interview Drills: ${w}`);
    } catch (e) {
      const message = (e as Error).message;
      for (const item of selected) run.errored(item, new vscode.TestMessage(message));
      this.status.text = '$(error) Tests could not run';
      void vscode.window.showErrorMessage(`Interview Drills: ${message}`);
    } finally {
      sub.dispose();
      run.end();
    }
    return result ? { ...result, mode } : undefined;
  }

  private readonly reported = new WeakSet<CaseResult>();

  private report(run: vscode.TestRun, item: vscode.TestItem, r: CaseResult, doc: vscode.TextDocument): void {
    if (this.reported.has(r)) return;
    this.reported.add(r);
    if (r.stdout) run.appendOutput(`[${r.name}] stdout:\r\n${r.stdout.replace(/\r?\n/g, '\r\n')}\r\n`, undefined, item);
    if (r.stderr) run.appendOutput(`[${r.name}] stderr:\r\n${r.stderr.replace(/\r?\n/g, '\r\n')}\r\n`, undefined, item);
    if (r.verdict === 'accepted') {
      run.passed(item, r.timeMs);
      return;
    }
    const message =
      r.verdict === 'wrong-answer' && r.expected !== undefined
        ? vscode.TestMessage.diff(`Wrong answer${r.error ? `: ${r.error}` : ''}`, pretty(r.expected), pretty(r.actual))
        : new vscode.TestMessage(`${VERDICT_TEXT[r.verdict] ?? r.verdict}${r.error ? `: ${r.error}` : ''}`);
    if (r.line !== undefined && r.line >= 1 && r.line <= doc.lineCount) {
      message.location = new vscode.Location(doc.uri, doc.lineAt(r.line - 1).range);
    }
    if (r.verdict === 'wrong-answer') run.failed(item, message, r.timeMs);
    else run.errored(item, message, r.timeMs);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

const VERDICT_TEXT: Partial<Record<string, string>> = {
  'time-limit': 'Time limit exceeded',
  'memory-limit': 'Memory limit exceeded',
  'output-limit': 'Output limit exceeded (1 MiB)',
  'runtime-error': 'Runtime error',
  'compile-error': 'Compile error',
  incomplete: 'Did not finish (the program ended before reporting this case)',
};

function pretty(v: unknown): string {
  try {
    return valueText(v, 2);
  } catch {
    return String(v);
  }
}

export function registerTesting(context: vscode.ExtensionContext, deps: TestingDeps): DrillTesting {
  const testing = new DrillTesting(deps);
  const output = vscode.window.createOutputChannel('Interview Drills: Complexity');
  context.subscriptions.push(
    testing,
    output,
    vscode.commands.registerCommand(Command.MeasureComplexity, () => testing.measure(output)),
    vscode.commands.registerCommand(Command.RunTests, () => testing.runDrill('run')),
    vscode.commands.registerCommand(Command.Submit, () => testing.runDrill('submit')),
  );
  return testing;
}
