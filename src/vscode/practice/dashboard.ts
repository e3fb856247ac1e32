import * as vscode from 'vscode';
import { assertNever, TOPIC_TITLES } from '../../core/model';
import { computeStats } from '../../core/practice/stats';
import { webviewHtml, webviewOptions } from '../webviewHtml';
import type { FromStats, StatsRender, ToStats } from '../webviewProtocol';
import { Disposable } from '../lifecycle';
import type { PracticeStore } from './store';

/** The stats dashboard: a webview because VS Code has no native chart surface. */
export class StatsDashboard extends Disposable {
  private panel: vscode.WebviewPanel | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly practice: PracticeStore,
    private readonly startDue: () => unknown,
  ) {
    super();
    this._register(practice.onDidChange(() => this.post()));
    this._register({ dispose: () => this.panel?.dispose() });
  }

  stats(): StatsRender {
    const { records, skipped } = this.practice.history.read();
    const s = computeStats(records, new Date(), undefined, (id) => this.practice.startable(id));
    return { ...s, dueToday: this.practice.dueQuestionIds().length, skippedLines: skipped, topics: s.topics.map((t) => ({ title: TOPIC_TITLES[t.topic], attempted: t.attempted, solved: t.solved, accuracy: t.accuracy })) };
  }

  show(): void {
    if (this.panel) {
      this.panel.reveal();
      return;
    }
    const panel = vscode.window.createWebviewPanel('interviewDrills.stats', 'Interview Drills: Stats', vscode.ViewColumn.Active, webviewOptions(this.extensionUri));
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'drills.svg');
    panel.webview.html = webviewHtml(panel.webview, this.extensionUri, 'stats', 'Stats');
    this.panel = panel;
    const sub = panel.webview.onDidReceiveMessage((m: FromStats) => {
      switch (m.type) {
        case 'ready':
          this.post();
          break;
        case 'startDue':
          void this.startDue();
          break;
        default:
          assertNever(m);
      }
    });
    panel.onDidDispose(() => {
      sub.dispose();
      this.panel = undefined;
    });
  }

  private post(): void {
    if (!this.panel) return;
    const msg: ToStats = { type: 'stats', stats: this.stats() };
    void this.panel.webview.postMessage(msg);
  }
}
