import { describe, expect, it } from 'vitest';
import { CURRICULUM_STAGE_BATCHES, executeTask } from './task';
import { programLimits } from './programs';

/** Digits of the longest operand in a program (the loop count and multiplier are at most 4·length). */
function operandDigits(program: string): number {
  return Math.max(...(program.match(/\d+/g) ?? ['']).map((d) => d.length));
}

describe('execute task', () => {
  it('pads to the longest possible program and answer of the level', () => {
    const task = executeTask('L4-N2');
    const limits = programLimits(4, 2);
    expect(task.shape.inLen).toBe(limits.code);
    expect(task.shape.outLen).toBe(limits.answer + 1);
    expect(executeTask('addition').shape).toMatchObject({ inLen: 'print(999999999+999999999)'.length, outLen: '1999999998.'.length + 1 });
  });

  it('writes the answer followed by "." and EOS', () => {
    const task = executeTask('addition-3');
    for (const s of task.sampleText(4, 50)) {
      const [, a, b] = s.input.match(/^print\((\d+)\+(\d+)\)$/)!;
      expect(s.target).toBe(`${Number(a) + Number(b)}.`);
      expect(Number(a)).toBeLessThan(1000);
    }
  });

  it('naive curriculum steps the length first, then the nesting', () => {
    const task = executeTask('L2-N2');
    const stream = task.trainStream(3, { batchSize: 64, curriculum: 'naive' });
    const stages: string[] = [];
    for (let stage = 0; stage < 5; stage++) {
      const batch = stream.next();
      const rows = Array.from({ length: batch.batchSize }, (_, r) => task.describeRow(batch, r).input);
      stages.push(`${Math.max(...rows.map(operandDigits))}`);
      for (let i = 1; i < CURRICULUM_STAGE_BATCHES; i++) stream.next();
    }
    // Operands: stage (1,1) → 1 digit (loop counts up to 4); (2,1) → 2; (1,2) → 1; (2,2) → 2, then stays.
    expect(stages).toEqual(['1', '2', '1', '2', '2']);
  });

  it.each([
    ['baseline', 1, 1],
    ['mix', 0.12, 0.24], // length uniform in 1..6: one in six at full length
    ['combined', 0.015, 0.06], // naive's first stage (length 1) except one in five mix
  ] as const)('%s curriculum: share of full-length operands in the first batches is %f–%f', (curriculum, lo, hi) => {
    const task = executeTask('addition-6');
    const batch = task.trainStream(8, { batchSize: 2000, curriculum }).next();
    const programs = Array.from({ length: batch.batchSize }, (_, r) => task.describeRow(batch, r).input);
    // A 6-digit level draws operands below 10^6; at least one of two has 6 digits 99% of the time.
    const full = programs.filter((p) => operandDigits(p) === 6).length / programs.length;
    expect(full).toBeGreaterThanOrEqual(lo * 0.95);
    expect(full).toBeLessThanOrEqual(hi);
  });

  it('rejects an unknown curriculum by naming the known ones', () => {
    expect(() => executeTask('L1-N1').trainStream(1, { batchSize: 2, curriculum: 'random' })).toThrow(
      'Unknown curriculum "random" for execute; curricula: baseline, naive, mix, combined',
    );
  });
});
