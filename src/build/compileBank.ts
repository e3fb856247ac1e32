// Build step (run by esbuild.js): compiles the built-in YAML bank into dist/bank.jsonl. A question
// that does not load fails the build with the loader's file:line:col diagnostics.
// Usage: node out/build/compile-bank.js <questions-dir> <out-file> [--production]
import * as fs from 'fs';
import * as path from 'path';
import { formatDiagnostic, type Diagnostic } from '../core/model';
import { findQuestionFiles } from '../core/questions/bank';
import { compileBank, stampOf } from '../core/questions/compiled';
import { loadQuestionFile } from '../core/questions/loader';

export interface CompileReport {
  readonly questions: number;
  readonly files: number;
  readonly diagnostics: readonly Diagnostic[];
  /** The bank was written (no errors). */
  readonly written: boolean;
}

export async function compileBuiltinBank(questionsDir: string, outFile: string, options: { production: boolean }): Promise<CompileReport> {
  const dir = path.resolve(questionsDir);
  const dirs: string[] = [];
  const files = await findQuestionFiles(dir, dirs);
  const loaded = await Promise.all(
    files.map(async (file) => {
      const stamp = await stampOf(file);
      return { file, stamp, result: await loadQuestionFile(file, 'builtin') };
    }),
  );
  const diagnostics: Diagnostic[] = loaded.flatMap((l) => l.result.diagnostics);
  const seen = new Map<string, string>();
  for (const { file, result } of loaded) {
    const id = result.question?.id;
    if (id === undefined) continue;
    const first = seen.get(id);
    if (first !== undefined) diagnostics.push({ file, line: 1, col: 1, message: `duplicate id "${id}" (already defined in ${first})`, severity: 'error' });
    else seen.set(id, file);
  }
  if (files.length === 0) diagnostics.push({ file: dir, line: 1, col: 1, message: 'no question files found', severity: 'error' });
  const questions = loaded.filter((l) => l.result.question).length;
  if (diagnostics.some((d) => d.severity === 'error')) return { questions, files: files.length, diagnostics, written: false };
  const text = await compileBank(dir, loaded, { dirs, checkSources: !options.production });
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  // Written whole and renamed, so a running extension host never reads half a bank.
  const tmp = `${outFile}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, outFile);
  return { questions, files: files.length, diagnostics, written: true };
}

/** Diagnostics relative to the working directory, so terminals and problem matchers can open them. */
export function formatForBuild(d: Diagnostic, cwd = process.cwd()): string {
  return formatDiagnostic({ ...d, file: path.relative(cwd, d.file) || d.file });
}

export async function main(argv: readonly string[]): Promise<number> {
  const [questionsDir, outFile] = argv.filter((a) => !a.startsWith('--'));
  if (!questionsDir || !outFile) {
    process.stderr.write('usage: compile-bank <questions-dir> <out-file> [--production]\n');
    return 2;
  }
  const report = await compileBuiltinBank(questionsDir, outFile, { production: argv.includes('--production') });
  for (const d of report.diagnostics) process.stderr.write(`${formatForBuild(d)}\n`);
  const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
  if (!report.written) {
    process.stderr.write(`question bank: ${errors} error(s) in ${questionsDir}; ${path.relative(process.cwd(), outFile)} not written\n`);
    return 1;
  }
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e: unknown) => {
      process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
