import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createRng } from '../core/rng';
import { generateAddition, generateProgram, programLimits } from './programs';

const PROGRAM_LEVELS = [[1, 1], [2, 2], [4, 1], [4, 2], [6, 3]] as const;

function hasPython(): boolean {
  try {
    execFileSync('python3', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

// One python3 process runs every program (JSON list on stdin) and returns what each printed.
const RUNNER = `
import sys, json, io, contextlib
out = []
for src in json.load(sys.stdin):
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        exec(src, {})
    out.append(buf.getvalue())
print(json.dumps(out))
`;

describe('execute programs', () => {
  it.runIf(hasPython())('print exactly what Python prints, negatives included (4000 programs)', () => {
    const rng = createRng(99);
    const programs = [
      ...PROGRAM_LEVELS.flatMap(([l, n]) => Array.from({ length: 700 }, () => generateProgram(rng, l, n))),
      ...[2, 5, 9].flatMap((l) => Array.from({ length: 170 }, () => generateAddition(rng, l))),
    ];
    expect(programs.length).toBeGreaterThanOrEqual(4000);
    expect(programs.some((p) => p.value < 0)).toBe(true);
    const printed = JSON.parse(execFileSync('python3', ['-c', RUNNER], { input: JSON.stringify(programs.map((p) => p.code)), maxBuffer: 64 << 20 }).toString()) as string[];
    const mismatches = programs.filter((p, i) => printed[i] !== `${p.value}\n`);
    expect(mismatches.slice(0, 3)).toEqual([]);
  });

  it.each(PROGRAM_LEVELS)('L%i-N%i never exceeds its computed limits, and reaches them', (l, n) => {
    const limits = programLimits(l, n);
    const rng = createRng(l * 10 + n);
    let longest = 0;
    for (let i = 0; i < 20_000; i++) {
      const p = generateProgram(rng, l, n);
      longest = Math.max(longest, p.code.length);
      expect(p.code.length).toBeLessThanOrEqual(limits.code);
      expect(`${p.value}.`.length).toBeLessThanOrEqual(limits.answer);
    }
    expect(longest).toBeGreaterThan(limits.code * 0.75);
  });

  it('composes as many operations as the nesting asks', () => {
    const rng = createRng(5);
    const ops = (code: string) => (code.match(/[+\-*]|=|for |if /g) ?? []).length;
    for (let i = 0; i < 500; i++) {
      expect(ops(generateProgram(rng, 3, 1).code)).toBeGreaterThanOrEqual(1);
      expect(ops(generateProgram(rng, 3, 3).code)).toBeGreaterThanOrEqual(3);
    }
  });

  it('renders the same programs from the same seed, in the paper style (golden values)', () => {
    // If this changes, every challenge's hidden bucket changes with it: only change it on purpose.
    const rng = createRng(1);
    expect([generateProgram(rng, 1, 1), generateProgram(rng, 4, 2), generateProgram(rng, 6, 3), generateAddition(rng, 9)]).toEqual([
      { code: 'print((2+8))', value: 10 },
      { code: 'k=(9678*9)\nprint(k)', value: 87102 },
      { code: 'j=(846019-798531)\nfor x in range(21):\n  j-=692321\nprint((j*21))', value: -304316313 },
      { code: 'print(759894971+780456854)', value: 1540351825 },
    ]);
  });
});
