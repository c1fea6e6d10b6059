/** Everything a handler needs, built once in server/main.ts (and in tests, on a temporary database). */
import type { Db } from '../db/client';
import type { Env } from './env';
import type { Accounts } from './services/accounts';
import type { Datasets } from './services/datasets';
import type { Rooms } from './services/rooms';
import type { AppServer } from './socket/context';

export interface AppContext {
  env: Env;
  db: Db;
  accounts: Accounts;
  rooms: Rooms;
  datasets: Datasets;
  io: AppServer;
  startedAt: number;
  version: string;
}
