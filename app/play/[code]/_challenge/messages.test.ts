// The student's challenge screen speaks English and Korean: both catalogs (messages/*/train.json)
// have the same keys, every key the components use exists, and the Korean one is in Korean.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import en from '../../../../messages/en/train.json';
import ko from '../../../../messages/ko/train.json';
import { PROBLEM_KEYS } from '@/app/_lib/training/model-form';
import { WORKER_ERROR_CODES } from '@/app/_lib/training/worker-protocol';
import { CELLS, OPTIMIZERS } from '@/lib/ml/config';
import { TASK_IDS } from '@/lib/tasks/types';
import { TASKS } from '@/lib/tasks/info';

type Tree = { [k: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}

const EN = leaves(en.train as Tree);
const KO = leaves(ko.train as Tree);
const here = path.dirname(fileURLToPath(import.meta.url));

/** Every literal t('…') key in the components of this folder. */
function staticKeys(): string[] {
  const keys = new Set<string>();
  for (const file of readdirSync(here).filter((f) => f.endsWith('.tsx'))) {
    const source = readFileSync(path.join(here, file), 'utf8');
    if (!source.includes("useTranslations('train')")) continue;
    for (const m of source.matchAll(/\bt\('([a-zA-Z.-]+)'/g)) keys.add(m[1]!);
  }
  return [...keys];
}

describe('messages/*/train.json', () => {
  it('has the same keys in English and Korean, none empty', () => {
    expect([...KO.keys()].sort()).toEqual([...EN.keys()].sort());
    for (const [k, v] of [...EN, ...KO]) expect(v.trim(), k).not.toBe('');
  });

  it('has every key the components use', () => {
    const dynamic = [
      ...CELLS.map((c) => `cell.${c}`),
      ...OPTIMIZERS.map((o) => `optimizer.${o}`),
      ...WORKER_ERROR_CODES.map((c) => `errors.${c}`),
      ...PROBLEM_KEYS.map((p) => `form.problem.${p}`),
      ...['idle', 'starting', 'running', 'paused', 'stopping'].map((s) => `status.${s}`),
      ...['running', 'paused', 'ended'].map((s) => `header.status.${s}`),
      ...['queued', 'scored', 'failed'].map((s) => `submit.status.${s}`),
      ...['accuracy', 'exact-match', 'per-step-accuracy', 'bits-per-char'].map((m) => `metricName.${m}`),
      ...TASK_IDS.map((id) => `task.diagram.${TASKS[id].diagram}`),
      ...['h', 'c', 'i', 'f', 'g', 'o', 'z', 'r', 'candidate'].map((g) => `state.name.${g}`),
      ...['layers', 'hidden', 'embeddingDim', 'learningRate', 'clipNorm', 'batchSize', 'chunkLen', 'seed'].map((f) => `form.${f}`),
    ];
    const used = [...staticKeys(), ...dynamic];
    expect(staticKeys().length).toBeGreaterThan(50);
    expect(used.filter((k) => !EN.has(k))).toEqual([]);
  });

  it('is written in Korean', () => {
    const hangul = /[\uac00-\ud7a3]/;
    const english = [...KO].filter(([k, v]) => !hangul.test(v) && !/^(cell|optimizer)\./.test(k) && !/^[{}\w\s×·.]+$/.test(v.replace(/\{[^}]+\}/g, '')) && !k.startsWith('controls.w'));
    expect(english).toEqual([]);
  });
});
