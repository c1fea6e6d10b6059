import { describe, expect, it } from 'vitest';
import { getTaskInstance } from '@/lib/tasks/index';
import { GO_LABEL, probeLabels } from './probe-labels';

describe('probeLabels', () => {
  it('labels each input step of a classify task with its symbol, padding as empty', () => {
    const task = getTaskInstance('temporal-order', 'easy');
    const batch = task.trainStream(1, { batchSize: 2 }).next();
    const labels = probeLabels(task, batch, 1);
    expect(labels).toHaveLength(batch.inLen);
    const text = labels.join('');
    expect(text).toBe(task.describeRow(batch, 1).input.replace(/\s/g, ''));
    expect(text.startsWith('B') && text.endsWith('E')).toBe(true);
  });

  it('labels the decoder steps of vec-decode with GO then the words fed in', () => {
    const task = getTaskInstance('caption', 'shapes-1');
    const batch = task.trainStream(2, { batchSize: 1 }).next();
    const labels = probeLabels(task, batch);
    expect(labels[0]).toBe(GO_LABEL);
    expect(labels.filter((l) => l !== '' && l !== GO_LABEL).join(' ')).toBe(task.describeRow(batch, 0).target);
  });
});
