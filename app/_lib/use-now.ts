'use client';
/** The local clock, re-read every `intervalMs` while `active` (countdowns, reveal phases, "training now"). */
import { useEffect, useState } from 'react';

export function useNow(intervalMs = 250, active = true): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    setNow(Date.now());
    const id = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(id);
  }, [intervalMs, active]);
  return now;
}
