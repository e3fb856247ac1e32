import * as vscode from 'vscode';
import { activationTimer, moduleLoaded, type ActivationTiming } from './vscode/activation';
import { registerCodeLens, type DrillCodeLens } from './vscode/codeLens';
import { registerDrills } from './vscode/drillCommands';
import { registerPractice } from './vscode/practice';
import type { MockInterview } from './vscode/practice/mock';
import { registerReview, type ReviewComments } from './vscode/review';
import { createServices, type Services } from './vscode/services';
import { registerTesting, type DrillTesting } from './vscode/testing';
import { registerTimer } from './vscode/timer';
import { registerTopics, type TopicsNode, type TopicsTree } from './vscode/topicsTree';

/** What the extension-host tests reach: the services and each feature's own object. */
export interface DrillsApi extends Services {
  readonly tree: TopicsTree;
  readonly topicsView: vscode.TreeView<TopicsNode>;
  readonly testing: DrillTesting;
  readonly review: ReviewComments;
  readonly mock: MockInterview;
  readonly lenses: DrillCodeLens;
  readonly activation: ActivationTiming;
}

const load = moduleLoaded();

export async function activate(context: vscode.ExtensionContext): Promise<DrillsApi> {
  const timing = activationTimer(load);
  const services = createServices(context);
  registerDrills(context, services);
  registerTimer(context, services);
  const { tree, view: topicsView } = registerTopics(context, services);
  const testing = registerTesting(context, services);
  const review = registerReview(context, { ...services, testing });
  const { mock } = registerPractice(context, { ...services, testing, review });
  const lenses = registerCodeLens(context, { ...services, testing });

  await services.questions.reload();
  services.sessions.restore();
  return { ...services, tree, topicsView, testing, review, mock, lenses, activation: timing.finish() };
}

export function deactivate(): void {}
