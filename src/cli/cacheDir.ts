import * as os from 'os';
import * as path from 'path';

/** The CLI's cache folder: $DRILLS_CACHE_DIR, else the platform's per-user cache folder. */
export function cliCacheDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform, home = os.homedir()): string {
  if (env['DRILLS_CACHE_DIR']) return env['DRILLS_CACHE_DIR'];
  if (platform === 'win32') return path.join(env['LOCALAPPDATA'] || path.join(home, 'AppData', 'Local'), 'interview-drills', 'Cache');
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches', 'interview-drills');
  return path.join(env['XDG_CACHE_HOME'] || path.join(home, '.cache'), 'interview-drills');
}
