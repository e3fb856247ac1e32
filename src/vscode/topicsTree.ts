import * as vscode from 'vscode';
import { KINDS } from '../core/kinds';
import { TOPICS, TOPIC_TITLES, type Question, type Topic } from '../core/model';
import { attemptOutcome, drillStatus, STATUS_WORDS, type DrillStatus, type DrillSummary } from '../core/practice/drillState';
import { Command, View } from './ids';
import { appendPlain } from './markdownText';
import { Disposable } from './lifecycle';
import type { QuestionService } from './questions';
import type { Services } from './services';

/** What the practice loop tells the tree. */
export interface PracticeStateSource {
  summary(questionId: string): DrillSummary;
  dueQuestionIds(): readonly string[];
  readonly onDidChange: vscode.Event<void>;
}

export type TopicsNode =
  | { readonly type: 'due' }
  | { readonly type: 'topic'; readonly topic: Topic }
  | { readonly type: 'question'; readonly question: Question; readonly inDue: boolean };

const DIFFICULTY_COLOR: Readonly<Record<Question['difficulty'], string>> = {
  easy: 'charts.green',
  medium: 'charts.yellow',
  hard: 'charts.red',
};
/** A drill's state has its own icon and color; a drill never attempted shows its kind in its difficulty's color. */
const STATUS_ICON: Readonly<Record<Exclude<DrillStatus, 'new'>, { readonly icon: string; readonly color: string }>> = {
  due: { icon: 'clock', color: 'charts.orange' },
  mastered: { icon: 'verified-filled', color: 'charts.green' },
  solved: { icon: 'pass-filled', color: 'charts.green' },
  unsolved: { icon: 'error', color: 'charts.red' },
};

export class TopicsTree extends Disposable implements vscode.TreeDataProvider<TopicsNode> {
  private readonly changed = this._register(new vscode.EventEmitter<TopicsNode | undefined>());
  readonly onDidChangeTreeData = this.changed.event;

  constructor(
    private readonly questions: QuestionService,
    private readonly practice: PracticeStateSource,
  ) {
    super();
    this._register(questions.onDidChange(() => this.changed.fire(undefined)));
    this._register(practice.onDidChange(() => this.changed.fire(undefined)));
  }

  refresh(): void {
    this.changed.fire(undefined);
  }

  getChildren(node?: TopicsNode): TopicsNode[] {
    const bank = this.questions.bank;
    if (!node) {
      const due = this.dueQuestions();
      const topics: TopicsNode[] = TOPICS.map((topic) => ({ type: 'topic', topic }));
      return due.length > 0 ? [{ type: 'due' }, ...topics] : topics;
    }
    if (node.type === 'due') return this.dueQuestions().map((question) => ({ type: 'question', question, inDue: true }));
    if (node.type === 'topic') return bank.byTopic(node.topic).map((question) => ({ type: 'question', question, inDue: false }));
    return [];
  }

  getParent(node: TopicsNode): TopicsNode | undefined {
    if (node.type !== 'question') return undefined;
    return node.inDue ? { type: 'due' } : { type: 'topic', topic: node.question.topic };
  }

  getTreeItem(node: TopicsNode): vscode.TreeItem {
    if (node.type === 'due') {
      const n = this.dueQuestions().length;
      const item = new vscode.TreeItem('Due for review', vscode.TreeItemCollapsibleState.Expanded);
      item.id = 'due';
      item.description = `${n}`;
      item.iconPath = new vscode.ThemeIcon('history', new vscode.ThemeColor('charts.orange'));
      item.tooltip = 'Drills your spaced-repetition schedule brings back today';
      item.contextValue = 'due';
      return item;
    }
    if (node.type === 'topic') {
      const n = this.questions.bank.byTopic(node.topic).length;
      const item = new vscode.TreeItem(TOPIC_TITLES[node.topic], n > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
      item.id = `topic:${node.topic}`;
      item.description = `${n}`;
      item.tooltip = `${TOPIC_TITLES[node.topic]}: ${n} drill${n === 1 ? '' : 's'}`;
      item.contextValue = 'topic';
      return item;
    }
    const q = node.question;
    const item = new vscode.TreeItem(q.title, vscode.TreeItemCollapsibleState.None);
    item.id = `${node.inDue ? 'due' : 'q'}:${q.id}`;
    const summary = this.practice.summary(q.id);
    const status = drillStatus(summary);
    item.description = `${q.difficulty} · ${q.minutes} min`;
    const look = status === 'new' ? { icon: KINDS[q.kind].icon, color: DIFFICULTY_COLOR[q.difficulty] } : STATUS_ICON[status];
    item.iconPath = new vscode.ThemeIcon(look.icon, new vscode.ThemeColor(look.color));
    item.accessibilityInformation = { label: `${q.title}, ${q.difficulty}, ${q.minutes} minutes, ${STATUS_WORDS[status]}` };
    const tip = new vscode.MarkdownString();
    tip.supportThemeIcons = true;
    tip.appendMarkdown(`**${escapeMd(q.title)}**\n\n`);
    appendPlain(tip, `${q.difficulty} · ${KINDS[q.kind].label} · ${q.minutes} minutes${q.tags.length ? ` · ${q.tags.join(', ')}` : ''}`);
    tip.appendMarkdown(`\n\n$(${look.icon}) **${STATUS_WORDS[status]}**`);
    if (summary.last) {
      appendPlain(tip, `\n\nLast attempt ${new Date(summary.last.endedAt).toLocaleDateString()}: ${attemptOutcome(summary.last)}.`);
      appendPlain(tip, `\n\n${summary.attempts} attempt${summary.attempts === 1 ? '' : 's'}${summary.nextReview && status !== 'due' ? ` · next review ${summary.nextReview.toLocaleDateString()}` : ''}`);
    }
    if (q.source !== 'builtin') appendPlain(tip, `\n\nFrom ${q.source === 'workspace' ? 'this workspace' : 'a user pack'}: ${q.file}`);
    item.tooltip = tip;
    item.contextValue = 'question';
    item.command = { command: Command.StartDrill, title: 'Start Drill', arguments: [q.id] };
    return item;
  }

  private dueQuestions(): Question[] {
    const bank = this.questions.bank;
    return this.practice.dueQuestionIds().map((id) => bank.byId(id)).filter((q): q is Question => q !== undefined);
  }

}

/** The Topics view, with the number of due drills as its badge. */
export function registerTopics(context: vscode.ExtensionContext, services: Pick<Services, 'questions' | 'practice'>): { tree: TopicsTree; view: vscode.TreeView<TopicsNode> } {
  const tree = new TopicsTree(services.questions, services.practice);
  const view = vscode.window.createTreeView(View.Topics, { treeDataProvider: tree, showCollapseAll: true });
  const badge = (): void => {
    const n = services.practice.dueQuestionIds().length;
    view.badge = n > 0 ? { value: n, tooltip: `${n} drill${n === 1 ? '' : 's'} due for review` } : undefined;
  };
  badge();
  context.subscriptions.push(tree, view, services.practice.onDidChange(badge));
  return { tree, view };
}

function escapeMd(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
