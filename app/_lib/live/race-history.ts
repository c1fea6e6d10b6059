/**
 * The learning-curve race: progress points streamed by the server (`challenge:race`, about once a
 * second) kept per student with a bounded history, and the choice of which curves the projector draws.
 * Pure and immutable, so React state can hold it.
 */
import type { RacePoint } from '@/lib/protocol/challenge';
import { compareScores } from './score-format';

export interface RaceSample {
  step: number;
  loss: number;
  metric: number | null;
  /** Server time (ms) the point was received. */
  at: number;
}

export interface RaceSeries {
  participantId: string;
  nickname: string;
  samples: RaceSample[];
}

export interface RaceHistory {
  challengeId: string | null;
  series: Readonly<Record<string, RaceSeries>>;
}

export const EMPTY_RACE: RaceHistory = { challengeId: null, series: {} };

/** Samples kept per student: a 15-minute race at 1 point/s would be 900; the curve's shape needs far fewer. */
export const MAX_SAMPLES = 240;

/**
 * Halves a too-long history by dropping every other sample, always keeping the first and the newest,
 * so the start of the curve stays and the resolution degrades evenly rather than losing the past.
 */
export function thin(samples: readonly RaceSample[], cap: number): RaceSample[] {
  let out = [...samples];
  while (out.length > cap && out.length > 2) {
    const last = out[out.length - 1]!;
    out = out.filter((_, i) => i % 2 === 0);
    if (out[out.length - 1] !== last) out.push(last);
  }
  return out;
}

/**
 * Adds new points. Points of another challenge start a new history. A step lower than the last one
 * means the student started training a new model, so that student's curve starts over.
 */
export function addRacePoints(history: RaceHistory, challengeId: string, points: readonly RacePoint[], cap = MAX_SAMPLES): RaceHistory {
  const series: Record<string, RaceSeries> = history.challengeId === challengeId ? { ...history.series } : {};
  for (const p of [...points].sort((a, b) => a.at - b.at)) {
    const sample: RaceSample = { step: p.step, loss: p.loss, metric: p.metric, at: p.at };
    const prev = series[p.participantId];
    const last = prev?.samples[prev.samples.length - 1];
    let samples: RaceSample[];
    if (!prev || !last || p.step < last.step) samples = [sample];
    else if (p.step === last.step) samples = [...prev.samples.slice(0, -1), sample];
    else samples = [...prev.samples, sample];
    series[p.participantId] = { participantId: p.participantId, nickname: p.nickname, samples: samples.length > cap ? thin(samples, cap) : samples };
  }
  return { challengeId, series };
}

export type RaceField = 'metric' | 'loss';

export function valueOf(sample: RaceSample, field: RaceField): number | null {
  return field === 'metric' ? sample.metric : sample.loss;
}

/** The newest value of a series for the field, or null when it has none. */
export function latestValue(series: RaceSeries, field: RaceField): number | null {
  for (let i = series.samples.length - 1; i >= 0; i -= 1) {
    const v = valueOf(series.samples[i]!, field);
    if (v !== null) return v;
  }
  return null;
}

/**
 * Plots the challenge metric when most students report one (then the chance line means something),
 * otherwise the training loss, which every progress point carries.
 */
export function chooseField(series: readonly RaceSeries[]): RaceField {
  if (series.length === 0) return 'loss';
  const withMetric = series.filter((s) => s.samples.filter((x) => x.metric !== null).length >= 2).length;
  return withMetric * 2 >= series.length ? 'metric' : 'loss';
}

export interface RaceSelection {
  shown: RaceSeries[];
  /** Students training now whose curves are not drawn ("+ K more training"). */
  moreTraining: number;
}

/**
 * The `n` curves to draw: students training now (a point within `activeMs`) before those who stopped,
 * each group best current value first (loss: lower is better).
 */
export function selectRace(
  history: RaceHistory,
  opts: { n: number; serverNow: number; activeMs: number; field: RaceField; higherIsBetter: boolean },
): RaceSelection {
  const better = opts.field === 'metric' ? opts.higherIsBetter : false;
  const isActive = (s: RaceSeries) => opts.serverNow - (s.samples[s.samples.length - 1]?.at ?? -Infinity) <= opts.activeMs;
  const ranked = Object.values(history.series)
    .filter((s) => latestValue(s, opts.field) !== null)
    .map((s) => ({ s, active: isActive(s), value: latestValue(s, opts.field)! }))
    .sort((a, b) => Number(b.active) - Number(a.active) || compareScores(a.value, b.value, better) || a.s.nickname.localeCompare(b.s.nickname));
  const shown = ranked.slice(0, opts.n);
  const moreTraining = Object.values(history.series).filter(isActive).length - shown.filter((x) => x.active).length;
  return { shown: shown.map((x) => x.s), moreTraining };
}
