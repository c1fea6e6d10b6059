/** Types shared by the REST route modules. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppContext } from '../../app-context';
import type { Instructor } from '../../services/accounts';

export type Route = (req: IncomingMessage, res: ServerResponse, params: string[]) => Promise<void> | void;
/** [method, path pattern (groups become params), handler]. */
export type RouteTable = Array<[string, RegExp, Route]>;

export interface RouteHelpers {
  instructorOf(req: IncomingMessage): Instructor | null;
  /** The signed-in instructor, or a 401 'not-signed-in' error. */
  requireInstructor(req: IncomingMessage): Instructor;
  /** A valid join code from a path segment, or a 404 'unknown-room' error naming it. */
  parseCode(raw: string): string;
}

export type RouteFactory = (ctx: AppContext, helpers: RouteHelpers) => RouteTable;
