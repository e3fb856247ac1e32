import { promises as fs } from 'fs';
import * as path from 'path';
import { findQuestionFiles } from '../../core/questions/bank';
import { checkSolutionFile, solutionFilesOf } from '../../core/questions/solutions';
import { formatDiagnostic, type Diagnostic, type Question } from '../../core/model';
import { builtinQuestionsDir } from '../context';
import { parseArgs, type CliCommand } from '../types';

export const command: CliCommand = {
  name: 'validate',
  summary: 'Check question files; with --strict also run every reference and wrong solution',
  usage: 'drills validate [PATH...] [--strict] [--json]',
  async run(argv, io) {
    const { positionals, flags } = parseArgs(argv, { flags: ['json', 'strict'] });
    const targets = positionals.length > 0 ? positionals.map((p) => path.resolve(io.cwd, p)) : [builtinQuestionsDir()];
    const files: string[] = [];
    const diagnostics: Diagnostic[] = [];
    for (const t of targets) {
      const stat = await fs.stat(t).catch(() => undefined);
      if (!stat) diagnostics.push({ file: t, line: 1, col: 1, message: 'no such file or folder', severity: 'error' });
      else if (stat.isDirectory()) files.push(...(await findQuestionFiles(t)));
      else files.push(t);
    }
    const { loadQuestionFile } = await import('../../core/questions/loader');
    const questions: Question[] = [];
    const seen = new Map<string, string>();
    for (const file of files) {
      const r = await loadQuestionFile(file, 'builtin');
      diagnostics.push(...r.diagnostics);
      const q = r.question;
      if (!q) continue;
      const first = seen.get(q.id);
      if (first) {
        diagnostics.push({ file, line: 1, col: 1, message: `duplicate id "${q.id}" (already defined in ${first})`, severity: 'error' });
        continue;
      }
      seen.set(q.id, file);
      questions.push(q);
      const { references, wrong, alternatives } = solutionFilesOf(q);
      for (const s of [...references, ...alternatives, ...wrong]) {
        const checked = await checkSolutionFile(q, s.file);
        if ('problem' in checked) diagnostics.push({ file, line: 1, col: 1, message: checked.problem, severity: 'error' });
      }
    }
    let strictFailures = 0;
    const strictResults: unknown[] = [];
    if (flags.has('strict')) {
      const { checkSolutions } = await import('../strict');
      const report = await checkSolutions(questions, (line) => {
        if (!flags.has('json')) io.out(line);
      }, io.env, io.signal);
      strictFailures = report.failures.length;
      strictResults.push(...report.results);
      for (const f of [...report.failures, ...report.warnings]) diagnostics.push(f);
    }
    const errors = diagnostics.filter((d) => d.severity === 'error');
    if (flags.has('json')) {
      io.out(JSON.stringify({ files: files.length, questions: questions.length, errors: errors.length, diagnostics, solutions: strictResults }, null, 2));
    } else {
      for (const d of diagnostics) (d.severity === 'error' ? io.err : io.out)(formatDiagnostic(d));
      io.out(`${files.length} file(s), ${questions.length} valid question(s), ${errors.length} error(s)${flags.has('strict') ? `, ${strictFailures} solution check(s) failed` : ''}`);
    }
    return errors.length > 0 ? 1 : 0;
  },
};
