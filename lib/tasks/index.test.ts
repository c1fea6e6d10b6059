import { describe, expect, it } from 'vitest';
// A Node test: the built-in corpora (Moby Dick) are registered as on the server.
import './builtin-corpora';
import { getTaskInstance, TASK_IDS, TASKS, type Batch, type Prediction, type TaskId, type TaskInstance } from './index';

const ALL = TASK_IDS.flatMap((id) => TASKS[id].levels.map((level) => [id, level] as const));

/** A prediction equal to the batch's targets, in the form the head's accumulator takes. */
function perfect(task: TaskInstance, batch: Batch): Prediction {
  const { head, outputVocab } = task.shape;
  if (head === 'encode-decode' || head === 'vec-decode') return { kind: 'tokens', ids: batch.targets, shape: [batch.batchSize, batch.outLen] };
  const steps = head === 'classify' ? 1 : batch.outLen;
  const data = new Float32Array(batch.batchSize * steps * outputVocab).fill(-20);
  for (let r = 0; r < batch.batchSize * steps; r++) data[r * outputVocab + batch.targets[r]!] = 20;
  return { kind: 'logits', data, shape: head === 'classify' ? [batch.batchSize, outputVocab] : [batch.batchSize, steps, outputVocab] };
}

function checkBatch(task: TaskInstance, b: Batch): void {
  const s = task.shape;
  const steps = s.head === 'classify' ? 1 : b.outLen;
  expect(b.targets.length).toBe(b.batchSize * steps);
  expect(b.targetMask.length).toBe(b.batchSize * steps);
  for (const t of b.targets) expect(t).toBeGreaterThanOrEqual(0), expect(t).toBeLessThan(s.outputVocab);
  if (s.head === 'vec-decode') {
    expect(b.inputs).toBeUndefined();
    expect(b.features!.length).toBe(b.batchSize * s.featureDim!);
  } else {
    expect(b.inputs!.length).toBe(b.batchSize * b.inLen);
    for (const t of b.inputs!) expect(t).toBeGreaterThanOrEqual(0), expect(t).toBeLessThan(s.inputVocab);
  }
  if (!s.streamed) {
    expect(b.inLen).toBe(s.head === 'vec-decode' ? 0 : s.inLen);
    expect(b.outLen).toBe(s.outLen);
  }
}

describe('getTaskInstance', () => {
  it('names the tasks when the task is unknown', () => {
    expect(() => getTaskInstance('nope' as TaskId)).toThrow('Unknown task "nope"; tasks: temporal-order, sentiment, execute, translate, echo, lm, caption');
  });
  it('names the levels when the level is unknown', () => {
    expect(() => getTaskInstance('temporal-order', 'foo')).toThrow('Unknown level "foo" for temporal-order; levels: easy, normal, moderate, hard, nightmare');
  });
  it.each(TASK_IDS)('%s uses its default level when none is given', (id) => {
    expect(getTaskInstance(id).level).toBe(TASKS[id].defaultLevel);
    expect(TASKS[id].levels).toContain(TASKS[id].defaultLevel);
    expect(TASKS[id].videoUrl).toMatch(/^https:\/\/youtu\.be\/5KSGNomPJTE\?t=\d+$/);
  });
});

