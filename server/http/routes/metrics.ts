/**
 * GET /api/metrics — only when the server was started with METRICS=1 (otherwise the route does not
 * exist and answers 404): this process's event-loop lag, memory and CPU, for the load test
 * (proof/loadtest.ts) and an operator watching a big class. Numbers only, nothing about people.
 *
 * Figures cover a window: from the previous `?reset=1` call (or the start) until now. A caller
 * measuring one phase resets at its start and reads at its end.
 */
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { sendJson } from '../io';
import type { RouteFactory } from './types';

/**
 * Sampling interval of the lag histogram (ms). Each sample is the time between two timer ticks, so
 * an idle loop records about this much: the lag is the sample minus it.
 */
const RESOLUTION_MS = 10;

export interface MetricsReply {
  /** Event-loop lag in the window (ms): how late a timer fired beyond its interval. */
  eventLoopLagP50Ms: number;
  eventLoopLagP99Ms: number;
  eventLoopLagMaxMs: number;
  /** Lag samples taken (one per RESOLUTION_MS when the loop keeps up: few means timers were starved). */
  lagSamples: number;
  /** Fraction of the window the event loop was busy (0..1). */
  eventLoopUtilization: number;
  windowMs: number;
  /** CPU time of the whole process (main thread, scoring workers, libuv threads) in the window. */
  cpuUserMs: number;
  cpuSystemMs: number;
  /** (user + system) / wall time of the window; 100 = one core busy. */
  cpuPercent: number;
  rssBytes: number;
  heapUsedBytes: number;
  /** Open socket.io connections. */
  sockets: number;
}

export const metricsRoutes: RouteFactory = (ctx) => {
  if (!ctx.env.METRICS) return [];
  const lag = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  lag.enable();
  let windowStart = performance.now();
  let cpuStart = process.cpuUsage();
  let eluStart = performance.eventLoopUtilization();
  const lagMs = (ns: number) => Math.max(0, ns / 1e6 - RESOLUTION_MS);

  return [
    [
      'GET',
      /^\/api\/metrics$/,
      (req, res) => {
        const windowMs = performance.now() - windowStart;
        const cpu = process.cpuUsage(cpuStart);
        const memory = process.memoryUsage();
        const reply: MetricsReply = {
          eventLoopLagP50Ms: lag.count ? lagMs(lag.percentile(50)) : 0,
          eventLoopLagP99Ms: lag.count ? lagMs(lag.percentile(99)) : 0,
          eventLoopLagMaxMs: lag.count ? lagMs(lag.max) : 0,
          lagSamples: lag.count,
          eventLoopUtilization: performance.eventLoopUtilization(eluStart).utilization,
          windowMs,
          cpuUserMs: cpu.user / 1000,
          cpuSystemMs: cpu.system / 1000,
          cpuPercent: windowMs > 0 ? ((cpu.user + cpu.system) / 1000 / windowMs) * 100 : 0,
          rssBytes: memory.rss,
          heapUsedBytes: memory.heapUsed,
          sockets: ctx.io.engine.clientsCount,
        };
        if (new URL(req.url ?? '/', 'http://x').searchParams.get('reset') === '1') {
          lag.reset();
          windowStart = performance.now();
          cpuStart = process.cpuUsage();
          eluStart = performance.eventLoopUtilization();
        }
        sendJson(res, 200, reply, { 'cache-control': 'no-store' });
      },
    ],
  ];
};
