import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb } from './client';
import { countInstructors, insertInstructor } from './queries/instructors';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('openDb', () => {
  it('applies the migrations to a fresh in-memory database, separate each time', () => {
    const a = openDb(':memory:');
    const b = openDb(':memory:');
    const tables = a.$client.prepare("select name from sqlite_master where type = 'table' and name not like '\\_%' escape '\\' and name != 'sqlite_sequence'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['instructors', 'login_sessions', 'one_time_tokens', 'class_sessions', 'participants', 'session_events']));
    insertInstructor(a, { id: 'i1', name: 'Ada', nameKey: 'ada', passwordHash: 'h', passwordSalt: 's', createdAt: 0 });
    expect([countInstructors(a), countInstructors(b)]).toEqual([1, 0]);
    expect(a.$client.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('keeps data in a directory across reopenings (migrations are not reapplied)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'unrolled-db-'));
    dirs.push(dir);
    const first = openDb(path.join(dir, 'nested'));
    insertInstructor(first, { id: 'i1', name: 'Ada', nameKey: 'ada', passwordHash: 'h', passwordSalt: 's', createdAt: 0 });
    first.$client.close();
    const second = openDb(path.join(dir, 'nested'));
    expect(countInstructors(second)).toBe(1);
    second.$client.close();
  });
});
