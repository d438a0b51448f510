// A throwaway WordPress on loopback for the plugin tests: MariaDB in a temp datadir (socket only, no
// TCP port), a copy of Debian's /usr/share/wordpress with its own wp-config.php, served by `php -S`.
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const here = fileURLToPath(new URL('.', import.meta.url));
export const wordpressSource = process.env.WP_SOURCE ?? '/usr/share/wordpress';

/** What the tests need on this machine; each missing one is named. */
export const missing = () =>
  [
    ['php', '/usr/bin/php'],
    ['mariadbd', '/usr/sbin/mariadbd'],
    ['mariadb-install-db', '/usr/bin/mariadb-install-db'],
    ['WordPress', join(wordpressSource, 'wp-settings.php')],
  ]
    .filter(([, path]) => !existsSync(path))
    .map(([name]) => name);

const freePort = () =>
  new Promise((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
    server.on('error', fail);
  });

const waitFor = async (check, what, ms = 30000) => {
  const end = Date.now() + ms;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
};

/**
 * Starts the site; `stop()` ends both servers and removes every temp file.
 * @returns {Promise<{url: string, dir: string, password: string, task: Function, debugLog: Function, stop: Function}>}
 */
export const startWordPress = async () => {
  const tmp = await mkdtemp(join(tmpdir(), 'ser-wp-'));
  const children = [];
  const stop = async () => {
    // Each child leads its own process group: `php -S` with workers forks, and the workers must go too.
    const signal = (child, name) => {
      try {
        process.kill(-child.pid, name);
      } catch {
        /* already gone */
      }
    };
    for (const child of children.reverse()) {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        signal(child, 'SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 10000))]);
      }
      signal(child, 'SIGKILL');
    }
    await rm(tmp, { recursive: true, force: true });
  };
  try {
    const data = join(tmp, 'db');
    const socket = join(tmp, 'mysql.sock');
    await run('mariadb-install-db', [
      '--no-defaults',
      `--datadir=${data}`,
      '--user=root',
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
    ]);
    const db = spawn(
      '/usr/sbin/mariadbd',
      [
        '--no-defaults',
        `--datadir=${data}`,
        `--socket=${socket}`,
        `--pid-file=${join(tmp, 'db.pid')}`,
        `--log-error=${join(tmp, 'db.err')}`,
        '--skip-networking',
        '--user=root',
        '--innodb-buffer-pool-size=32M',
        '--skip-log-bin',
      ],
      { stdio: 'ignore', detached: true },
    );
    children.push(db);
    await waitFor(async () => existsSync(socket), 'MariaDB');
    const sql = "CREATE DATABASE wp; CREATE USER wp@localhost IDENTIFIED BY 'wp'; GRANT ALL ON wp.* TO wp@localhost;";
    await waitFor(
      () => run('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', sql]).then(() => true),
      'MariaDB',
    );

    const dir = join(tmp, 'wordpress');
    await cp(wordpressSource, dir, {
      recursive: true,
      dereference: true,
      filter: (src) => !src.includes('/wp-content/languages/'),
    });
    await mkdir(join(dir, 'wp-content/uploads'), { recursive: true });
    await cp(join(here, 'classic-theme'), join(dir, 'wp-content/themes/ser-test-classic'), { recursive: true });
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const salt = () => randomBytes(24).toString('hex');
    const keys = [
      'AUTH_KEY',
      'SECURE_AUTH_KEY',
      'LOGGED_IN_KEY',
      'NONCE_KEY',
      'AUTH_SALT',
      'SECURE_AUTH_SALT',
      'LOGGED_IN_SALT',
      'NONCE_SALT',
    ];
    await writeFile(
      join(dir, 'wp-config.php'),
      `<?php
define( 'DB_NAME', 'wp' );
define( 'DB_USER', 'wp' );
define( 'DB_PASSWORD', 'wp' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
${keys.map((k) => `define( '${k}', '${salt()}' );`).join('\n')}
$table_prefix = 'wp_';
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', '${join(tmp, 'debug.log')}' );
define( 'WP_DEBUG_DISPLAY', false );
define( 'DISABLE_WP_CRON', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_AUTO_UPDATE_CORE', false );
define( 'FS_METHOD', 'direct' );
define( 'WP_ENVIRONMENT_TYPE', 'local' );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`,
    );
    const password = salt();
    const task = async (name, args = {}) => {
      const { stdout } = await run(
        'php',
        [join(here, 'task.php'), dir, name, JSON.stringify({ url, password, ...args })],
        {
          maxBuffer: 1 << 24,
        },
      );
      return JSON.parse(stdout.slice(stdout.search(/[[{"\dtfn]/)));
    };
    const installed = await task('install');

    const php = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', dir], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
      detached: true,
    });
    php.stderr.resume();
    children.push(php);
    await waitFor(() => fetch(`${url}/wp-login.php`).then((r) => r.ok), 'php -S');
    const debugLog = () => readFile(join(tmp, 'debug.log'), 'utf8').catch(() => '');
    return { url, dir, password, version: installed.version, task, debugLog, stop };
  } catch (error) {
    await stop();
    throw error;
  }
};
