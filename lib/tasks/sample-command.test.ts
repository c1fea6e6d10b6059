// Tests of cli/commands/sample.ts (kept here, with the task library it prints, by the folder rules
// of the issue; it can move beside the command).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../cli/commands/sample';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  return { out, err };
}

afterEach(() => vi.restoreAllMocks());

describe('npm run cli -- sample', () => {
  it('lists levels comma-separated', async () => {
    const { out } = capture();
    expect(await run(['temporal-order', '--list-levels'])).toBe(0);
    expect(out).toEqual(['easy,normal,moderate,hard,nightmare']);
  });

  it('prints N JSON lines of readable input and target, the same for the same seed', async () => {
    const { out } = capture();
    expect(await run(['translate', '--level', 'below-100', '--n', '3', '--seed', '7'])).toBe(0);
    expect(await run(['translate', '--level', 'below-100', '--n', '3', '--seed', '7'])).toBe(0);
    expect(out).toHaveLength(6);
    expect(out.slice(3)).toEqual(out.slice(0, 3));
    for (const line of out) expect(Object.keys(JSON.parse(line))).toEqual(['input', 'target']);
    expect(JSON.parse(out[0]!).target).toMatch(/^[영일이삼사오육칠팔구십]+$/);
  });

  it.each([
    [['nope'], 'Unknown task "nope"'],
    [[], 'usage: npm run cli -- sample'],
    [['echo', '--levle', 'x'], 'Unknown option --levle.'],
  ])('explains a bad command line %j with exit code 2', async (args, message) => {
    const { err } = capture();
    expect(await run(args)).toBe(2);
    expect(err.join('\n')).toContain(message);
  });

  it('throws a readable error for an unknown level (main prints it)', async () => {
    capture();
    await expect(run(['echo', '--level', 'step-4'])).rejects.toThrow('Unknown level "step-4" for echo; levels: step-3, step-8, step-15');
  });
});
