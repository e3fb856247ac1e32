import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { Language } from '../core/model';
import { isLanguage, RUNTIMES } from '../core/runtimes';
import { PRESETS } from '../core/review';
import { Setting } from './ids';

/**
 * Settings that decide what code runs, where your code and API key are sent, and where your files
 * and history are kept. In an untrusted workspace their workspace and folder values are ignored
 * (only your user settings count); package.json lists the same keys under
 * `capabilities.untrustedWorkspaces.restrictedConfigurations`, so VS Code ignores them too.
 */
export const RESTRICTED_SETTINGS: readonly string[] = [
  Setting.PackFolders,
  Setting.PythonPath,
  Setting.GoPath,
  Setting.CppPath,
  Setting.JavaPath,
  Setting.PracticeFolder,
  Setting.HistoryFolder,
  Setting.ReviewProvider,
  Setting.ReviewPreset,
  Setting.ReviewBaseUrl,
  Setting.ReviewModel,
  Setting.ReviewLanguageModelFamily,
];

export type ReviewProviderKind = 'offline' | 'openai' | 'vscode-lm';

/** A typed snapshot of the settings, rebuilt on every read so it is never stale. */
export interface DrillsConfig {
  readonly language: Language | undefined;
  readonly practiceFolder: string;
  readonly packFolders: readonly string[];
  readonly honestMode: boolean;
  readonly pythonPath: string;
  /** Empty: the extension's global storage. */
  readonly historyFolder: string;
  readonly newPerDay: number;
  readonly review: {
    readonly provider: ReviewProviderKind;
    /** The endpoint your code (and a stored key) would go to: the base URL setting, else the preset's. */
    readonly baseUrl: string;
    readonly model: string;
    readonly languageModelFamily: string | undefined;
    readonly holdUntilTimerEnds: boolean;
  };
}

function expandHome(p: string): string {
  return p.startsWith('~') ? path.join(os.homedir(), p.slice(1)) : p;
}

/** A setting's value; for a restricted one in an untrusted workspace, only the user's value or the default. */
function get<T>(c: vscode.WorkspaceConfiguration, key: string, fallback: T): T {
  if (vscode.workspace.isTrusted || !RESTRICTED_SETTINGS.includes(key)) return c.get<T>(key, fallback);
  const i = c.inspect<T>(key);
  return i?.globalValue ?? i?.defaultValue ?? fallback;
}

function text(c: vscode.WorkspaceConfiguration, key: string): string {
  const v = get<unknown>(c, key, '');
  return typeof v === 'string' ? v.trim() : '';
}

/**
 * A runtime's toolchain setting (`Runtime.setting`, e.g. `interviewDrills.pythonPath`), read like
 * every restricted setting: in an untrusted workspace only the user's own value counts.
 */
export function readToolchainSetting(key: string): string {
  const prefix = `${Setting.Section}.`;
  return key.startsWith(prefix) ? expandHome(text(vscode.workspace.getConfiguration(Setting.Section), key.slice(prefix.length))) : '';
}

export function readConfig(): DrillsConfig {
  const c = vscode.workspace.getConfiguration(Setting.Section);
  const language = text(c, Setting.Language);
  const practice = text(c, Setting.PracticeFolder);
  const ws = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const defaultPractice = ws ? path.join(ws, 'drills') : path.join(os.homedir(), 'interview-drills');
  const resolved = practice ? (path.isAbsolute(expandHome(practice)) ? expandHome(practice) : path.join(ws ?? os.homedir(), practice)) : defaultPractice;
  const packFolders = get<unknown>(c, Setting.PackFolders, []);
  const provider = text(c, Setting.ReviewProvider);
  const preset = PRESETS[text(c, Setting.ReviewPreset) || 'openai'] ?? PRESETS['openai']!;
  const family = text(c, Setting.ReviewLanguageModelFamily);
  return {
    language: isLanguage(language) && RUNTIMES[language].kinds.includes('coding') ? language : undefined,
    practiceFolder: resolved,
    packFolders: (Array.isArray(packFolders) ? packFolders : []).filter((s): s is string => typeof s === 'string' && s.trim() !== '').map(expandHome),
    honestMode: get<boolean>(c, Setting.HonestMode, false) === true,
    pythonPath: expandHome(text(c, Setting.PythonPath)),
    historyFolder: expandHome(text(c, Setting.HistoryFolder)),
    newPerDay: Math.max(0, Math.min(50, Math.floor(Number(get<unknown>(c, Setting.NewPerDay, 3)) || 0))),
    review: {
      provider: provider === 'openai' || provider === 'vscode-lm' ? provider : 'offline',
      baseUrl: text(c, Setting.ReviewBaseUrl) || preset.baseUrl,
      model: text(c, Setting.ReviewModel) || preset.model,
      languageModelFamily: family || undefined,
      holdUntilTimerEnds: get<boolean>(c, Setting.ReviewHoldUntilTimerEnds, false) === true,
    },
  };
}
