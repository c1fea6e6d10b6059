'use client';
/**
 * One activation over time as a heatmap: columns are time steps, rows hidden units (the first
 * MAX_ROWS), colour the value — diverging blue/red around 0 for signed values (h, c, candidates),
 * light→dark for gates in 0..1. The tokens read at each step are written under the columns when
 * they fit. Canvas, redrawn when the trace changes.
 */
import { useEffect, useRef } from 'react';

const MAX_ROWS = 32;

interface Props {
  readonly name: string;
  readonly description: string;
  /** [T][H] */
  readonly values: readonly (readonly number[])[];
  readonly labels: readonly string[];
  /** 'signed': scaled by the largest |value|; 'unit': 0..1 (gates). */
  readonly scale: 'signed' | 'unit';
}

function rgb(a: readonly number[], b: readonly number[], t: number): string {
  const mix = (i: number) => Math.round(a[i]! + (b[i]! - a[i]!) * t);
  return `rgb(${mix(0)},${mix(1)},${mix(2)})`;
}

const NEUTRAL = [236, 238, 244];
const NEGATIVE = [43, 108, 176];
const POSITIVE = [197, 48, 48];
const GATE = [59, 76, 202];

export function Heatmap({ name, description, values, labels, scale }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const T = values.length;
  const H = Math.min(MAX_ROWS, values[0]?.length ?? 0);

  useEffect(() => {
    const c = canvas.current;
    const ctx = c?.getContext('2d');
    if (!c || !ctx || T === 0 || H === 0) return;
    const width = c.clientWidth || 300;
    const cellH = Math.max(3, Math.min(8, Math.floor(120 / H)));
    const showLabels = width / T >= 7;
    const labelH = showLabels ? 14 : 0;
    const dpr = window.devicePixelRatio || 1;
    c.width = Math.round(width * dpr);
    c.height = Math.round((H * cellH + labelH) * dpr);
    c.style.height = `${H * cellH + labelH}px`;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    let maxAbs = 1e-6;
    if (scale === 'signed') for (const row of values) for (let u = 0; u < H; u++) maxAbs = Math.max(maxAbs, Math.abs(row[u] ?? 0));
    const cellW = width / T;
    for (let t = 0; t < T; t++) {
      for (let u = 0; u < H; u++) {
        const v = values[t]![u] ?? 0;
        ctx.fillStyle = scale === 'unit' ? rgb(NEUTRAL, GATE, Math.min(1, Math.max(0, v))) : v < 0 ? rgb(NEUTRAL, NEGATIVE, Math.min(1, -v / maxAbs)) : rgb(NEUTRAL, POSITIVE, Math.min(1, v / maxAbs));
        ctx.fillRect(t * cellW, u * cellH, Math.ceil(cellW), cellH);
      }
    }
    if (showLabels) {
      ctx.fillStyle = getComputedStyle(c).color;
      ctx.font = '10px ui-monospace, monospace';
      ctx.textAlign = 'center';
      ctx.textBaseline = 'top';
      for (let t = 0; t < T; t++) ctx.fillText((labels[t] ?? '').slice(0, 3), (t + 0.5) * cellW, H * cellH + 2);
    }
  }, [values, labels, scale, T, H]);

  return (
    <figure className="heatmap">
      <figcaption>
        <strong>{name}</strong> <span className="muted">{description}</span>
      </figcaption>
      <canvas ref={canvas} role="img" aria-label={`${name}: ${description}`} />
    </figure>
  );
}
