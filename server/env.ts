/**
 * The server's configuration, read and validated once at start. A bad value stops the process with a
 * message that names the variable and what it accepts.
 */
import { z } from 'zod';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  /** The address students type or scan (join links and QR codes), e.g. http://192.168.1.20:3000 */
  PUBLIC_URL: z
    .string()
    .url()
    .transform((u) => u.replace(/\/+$/, ''))
    .optional(),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  /** 1: serve GET /api/metrics (event-loop lag, memory, CPU) for the load test (proof/loadtest.ts). Off by default. */
  METRICS: z
    .enum(['0', '1'], { error: 'METRICS is 1 (serve /api/metrics) or 0.' })
    .default('0')
    .transform((v) => v === '1'),
  /**
   * Test only: a fault planted on purpose so the crash suite (proof/crash.ts) can show it catches it.
   * `ack-before-store`: acknowledge a submission, store it about a second later. Never set in production.
   */
  UNROLLED_FAULT: z.enum(['ack-before-store'], { error: 'UNROLLED_FAULT is unset or ack-before-store (test only).' }).optional(),
});

export type Env = z.infer<typeof envSchema> & { dev: boolean };

export function readEnv(source: Record<string, string | undefined>, dev: boolean): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ''));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message} (got ${JSON.stringify(source[String(i.path[0])])})`);
    throw new Error(`Unrolled cannot start: fix these environment variables:\n${lines.join('\n')}`);
  }
  return { ...result.data, dev };
}
