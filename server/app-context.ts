/** Everything a handler needs, built once in server/main.ts (and in tests, on a temporary database). */
import type { Db } from '../db/client';
import type { Env } from './env';
import type { Accounts } from './services/accounts';
import type { Datasets } from './services/datasets';
import type { Challenges } from './services/challenges';
import type { Quiz } from './services/quiz';
import type { Race } from './services/race';
import type { Rooms } from './services/rooms';
import type { AppServer } from './socket/context';

export interface AppContext {
  env: Env;
  db: Db;
  accounts: Accounts;
  rooms: Rooms;
  datasets: Datasets;
  challenges: Challenges;
  race: Race;
  quiz: Quiz;
  io: AppServer;
  startedAt: number;
  version: string;
}
