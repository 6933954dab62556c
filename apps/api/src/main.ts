import 'reflect-metadata';
import { ConfigError, loadConfig } from '@app/config';
import { closeOnSignals } from '@app/platform';
import { Logger } from 'nestjs-pino';
import { createApiApp, listen } from './create-api-app';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const app = await createApiApp(config);
  await listen(app, config.PORT, config.HOST);
  closeOnSignals(app, app.get(Logger));
  app.get(Logger).log(`API listening on http://${config.HOST}:${config.PORT} (docs at /docs)`);
}

main().catch((error: unknown) => {
  // Before the logger exists, say plainly what is wrong and stop.
  process.stderr.write(
    `${error instanceof ConfigError ? error.message : String((error as Error)?.stack ?? error)}\n`,
  );
  process.exit(1);
});
