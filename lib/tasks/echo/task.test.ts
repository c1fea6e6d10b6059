import { describe, expect, it } from 'vitest';
import type { Batch } from '../types';
import { ECHO_BLOCK_BITS, echoBlockIsHidden, echoTask } from './task';
import { ECHO_LEVELS, type EchoLevelName } from './levels';

/** Each row's full stream (inputs, targets) over consecutive batches, as '0'/'1' strings. */
function streams(batches: readonly Batch[]): { inputs: string[]; targets: string[] } {
  const B = batches[0]!.batchSize;
  const inputs = Array.from({ length: B }, () => '');
  const targets = Array.from({ length: B }, () => '');
  for (const b of batches) {
    for (let r = 0; r < B; r++) {
      for (let t = 0; t < b.inLen; t++) {
        inputs[r] += b.inputs![r * b.inLen + t]! - 1;
        targets[r] += b.targets[r * b.inLen + t]! - 1;
      }
    }
  }
  return { inputs, targets };
}

describe.each(Object.keys(ECHO_LEVELS) as EchoLevelName[])('echo %s', (level) => {
  const k = ECHO_LEVELS[level].echoStep;
  const task = echoTask(level);

  it.each([20, 7, 3])('the target is the input delayed by the echo step across chunks of %i', (chunkLen) => {
    const stream = task.trainStream(5, { batchSize: 4, chunkLen });
    const { inputs, targets } = streams(Array.from({ length: 30 }, () => stream.next()));
    for (let r = 0; r < 4; r++) expect(targets[r]).toBe('0'.repeat(k) + inputs[r]!.slice(0, -k));
  });

  it('draws fair bits', () => {
    const { inputs } = streams([task.trainStream(6, { batchSize: 50, chunkLen: 200 }).next()]);
    const ones = inputs.join('').split('1').length - 1;
    expect(Math.abs(ones / 10_000 - 0.5)).toBeLessThan(0.02);
  });
});

describe('echo hidden blocks', () => {
  const blocks = (stream: string) => Array.from({ length: Math.floor(stream.length / ECHO_BLOCK_BITS) }, (_, i) => parseInt(stream.slice(i * ECHO_BLOCK_BITS, (i + 1) * ECHO_BLOCK_BITS), 2));

  it('train streams never hold a hidden block; hidden streams hold only hidden blocks', () => {
    const task = echoTask('step-3');
    const stream = task.trainStream(1, { batchSize: 16, chunkLen: 20 });
    const train = streams(Array.from({ length: 40 }, () => stream.next()));
    for (const row of train.inputs) for (const b of blocks(row)) expect(echoBlockIsHidden(b)).toBe(false);
    const split = task.hiddenSplit({ secret: 'e', publicFraction: 0.5 });
    for (const part of [split.public, split.private]) {
      for (const row of streams(part).inputs) for (const b of blocks(row)) expect(echoBlockIsHidden(b)).toBe(true);
    }
  });

  it('about one block in 16 is hidden', () => {
    let hidden = 0;
    for (let b = 0; b < 1 << 16; b++) if (echoBlockIsHidden(b * 16 + 7)) hidden++;
    expect(Math.abs(hidden / (1 << 16) - 1 / 16)).toBeLessThan(0.005);
  });

  it('counts hidden size in steps and gives each part its own streams', () => {
    const split = echoTask('step-8').hiddenSplit({ secret: 'e', publicFraction: 0.25, size: 6400 });
    const steps = (bs: readonly Batch[]) => bs.reduce((n, b) => n + b.batchSize * b.inLen, 0);
    expect(steps(split.public)).toBeGreaterThanOrEqual(1600);
    expect(steps(split.private)).toBeGreaterThanOrEqual(4800);
    expect(steps(split.private)).toBeLessThan(4800 + 32 * 20);
  });
});
