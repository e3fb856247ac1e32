import { getEventListeners } from 'events';
import { commands } from './commands/index';
import { redactSecret } from '../core/review/openaiProvider';
import { escapeControls } from './terminal';
import { UsageError, type CliIO } from './types';

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'drills — Interview Drills from the command line',
    '',
    'Usage: drills <command> [options]',
    '',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run "drills <command> --help" for a command\'s options.',
  ].join('\n');
}

/**
 * Everything the CLI prints passes here: pack text and program output never reach the terminal raw,
 * and the review key ($DRILLS_API_KEY) never appears, whatever message carried it.
 */
function safeIO(io: CliIO): CliIO {
  const key = io.env['DRILLS_API_KEY'];
  const clean = (t: string): string => escapeControls(redactSecret(t, key));
  return { ...io, out: (t) => io.out(clean(t)), err: (t) => io.err(clean(t)) };
}

export async function main(argv: string[], rawIO: CliIO): Promise<number> {
  const io = safeIO(rawIO);
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(help());
    return name ? 0 : 2;
  }
  const cmd = commands.find((c) => c.name === name);
  if (!cmd) {
    io.err(`drills: unknown command "${name}"\n\n${help()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`Usage: ${cmd.usage}\n\n${cmd.summary}`);
    return 0;
  }
  try {
    return await cmd.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`drills ${name}: ${e.message}\nUsage: ${cmd.usage}`);
      return 2;
    }
    io.err(`drills ${name}: ${(e as Error).stack ?? String(e)}`);
    return 2;
  }
}

/**
 * Ctrl-C and SIGTERM abort the running command, which stops the processes it started and removes
 * its temporary files; the exit code then says which signal ended it (130, 143). A second signal
 * exits at once.
 */
function interrupts(): { signal: AbortSignal; code: () => number | undefined } {
  const controller = new AbortController();
  let code: number | undefined;
  const on = (name: NodeJS.Signals, exit: number) => () => {
    // Nothing to stop (no run in progress), or asked twice: exit now.
    if (code !== undefined || getEventListeners(controller.signal, 'abort').length === 0) process.exit(exit);
    code = exit;
    process.stderr.write(`drills: ${name === 'SIGINT' ? 'interrupted' : 'terminated'}, stopping…\n`);
    controller.abort();
  };
  process.on('SIGINT', on('SIGINT', 130));
  process.on('SIGTERM', on('SIGTERM', 143));
  // The reader of our output went away (`drills list | head`): nothing more can be said, so stop the
  // way a pipeline expects, quietly and with success, after stopping any run in progress (its
  // processes and temporary files go with it).
  const closed = (e: NodeJS.ErrnoException): void => {
    if (e.code !== 'EPIPE') throw e;
    if (code === undefined) {
      code = 0;
      controller.abort();
    }
    if (getEventListeners(controller.signal, 'abort').length === 0) process.exit(0);
  };
  process.stdout.on('error', closed);
  process.stderr.on('error', closed);
  return { signal: controller.signal, code: () => code };
}

if (require.main === module) {
  const stop = interrupts();
  const io: CliIO = {
    out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
    err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
    cwd: process.cwd(),
    env: process.env,
    signal: stop.signal,
  };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = stop.code() ?? code;
      if (stop.code() !== undefined) process.exit();
    },
    (e: unknown) => {
      process.stderr.write(`${String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
