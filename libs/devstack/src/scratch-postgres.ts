import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from './embedded-postgres';
import { freePort } from './free-port';

/** Runs `work` against a throw-away embedded PostgreSQL database, then removes it. */
export async function withScratchPostgres<T>(work: (url: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'fairchain-pg-'));
  const server = await startEmbeddedPostgres({
    dataDir: join(dir, 'data'),
    port: await freePort(),
    persistent: false,
  });
  try {
    await server.createDatabase('scratch');
    return await work(server.url('scratch'));
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
