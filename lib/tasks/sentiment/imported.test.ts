import { describe, expect, it } from 'vitest';
import type { Batch } from '../types';
import { parseSentimentDataset } from '../datasets/sentiment';
import { SENTIMENT_HIDDEN_FRACTION, sentimentParts, withoutHiddenPart } from '../datasets/split';
import { getTaskInstance } from '../index';

const WORDS = ['great', 'awful', 'pizza', 'service', 'slow', 'fast', 'tasty', 'cold', 'friendly', 'rude'];
/** 60 / 40 / 30 reviews of 3 star labels; some words are rare. */
function dataset() {
  const lines: string[] = [];
  let k = 0;
  for (const [label, n] of [['1', 60], ['3', 40], ['5', 30]] as const) {
    for (let i = 0; i < n; i++, k++) lines.push(`The ${WORDS[k % 10]} ${WORDS[(k * 7) % 10]} place number${k}\t${label}`);
  }
  return parseSentimentDataset(new TextEncoder().encode(lines.join('\n')), 'stars.tsv');
}

const texts = (task: ReturnType<typeof getTaskInstance>, batches: readonly Batch[]) =>
  batches.flatMap((b) => Array.from({ length: b.batchSize }, (_, r) => task.describeRow(b, r).input));

describe('sentiment on an imported dataset', () => {
  const d = dataset();
  const task = getTaskInstance('sentiment', undefined, { dataset: d });

  it('holds out 20% of each label, chosen by the dataset seed', () => {
    const { train, hidden } = sentimentParts(d);
    expect(hidden.length + train.length).toBe(130);
    for (const [label, n] of [['1', 60], ['3', 40], ['5', 30]] as const) {
      expect(hidden.filter((e) => e.label === label)).toHaveLength(Math.round(n * SENTIMENT_HIDDEN_FRACTION));
    }
    expect(sentimentParts(dataset())).toEqual(sentimentParts(d));
  });

  it('classifies into the dataset labels, with the majority share as chance', () => {
    expect(task.level).toBe('imported');
    expect(task.outputVocab.tokens).toEqual(['1', '3', '5']);
    expect(task.chanceScore).toBeCloseTo(48 / 104, 10);
    expect(task.inputVocab!.tokens).toContain('<unk>');
    expect(task.inputVocab!.tokens).not.toContain('number0'); // seen once: read as <unk>
  });

  it('streams training examples only; the hidden split holds the hidden part', () => {
    const train = new Set(sentimentParts(d).train.map((e) => e.text.toLowerCase().replace(/number\d+/, '<unk>')));
    const stream = task.trainStream(1, { batchSize: 26 });
    const seen = texts(task, [stream.next(), stream.next(), stream.next(), stream.next()]);
    expect(seen).toHaveLength(104);
    for (const t of seen) expect(train.has(t)).toBe(true);
    const hidden = texts(task, Object.values(task.hiddenSplit({ secret: 's', publicFraction: 0.5 })).flat());
    expect(hidden).toHaveLength(26);
  });

  it('builds the same model and stream from the browser copy, which has no hidden split', () => {
    const browser = getTaskInstance('sentiment', undefined, { dataset: withoutHiddenPart(d) });
    expect(browser.shape).toEqual(task.shape);
    expect(browser.inputVocab!.tokens).toEqual(task.inputVocab!.tokens);
    expect(browser.trainStream(5, { batchSize: 16 }).next()).toEqual(task.trainStream(5, { batchSize: 16 }).next());
    expect(() => browser.hiddenSplit({ secret: 's', publicFraction: 0.5 })).toThrow('no hidden part');
  });

  it.each([
    ['translate', undefined, 'A sentiment dataset cannot be used for translate (only sentiment and lm take datasets).'],
    ['lm', undefined, 'A sentiment dataset cannot be used for lm.'],
    ['sentiment', 'mixed', 'With a dataset the level is "imported", not "mixed".'],
  ] as const)('refuses %s / %s', (taskId, level, message) => {
    expect(() => getTaskInstance(taskId, level, { dataset: d })).toThrow(message);
  });
});
