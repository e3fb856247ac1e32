import * as vscode from 'vscode';
import { KINDS } from '../core/kinds';
import { assertNever, TOPIC_TITLES, type Question } from '../core/model';
import { valueText } from '../core/judge/values';
import { Command, View } from './ids';
import type { DrillJournal } from './journal';
import { Disposable } from './lifecycle';
import { webviewHtml, webviewOptions } from './webviewHtml';
import type { FromPrompt, PromptRender, ToPrompt } from './webviewProtocol';

/** The question's prompt as an editor tab; one tab per question, revived after a window reload. */
export class PromptPanels extends Disposable {
  private readonly panels = new Map<string, { panel: vscode.WebviewPanel; question: Question; ready: boolean }>();
  /** markdown-it is loaded when the first prompt is shown, not at activation. */
  private renderer: Promise<(markdown: string) => string> | undefined;
  private readonly lastRender = new Map<string, PromptRender>();
  /** Offers the tab leaves out for now (a pass of code that has since changed). */
  private withheld: (questionId: string) => boolean = () => false;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly state: vscode.Memento,
    private readonly findQuestion: (id: string) => Question | undefined,
    private readonly journal: DrillJournal,
  ) {
    super();
    // Answers and the finish offer appear in the open prompt tab as they arrive.
    this._register(
      journal.onDidChange((id) => {
        const entry = this.panels.get(id);
        if (entry?.ready) void this.post(entry.panel, entry.question);
      }),
    );
    this._register({ dispose: () => [...this.panels.values()].forEach(({ panel }) => panel.dispose()) });
    this._register(
      vscode.window.registerWebviewPanelSerializer(View.PromptPanel, {
        deserializeWebviewPanel: async (panel, saved: unknown) => {
          const id = typeof saved === 'object' && saved !== null ? (saved as { questionId?: unknown }).questionId : undefined;
          const q = typeof id === 'string' ? this.findQuestion(id) : undefined;
          if (!q) {
            panel.dispose();
            return;
          }
          this.attach(panel, q);
        },
      }),
    );
  }

  show(question: Question, column: vscode.ViewColumn = vscode.ViewColumn.One): vscode.WebviewPanel {
    const existing = this.panels.get(question.id);
    if (existing) {
      existing.panel.reveal(column, true);
      void this.post(existing.panel, question);
      return existing.panel;
    }
    const panel = vscode.window.createWebviewPanel(View.PromptPanel, question.title, { viewColumn: column, preserveFocus: true }, {
      ...webviewOptions(this.extensionUri),
      retainContextWhenHidden: false,
    });
    this.attach(panel, question);
    return panel;
  }

  isOpen(questionId: string): boolean {
    return this.panels.has(questionId);
  }

  /** Leaves out a drill's finish offer while `when` says so; `changed` says when to look again. */
  withholdOfferWhen(when: (questionId: string) => boolean, changed: vscode.Event<void>): void {
    this.withheld = when;
    this._register(changed(() => this.panels.forEach((entry) => entry.ready && void this.post(entry.panel, entry.question))));
  }

  /** What the open prompt tab of a question was last given to show (for tests and the reload path). */
  rendered(questionId: string): PromptRender | undefined {
    return this.lastRender.get(questionId);
  }

  private attach(panel: vscode.WebviewPanel, question: Question): void {
    panel.webview.options = webviewOptions(this.extensionUri);
    panel.title = question.title;
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'drills.svg');
    panel.webview.html = webviewHtml(panel.webview, this.extensionUri, 'prompt', question.title);
    const entry = { panel, question, ready: false };
    this.panels.set(question.id, entry);
    const subs = [
      panel.webview.onDidReceiveMessage((msg: FromPrompt) => this.onMessage(entry, msg)),
      panel.onDidDispose(() => {
        this.panels.delete(question.id);
        for (const s of subs) s.dispose();
      }),
    ];
  }

  private onMessage(entry: { panel: vscode.WebviewPanel; question: Question; ready: boolean }, msg: FromPrompt): void {
    switch (msg.type) {
      case 'ready':
        entry.ready = true;
        void this.post(entry.panel, entry.question);
        break;
      case 'revealHint': {
        const shown = this.hintsShown(entry.question.id);
        if (shown < entry.question.hints.length) void this.state.update(this.hintKey(entry.question.id), shown + 1).then(() => this.post(entry.panel, entry.question));
        break;
      }
      case 'openSolution':
        void vscode.commands.executeCommand(Command.StartDrill, entry.question.id);
        break;
      case 'startTimer':
        void vscode.commands.executeCommand(Command.TimerStart, entry.question.id);
        break;
      case 'ask':
        void vscode.commands.executeCommand(Command.AskInterviewer, { questionId: entry.question.id });
        break;
      case 'finish':
        void vscode.commands.executeCommand(Command.FinishDrill, { questionId: entry.question.id });
        break;
      default:
        assertNever(msg);
    }
  }

  private hintKey(id: string): string {
    return `hintsShown:${id}`;
  }

  hintsShown(id: string): number {
    return this.state.get<number>(this.hintKey(id), 0);
  }

  private async post(panel: vscode.WebviewPanel, q: Question): Promise<void> {
    this.renderer ??= import('../core/markdown').then((m) => m.createMarkdownRenderer());
    const render = await this.renderer;
    if (this.panels.get(q.id)?.panel !== panel) return; // closed meanwhile
    const journal = this.journal.get(q.id);
    const shown = Math.min(this.hintsShown(q.id), q.hints.length);
    const examples = q.tests
      .filter((t) => !t.hidden)
      .slice(0, 3)
      .flatMap((t) => {
        if (t.type === 'call') return [{ name: t.name, call: `${q.function ?? ''}(${t.args.map((a) => valueText(a)).join(', ')})`, expected: valueText(t.expected) }];
        if (t.type === 'ops') return [{ name: t.name, call: `${JSON.stringify(t.ops)}\n${valueText(t.args)}`, expected: valueText(t.expected) }];
        return [];
      });
    const prompt: PromptRender = {
      questionId: q.id,
      title: q.title,
      meta: `${TOPIC_TITLES[q.topic]} · ${q.difficulty} · ${KINDS[q.kind].label} · ${q.minutes} min`,
      html: render(q.prompt),
      hints: q.hints.slice(0, shown).map((h) => render(h)),
      hintsTotal: q.hints.length,
      examples,
      source: q.source === 'builtin' ? '' : `From ${q.source === 'workspace' ? 'this workspace' : 'a user pack'}`,
      asked: journal.asked.map(({ question, answer, fromModel }) => ({ question, answer, fromModel })),
      ...(journal.offer && !this.withheld(q.id) ? { offer: journal.offer.reason } : {}),
    };
    this.lastRender.set(q.id, prompt);
    const message: ToPrompt = { type: 'render', prompt };
    void panel.webview.postMessage(message);
  }

}
