// Where the extension keeps the attempt history when the historyFolder setting is empty: its global
// storage folder, inside the user-data folder of whichever VS Code build runs it. The CLI looks in
// these places, so `drills stats` finds the history without being told.
import * as fs from 'fs';
import * as path from 'path';

/** The history file's name, in whichever folder holds it. */
export const HISTORY_FILE = 'history.jsonl';

/** The extension's global storage folder name: `publisher.name` as VS Code lowercases it. */
export const STORAGE_FOLDER = 'interview-drills.interview-drills';

/** VS Code builds whose user-data folder is `<config root>/<name>`. */
const DESKTOP_BUILDS = ['Code', 'Code - Insiders', 'VSCodium', 'Code - OSS'];

export interface LocationContext {
  readonly os: NodeJS.Platform;
  readonly home: string;
  readonly env: NodeJS.ProcessEnv;
}

/**
 * Every folder the extension's default history could be in, most common first: the desktop builds,
 * code-server, and the profile `npm start` runs in (see the README's Install section).
 */
export function defaultHistoryFolders(ctx: LocationContext): string[] {
  const { env, home } = ctx;
  const p = ctx.os === 'win32' ? path.win32 : path.posix;
  const configRoot = ctx.os === 'win32' ? (env['APPDATA'] ?? p.join(home, 'AppData', 'Roaming')) : ctx.os === 'darwin' ? p.join(home, 'Library', 'Application Support') : (env['XDG_CONFIG_HOME'] ?? p.join(home, '.config'));
  const dataRoot = env['XDG_DATA_HOME'] ?? p.join(home, '.local', 'share');
  const userData = [
    ...DESKTOP_BUILDS.map((b) => p.join(configRoot, b)),
    p.join(dataRoot, 'code-server'),
    p.join(env['DRILLS_STATE_DIR'] ? p.resolve(env['DRILLS_STATE_DIR']) : p.join(dataRoot, 'interview-drills'), 'code-server', 'user-data'),
  ];
  return userData.map((u) => p.join(u, 'User', 'globalStorage', STORAGE_FOLDER));
}

export interface FoundHistory {
  /** The folder holding the history file. */
  readonly folder: string;
  readonly modified: Date;
}

/** The default folders that hold a history file, the most recently written first. */
export function findDefaultHistories(ctx: LocationContext): FoundHistory[] {
  const found: FoundHistory[] = [];
  for (const folder of defaultHistoryFolders(ctx)) {
    try {
      const st = fs.statSync(path.join(folder, HISTORY_FILE));
      if (st.isFile()) found.push({ folder, modified: st.mtime });
    } catch {
      // not there
    }
  }
  return found.sort((a, b) => b.modified.getTime() - a.modified.getTime());
}
