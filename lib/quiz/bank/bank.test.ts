import { describe, expect, it } from 'vitest';
import { denseParams, gruParams, lstmParams, simpleRnnParams } from '../param-counts';
import { questionSchema, type Question } from '../schema';
import { TOPICS, lectureVideoSeconds, topicById } from '../topics';
import { QUESTION_GENERATORS, STATIC_QUESTIONS, buildBank, findBuiltInQuestion, generateQuestion } from './index';

const SEEDS = [0, 1, 7, 42, 2024, 65_535, 4_294_967_295];
const HANGUL = /[가-힣]/;

describe('the built-in bank', () => {
  it.each(SEEDS)('every question validates against the schema (seed %i)', (seed) => {
    for (const q of buildBank(seed)) {
      const r = questionSchema.safeParse(q);
      expect(r.success, `${q.id}: ${JSON.stringify(r.error?.issues)}`).toBe(true);
    }
  });

  it.each(TOPICS.map((t) => [t.id]))('topic %s has at least 8 questions', (topic) => {
    expect(buildBank(0).filter((q) => q.topic === topic).length).toBeGreaterThanOrEqual(8);
  });

  it('has at least 80 questions, with unique ids, and unique generator ids', () => {
    const bank = buildBank(3);
    expect(bank.length).toBeGreaterThanOrEqual(80);
    expect(new Set(bank.map((q) => q.id)).size).toBe(bank.length);
    expect(new Set(QUESTION_GENERATORS.map((g) => g.id)).size).toBe(QUESTION_GENERATORS.length);
    expect(new Set(STATIC_QUESTIONS.map((q) => q.id)).size + QUESTION_GENERATORS.length).toBe(bank.length);
  });

  it('uses every kind of question', () => {
    expect(new Set(buildBank(0).map((q) => q.kind))).toEqual(new Set(['single', 'multi', 'numeric', 'ordering']));
  });

  it("links every question to the lecture video at one of its topic's moments", () => {
    for (const q of buildBank(5)) {
      const seconds = lectureVideoSeconds(q.videoUrl);
      expect(seconds, `${q.id}: ${q.videoUrl}`).toBeDefined();
      expect(topicById(q.topic).anchorsSeconds, q.id).toContain(seconds);
    }
  });

  it('has Korean text in every prompt and explanation (not a copy of the English)', () => {
    for (const q of buildBank(9)) {
      expect(q.prompt.ko, q.id).toMatch(HANGUL);
      expect(q.explanation.ko, q.id).toMatch(HANGUL);
      expect(q.prompt.ko, q.id).not.toBe(q.prompt.en);
    }
  });

  it('spreads the correct single-choice position (no "always b")', () => {
    const positions = STATIC_QUESTIONS.filter((q) => q.kind === 'single').map((q) => (q.kind === 'single' ? q.answer : -1));
    for (const p of [0, 1, 2, 3]) expect(positions.filter((x) => x === p).length / positions.length, `answer position ${p}`).toBeGreaterThan(0.15);
  });
});

describe('generators', () => {
  it.each(QUESTION_GENERATORS.map((g) => [g.id, g] as const))('%s: same seed → same question; regenerates from its id', (_id, g) => {
    const a = g.generate(123);
    expect(g.generate(123)).toEqual(a);
    expect(a.id).toBe(`${g.id}@123`);
    expect(a.generator).toEqual({ id: g.id, seed: 123 });
    expect(a.topic).toBe(g.topic);
    expect(generateQuestion(g.id, 123)).toEqual(a);
    expect(findBuiltInQuestion(a.id)).toEqual(a);
  });

  it.each(QUESTION_GENERATORS.map((g) => [g.id, g] as const))('%s: different seeds give fresh numbers', (_id, g) => {
    const prompts = new Set(Array.from({ length: 20 }, (_, seed) => g.generate(seed).prompt.en));
    expect(prompts.size).toBeGreaterThan(3);
  });

  it('refuses unknown generators and bad seeds', () => {
    expect(() => generateQuestion('nope', 1)).toThrow(/unknown question generator/);
    expect(() => QUESTION_GENERATORS[0]!.generate(-1)).toThrow(RangeError);
    expect(() => QUESTION_GENERATORS[0]!.generate(2 ** 32)).toThrow(RangeError);
    expect(findBuiltInQuestion('nope@1')).toBeUndefined();
    expect(findBuiltInQuestion('hd-rank-bound@x')).toBeUndefined();
    expect(findBuiltInQuestion('sl-pairing')?.id).toBe('sl-pairing');
  });
});

/**
 * Computed answers, re-derived from the numbers the prompt shows to the student (so a generator that
 * says one thing and scores another fails). Each entry reads the numbers with a regex from the
 * English prompt and computes the expected answer independently.
 */
