'use client';
/**
 * A small uPlot line chart in a <figure>. uPlot touches `window` when loaded, so it is imported in
 * an effect (never during server rendering). The plot is created once per series layout and fed new
 * data on each `version`; it follows its container's width.
 */
import 'uplot/dist/uPlot.min.css';
import { useEffect, useRef } from 'react';
import type uPlot from 'uplot';
import { tick } from './format';

export interface ChartSeries {
  readonly label: string;
  readonly color: string;
  readonly dash?: number[];
  readonly width?: number;
}

interface Props {
  readonly title: string;
  /** A sentence for screen readers: what the chart shows now. */
  readonly summary: string;
  readonly xLabel: string;
  readonly series: readonly ChartSeries[];
  /** [x, y1, y2, …], equal lengths; null = gap. */
  readonly data: readonly (readonly (number | null)[])[];
  readonly version: number;
  readonly log?: boolean;
  readonly yRange?: readonly [number, number];
  readonly height?: number;
  readonly testId?: string;
}

export function UPlotChart({ title, summary, xLabel, series, data, version, log = false, yRange, height = 170, testId }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const dataRef = useRef(data);
  dataRef.current = data;
  const layout = JSON.stringify({ series, log, yRange, height, xLabel });

  useEffect(() => {
    let cancelled = false;
    let observer: ResizeObserver | null = null;
    void import('uplot').then(({ default: UPlot }) => {
      const el = box.current;
      if (cancelled || !el) return;
      const css = getComputedStyle(document.documentElement);
      const ink = css.getPropertyValue('--muted').trim() || '#5b6075';
      const grid = css.getPropertyValue('--line').trim() || '#dfe1ea';
      const axis = { stroke: ink, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 }, font: '11px system-ui, sans-serif' };
      const opts: uPlot.Options = {
        width: Math.max(200, el.clientWidth),
        height,
        legend: { show: series.length > 1, live: false },
        cursor: { drag: { x: false, y: false } },
        scales: { x: { time: false }, y: log ? { distr: 3 } : yRange ? { range: [yRange[0], yRange[1]] } : {} },
        axes: [
          { ...axis, label: xLabel, labelSize: 18, labelFont: '11px system-ui, sans-serif', values: (_u: uPlot, splits: number[]) => splits.map(tick) },
          { ...axis, size: 52, values: (_u: uPlot, splits: number[]) => splits.map(tick) },
        ],
        series: [{ label: xLabel }, ...series.map((s) => ({ label: s.label, stroke: s.color, width: s.width ?? 1.5, dash: s.dash, spanGaps: true, points: { show: false } }))],
      };
      plot.current = new UPlot(opts, dataRef.current as uPlot.AlignedData, el);
      observer = new ResizeObserver(() => plot.current?.setSize({ width: Math.max(200, el.clientWidth), height }));
      observer.observe(el);
    });
    return () => {
      cancelled = true;
      observer?.disconnect();
      plot.current?.destroy();
      plot.current = null;
    };
    // Recreated only when the layout changes; data flows in through the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [layout]);

  useEffect(() => {
    plot.current?.setData(data as uPlot.AlignedData);
  }, [version, data]);

  return (
    <figure className="chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <div ref={box} role="img" aria-label={`${title}. ${summary}`} />
    </figure>
  );
}
