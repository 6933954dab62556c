import { freePort } from '@app/devstack/free-port';
import { startRedisServer, type RunningRedis } from '@app/devstack/redis-server';
import type { INestApplication } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { ChildProcess } from 'node:child_process';
import type { Client } from 'pg';
import request from 'supertest';
import { Session, signUp, uniqueEmail } from './harness/personas';
import { exited, spawnApp, sql, startApi, testConfig, testEnv, waitFor } from './harness/services';

/**
 * A worker process is killed (SIGKILL) while it is in the middle of a job; another worker picks the
 * job up and its effect is applied exactly once. To catch the worker mid-job deterministically, the
 * test holds a row lock on the user the job reads, so the job waits inside its transaction.
 */
describe('A worker killed mid-job', () => {
  let redis: RunningRedis;
  let api: INestApplication;
  let db: Client;
  let admin: Session;
  const workers: ChildProcess[] = [];
  let env: Record<string, string>;

  const spawnWorker = (): ChildProcess => {
    const child = spawnApp('worker', env);
    workers.push(child);
    return child;
  };
  const notificationsFor = async (userId: string): Promise<number> =>
    Number(
      (await db.query('SELECT count(*) FROM notifications WHERE recipient_user_id = $1', [userId]))
        .rows[0].count,
    );

  beforeAll(async () => {
    redis = await startRedisServer({ port: await freePort() });
    env = testEnv({ REDIS_URL: redis.url });
    api = await startApi(testConfig({ REDIS_URL: redis.url }));
    db = await sql();
    admin = await signUp(api, 'crash');
  });
  afterAll(async () => {
    for (const child of workers) child.kill('SIGKILL');
    await Promise.all(workers.map(exited));
    await api?.close();
    await redis?.stop();
    await db?.end();
  });

  it('is processed after restart, with its effect applied exactly once', async () => {
    const invited = await request(api.getHttpServer())
      .post('/users')
      .set('Authorization', `Bearer ${admin.token}`)
      .send({ email: uniqueEmail('crash'), name: 'Sara Haile', role: 'auditor' })
      .expect(201);
    const userId = invited.body.user.id;

    const blocker = await sql();
    await blocker.query('BEGIN');
    await blocker.query('SELECT id FROM users WHERE id = $1 FOR UPDATE', [userId]);

    const first = spawnWorker();
    await waitFor(
      'the first worker to be inside the job, waiting on the row lock',
      async () =>
        (
          await db.query(
            `SELECT 1 FROM pg_stat_activity WHERE application_name = 'fairchain-worker' AND wait_event_type = 'Lock'`,
          )
        ).rowCount === 1,
    );
    first.kill('SIGKILL');
    expect((await exited(first)).signal).toBe('SIGKILL');
    await blocker.query('ROLLBACK');
    await blocker.end();
    expect(await notificationsFor(userId)).toBe(0);

    spawnWorker();
    await waitFor(
      'the restarted worker to finish the job',
      async () => (await notificationsFor(userId)) === 1,
      30_000,
    );
    const outbox = await db.query(
      `SELECT processed_at FROM outbox_events WHERE payload->>'userId' = $1`,
      [userId],
    );
    expect(outbox.rows[0].processed_at).not.toBeNull();
  });

  it('applies the effect once even when the same job is delivered again', async () => {
    const invited = await request(api.getHttpServer())
      .post('/users')
      .set('Authorization', `Bearer ${admin.token}`)
      .send({ email: uniqueEmail('twice'), name: 'Omar Farouk', role: 'executive' })
      .expect(201);
    const userId = invited.body.user.id;
    await waitFor('the notification', async () => (await notificationsFor(userId)) === 1);

    // A second delivery of the same event (e.g. a relay that enqueued it twice under another id).
    const event = await db.query(
      `SELECT id, organisation_id FROM outbox_events WHERE payload->>'userId' = $1`,
      [userId],
    );
    const queue = new Queue('notifications', {
      connection: { host: '127.0.0.1', port: redis.port },
    });
    const duplicate = await queue.add(
      'notification.user-welcome',
      {
        userId,
        kind: 'invitation',
        outboxId: String(event.rows[0].id),
        organisationId: event.rows[0].organisation_id,
      },
      { jobId: `duplicate-${event.rows[0].id}` },
    );
    await waitFor(
      'the duplicate to be processed',
      async () => (await duplicate.getState()) === 'completed',
    );
    await queue.close();
    expect(await notificationsFor(userId)).toBe(1);
  });
});
