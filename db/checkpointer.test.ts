import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startCheckpointer } from './checkpointer';
import { openDb } from './client';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function fill(db: ReturnType<typeof openDb>, rows: number) {
  db.$client.exec('create table if not exists blobs (id integer primary key, data blob)');
  const insert = db.$client.prepare('insert into blobs (data) values (?)');
  for (let i = 0; i < rows; i++) insert.run(Buffer.alloc(1024, i % 256));
}

describe('WAL checkpointer', () => {
  it('copies committed pages into the database file from its own thread, with the automatic checkpoint off', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'unrolled-ckpt-'));
    dirs.push(dir);
    const db = openDb(dir);
    const file = path.join(dir, 'unrolled.sqlite');
    const checkpointer = startCheckpointer(db, 50);
    expect(db.$client.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    const before = statSync(file).size;
    fill(db, 3000); // ~3 MB, all in the WAL until a checkpoint copies it
    const deadline = Date.now() + 10_000;
    while (statSync(file).size < before + 2 * 1024 * 1024 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(statSync(file).size).toBeGreaterThan(before + 2 * 1024 * 1024);
    await checkpointer.stop();
    db.$client.close();
    const again = openDb(dir);
    expect(again.$client.prepare('select count(*) from blobs').pluck().get()).toBe(3000);
    again.$client.close();
  }, 30_000);

  it('without it, the database file does not grow until SQLite checkpoints (the control)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'unrolled-ckpt-'));
    dirs.push(dir);
    const db = openDb(dir);
    db.$client.pragma('wal_autocheckpoint = 0');
    const file = path.join(dir, 'unrolled.sqlite');
    const before = statSync(file).size;
    fill(db, 3000);
    expect(statSync(file).size).toBe(before);
    db.$client.close();
  });
});
