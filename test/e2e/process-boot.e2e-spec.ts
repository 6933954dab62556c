import { freePort } from '@app/devstack/free-port';
import type { ChildProcess } from 'node:child_process';
import { exited, spawnApp, sql, testEnv, waitFor } from './harness/services';

/** The compiled processes as an operator starts them (npm test builds them first). */
describe('Starting and stopping the processes', () => {
  const output = (child: ChildProcess): (() => string) => {
    let text = '';
    child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString()));
    return () => text;
  };

  it.each([
    ['api', 'JWT_SECRET', { JWT_SECRET: '' }, /JWT_SECRET is required/],
    [
      'api',
      'DATABASE_URL',
      { DATABASE_URL: 'mysql://nope' },
      /DATABASE_URL must be a postgres:\/\/ URL/,
    ],
    ['worker', 'WORKER_LOCK_MS', { WORKER_LOCK_MS: 'soon' }, /WORKER_LOCK_MS/],
  ] as const)(
    'the %s refuses to start when %s is missing or malformed, naming it',
    async (app, _name, change, message) => {
      const child = spawnApp(app, testEnv({ ...change, LOG_LEVEL: 'info' }));
      const text = output(child);
      const { code } = await exited(child);
      expect(code).toBe(1);
      expect(text()).toMatch(message);
    },
  );

  it('refuses to start on a database with pending migrations when told only to check', async () => {
    const admin = await sql(process.env.E2E_POSTGRES_ADMIN_URL);
    const database = `behind_${Date.now()}`;
    await admin.query(`CREATE DATABASE ${database}`);
    await admin.end();
    const url = process.env.E2E_DATABASE_URL!.replace(/\/[^/]+$/, `/${database}`);
    const child = spawnApp(
      'api',
      testEnv({ DATABASE_URL: url, DB_MIGRATIONS: 'check', PORT: String(await freePort()) }),
    );
    const text = output(child);
    expect((await exited(child)).code).toBe(1);
    expect(text()).toMatch(/\d+ migration\(s\) pending \(CreatePlatformTables\d+, /);
  });

  it.each(['api', 'worker'] as const)(
    'the %s runs, then shuts down cleanly on SIGTERM',
    async (app) => {
      const port = await freePort();
      const child = spawnApp(app, testEnv({ PORT: String(port), LOG_LEVEL: 'info' }));
      const text = output(child);
      if (app === 'api') {
        await waitFor('the api to answer', () =>
          fetch(`http://127.0.0.1:${port}/health`).then(
            (r) => r.ok,
            () => false,
          ),
        );
        const response = await fetch(`http://127.0.0.1:${port}/health/ready`);
        expect(response.status).toBe(200);
        expect(response.headers.get('x-request-id')).toEqual(expect.any(String));
      } else {
        await waitFor('the worker to start', () =>
          Promise.resolve(text().includes('Worker running')),
        );
      }
      child.kill('SIGTERM');
      expect(await exited(child)).toEqual({ code: 0, signal: null });
      expect(text()).toMatch(/SIGTERM received: shutting down/);
      expect(text()).not.toMatch(/"level":50/);
    },
  );

  it('writes JSON logs with a request id and without bodies or credentials', async () => {
    const port = await freePort();
    const child = spawnApp('api', testEnv({ PORT: String(port), LOG_LEVEL: 'info' }));
    const text = output(child);
    await waitFor('the api to answer', () =>
      fetch(`http://127.0.0.1:${port}/health`).then(
        (r) => r.ok,
        () => false,
      ),
    );
    await fetch(`http://127.0.0.1:${port}/auth/login`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-request-id': 'trace-me-123',
        authorization: 'Bearer secret-token-value',
      },
      body: JSON.stringify({
        email: 'someone.private@example.com',
        password: 'my secret passphrase',
      }),
    });
    child.kill('SIGTERM');
    await exited(child);
    const lines = text()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, any>);
    const login = lines.find((line) => line.req?.id === 'trace-me-123');
    expect(login).toMatchObject({
      service: 'api',
      req: { method: 'POST', path: '/auth/login' },
      res: { statusCode: 401 },
    });
    expect(text()).not.toMatch(/someone\.private|my secret passphrase|secret-token-value/);
  });
});
