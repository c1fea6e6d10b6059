/**
 * Tiny synthetic scenes for captioning: an 8×8 grid holding 1–3 coloured shapes, each in its own
 * cell. The model sees the flattened one-hot grid (the lecture's point: a real image would first
 * go through a CNN to become such a vector) and writes a caption from a fixed grammar:
 *
 *   1 shape:  "a red square at the top left"            (top = rows 0–3, left = columns 0–3)
 *   2 shapes: "a red square above a blue circle"
 *   3 shapes: "a red square above a blue circle which is left of a green triangle"
 *
 * Shapes are named in a canonical order — by colour, then shape, then cell (reading order) — so
 * every scene has exactly one caption. The relation of a to b is vertical (above / below) when b
 * is more rows than columns away, horizontal (left of / right of) when more columns than rows;
 * scenes where two consecutive shapes sit on an exact diagonal are never drawn (no ties).
 */
import { randInt, type Rng } from '../core/rng';

export const GRID = 8;
export const SHAPES = ['square', 'circle', 'triangle'] as const;
export const COLORS = ['red', 'green', 'blue', 'yellow'] as const;
/** Per cell: one-hot over empty + every (shape, colour). */
export const CELL_CLASSES = 1 + SHAPES.length * COLORS.length;
export const FEATURE_DIM = GRID * GRID * CELL_CLASSES;
/** Every word a caption can use. */
export const CAPTION_WORDS: readonly string[] = [
  'a', ...COLORS, ...SHAPES, 'above', 'below', 'left', 'right', 'of', 'which', 'is', 'at', 'the', 'top', 'bottom',
];

export interface SceneObject {
  /** row · 8 + column. */
  readonly cell: number;
  readonly shape: number;
  readonly color: number;
}

const row = (o: SceneObject) => Math.floor(o.cell / GRID);
const col = (o: SceneObject) => o.cell % GRID;

function canonical(objects: SceneObject[]): SceneObject[] {
  return objects.sort((a, b) => a.color - b.color || a.shape - b.shape || a.cell - b.cell);
}

function onDiagonal(a: SceneObject, b: SceneObject): boolean {
  return Math.abs(row(b) - row(a)) === Math.abs(col(b) - col(a));
}

/** 1..maxShapes objects in distinct cells, in canonical order; diagonal neighbours are redrawn. */
export function drawScene(rng: Rng, maxShapes: number): SceneObject[] {
  const count = randInt(rng, 1, maxShapes);
  for (;;) {
    const objects: SceneObject[] = [];
    const used = new Set<number>();
    while (objects.length < count) {
      const cell = randInt(rng, 0, GRID * GRID - 1);
      if (used.has(cell)) continue;
      used.add(cell);
      objects.push({ cell, shape: randInt(rng, 0, SHAPES.length - 1), color: randInt(rng, 0, COLORS.length - 1) });
    }
    const sorted = canonical(objects);
    if (sorted.every((o, i) => i === 0 || !onDiagonal(sorted[i - 1]!, o))) return sorted;
  }
}

/** Where a stands relative to b, as caption words. */
function relation(a: SceneObject, b: SceneObject): string[] {
  const dy = row(b) - row(a);
  const dx = col(b) - col(a);
  if (Math.abs(dy) > Math.abs(dx)) return [dy > 0 ? 'above' : 'below'];
  return [dx > 0 ? 'left' : 'right', 'of'];
}

const named = (o: SceneObject) => ['a', COLORS[o.color]!, SHAPES[o.shape]!];

/** The caption's words, for objects in canonical order (as drawScene returns them). */
export function captionWords(objects: readonly SceneObject[]): string[] {
  const [first, second, third] = objects;
  if (!first) throw new Error('A scene needs at least one shape.');
  if (!second) return [...named(first), 'at', 'the', row(first) < GRID / 2 ? 'top' : 'bottom', col(first) < GRID / 2 ? 'left' : 'right'];
  const words = [...named(first), ...relation(first, second), ...named(second)];
  if (third) words.push('which', 'is', ...relation(second, third), ...named(third));
  return words;
}

/** The one-hot grid, [FEATURE_DIM] = [64 cells × 13 classes], written into `out` at `offset`. */
export function writeFeatures(objects: readonly SceneObject[], out: Float32Array, offset = 0): void {
  for (let c = 0; c < GRID * GRID; c++) out[offset + c * CELL_CLASSES] = 1;
  for (const o of objects) {
    out[offset + o.cell * CELL_CLASSES] = 0;
    out[offset + o.cell * CELL_CLASSES + 1 + o.shape * COLORS.length + o.color] = 1;
  }
}

/** Reads objects back from a one-hot grid (argmax per cell), in reading order. */
export function readFeatures(features: ArrayLike<number>, offset = 0): SceneObject[] {
  const objects: SceneObject[] = [];
  for (let cell = 0; cell < GRID * GRID; cell++) {
    let best = 0;
    for (let k = 1; k < CELL_CLASSES; k++) if (features[offset + cell * CELL_CLASSES + k]! > features[offset + cell * CELL_CLASSES + best]!) best = k;
    if (best > 0) objects.push({ cell, shape: Math.floor((best - 1) / COLORS.length), color: (best - 1) % COLORS.length });
  }
  return objects;
}

/** "red square (row 1, col 6); blue circle (row 7, col 2)", rows and columns counted from 1. */
export function describeScene(objects: readonly SceneObject[]): string {
  return objects.map((o) => `${COLORS[o.color]} ${SHAPES[o.shape]} (row ${row(o) + 1}, col ${col(o) + 1})`).join('; ');
}
