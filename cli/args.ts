/** A small, strict argument parser for the CLI: positionals plus `--name value` / `--flag`. */
export interface ParsedArgs {
  positionals: string[];
  options: Map<string, string | true>;
}

export function parseArgs(args: string[], flags: readonly string[] = []): ParsedArgs {
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    if (eq > 0) options.set(name, arg.slice(eq + 1));
    else if (flags.includes(name)) options.set(name, true);
    else {
      const value = args[i + 1];
      if (value === undefined || value.startsWith('--')) throw new Error(`Option --${name} needs a value.`);
      options.set(name, value);
      i++;
    }
  }
  return { positionals, options };
}

/** Reads a string option; throws a readable error when it is a bare flag. */
export function stringOption(parsed: ParsedArgs, name: string): string | undefined {
  const v = parsed.options.get(name);
  if (v === true) throw new Error(`Option --${name} needs a value.`);
  return v;
}

/** Reads an integer option within [min, max]. */
export function intOption(parsed: ParsedArgs, name: string, min: number, max: number): number | undefined {
  const v = stringOption(parsed, name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`Option --${name} must be a whole number from ${min} to ${max}, got "${v}".`);
  return n;
}

/** Reads a number option within [min, max]. */
export function numberOption(parsed: ParsedArgs, name: string, min: number, max: number): number | undefined {
  const v = stringOption(parsed, name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n < min || n > max) throw new Error(`Option --${name} must be a number from ${min} to ${max}, got "${v}".`);
  return n;
}

/**
 * The checks every command starts with: exactly `count` positionals and no option outside `options`.
 * Returns the positionals, or null after printing what is wrong with the usage (`more`: a line after it).
 */
export function commandArgs(parsed: ParsedArgs, count: number, options: ReadonlySet<string>, usage: string, more = ''): string[] | null {
  if (parsed.positionals.length !== count) {
    console.error(more ? `${usage}\n${more}` : usage);
    return null;
  }
  const unknown = [...parsed.options.keys()].find((k) => !options.has(k));
  if (unknown) {
    console.error(`Unknown option --${unknown}.\n${usage}`);
    return null;
  }
  return parsed.positionals;
}
