export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  /** Aborted on Ctrl-C or SIGTERM: a run stops its processes and removes its files before exiting. */
  readonly signal?: AbortSignal;
}

export interface CliCommand {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  /** Resolves to the exit code: 0 ok, 1 failure, 2 usage or setup error. */
  run(argv: string[], io: CliIO): Promise<number>;
}

export class UsageError extends Error {}

/** Splits argv into positionals and `--flag` / `--key value` options; unknown flags are usage errors. */
export function parseArgs(
  argv: readonly string[],
  spec: { flags?: readonly string[]; options?: readonly string[] },
): { positionals: string[]; flags: Set<string>; options: Map<string, string> } {
  const positionals: string[] = [];
  const flags = new Set<string>();
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const [key, inline] = a.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      if (spec.flags?.includes(key)) {
        flags.add(key);
      } else if (spec.options?.includes(key)) {
        const value = inline ?? argv[++i];
        if (value === undefined) throw new UsageError(`--${key} needs a value`);
        options.set(key, value);
      } else {
        throw new UsageError(`unknown option --${key}`);
      }
    } else {
      positionals.push(a);
    }
  }
  return { positionals, flags, options };
}
