// The built-in corpus as a browser sees it. This file deliberately does NOT import
// ../builtin-corpora first: it checks what happens in a process (a browser) that never loads Moby Dick.
import { describe, expect, it } from 'vitest';
import { getTaskInstance } from '../index';
import { withoutHiddenPart } from '../datasets/split';
import { registerBuiltInCorpus } from './builtin-registry';
import { mobyDick } from './moby-dick';

describe('built-in corpora', () => {
  it('explains that the corpus is not loaded when nothing registered it and no copy is given', () => {
    expect(() => getTaskInstance('lm', 'moby-dick')).toThrow('The built-in corpus "moby-dick" is not loaded in this process');
    expect(() => getTaskInstance('lm')).toThrow("getTaskInstance('lm', 'moby-dick', { dataset })");
  });

  it('builds the same task from the train-only copy as the server does from the whole corpus', () => {
    const whole = mobyDick();
    const copy = withoutHiddenPart(whole);
    expect(copy.text.length).toBeLessThan(whole.text.length * 0.91);
    expect(whole.text.endsWith(copy.text.slice(-1000))).toBe(false); // the tail is gone
    const browser = getTaskInstance('lm', 'moby-dick', { dataset: copy });
    registerBuiltInCorpus('moby-dick', mobyDick);
    const server = getTaskInstance('lm', 'moby-dick');
    expect(browser.level).toBe('moby-dick');
    expect(browser.shape).toEqual(server.shape);
    expect(browser.outputVocab.tokens).toEqual(server.outputVocab.tokens);
    expect(browser.chanceScore).toBe(server.chanceScore);
    const [a, b] = [browser.trainStream(5, { batchSize: 8, chunkLen: 40 }), server.trainStream(5, { batchSize: 8, chunkLen: 40 })];
    for (let i = 0; i < 5; i++) expect(a.next()).toEqual(b.next());
    expect(browser.sampleText(1, 3)).toEqual(server.sampleText(1, 3));
    expect(() => browser.hiddenSplit({ secret: 's', publicFraction: 0.5 })).toThrow('no hidden part');
    expect(server.hiddenSplit({ secret: 's', publicFraction: 0.5, size: 2000 }).public.length).toBeGreaterThan(0);
  });

  it.each([
    ['imported', 'imported'],
    [undefined, 'imported'],
  ])('an instructor corpus with level %s is the level "%s"', (level, expected) => {
    expect(getTaskInstance('lm', level, { dataset: withoutHiddenPart(mobyDick()) }).level).toBe(expected);
  });

  it('still refuses a level that is neither built in nor imported', () => {
    expect(() => getTaskInstance('lm', 'hamlet', { dataset: withoutHiddenPart(mobyDick()) })).toThrow('With a dataset the level is "imported", not "hamlet".');
  });
});
