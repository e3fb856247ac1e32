import * as vscode from 'vscode';
import { registerCommands } from './vscode/commands';
import { readConfig } from './vscode/config';
import { DrillOpener, DrillSessions } from './vscode/drills';
import { View } from './vscode/ids';
import { PromptPanels } from './vscode/promptPanel';
import { QuestionService } from './vscode/questions';
import { DrillTimer } from './vscode/timer';
import { TopicsTree } from './vscode/topicsTree';

export interface DrillsApi {
  readonly questions: QuestionService;
  readonly sessions: DrillSessions;
  readonly timer: DrillTimer;
  readonly tree: TopicsTree;
}

export async function activate(context: vscode.ExtensionContext): Promise<DrillsApi> {
  const questions = new QuestionService(vscode.Uri.joinPath(context.extensionUri, 'questions').fsPath);
  const sessions = new DrillSessions(questions, context.workspaceState);
  const timer = new DrillTimer(context.extensionUri, context.globalState);
  const tree = new TopicsTree(questions);
  const prompts = new PromptPanels(context.extensionUri, context.globalState, (id) => questions.bank.byId(id), {
    openSolution: async (q) => void (await opener.start(q)),
    startTimer: (q) => timer.start(q.id, q.title, q.minutes, readConfig().honestMode),
  });
  const opener = new DrillOpener({ questions, sessions, prompts, timer });
  const treeView = vscode.window.createTreeView(View.Topics, { treeDataProvider: tree, showCollapseAll: true });
  context.subscriptions.push(questions, sessions, timer, tree, prompts, treeView);
  registerCommands(context, { questions, opener, sessions, prompts, timer });

  await questions.reload();
  sessions.restore();
  return { questions, sessions, timer, tree };
}

export function deactivate(): void {}
