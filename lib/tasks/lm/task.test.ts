import { describe, expect, it } from 'vitest';
import type { Batch } from '../types';
import { createRng, randInt } from '../core/rng';
import { parseCorpus } from '../datasets/corpus';
import { withoutHiddenPart } from '../datasets/split';
import { encodeCorpus, trainCut } from './corpus';
import { mobyDick } from './moby-dick';
import { lmTask } from './task';

/** A synthetic corpus of random words, 40,000 characters. */
function corpus(seed = 1) {
  const rng = createRng(seed);
  const words = ['whale', 'sea', 'ship', 'captain', 'harpoon', 'boat', 'white', 'deep'];
  let text = '';
  while (text.length < 40_000) text += words[randInt(rng, 0, words.length - 1)] + (randInt(rng, 0, 9) === 0 ? '.\n' : ' ');
  return parseCorpus(new TextEncoder().encode(text));
}

const rowText = (task: ReturnType<typeof lmTask>, b: Batch, r: number) => task.describeRow(b, r);

describe('lm batch-ification', () => {
  const dataset = corpus();
  const task = lmTask(dataset, 'imported');
  const trainText = dataset.text.slice(0, trainCut(dataset.text, false));
  const tail = dataset.text.slice(trainCut(dataset.text, false));

  it('targets are the inputs shifted by one, and each row continues in the next batch', () => {
    const stream = task.trainStream(4, { batchSize: 8, chunkLen: 30 });
    let previous = stream.next();
    let continuations = 0;
    for (let i = 0; i < 20; i++) {
      const next = stream.next();
      for (let r = 0; r < 8; r++) {
        const a = rowText(task, previous, r);
        const b = rowText(task, next, r);
        expect(a.target.slice(0, -1)).toBe(a.input.slice(1));
        // Row r reads segment r of the training part; at its end it wraps to the segment's start.
        const seg = Math.floor((trainText.length - 1) / 8);
        const continued = b.input.startsWith(a.target.slice(-1)) && trainText.includes(a.input + b.input);
        if (continued) continuations++;
        else expect(b.input).toBe(trainText.slice(r * seg, r * seg + 30));
      }
      previous = next;
    }
    expect(continuations).toBeGreaterThan(20 * 8 * 0.9);
  });

  it('train rows come from the training part only; hidden rows from the tail only', () => {
    const stream = task.trainStream(9, { batchSize: 16, chunkLen: 50 });
    for (let i = 0; i < 100; i++) {
      const b = stream.next();
      for (let r = 0; r < 16; r++) expect(trainText).toContain(rowText(task, b, r).input + rowText(task, b, r).target.slice(-1));
    }
    const split = task.hiddenSplit({ secret: 'z', publicFraction: 0.5 });
    expect(split.public.length + split.private.length).toBeGreaterThan(0);
    for (const b of [...split.public, ...split.private]) for (let r = 0; r < b.batchSize; r++) expect(tail).toContain(rowText(task, b, r).input);
  });

  it('gives the browser copy (no tail) the same vocabulary and the same train stream, and no hidden split', () => {
    const browser = lmTask(withoutHiddenPart(dataset), 'imported');
    expect(browser.outputVocab.tokens).toEqual(task.outputVocab.tokens);
    expect(browser.trainStream(2, { batchSize: 4 }).next()).toEqual(task.trainStream(2, { batchSize: 4 }).next());
    expect(() => browser.hiddenSplit({ secret: 's', publicFraction: 0.5 })).toThrow('no hidden part');
  });

  it('scores uniform logits at chance, log2 of the vocabulary size', () => {
    const [batch] = task.hiddenSplit({ secret: 's', publicFraction: 1, size: 2000 }).public;
    const V = task.shape.outputVocab;
    const acc = task.newAccumulator();
    acc.add(batch!, { kind: 'logits', data: new Float32Array(batch!.batchSize * batch!.outLen * V), shape: [batch!.batchSize, batch!.outLen, V] });
    expect(acc.value()).toBeCloseTo(Math.log2(V), 5);
    expect(task.chanceScore).toBeCloseTo(Math.log2(V), 10);
  });

  it('explains a corpus too short for the batch', () => {
    expect(() => task.trainStream(1, { batchSize: 4000, chunkLen: 50 })).toThrow('too short for 4000 streams of 50-character chunks');
  });
});

describe('Moby Dick', () => {
  it('has about 1.2 M characters, a 10% tail and a compact character vocabulary', () => {
    const moby = mobyDick();
    expect(moby.text.length).toBeGreaterThan(1_100_000);
    expect(moby.text.slice(0, 200)).toContain('CONTENTS');
    const { vocab, train, hidden } = encodeCorpus(moby);
    expect(hidden.length / (train.length + hidden.length)).toBeCloseTo(0.1, 2);
    expect(vocab.size).toBeGreaterThan(60);
    expect(vocab.size).toBeLessThan(100);
    expect(vocab.tokens).toContain('—');
  });
});
