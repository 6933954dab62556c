import type { Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';

/**
 * Sets (or, with `everyMs` null, removes) a repeatable job that the worker runs for itself. One
 * scheduler per id in Redis, so every worker process may call this at start. Redis being down is
 * expected (restarts): the queue's connection errors are logged once as a warning, not thrown.
 */
export async function scheduleRepeatable(
  queue: Queue,
  logger: Logger,
  schedulerId: string,
  everyMs: number | null,
  jobName: string,
): Promise<void> {
  if (queue.listenerCount('error') === 0)
    queue.on('error', (error: Error) =>
      logger.warn(`Queue ${queue.name}: connection problem (retrying): ${error.message}`),
    );
  const change =
    everyMs === null
      ? queue.removeJobScheduler(schedulerId)
      : queue.upsertJobScheduler(schedulerId, { every: everyMs }, { name: jobName, data: {} });
  await change.catch((error: Error) =>
    logger.warn(`Schedule ${schedulerId} not set yet (Redis): ${error.message}`),
  );
}
