/**
 * Real model files for specs, made by server/testing/model-file.ts in a child process: that module
 * reaches lib/tasks, which imports JSON data files that Playwright's own loader cannot import.
 */
import { execFileSync } from 'node:child_process';

export type CellConfig = { cell: 'rnn' | 'lstm' | 'gru'; hidden: number };

export function modelFiles(taskId: string, level: string, configs: readonly CellConfig[]): Uint8Array[] {
  const script = `
    import { modelFile } from './server/testing/model-file.ts';
    const [taskId, level, configs] = JSON.parse(process.argv[1]);
    const out = [];
    for (const c of configs) out.push(Buffer.from(await modelFile(taskId, level, c)).toString('base64'));
    process.stdout.write(JSON.stringify(out));`;
  const stdout = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, JSON.stringify([taskId, level, configs])], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return (JSON.parse(stdout) as string[]).map((b64) => new Uint8Array(Buffer.from(b64, 'base64')));
}
