/** Every domain's REST routes; api.ts adds them after its own. One line per domain module. */
import { historyRoutes } from './history';
import { metricsRoutes } from './metrics';
import { quizRoutes } from './quiz';
import type { RouteFactory } from './types';

export const ROUTE_FACTORIES: RouteFactory[] = [historyRoutes, quizRoutes, metricsRoutes];
