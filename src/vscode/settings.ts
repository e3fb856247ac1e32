// The typed settings snapshot, built from a reader so it can be checked without VS Code: every
// `interviewDrills.*` setting package.json declares is read here, and nothing else.
import * as os from 'os';
import * as path from 'path';
import type { Language } from '../core/model';
import { PRESETS } from '../core/review';
import { ALL_RUNTIMES, isLanguage, RUNTIMES } from '../core/runtimes';

export const SECTION = 'interviewDrills';

/** Every setting, by its key under `interviewDrills.` (package.json declares the same keys). */
export const Setting = {
  Language: 'language',
  PracticeFolder: 'practiceFolder',
  PackFolders: 'packFolders',
  HonestMode: 'timer.honestMode',
  PythonPath: 'pythonPath',
  GoPath: 'goPath',
  CppPath: 'cppPath',
  JavaPath: 'javaPath',
  HistoryFolder: 'historyFolder',
  NewPerDay: 'newPerDay',
  ReviewProvider: 'review.provider',
  ReviewPreset: 'review.preset',
  ReviewBaseUrl: 'review.baseUrl',
  ReviewModel: 'review.model',
  ReviewLanguageModelFamily: 'review.languageModelFamily',
  ReviewHoldUntilTimerEnds: 'review.holdUntilTimerEnds',
} as const;
export type SettingKey = (typeof Setting)[keyof typeof Setting];

/** `interviewDrills.language`, the full id VS Code uses. */
export function settingId(key: SettingKey): string {
  return `${SECTION}.${key}`;
}

/**
 * Settings that decide what code runs, where your code and API key are sent, and where your files
 * and history are kept. In an untrusted workspace their workspace and folder values are ignored
 * (only your user settings count); package.json lists the same keys under
 * `capabilities.untrustedWorkspaces.restrictedConfigurations`, so VS Code ignores them too.
 */
export const RESTRICTED_SETTINGS: readonly SettingKey[] = [
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

/** A typed snapshot of every setting, rebuilt whenever one of them (or workspace trust) changes. */
export interface DrillsConfig {
  readonly language: Language | undefined;
  /** Resolved to an absolute folder. */
  readonly practiceFolder: string;
  readonly packFolders: readonly string[];
  readonly honestMode: boolean;
  /** Each runtime's toolchain setting (full id, e.g. `interviewDrills.pythonPath`) → its value, empty when unset. */
  readonly toolchains: Readonly<Record<string, string>>;
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

/** Where relative and default folders resolve. */
export interface ConfigEnvironment {
  readonly workspaceFolder: string | undefined;
  readonly home: string;
}

export function defaultEnvironment(workspaceFolder: string | undefined): ConfigEnvironment {
  return { workspaceFolder, home: os.homedir() };
}

function expandHome(p: string, home: string): string {
  return p.startsWith('~') ? path.join(home, p.slice(1)) : p;
}

/** Builds the snapshot from a reader of raw setting values (undefined: not set). */
export function buildConfig(read: (key: SettingKey) => unknown, env: ConfigEnvironment): DrillsConfig {
  const text = (key: SettingKey): string => {
    const v = read(key);
    return typeof v === 'string' ? v.trim() : '';
  };
  const home = (p: string): string => expandHome(p, env.home);
  const language = text(Setting.Language);
  const practice = text(Setting.PracticeFolder);
  const base = env.workspaceFolder ?? env.home;
  const practiceFolder = practice ? (path.isAbsolute(home(practice)) ? home(practice) : path.join(base, practice)) : env.workspaceFolder ? path.join(env.workspaceFolder, 'drills') : path.join(env.home, 'interview-drills');
  const packFolders = read(Setting.PackFolders);
  const provider = text(Setting.ReviewProvider);
  const preset = PRESETS[text(Setting.ReviewPreset) || 'openai'] ?? PRESETS['openai']!;
  const family = text(Setting.ReviewLanguageModelFamily);
  const toolchains: Record<string, string> = {};
  for (const r of ALL_RUNTIMES) {
    if (!r.setting?.startsWith(`${SECTION}.`)) continue;
    toolchains[r.setting] = home(text(r.setting.slice(SECTION.length + 1) as SettingKey));
  }
  const perDay = Number(read(Setting.NewPerDay) ?? 3);
  return {
    language: isLanguage(language) && RUNTIMES[language].kinds.includes('coding') ? language : undefined,
    practiceFolder,
    packFolders: (Array.isArray(packFolders) ? packFolders : []).filter((s): s is string => typeof s === 'string' && s.trim() !== '').map(home),
    honestMode: read(Setting.HonestMode) === true,
    toolchains,
    historyFolder: home(text(Setting.HistoryFolder)),
    newPerDay: Number.isFinite(perDay) ? Math.max(0, Math.min(50, Math.floor(perDay))) : 3,
    review: {
      provider: provider === 'openai' || provider === 'vscode-lm' ? provider : 'offline',
      baseUrl: text(Setting.ReviewBaseUrl) || preset.baseUrl,
      model: text(Setting.ReviewModel) || preset.model,
      languageModelFamily: family || undefined,
      holdUntilTimerEnds: read(Setting.ReviewHoldUntilTimerEnds) === true,
    },
  };
}
