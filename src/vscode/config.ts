import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { LANGUAGES, type Language } from '../core/model';
import { Setting } from './ids';

/** A typed snapshot of the settings, rebuilt on every read so it is never stale. */
export interface DrillsConfig {
  readonly language: Language | undefined;
  readonly practiceFolder: string;
  readonly packFolders: readonly string[];
  readonly honestMode: boolean;
  readonly pythonPath: string;
}

function expandHome(p: string): string {
  return p.startsWith('~') ? path.join(os.homedir(), p.slice(1)) : p;
}

export function readConfig(): DrillsConfig {
  const c = vscode.workspace.getConfiguration(Setting.Section);
  const language = c.get<string>(Setting.Language, '');
  const practice = c.get<string>(Setting.PracticeFolder, '').trim();
  const ws = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const defaultPractice = ws ? path.join(ws, 'drills') : path.join(os.homedir(), 'interview-drills');
  const resolved = practice ? (path.isAbsolute(expandHome(practice)) ? expandHome(practice) : path.join(ws ?? os.homedir(), practice)) : defaultPractice;
  return {
    language: (LANGUAGES as readonly string[]).includes(language) ? (language as Language) : undefined,
    practiceFolder: resolved,
    packFolders: c.get<string[]>(Setting.PackFolders, []).filter((s) => typeof s === 'string' && s.trim() !== '').map(expandHome),
    honestMode: c.get<boolean>(Setting.HonestMode, false),
    pythonPath: expandHome(c.get<string>(Setting.PythonPath, '').trim()),
  };
}
