import * as os from 'os';
import * as path from 'path';
import { TOPIC_TITLES } from '../../core/model';
import { defaultHistoryFolders, findDefaultHistories, HISTORY_FILE } from '../../core/practice/historyLocations';
import { parseArgs, UsageError, type CliCommand } from '../types';

export const command: CliCommand = {
  name: 'stats',
  summary: 'Progress from your attempt history: per topic, streak, solve times, review trends, due forecast',
  usage: 'drills stats [--history DIR] [--json]   (DIR: the interviewDrills.historyFolder setting, or $DRILLS_HISTORY_DIR; without either, the extension\'s own storage in VS Code, code-server or an `npm start` session)',
  async run(argv, io) {
    const { flags, options, positionals } = parseArgs(argv, { flags: ['json'], options: ['history'] });
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    let dir = options.get('history') ?? io.env['DRILLS_HISTORY_DIR'];
    let found = '';
    if (!dir) {
      // The extension's default: its global storage, in whichever VS Code build has a history.
      const ctx = { os: process.platform, home: io.env['HOME'] ?? io.env['USERPROFILE'] ?? os.homedir(), env: io.env };
      const histories = findDefaultHistories(ctx);
      const newest = histories[0];
      if (!newest) throw new UsageError(`no attempt history found where the extension keeps it:\n${defaultHistoryFolders(ctx).map((f) => `  ${f}`).join('\n')}\nsay where it is: --history DIR (the folder in the interviewDrills.historyFolder setting) or $DRILLS_HISTORY_DIR`);
      dir = newest.folder;
      found = `History: ${path.join(dir, HISTORY_FILE)}${histories.length > 1 ? ` (the most recently written of ${histories.length}; choose another with --history DIR)` : ''}`;
    }
    // Loaded here, not at start-up: the history store brings in crypto, which no other command needs.
    const { HistoryStore } = await import('../../core/practice/history');
    const { computeStats } = await import('../../core/practice/stats');
    const store = new HistoryStore(path.resolve(io.cwd, dir));
    const { records, skipped } = store.read();
    const s = computeStats(records, new Date());
    if (flags.has('json')) {
      io.out(JSON.stringify({ historyFile: store.file, ...s, skippedLines: skipped }, null, 2));
      return 0;
    }
    if (found) io.out(found);
    io.out(`${s.attempts} attempt(s), streak ${s.streak} day(s)${skipped ? ` (${skipped} damaged line(s) skipped)` : ''}`);
    for (const t of s.topics) io.out(`  ${TOPIC_TITLES[t.topic].padEnd(36)} ${String(t.solved).padStart(3)}/${String(t.attempted).padEnd(3)} solved  ${t.attempted ? `${Math.round(t.accuracy * 100)}%` : '-'}`);
    if (s.timeToSolve.length) io.out(`Time to solve (last 5): ${s.timeToSolve.slice(-5).map((x) => `${x.minutes} min`).join(', ')}`);
    io.out(`Due in the next 14 days: ${s.dueForecast.join(' ')}`);
    return 0;
  },
};
