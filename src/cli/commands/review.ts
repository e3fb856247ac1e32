import { promises as fs } from 'fs';
import * as path from 'path';
import type { Language } from '../../core/model';
import { evidenceText, groupEvidence } from '../../core/review/format';
import { resolveQuestion } from '../context';
import { parseArgs, UsageError, type CliCommand } from '../types';
import { languageFromFile } from './run';

export const command: CliCommand = {
  name: 'review',
  summary: 'Review the reasoning in a solution, design doc or STAR answer (offline checklist or an OpenAI-compatible model)',
  usage: 'drills review <id|file.yaml> <solution-file> [--provider offline|openai] [--base-url URL] [--model M] [--json]   (key: $DRILLS_API_KEY)',
  async run(argv, io) {
    const { positionals, flags, options } = parseArgs(argv, { flags: ['json'], options: ['provider', 'base-url', 'model'] });
    if (positionals.length !== 2) throw new UsageError('give a question and a file to review');
    const providerName = options.get('provider') ?? 'offline';
    if (providerName !== 'offline' && providerName !== 'openai') throw new UsageError(`unknown provider "${providerName}" (offline or openai)`);
    const [target, file] = positionals as [string, string];
    const q = await resolveQuestion(target, io);
    const full = path.resolve(io.cwd, file);
    const code = await fs.readFile(full, 'utf8').catch(() => {
      throw new UsageError(`cannot read ${file}`);
    });
    const language: Language | 'markdown' = /\.md$/i.test(full) ? 'markdown' : languageFromFile(full);
    // Loaded here, not at start-up: the reviewer compiles its vocabularies when it loads, which no other command needs.
    const { OpenAIProvider, PRESETS, Reviewer } = await import('../../core/review');
    const provider =
      providerName === 'openai'
        ? new OpenAIProvider({
            baseUrl: options.get('base-url') ?? PRESETS['openai']!.baseUrl,
            model: options.get('model') ?? PRESETS['openai']!.model,
            ...(io.env['DRILLS_API_KEY'] ? { apiKey: io.env['DRILLS_API_KEY'] } : {}),
          })
        : undefined;
    const review = await new Reviewer().review({ question: q, code, language }, provider);
    if (review.error) io.err(`drills review: ${review.error}`);
    if (flags.has('json')) {
      io.out(JSON.stringify({ provider: review.provider, summary: review.summary, scores: review.scores, remarks: review.remarks.map((r) => ({ line: r.line, severity: r.severity, message: r.message })), ...(review.raw ? { raw: review.raw } : {}), ...(review.note ? { note: review.note } : {}) }, null, 2));
    } else {
      io.out(`${q.title} (${review.provider})`);
      io.out(review.summary);
      io.out('');
      for (const s of review.scores) {
        io.out(`  ${'●'.repeat(s.score)}${'○'.repeat(4 - s.score)}  ${s.dimension}: ${s.why}`);
        for (const g of groupEvidence(s.evidence)) io.out(`        ${evidenceText(g, g.line > 0 ? `${path.basename(full)}:${g.line} ` : '')}`);
      }
      io.out('');
      for (const r of [...review.remarks].sort((a, b) => a.line - b.line)) io.out(`${path.basename(full)}:${r.line}: ${r.severity}: ${r.message}`);
      if (review.raw) io.out(`\nThe model's answer as received:\n${review.raw}`);
    }
    return review.error ? 1 : 0;
  },
};
