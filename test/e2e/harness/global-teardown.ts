import { rmSync } from 'node:fs';

interface Services {
  postgres: { stop(): Promise<void> };
  redis: { stop(): Promise<void> };
  dir: string;
}

export default async function globalTeardown(): Promise<void> {
  const services = (globalThis as Record<string, unknown>).__E2E_SERVICES__ as Services | undefined;
  if (!services) return;
  await services.redis.stop();
  await services.postgres.stop();
  rmSync(services.dir, { recursive: true, force: true });
}
