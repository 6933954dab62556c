#!/usr/bin/env node
/*
 * First step of `npm start` and `npm test` on a fresh machine. Plain Node, no dependencies (it runs
 * before they are installed):
 *   1. installs the npm dependencies when node_modules is missing or older than package-lock.json;
 *   2. makes sure a redis-server binary exists (unless REDIS_URL points at an external Redis):
 *      installs Debian's redis-server with apt-get when running as root (or with password-less
 *      sudo), otherwise says exactly what to run.
 */
'use strict';
const { spawnSync } = require('node:child_process');
const { existsSync, statSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..', '..');
const say = (message) => process.stdout.write(`[setup] ${message}\n`);
const run = (command, args, options = {}) =>
  spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options }).status === 0;

function ensureNodeVersion() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19)) {
    say(`Node ${process.versions.node} is too old: this project needs Node 20.19+ (or 22.12+).`);
    process.exit(1);
  }
}

function ensureDependencies() {
  const installed = join(root, 'node_modules', '.package-lock.json');
  const lock = join(root, 'package-lock.json');
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(lock).mtimeMs) return;
  // npm install (following package-lock.json), not npm ci: the registry these machines reach lacks
  // some other platforms' builds of an optional native dependency (msgpackr-extract), so the lock
  // file cannot list them and npm ci refuses it as out of sync.
  say('Installing npm dependencies...');
  if (!run('npm', ['install', '--no-audit', '--no-fund'])) {
    say('npm install failed; see the messages above.');
    process.exit(1);
  }
}

function hasRedisServer() {
  const found = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' });
  if (found.status === 0 && found.stdout.trim()) return true;
  return ['/usr/bin/redis-server', '/usr/sbin/redis-server', '/usr/local/bin/redis-server'].some(
    existsSync,
  );
}

function ensureRedis() {
  if (process.env.REDIS_URL || hasRedisServer()) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const sudo = !isRoot && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (hasApt && (isRoot || sudo)) {
    say("redis-server is missing: installing Debian's redis-server package...");
    const prefix = isRoot ? [] : ['sudo', '-n'];
    const apt = (args) =>
      run(prefix[0] ?? 'apt-get', prefix.length ? [...prefix.slice(1), 'apt-get', ...args] : args, {
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    if (apt(['update', '-qq']) && apt(['install', '-y', '-qq', 'redis-server']) && hasRedisServer())
      return;
  }
  say('redis-server is needed and could not be installed automatically. Run:');
  say('    sudo apt-get update && sudo apt-get install -y redis-server');
  say('or point REDIS_URL at a Redis you already have, e.g. REDIS_URL=redis://127.0.0.1:6379');
  process.exit(1);
}

ensureNodeVersion();
ensureDependencies();
ensureRedis();
