/**
 * A model config as short "key value" pairs for a timeline row ("adam · lr 0.002 · clip 5 · batch
 * 32"): the size (cell, layers, hidden) has its own column, so it is left out here. Unknown keys are
 * shown as they are, so a config field added later still appears.
 */
const SHOWN_AS: Record<string, string> = { learningRate: 'lr', clipNorm: 'clip', batchSize: 'batch', chunkLen: 'T', embedding: 'emb' };
const SKIP = new Set(['cell', 'layers', 'hidden']);

function valueText(value: unknown): string {
  if (value && typeof value === 'object' && 'kind' in value) {
    const v = value as { kind: string; dim?: number };
    return v.dim === undefined ? v.kind : `${v.kind} ${v.dim}`;
  }
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

export function configSummary(config: Record<string, unknown>): string[] {
  return Object.entries(config)
    .filter(([key, value]) => !SKIP.has(key) && value !== undefined && value !== null)
    .map(([key, value]) => (key === 'optimizer' || key === 'activation' ? String(value) : `${SHOWN_AS[key] ?? key} ${valueText(value)}`));
}
