import { describe, expect, it } from 'vitest';
import { createRng } from '../core/rng';
import { captionWords, COLORS, drawScene, FEATURE_DIM, GRID, readFeatures, SHAPES, writeFeatures, type SceneObject } from './scene';
import { CAPTION_LEVELS } from './levels';
import { captionTask } from './task';

const obj = (color: string, shape: string, row: number, col: number): SceneObject => ({
  cell: row * GRID + col,
  color: COLORS.indexOf(color as never),
  shape: SHAPES.indexOf(shape as never),
});

describe('captions', () => {
  it.each([
    [[obj('red', 'square', 1, 1)], 'a red square at the top left'],
    [[obj('blue', 'circle', 6, 5)], 'a blue circle at the bottom right'],
    [[obj('red', 'square', 1, 3), obj('blue', 'circle', 5, 4)], 'a red square above a blue circle'],
    [[obj('red', 'square', 6, 3), obj('blue', 'circle', 1, 4)], 'a red square below a blue circle'],
    [[obj('green', 'triangle', 2, 1), obj('green', 'triangle', 3, 7)], 'a green triangle left of a green triangle'],
    [[obj('red', 'circle', 2, 7), obj('yellow', 'square', 3, 0)], 'a red circle right of a yellow square'],
    [[obj('red', 'square', 0, 0), obj('green', 'circle', 5, 1), obj('blue', 'triangle', 6, 7)], 'a red square above a green circle which is left of a blue triangle'],
  ])('%j → %s', (objects, caption) => {
    expect(captionWords(objects).join(' ')).toBe(caption);
  });

  it('draws scenes in canonical order, in distinct cells, never on a diagonal tie, with captions that fit', () => {
    const rng = createRng(3);
    for (let i = 0; i < 3000; i++) {
      const scene = drawScene(rng, 3);
      expect(new Set(scene.map((o) => o.cell)).size).toBe(scene.length);
      for (let j = 1; j < scene.length; j++) {
        const [a, b] = [scene[j - 1]!, scene[j]!];
        expect(a.color * 10 + a.shape <= b.color * 10 + b.shape).toBe(true);
        const dy = Math.floor(b.cell / GRID) - Math.floor(a.cell / GRID);
        expect(Math.abs(dy)).not.toBe(Math.abs((b.cell % GRID) - (a.cell % GRID)));
      }
      expect(captionWords(scene).length + 1).toBeLessThanOrEqual(CAPTION_LEVELS['shapes-3'].outLen);
    }
  });

  it('encodes a scene as a one-hot grid and reads it back', () => {
    const scene = [obj('yellow', 'triangle', 7, 7), obj('red', 'circle', 0, 2)];
    const features = new Float32Array(FEATURE_DIM);
    writeFeatures(scene, features);
    expect(features.reduce((a, b) => a + b, 0)).toBe(GRID * GRID);
    expect(readFeatures(features)).toEqual([scene[1], scene[0]]);
  });

  it.each(Object.entries(CAPTION_LEVELS))('%s: scenes hold 1..max shapes, each count about equally often', (level, spec) => {
    const counts = new Map<number, number>();
    for (const s of captionTask(level as keyof typeof CAPTION_LEVELS).sampleText(5, 3000)) {
      const n = s.input.split(';').length;
      counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual(Array.from({ length: spec.maxShapes }, (_, i) => i + 1));
    for (const c of counts.values()) expect(Math.abs(c / 3000 - 1 / spec.maxShapes)).toBeLessThan(0.04);
  });
});