const ints = (text: string, re: RegExp): number[] => {
  const m = re.exec(text);
  if (!m) throw new Error(`prompt does not match ${re}: ${text}`);
  return m.slice(1).map(Number);
};
const EXPECTED: Record<string, (q: Question) => number | string> = {
  'hd-rank-bound': (q) => Math.min(...ints(q.prompt.en, /ℝ\^(\d+) to ℝ\^(\d+)/)),
  'hd-chain-rank': (q) => Math.min(...ints(q.prompt.en, /widths (\d+) → (\d+) → (\d+) → (\d+)/)),
  'sl-echo-memory-bits': (q) => ints(q.prompt.en, /received (\d+) steps earlier/)[0]!,
  'sl-echo-window': (q) => ints(q.prompt.en, /delayed by (\d+) steps/)[0]! + 1,
  's2s-echo-target': (q) => {
    const [d] = ints(q.prompt.en, /delayed by (\d+) step/);
    const bits = /input stream is ([01 ]+)\./.exec(q.prompt.en)![1]!.trim().split(' ');
    return bits.map((_, t) => (t < d! ? '0' : bits[t - d!])).join(' ');
  },
  'bptt-unrolled-steps': (q) => ints(q.prompt.en, /sequence of (\d+) steps/)[0]!,
  'bptt-shared-params': (q) => {
    const [d, h] = ints(q.prompt.en, /input size (\d+) and (\d+) units/);
    return simpleRnnParams(d!, h!);
  },
  'bptt-rnn-model-params': (q) => {
    const [d, h, o] = ints(q.prompt.en, /input size (\d+), (\d+) units\) followed by a dense layer with (\d+) outputs/);
    return simpleRnnParams(d!, h!) + denseParams(h!, o!);
  },
  'lm-stream-length': (q) => {
    const [n, b] = ints(q.prompt.en, /text of (\d+) characters is split into (\d+) parallel/);
    return Math.floor(n! / b!);
  },
  'lm-chunk-count': (q) => {
    const [n, b, l, t] = ints(q.prompt.en, /text of (\d+) characters is split into (\d+) streams of (\d+) characters each, then cut into chunks of T = (\d+)/);
    expect(l).toBe(Math.floor(n! / b!));
    return Math.floor((l! - 1) / t!);
  },
  'lm-chunk-shape': (q) => {
    const [v, b, t] = ints(q.prompt.en, /vocabulary of (\d+) symbols is batch-ified into (\d+) streams and cut into chunks of (\d+) steps/);
    return `[${b}, ${t}, ${v}]`;
  },
  'lm-updates': (q) => {
    const [, l, t, e] = ints(q.prompt.en, /^(\d+) streams of (\d+) characters, chunks of T = (\d+).* in (\d+) epochs/);
    return e! * Math.floor((l! - 1) / t!);
  },
  'lm-uniform-bpc': (q) => Math.log2(ints(q.prompt.en, /each of (\d+) symbols/)[0]!),
  've-steps-to-vanish': (q) => {
    const w = Number(/h\[t\] = ([\d.]+) ·/.exec(q.prompt.en)![1]);
    // Closed form, independent of the generator's loop: smallest k with w^k past the limit.
    return w < 1 ? Math.floor(Math.log(0.01) / Math.log(w)) + 1 : Math.floor(Math.log(100) / Math.log(w)) + 1;
  },
  've-clip-component': (q) => {
    const [a, b, c] = ints(q.prompt.en, /g = \((\d+), (\d+)\) and we clip by norm with threshold (\d+)/);
    const norm = Math.hypot(a!, b!);
    return norm > c! ? (a! * c!) / norm : a!;
  },
  'g-lstm-params': (q) => {
    const [d, h, o] = ints(q.prompt.en, /LSTM layer \(input size (\d+), (\d+) units\) followed by a dense layer with (\d+) outputs/);
    return lstmParams(d!, h!) + denseParams(h!, o!);
  },
  'g-gru-params': (q) => {
    const [d, h, o] = ints(q.prompt.en, /GRU layer \(input size (\d+), (\d+) units\) followed by a dense layer with (\d+) outputs/);
    return gruParams(d!, h!) + denseParams(h!, o!);
  },
  'g-stacked-lstm-params': (q) => {
    const [h, d] = ints(q.prompt.en, /LSTM layers of (\d+) units each; the first reads inputs of size (\d+)/);
    return lstmParams(d!, h!) + lstmParams(h!, h!);
  },
};

describe('computed answers equal the formulas applied to the numbers in the prompt', () => {
  it('every generator has a check', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(QUESTION_GENERATORS.map((g) => g.id).sort());
  });

  it.each(QUESTION_GENERATORS.map((g) => [g.id, g] as const))('%s, over 200 seeds', (id, g) => {
    for (let seed = 0; seed < 200; seed++) {
      const q = g.generate(seed * 7919 + 13);
      const want = EXPECTED[id]!(q);
      if (q.kind === 'numeric') {
        expect(typeof want).toBe('number');
        expect(Math.abs(q.answer - (want as number)), `${q.id}: ${q.prompt.en}`).toBeLessThanOrEqual(1e-9);
      } else if (q.kind === 'single') {
        expect(q.choices[q.answer]!.en, `${q.id}: ${q.prompt.en}`).toBe(want);
      } else {
        throw new Error(`${q.id}: no check for kind ${q.kind}`);
      }
    }
  });
});
