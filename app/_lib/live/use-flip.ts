'use client';
/**
 * FLIP row animation (First, Last, Invert, Play): after React moves rows, each row that changed place
 * is put back where it was with a transform and then slides to its new place. Rows are found by their
 * `data-flip-key` attribute inside the container. Without motion preference nothing moves.
 */
import { useLayoutEffect, useRef, type RefObject } from 'react';

export function useFlip(container: RefObject<HTMLElement | null>, signature: string, durationMs = 900): void {
  const last = useRef(new Map<string, number>());
  useLayoutEffect(() => {
    const root = container.current;
    if (!root) return;
    const rows = [...root.querySelectorAll<HTMLElement>('[data-flip-key]')];
    // Measure where every row is now, without a transform left over from an animation in flight.
    const tops = new Map<string, number>();
    for (const row of rows) {
      row.style.transition = 'none';
      row.style.transform = '';
    }
    // Relative to the container, so scrolling the page between two updates does not animate anything.
    const origin = root.getBoundingClientRect().top;
    for (const row of rows) tops.set(row.dataset.flipKey!, row.getBoundingClientRect().top - origin);
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    const moved: HTMLElement[] = [];
    for (const row of rows) {
      const before = last.current.get(row.dataset.flipKey!);
      const dy = before === undefined ? 0 : before - tops.get(row.dataset.flipKey!)!;
      if (!reduce && Math.abs(dy) > 1) {
        row.style.transform = `translateY(${dy}px)`;
        moved.push(row);
      }
    }
    last.current = tops;
    if (!moved.length) return;
    // Make the browser compute styles with the inverted transforms now; otherwise the frame below
    // would clear them before any style was computed, and there would be nothing to transition from.
    void root.offsetHeight;
    const frame = requestAnimationFrame(() => {
      for (const row of moved) {
        row.style.transition = `transform ${durationMs}ms cubic-bezier(0.2, 0.8, 0.2, 1)`;
        row.style.transform = '';
      }
    });
    return () => cancelAnimationFrame(frame);
  }, [container, signature, durationMs]);
}
