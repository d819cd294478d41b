/**
 * Minimal flag parsing for the CLI commands: boolean flags, flags with a value
 * (`--published 2024-06-25` or `--published=2024-06-25`) and positional arguments.
 */
import { CliError } from './cli-error.ts';

export interface ParsedArgs {
  flags: Set<string>;
  values: Map<string, string>;
  positional: string[];
}

/** Parses `args`; unknown flags and missing values are usage errors (exit code 2). */
export function parseArgs(args: readonly string[], spec: { booleans: readonly string[]; values: readonly string[] }): ParsedArgs {
  const parsed: ParsedArgs = { flags: new Set(), values: new Map(), positional: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      parsed.positional.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      parsed.positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (spec.booleans.includes(name) && inline === undefined) parsed.flags.add(name);
    else if (spec.values.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined || value === '') throw new CliError('USAGE', `--${name} needs a value`, 2);
      parsed.values.set(name, value);
    } else throw new CliError('USAGE', `unknown option --${name}`, 2);
  }
  return parsed;
}
