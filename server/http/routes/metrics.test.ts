/** GET /api/metrics exists only with METRICS=1, and then reports numbers of this process. */
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createUnrolledServer, type UnrolledServer } from '../../create-server';
import { readEnv } from '../../env';
import type { MetricsReply } from './metrics';

let server: UnrolledServer | null = null;

async function start(vars: Record<string, string>): Promise<string> {
  const env = readEnv({ DATA_DIR: ':memory:', PORT: '3000', NODE_ENV: 'test', ...vars } as NodeJS.ProcessEnv, false);
  server = createUnrolledServer(env, (_req, res) => void res.writeHead(404).end(), 'test');
  await new Promise<void>((resolve) => server!.http.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.http.address() as AddressInfo).port}`;
}

afterEach(async () => {
  await server?.close();
  server = null;
});

describe('GET /api/metrics', () => {
  it.each([[{}], [{ METRICS: '0' }]])('is not served by default (%j)', async (vars) => {
    const url = await start(vars);
    expect((await fetch(`${url}/api/metrics`)).status).toBe(404);
  });

  it('with METRICS=1 reports lag, CPU and memory, and ?reset=1 starts a new window', async () => {
    const url = await start({ METRICS: '1' });
    await new Promise((r) => setTimeout(r, 100));
    const first = (await (await fetch(`${url}/api/metrics?reset=1`)).json()) as MetricsReply;
    expect(first.lagSamples).toBeGreaterThan(0);
    expect(first.windowMs).toBeGreaterThanOrEqual(90);
    expect(first.rssBytes).toBeGreaterThan(1e6);
    for (const k of ['eventLoopLagP50Ms', 'eventLoopLagP99Ms', 'eventLoopLagMaxMs', 'cpuPercent', 'cpuUserMs', 'sockets'] as const) expect(first[k]).toBeGreaterThanOrEqual(0);
    expect(first.eventLoopUtilization).toBeGreaterThanOrEqual(0);
    expect(first.eventLoopUtilization).toBeLessThanOrEqual(1);
    const second = (await (await fetch(`${url}/api/metrics`)).json()) as MetricsReply;
    expect(second.windowMs).toBeLessThan(first.windowMs);
  });
});
