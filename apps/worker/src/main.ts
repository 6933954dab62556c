import 'reflect-metadata';
import { ConfigError, loadConfig } from '@app/config';
import { closeOnSignals } from '@app/platform';
import { Logger } from 'nestjs-pino';
import { createWorkerApp } from './create-worker-app';

async function main(): Promise<void> {
  const app = await createWorkerApp(loadConfig(process.env));
  closeOnSignals(app, app.get(Logger));
  app.get(Logger).log('Worker running: outbox relay and queue processors started');
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof ConfigError ? error.message : String((error as Error)?.stack ?? error)}\n`,
  );
  process.exit(1);
});
