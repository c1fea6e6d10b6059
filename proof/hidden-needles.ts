/**
 * What a browser must never receive, regenerated from a server's database (opened read-only):
 * for each challenge its secret and "needles" of its hidden split —
 *   - generated tasks (temporal-order …): every hidden input, as text. Train streams never yield a
 *     hidden-bucket sample, so any of these seen by a browser is a leak;
 *   - lm on a built-in corpus: 60-character windows of the hidden tail's scoring streams, leaving out
 *     the few that also occur in the train part (Moby Dick repeats itself; those prove nothing).
 *
 *   node --import tsx proof/hidden-needles.ts DATA_DIR/unrolled.sqlite   → JSON on stdout
 *
 * A separate process because lib/tasks imports JSON data that Playwright's loader cannot
 * (e2e/hidden-data.spec.ts calls it, like e2e/support/model-files.ts).
 */
import '../lib/tasks/builtin-corpora';
import Database from 'better-sqlite3';
import { getTaskInstance, withoutHiddenPart, type Batch, type TaskId, type TaskInstance } from '../lib/tasks/index';
import { builtInCorpus } from '../lib/tasks/lm/builtin-registry';

export interface HiddenNeedles {
  challengeId: string;
  taskId: string;
  level: string;
  secret: string;
  needles: string[];
}

const WINDOW = 60;

/** Each batch row of a part is one contiguous stream: concatenate it across the part's batches. */
function streams(instance: TaskInstance, batches: readonly Batch[]): string[] {
  const rows = batches[0]?.batchSize ?? 0;
  return Array.from({ length: rows }, (_, r) => batches.map((b) => instance.describeRow(b, r).input).join(''));
}

export function needlesOf(row: { id: string; taskId: string; level: string; secret: string; publicFraction: number }): HiddenNeedles {
  const instance = getTaskInstance(row.taskId as TaskId, row.level);
  const split = instance.hiddenSplit({ secret: row.secret, publicFraction: row.publicFraction });
  const parts = [split.public, split.private];
  let needles: string[];
  if (row.taskId === 'lm') {
    const train = withoutHiddenPart(builtInCorpus(row.level)).text;
    needles = parts
      .flatMap((part) => streams(instance, part))
      .flatMap((text) => Array.from({ length: Math.floor(text.length / WINDOW) }, (_, i) => text.slice(i * WINDOW, (i + 1) * WINDOW)))
      .filter((w) => !train.includes(w));
  } else {
    needles = [...new Set(parts.flatMap((part) => part.flatMap((b) => Array.from({ length: b.batchSize }, (_, r) => instance.describeRow(b, r).input))))];
  }
  return { challengeId: row.id, taskId: row.taskId, level: row.level, secret: row.secret, needles };
}

function main(file: string): void {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const rows = db.prepare('select id, task_id as taskId, level, secret, settings from challenges where dataset_id is null').all() as Array<{ id: string; taskId: string; level: string; secret: string; settings: string }>;
  db.close();
  const out = rows.map((r) => needlesOf({ ...r, publicFraction: (JSON.parse(r.settings) as { publicFraction: number }).publicFraction }));
  process.stdout.write(JSON.stringify(out));
}

if (process.argv[1]?.endsWith('hidden-needles.ts')) main(process.argv[2]!);
