import 'reflect-metadata';
import { ConfigError, loadConfig } from '@app/config';
import { Logger } from 'nestjs-pino';
import { createWorkerApp } from './create-worker-app';

async function main(): Promise<void> {
  const app = await createWorkerApp(loadConfig(process.env));
  app.get(Logger).log('Worker running: outbox relay and queue processors started');
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof ConfigError ? error.message : String((error as Error)?.stack ?? error)}\n`,
  );
  process.exit(1);
});