describe.each(ALL)('%s %s', (id, level) => {
  const task = getTaskInstance(id, level);

  it('matches its TaskInfo and builds batches of its shape', () => {
    expect(task.shape.head).toBe(TASKS[id].head);
    const stream = task.trainStream(7, { batchSize: 5 });
    for (let i = 0; i < 3; i++) checkBatch(task, stream.next());
  });

  it('is deterministic: same seed, same batches; another seed, other batches', () => {
    const a = task.trainStream(42, { batchSize: 8 });
    const b = task.trainStream(42, { batchSize: 8 });
    const c = task.trainStream(43, { batchSize: 8 });
    for (let i = 0; i < 3; i++) {
      const [x, y, z] = [a.next(), b.next(), c.next()];
      expect(y).toEqual(x);
      expect(z.targets.join() + (z.inputs ?? z.features)!.join()).not.toBe(x.targets.join() + (x.inputs ?? x.features)!.join());
    }
  });

  it('scores its own targets as perfect and stays in range on a hidden split', () => {
    const split = task.hiddenSplit({ secret: 's3cret', publicFraction: 0.5, size: 200 });
    expect(split.public.length).toBeGreaterThan(0);
    const acc = task.newAccumulator();
    for (const b of split.public) checkBatch(task, b), acc.add(b, perfect(task, b));
    if (task.metric.higherIsBetter) expect(acc.value()).toBe(1);
    else expect(acc.value()).toBeLessThan(1e-6);
    expect(task.metric.higherIsBetter ? task.chanceScore < 1 : task.chanceScore > 1).toBe(true);
  });

  it('draws the same hidden split for the same secret and another for another secret', () => {
    const flat = (s: { public: readonly Batch[] }) => s.public.map((b) => (b.inputs ?? b.features)!.join()).join('|');
    const opts = { publicFraction: 0.5, size: 120 };
    expect(flat(task.hiddenSplit({ secret: 'x', ...opts }))).toBe(flat(task.hiddenSplit({ secret: 'x', ...opts })));
    expect(flat(task.hiddenSplit({ secret: 'y', ...opts }))).not.toBe(flat(task.hiddenSplit({ secret: 'x', ...opts })));
  });

  it('shows the first rows of the train stream as sample text', () => {
    const samples = task.sampleText(3, 4);
    const batch = task.trainStream(3, { batchSize: 4 }).next();
    expect(samples).toEqual([0, 1, 2, 3].map((r) => task.describeRow(batch, r)));
    for (const s of samples) expect(s.input.length * s.target.length).toBeGreaterThan(0);
  });
});

describe('hidden and train never share a sample', () => {
  const nonStreamed = ALL.filter(([id]) => id !== 'echo' && id !== 'lm');
  it.each(nonStreamed)('%s %s', (id, level) => {
    const task = getTaskInstance(id, level);
    const key = (b: Batch, r: number) => task.describeRow(b, r).input;
    const hidden = new Set<string>();
    const split = task.hiddenSplit({ secret: 'disjoint', publicFraction: 0.3 });
    for (const b of [...split.public, ...split.private]) for (let r = 0; r < b.batchSize; r++) hidden.add(key(b, r));
    const total = [...split.public, ...split.private].reduce((n, b) => n + b.batchSize, 0);
    expect(hidden.size).toBe(total); // each hidden sample at most once
    const stream = task.trainStream(11, { batchSize: 100 });
    for (let i = 0; i < 30; i++) {
      const b = stream.next();
      for (let r = 0; r < b.batchSize; r++) expect(hidden.has(key(b, r))).toBe(false);
    }
  });
});

describe('hidden split options', () => {
  const task = getTaskInstance('temporal-order', 'normal');
  it.each([
    [{ secret: '', publicFraction: 0.5 }, 'non-empty secret'],
    [{ secret: 's', publicFraction: 1.5 }, 'publicFraction must be from 0 to 1'],
    [{ secret: 's', publicFraction: 0.5, size: 0 }, 'positive whole number'],
  ])('rejects %j', (options, message) => {
    expect(() => task.hiddenSplit(options)).toThrow(message);
  });
  it('splits public and private by publicFraction', () => {
    const s = task.hiddenSplit({ secret: 's', publicFraction: 0.25, size: 400 });
    const n = (bs: readonly Batch[]) => bs.reduce((a, b) => a + b.batchSize, 0);
    expect([n(s.public), n(s.private)]).toEqual([100, 300]);
  });
  it('rejects a bad batch size', () => {
    expect(() => task.trainStream(1, { batchSize: 0 })).toThrow('Batch size must be a whole number');
  });
});
