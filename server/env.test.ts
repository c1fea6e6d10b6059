import { describe, expect, it } from 'vitest';
import { readEnv } from './env';

const env = (vars: Record<string, string>) => readEnv(vars as NodeJS.ProcessEnv, false);

describe('readEnv', () => {
  it('fills defaults', () => {
    expect(env({})).toEqual({ PORT: 3000, HOST: '0.0.0.0', DATA_DIR: './data', NODE_ENV: 'production', LOG_LEVEL: 'info', METRICS: false, dev: false });
  });

  it('turns the metrics endpoint on with METRICS=1 and reads the test-only planted fault', () => {
    expect(env({ METRICS: '1', UNROLLED_FAULT: 'ack-before-store' })).toMatchObject({ METRICS: true, UNROLLED_FAULT: 'ack-before-store' });
    expect(env({ METRICS: '0' }).UNROLLED_FAULT).toBeUndefined();
  });

  it('reads values, treats empty strings as unset and strips the trailing slash of PUBLIC_URL', () => {
    const source = { PORT: '8080', HOST: '', DATA_DIR: ':memory:', NODE_ENV: 'test', PUBLIC_URL: 'http://192.168.1.20:8080//', PATH: '/usr/bin' } as const;
    const read = readEnv(source, true);
    expect(read).toMatchObject({ PORT: 8080, HOST: '0.0.0.0', DATA_DIR: ':memory:', NODE_ENV: 'test', PUBLIC_URL: 'http://192.168.1.20:8080', dev: true });
  });

  // PORT 0 ("any free port") is refused too: join links and the printed setup link are built from PORT.
  it.each([['abc'], ['70000'], ['-1'], ['0'], ['3.5'], ['80 80']])('refuses PORT=%j with a message naming PORT and the value', (port) => {
    expect(() => env({ PORT: port })).toThrow(new RegExp(`PORT: .*\\(got ${JSON.stringify(port).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\)`));
  });

  it.each([
    ['PUBLIC_URL', 'not a url'],
    ['NODE_ENV', 'staging'],
    ['LOG_LEVEL', 'verbose'],
    ['METRICS', 'yes'],
    ['UNROLLED_FAULT', 'drop-everything'],
  ])('refuses %s=%j and names it', (name, value) => {
    expect(() => env({ [name]: value })).toThrow(new RegExp(`Unrolled cannot start[\\s\\S]*${name}: `));
  });
});
