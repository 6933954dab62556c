import { Queue, Worker } from 'bullmq';

const seconds = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e9;

/** Seconds for `count` no-op jobs through BullMQ (addBulk + a Worker, concurrency 50): the floor. */
export async function rawBullmq(port: number, count: number): Promise<number> {
  const connection = { host: '127.0.0.1', port, maxRetriesPerRequest: null };
  const queue = new Queue('bench-raw', { connection });
  let done = 0;
  const finished = new Promise<void>((resolve) => {
    const worker = new Worker('bench-raw', () => Promise.resolve(), {
      connection,
      concurrency: 50,
    });
    worker.on('completed', () => {
      if (++done === count) void worker.close().then(() => resolve());
    });
  });
  const start = process.hrtime.bigint();
  for (let offset = 0; offset < count; offset += 1000) {
    await queue.addBulk(
      Array.from({ length: Math.min(1000, count - offset) }, (_, index) => ({
        name: 'noop',
        data: { index: offset + index },
      })),
    );
  }
  await finished;
  const elapsed = seconds(start);
  await queue.obliterate({ force: true });
  await queue.close();
  return elapsed;
}
