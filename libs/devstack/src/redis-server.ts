import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { connect } from 'node:net';

const CANDIDATES = [
  '/usr/bin/redis-server',
  '/usr/sbin/redis-server',
  '/usr/local/bin/redis-server',
];

/** Path of a redis-server binary on PATH (or in Debian's usual places), or null. */
export function findRedisServer(): string | null {
  const which = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' });
  const onPath = which.stdout.trim();
  if (which.status === 0 && onPath) return onPath;
  return CANDIDATES.find((candidate) => existsSync(candidate)) ?? null;
}

export interface RunningRedis {
  port: number;
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Resolves once the server on that port answers PING. */
export async function waitForRedis(port: number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answered = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.setTimeout(500);
      socket.once('connect', () => socket.write('PING\r\n'));
      socket.once('data', (data) => {
        socket.destroy();
        resolve(data.toString().startsWith('+PONG'));
      });
      socket.once('error', () => resolve(false));
      socket.once('timeout', () => {
        socket.destroy();
        resolve(false);
      });
    });
    if (answered) return;
    if (Date.now() > deadline)
      throw new Error(`Redis on port ${port} did not answer within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Starts Debian's redis-server as a child process on 127.0.0.1. With `dataDir` it keeps an
 * append-only file there (the demo keeps its queues across restarts); without, nothing is saved.
 */
export async function startRedisServer(options: {
  port: number;
  dataDir?: string;
}): Promise<RunningRedis> {
  const binary = findRedisServer();
  if (!binary) {
    throw new Error(
      'redis-server was not found. Install it with: sudo apt-get install -y redis-server (or set REDIS_URL)',
    );
  }
  const args = [
    '--port',
    String(options.port),
    '--bind',
    '127.0.0.1',
    '--protected-mode',
    'yes',
    '--save',
    '',
  ];
  if (options.dataDir) {
    mkdirSync(options.dataDir, { recursive: true });
    args.push('--dir', options.dataDir, '--appendonly', 'yes');
  } else {
    args.push('--appendonly', 'no');
  }
  const child = spawn(binary, args, { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await waitForRedis(options.port);
  return {
    port: options.port,
    url: `redis://127.0.0.1:${options.port}`,
    process: child,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}
