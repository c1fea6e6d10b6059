import { describe, expect, it } from 'vitest';
import { assignColors, spreadLabels } from './series-colors';

describe('assignColors', () => {
  it('keeps colours of students still shown and gives freed colours to newcomers', () => {
    const first = assignColors(new Map(), ['a', 'b', 'c'], 8);
    expect([...first.entries()]).toEqual([['a', 0], ['b', 1], ['c', 2]]);
    const second = assignColors(first, ['c', 'd', 'a'], 8);
    expect(second.get('a')).toBe(0);
    expect(second.get('c')).toBe(2);
    expect(second.get('d')).toBe(1);
  });
  it('reuses colours when there are more ids than colours', () => {
    const colors = assignColors(new Map(), ['a', 'b', 'c'], 2);
    expect(colors.size).toBe(3);
    expect([...colors.values()].every((c) => c >= 0 && c < 2)).toBe(true);
  });
});

describe('spreadLabels', () => {
  it('leaves labels that do not collide where they are', () => {
    expect(spreadLabels([10, 50, 90], 20, 0, 100)).toEqual([10, 50, 90]);
  });
  it('pushes colliding labels apart, keeping the input order of the result', () => {
    expect(spreadLabels([52, 50, 51], 10, 0, 100)).toEqual([70, 50, 60]);
  });
  it('pushes back up from the bottom edge', () => {
    expect(spreadLabels([98, 99, 100], 10, 0, 100)).toEqual([80, 90, 100]);
  });
});
