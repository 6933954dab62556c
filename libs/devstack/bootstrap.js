#!/usr/bin/env node
/*
 * First step of `npm start` and `npm test` on a fresh machine. Plain Node, no dependencies (it runs
 * before they are installed):
 *   1. installs the npm dependencies when node_modules is missing or older than package-lock.json;
 *   2. makes sure a redis-server binary exists (unless REDIS_URL points at an external Redis):
 *      installs Debian's redis-server with apt-get when running as root (or with password-less
 *      sudo), otherwise says exactly what to run;
 *   3. with --test, the same for the tools the tests read PDFs with (pdftotext and pdftoppm from
 *      poppler-utils, qpdf, zbarimg from zbar-tools to decode QR codes).
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

const hasBinary = (name) => {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  if (found.status === 0 && found.stdout.trim()) return true;
  return ['/usr/bin', '/usr/sbin', '/usr/local/bin'].some((dir) => existsSync(join(dir, name)));
};

/** Installs the Debian packages that provide the missing binaries, or says what to run. */
function ensureDebianPackages(needed, hint) {
  const missing = needed.filter(({ binary }) => !hasBinary(binary));
  if (missing.length === 0) return;
  const packages = [...new Set(missing.map(({ pkg }) => pkg))];
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const sudo = !isRoot && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (hasApt && (isRoot || sudo)) {
    say(`Installing Debian packages: ${packages.join(', ')}...`);
    const prefix = isRoot ? [] : ['sudo', '-n'];
    const apt = (args) =>
      run(prefix[0] ?? 'apt-get', prefix.length ? [...prefix.slice(1), 'apt-get', ...args] : args, {
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    if (
      apt(['update', '-qq']) &&
      apt(['install', '-y', '-qq', ...packages]) &&
      missing.every(({ binary }) => hasBinary(binary))
    )
      return;
  }
  say(`${packages.join(', ')} needed and could not be installed automatically. Run:`);
  say(`    sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`);
  if (hint) say(hint);
  process.exit(1);
}

ensureNodeVersion();
ensureDependencies();
if (!process.env.REDIS_URL)
  ensureDebianPackages(
    [{ binary: 'redis-server', pkg: 'redis-server' }],
    'or point REDIS_URL at a Redis you already have, e.g. REDIS_URL=redis://127.0.0.1:6379',
  );
if (process.argv.includes('--test'))
  ensureDebianPackages([
    { binary: 'pdftotext', pkg: 'poppler-utils' },
    { binary: 'qpdf', pkg: 'qpdf' },
    { binary: 'zbarimg', pkg: 'zbar-tools' },
  ]);
