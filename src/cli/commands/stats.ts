import * as path from 'path';
import { TOPIC_TITLES } from '../../core/model';
import { parseArgs, UsageError, type CliCommand } from '../types';

export const command: CliCommand = {
  name: 'stats',
  summary: 'Progress from your attempt history: per topic, streak, solve times, review trends, due forecast',
  usage: 'drills stats [--history DIR] [--json]   (DIR: the interviewDrills.historyFolder setting; or $DRILLS_HISTORY_DIR)',
  async run(argv, io) {
    const { flags, options, positionals } = parseArgs(argv, { flags: ['json'], options: ['history'] });
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const dir = options.get('history') ?? io.env['DRILLS_HISTORY_DIR'];
    if (!dir) throw new UsageError('say where the history is: --history DIR (the folder in the interviewDrills.historyFolder setting) or $DRILLS_HISTORY_DIR');
    // Loaded here, not at start-up: the history store brings in crypto, which no other command needs.
    const { HistoryStore } = await import('../../core/practice/history');
    const { computeStats } = await import('../../core/practice/stats');
    const { records, skipped } = new HistoryStore(path.resolve(io.cwd, dir)).read();
    const s = computeStats(records, new Date());
    if (flags.has('json')) {
      io.out(JSON.stringify({ ...s, skippedLines: skipped }, null, 2));
      return 0;
    }
    io.out(`${s.attempts} attempt(s), streak ${s.streak} day(s)${skipped ? ` (${skipped} damaged line(s) skipped)` : ''}`);
    for (const t of s.topics) io.out(`  ${TOPIC_TITLES[t.topic].padEnd(36)} ${String(t.solved).padStart(3)}/${String(t.attempted).padEnd(3)} solved  ${t.attempted ? `${Math.round(t.accuracy * 100)}%` : '-'}`);
    if (s.timeToSolve.length) io.out(`Time to solve (last 5): ${s.timeToSolve.slice(-5).map((x) => `${x.minutes} min`).join(', ')}`);
    io.out(`Due in the next 14 days: ${s.dueForecast.join(' ')}`);
    return 0;
  },
};
