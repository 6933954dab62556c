import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { OutboxEvent } from '@app/persistence';
import { runCoalescedOutboxJob, runOutboxJobOnce } from '@app/platform';
import { DataSource } from 'typeorm';
import { signUp } from './harness/personas';
import { startApi, startWorker } from './harness/services';

/** At-least-once delivery, exactly-once effect: the claim must see an event already applied. */
describe('Outbox jobs run once', () => {
  let app: INestApplication;
  let worker: INestApplicationContext;
  let dataSource: DataSource;
  let organisationId: string;

  beforeAll(async () => {
    app = await startApi();
    // A worker context for its DataSource only; its relay would deliver the events we insert.
    worker = await startWorker();
    dataSource = worker.get(DataSource);
    organisationId = (await signUp(app, 'run-once')).organisationId;
  });
  afterAll(async () => {
    await worker.close();
    await app.close();
  });

  const event = (jobName: string, payload: Record<string, unknown>) =>
    dataSource.getRepository(OutboxEvent).save({ organisationId, jobName, payload });

  it('applies an event once, however often it is delivered', async () => {
    const saved = await event('test.once', {});
    let runs = 0;
    const job = { outboxId: String(saved.id), organisationId };
    const effect = () => Promise.resolve(void runs++);
    expect(await runOutboxJobOnce(dataSource, job, effect)).toBe('applied');
    expect(await runOutboxJobOnce(dataSource, job, effect)).toBe('already-applied');
    expect(runs).toBe(1);
  });

  it('coalesces pending events of a job into one run that sees every payload', async () => {
    const first = await event('test.coalesced', { n: 1 });
    await event('test.coalesced', { n: 2 });
    const seen: unknown[][] = [];
    const job = { outboxId: String(first.id), organisationId, jobName: 'test.coalesced' };
    const effect = (_m: unknown, _s: unknown, payloads: unknown[]) =>
      Promise.resolve(void seen.push(payloads));
    expect(await runCoalescedOutboxJob(dataSource, job, effect)).toBe('applied');
    expect(await runCoalescedOutboxJob(dataSource, job, effect)).toBe('already-applied');
    expect(seen).toEqual([[{ n: 1 }, { n: 2 }]]);
  });
});
