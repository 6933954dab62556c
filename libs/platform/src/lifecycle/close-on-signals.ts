import type { INestApplicationContext, LoggerService } from '@nestjs/common';

/**
 * On SIGTERM or SIGINT, finish in-flight work through Nest's shutdown hooks (HTTP server, workers,
 * relay, database pool) and exit 0. Nest's own enableShutdownHooks re-raises the signal afterwards,
 * which supervisors report as a crash.
 */
export function closeOnSignals(app: INestApplicationContext, logger: LoggerService): void {
  let closing = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      if (closing) return;
      closing = true;
      logger.log(`${signal} received: shutting down`);
      app.close().then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error(`Shutdown failed: ${(error as Error).message}`);
          process.exit(1);
        },
      );
    });
  }
}
