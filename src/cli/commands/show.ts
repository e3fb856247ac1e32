import { TOPIC_TITLES } from '../../core/model';
import { printFunction, printParams, printRecord } from '../../core/types';
import { valueText } from '../../core/judge/values';
import { resolveQuestion } from '../context';
import { parseArgs, UsageError, type CliCommand } from '../types';

export const command: CliCommand = {
  name: 'show',
  summary: 'Print a question\'s prompt and visible test cases',
  usage: 'drills show <id|file.yaml> [--json]',
  async run(argv, io) {
    const { positionals, flags } = parseArgs(argv, { flags: ['json'] });
    const target = positionals[0];
    if (!target || positionals.length > 1) throw new UsageError('give one question id or YAML file');
    const q = await resolveQuestion(target, io);
    const visible = q.tests.filter((t) => !t.hidden);
    if (flags.has('json')) {
      const { solutions: _s, wrongSolutions: _w, outline: _o, checker: _c, ...pub } = q;
      io.out(JSON.stringify({ ...pub, tests: visible }, null, 2));
      return 0;
    }
    io.out(`# ${q.title}`);
    io.out(`${TOPIC_TITLES[q.topic]} · ${q.difficulty} · ${q.kind} · ${q.minutes} min`);
    const sig = q.signature;
    if (sig?.kind === 'function') io.out(`Signature: ${printFunction(sig.function)}`);
    if (sig?.kind === 'class') io.out(['Signature:', `  class ${sig.className}${printParams(sig.constructorParams)}`, ...sig.methods.map((m) => `    ${printFunction(m)}`)].join('\n'));
    for (const r of sig?.records ?? []) io.out(`  record ${r.name} ${printRecord(r)}`);
    io.out('');
    io.out(q.prompt.trimEnd());
    if (visible.length > 0) {
      io.out('');
      io.out(`Examples (${visible.length} visible, ${q.tests.length - visible.length} hidden):`);
      for (const t of visible) {
        if (t.type === 'call') io.out(`  ${t.name}: ${q.function ?? ''}(${t.args.map((a) => valueText(a)).join(', ')}) → ${valueText(t.expected)}`);
        else if (t.type === 'ops') io.out(`  ${t.name}: ${JSON.stringify(t.ops)} ${valueText(t.args)} → ${valueText(t.expected)}`);
        else io.out(`  ${t.name}`);
      }
    }
    return 0;
  },
};
