// Every command, view and context-key id the extension contributes, in one table each (package.json
// declares the same commands; a test checks both ways). Settings: settings.ts.

export const Command = {
  StartDrill: 'interviewDrills.startDrill',
  RandomDrill: 'interviewDrills.randomDrill',
  ReloadQuestions: 'interviewDrills.reloadQuestions',
  ShowPrompt: 'interviewDrills.showPrompt',
  TimerStart: 'interviewDrills.timer.start',
  TimerPause: 'interviewDrills.timer.pause',
  TimerResume: 'interviewDrills.timer.resume',
  TimerReset: 'interviewDrills.timer.reset',
  ChooseLanguage: 'interviewDrills.chooseLanguage',
  OpenPracticeFolder: 'interviewDrills.openPracticeFolder',
  AskInterviewer: 'interviewDrills.askInterviewer',
  RunTests: 'interviewDrills.runTests',
  Submit: 'interviewDrills.submit',
  MeasureComplexity: 'interviewDrills.measureComplexity',
  RevealHiddenCase: 'interviewDrills.revealHiddenCase',
  FindSmallestFailingInput: 'interviewDrills.findSmallestFailingInput',
  AddSmallestFailingInput: 'interviewDrills.addSmallestFailingInput',
  Review: 'interviewDrills.reviewReasoning',
  ReviewReply: 'interviewDrills.review.reply',
  ReviewResolve: 'interviewDrills.review.resolve',
  ReviewClear: 'interviewDrills.review.clear',
  SetApiKey: 'interviewDrills.setApiKey',
  FinishDrill: 'interviewDrills.finishDrill',
  StartDueDrill: 'interviewDrills.startDueDrill',
  DailyPlan: 'interviewDrills.dailyPlan',
  ExportHistory: 'interviewDrills.exportHistory',
  ImportHistory: 'interviewDrills.importHistory',
  ShowStats: 'interviewDrills.showStats',
  StartMock: 'interviewDrills.startMockInterview',
  NextMockDrill: 'interviewDrills.nextMockDrill',
  FinishMock: 'interviewDrills.finishMockInterview',
  ShowMockReport: 'interviewDrills.showMockReport',
  ShowReference: 'interviewDrills.showReferenceSolution',
  QuestionsToAsk: 'interviewDrills.questionsToAsk',
} as const;
export type CommandId = (typeof Command)[keyof typeof Command];

export { Setting } from './settings';

export const View = {
  Container: 'interviewDrills',
  Topics: 'interviewDrills.topics',
  Timer: 'interviewDrills.timer',
  PromptPanel: 'interviewDrills.prompt',
} as const;


export const Context = {
  HasDrill: 'interviewDrills.hasDrill',
  TimerRunning: 'interviewDrills.timerRunning',
  DrillFile: 'interviewDrills.drillFile',
  DrillRunnable: 'interviewDrills.drillRunnable',
} as const;
