import { TOPICS, TOPIC_TITLES, type Topic } from '../../core/model';
import { ALL_RUNTIMES } from '../../core/runtimes';
import { referenceLanguages } from '../../core/questions/solutions';
import { printSignature } from '../../core/types';
import { openBank } from '../context';
import { parseArgs, UsageError, type CliCommand } from '../types';

export const command: CliCommand = {
  name: 'list',
  summary: 'List the questions, optionally of one topic',
  usage: `drills list [--topic ${TOPICS.join('|')}] [--json] [--pack DIR]...`,
  async run(argv, io) {
    const { flags, options, positionals } = parseArgs(argv, { flags: ['json'], options: ['topic', 'pack'] });
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const topic = options.get('topic');
    if (topic !== undefined && !(TOPICS as readonly string[]).includes(topic)) throw new UsageError(`unknown topic "${topic}"`);
    const pack = options.get('pack');
    const { bank } = await openBank(io.env, pack ? [pack] : []);
    const questions = topic ? bank.byTopic(topic as Topic) : bank.all();
    if (flags.has('json')) {
      const counts = Object.fromEntries(TOPICS.map((t) => [t, bank.byTopic(t).length]));
      io.out(
        JSON.stringify(
          {
            total: questions.length,
            counts,
            questions: questions.map((q) => ({
              id: q.id,
              title: q.title,
              topic: q.topic,
              kind: q.kind,
              difficulty: q.difficulty,
              minutes: q.minutes,
              tests: q.tests.length,
              hidden: q.tests.filter((t) => t.hidden).length,
              tags: q.tags,
              scaling: q.scaling !== undefined,
              ...(q.signature ? { signature: printSignature(q.signature) } : {}),
              languages: ALL_RUNTIMES.filter((r) => r.supports(q) === true).map((r) => r.id),
              references: referenceLanguages(q),
            })),
          },
          null,
          2,
        ),
      );
      return 0;
    }
    for (const t of topic ? [topic as Topic] : TOPICS) {
      const qs = bank.byTopic(t);
      if (qs.length === 0) continue;
      io.out(`${TOPIC_TITLES[t]} (${qs.length})`);
      for (const q of qs) io.out(`  ${q.id.padEnd(36)} ${q.difficulty.padEnd(6)} ${q.kind.padEnd(13)} ${q.title}`);
    }
    return 0;
  },
};
