/**
 * The operator CLI: `npm run cli -- <command> [args]`. Same code as the server and the browser.
 * Each command lives in cli/commands/<name>.ts and exports `run(args): Promise<number>` (exit code).
 */
const COMMANDS: Record<string, { summary: string; load: () => Promise<{ run(args: string[]): Promise<number> }> }> = {
  sample: { summary: 'sample <task> [--level L] [--n N] [--seed S] | --list-levels', load: () => import('./commands/sample') },
  dataset: { summary: 'dataset import <task> <file> --name NAME | dataset list', load: () => import('./commands/dataset') },
  train: { summary: 'train <task> [--level L] [--dataset NAME] [--cell rnn|lstm|gru] [--layers K] [--hidden H] [--steps N] [--lr X] [--out FILE]', load: () => import('./commands/train') },
  score: { summary: 'score <model-file> <task> [--level L] [--dataset NAME]', load: () => import('./commands/score') },
};

function usage(): string {
  return ['usage: npm run cli -- <command> [args]', '', ...Object.values(COMMANDS).map((c) => `  ${c.summary}`)].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    console.log(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`Unknown command "${name}".\n\n${usage()}`);
    return 2;
  }
  return (await command.load()).run(rest);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  },
);
