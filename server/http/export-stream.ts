/** An export source (server/services/history-export.ts) as a streamed CSV or JSON download. */
import type { ServerResponse } from 'node:http';
import type { ExportSource } from '../services/history-export';
import { CSV_BOM, csvRecord, csvRows } from './csv';
import { contentDisposition, safeFileName, streamChunks } from './download';

export type ExportFormat = 'csv' | 'json';

/**
 * CSV: BOM, header record, then one write per batch of rows. JSON: `{"columns":[…],"rows":[` and
 * the rows a batch at a time, then `]}` — the same rows with typed values (numbers, booleans, null,
 * `config` as an object), in the same order.
 */
export function exportChunks(source: ExportSource, format: ExportFormat, meta: Record<string, unknown>): Iterable<string> {
  return format === 'csv' ? csvChunks(source) : jsonChunks(source, meta);
}

function* csvChunks(source: ExportSource): Iterable<string> {
  yield CSV_BOM + csvRecord(source.columns);
  for (const batch of source.batches()) if (batch.length) yield csvRows(source.columns, batch);
}

function* jsonChunks(source: ExportSource, meta: Record<string, unknown>): Iterable<string> {
  yield `{${Object.entries(meta)
    .map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)},`)
    .join('')}"columns":${JSON.stringify(source.columns)},"rows":[`;
  let first = true;
  for (const batch of source.batches()) {
    if (!batch.length) continue;
    const ordered = batch.map((row) => JSON.stringify(Object.fromEntries(source.columns.map((c) => [c, row[c] ?? null]))));
    yield (first ? '\n' : ',\n') + ordered.join(',\n');
    first = false;
  }
  yield '\n]}\n';
}

export function sendExport(res: ServerResponse, source: ExportSource, format: ExportFormat, baseName: string, meta: Record<string, unknown>): Promise<void> {
  const fileName = `${safeFileName(baseName)}.${format}`;
  return streamChunks(
    res,
    {
      'content-type': format === 'csv' ? 'text/csv; charset=utf-8; header=present' : 'application/json; charset=utf-8',
      'content-disposition': contentDisposition(fileName),
    },
    exportChunks(source, format, meta),
  );
}
