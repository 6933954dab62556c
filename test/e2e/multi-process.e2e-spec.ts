import { freePort } from '@app/devstack/free-port';
import { startRedisServer, type RunningRedis } from '@app/devstack/redis-server';
import type { ChildProcess } from 'node:child_process';
import type { Client } from 'pg';
import { PASSWORD, uniqueEmail } from './harness/personas';
import { exited, spawnApp, sql, testEnv, waitFor } from './harness/services';

/**
 * Nothing assumes one process: two api processes and three workers (each with its own outbox
 * relay) share one database and one Redis, and every job's effect still happens exactly once.
 */
describe('Two api and three worker processes on one database and queue', () => {
  let redis: RunningRedis;
  let db: Client;
  const processes: ChildProcess[] = [];
  const apiUrls: string[] = [];

  const call = async (url: string, path: string, body: unknown, token?: string) => {
    const response = await fetch(`${url}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  };

  beforeAll(async () => {
    redis = await startRedisServer({ port: await freePort() });
    db = await sql();
    for (let index = 0; index < 2; index++) {
      const port = await freePort();
      processes.push(spawnApp('api', testEnv({ REDIS_URL: redis.url, PORT: String(port) })));
      apiUrls.push(`http://127.0.0.1:${port}`);
    }
    for (let index = 0; index < 3; index++)
      processes.push(spawnApp('worker', testEnv({ REDIS_URL: redis.url })));
    for (const url of apiUrls) {
      await waitFor(`api at ${url}`, () =>
        fetch(`${url}/health/ready`).then(
          (r) => r.ok,
          () => false,
        ),
      );
    }
  });
  afterAll(async () => {
    for (const child of processes) child.kill('SIGTERM');
    await Promise.all(processes.map(exited));
    await redis?.stop();
    await db?.end();
  });

  it('processes every job once while requests are spread over both apis', async () => {
    const signup = await call(apiUrls[0], '/auth/signup', {
      organisationName: 'Scaled Org',
      name: 'Scale Admin',
      email: uniqueEmail('scale'),
      password: PASSWORD,
    });
    expect(signup.status).toBe(201);
    const token = signup.body.accessToken as string;
    const invited = await Promise.all(
      Array.from({ length: 40 }, (_, index) =>
        call(
          apiUrls[index % 2],
          '/users',
          { email: uniqueEmail(`scale${index}`), name: `Person ${index}`, role: 'auditor' },
          token,
        ),
      ),
    );
    expect(invited.map((response) => response.status)).toEqual(Array(40).fill(201));
    const ids = [signup.body.user.id, ...invited.map((response) => response.body.user.id)];

    await waitFor(
      'a notification for each of the 41 users',
      async () =>
        Number(
          (
            await db.query(
              'SELECT count(DISTINCT recipient_user_id) FROM notifications WHERE recipient_user_id = ANY($1)',
              [ids],
            )
          ).rows[0].count,
        ) === 41,
      30_000,
    );
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const perUser = await db.query(
      'SELECT recipient_user_id, count(*)::int AS n FROM notifications WHERE recipient_user_id = ANY($1) GROUP BY 1',
      [ids],
    );
    expect(perUser.rows.map((row: { n: number }) => row.n)).toEqual(Array(41).fill(1));
    const unprocessed = await db.query(
      `SELECT count(*)::int AS n FROM outbox_events WHERE payload->>'userId' = ANY($1) AND processed_at IS NULL`,
      [ids],
    );
    expect(unprocessed.rows[0].n).toBe(0);
  });
});
