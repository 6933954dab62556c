import { freePort } from '@app/devstack/free-port';
import { startRedisServer, type RunningRedis } from '@app/devstack/redis-server';
import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import type { Client } from 'pg';
import request from 'supertest';
import { Session, signUp, uniqueEmail } from './harness/personas';
import { sql, startApi, startWorker, testConfig, waitFor } from './harness/services';

/**
 * api → PostgreSQL outbox → relay → BullMQ → worker → PostgreSQL, with Redis stopped in the middle.
 * This file runs its own Redis so that stopping it disturbs no other test.
 */
describe('Background jobs survive a Redis outage (transactional outbox)', () => {
  let redis: RunningRedis;
  let port: number;
  let api: INestApplication;
  let worker: INestApplicationContext;
  let db: Client;
  let admin: Session;
  const http = () => request(api.getHttpServer());

  const notificationsFor = async (userId: string): Promise<number> =>
    Number(
      (await db.query('SELECT count(*) FROM notifications WHERE recipient_user_id = $1', [userId]))
        .rows[0].count,
    );
  const outboxFor = async (userId: string) =>
    (
      await db.query(
        `SELECT processed_at, enqueue_count FROM outbox_events WHERE payload->>'userId' = $1`,
        [userId],
      )
    ).rows[0];

  beforeAll(async () => {
    port = await freePort();
    redis = await startRedisServer({ port });
    const config = testConfig({ REDIS_URL: redis.url });
    api = await startApi(config);
    worker = await startWorker(config);
    db = await sql();
    admin = await signUp(api, 'outage');
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await redis?.stop();
    await db?.end();
  });

  it('runs the job end to end while Redis is up', async () => {
    await waitFor(
      'the welcome notification',
      async () => (await notificationsFor(admin.userId)) === 1,
    );
    expect((await outboxFor(admin.userId)).processed_at).not.toBeNull();
    await http().get('/health/ready').expect(200);
  });

  it('accepts the change while Redis is down and runs the job once Redis is back', async () => {
    await redis.stop();
    const ready = await http().get('/health/ready').expect(503);
    expect(ready.body.checks.redis.status).toBe('down');
    expect(ready.body.checks.database.status).toBe('up');

    const invited = await http()
      .post('/users')
      .set('Authorization', `Bearer ${admin.token}`)
      .send({ email: uniqueEmail('during-outage'), name: 'Lin Wei', role: 'auditor' })
      .expect(201);
    const userId = invited.body.user.id;
    // The intent is safely in PostgreSQL, not yet done.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await outboxFor(userId)).toMatchObject({ processed_at: null });
    expect(await notificationsFor(userId)).toBe(0);

    redis = await startRedisServer({ port });
    await waitFor(
      'the notification after Redis came back',
      async () => (await notificationsFor(userId)) === 1,
      30_000,
    );
    expect((await outboxFor(userId)).processed_at).not.toBeNull();
    await http().get('/health/ready').expect(200);
  });

  it('re-enqueues an event that Redis lost after it was enqueued (Redis restarted empty)', async () => {
    await worker.close();
    const invited = await http()
      .post('/users')
      .set('Authorization', `Bearer ${admin.token}`)
      .send({ email: uniqueEmail('lost-in-redis'), name: 'Ana Lima', role: 'executive' })
      .expect(201);
    const userId = invited.body.user.id;
    // Pretend a relay enqueued it long ago, then Redis restarted without persistence.
    await db.query(
      `UPDATE outbox_events SET enqueued_at = now() - interval '1 hour', enqueue_count = 1 WHERE payload->>'userId' = $1`,
      [userId],
    );
    await redis.stop();
    redis = await startRedisServer({ port });
    worker = await startWorker(testConfig({ REDIS_URL: redis.url }));
    await waitFor(
      'the redelivered notification',
      async () => (await notificationsFor(userId)) === 1,
      30_000,
    );
    expect((await outboxFor(userId)).enqueue_count).toBe(2);
  });
});
