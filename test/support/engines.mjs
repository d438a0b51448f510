// Finds the browsers on this machine. Chromium is required; Firefox and WebKit run where installed.
// SER_ENGINES=chromium (or any comma list of chromium, firefox, webkit) restricts the run.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';
import { ChromeLauncher, chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
// puppeteer-core 24 (ours, not test-runner-chrome's own 25) speaks WebDriver BiDi to Debian's firefox-esr.
import puppeteer from 'puppeteer-core';
import { chromePath, chromiumFlags } from './chromium.mjs';

export const engines = ['chromium', 'firefox', 'webkit'];

export { chromePath };

export const chromeFlags = [
  ...chromiumFlags,
  '--js-flags=--expose-gc',
  // performance.memory is coarse and cached without it; the leak tests compare heaps.
  '--enable-precise-memory-info',
];

const firefoxCandidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];

const first = (paths) => paths.find((p) => p && existsSync(p));
const onPath = (name) => first((process.env.PATH ?? '').split(delimiter).map((d) => join(d, name)));

/** The engines asked for: all by default, or the SER_ENGINES list. */
export function wanted() {
  const list = (process.env.SER_ENGINES ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const bad = list.filter((e) => !engines.includes(e));
  if (bad.length) {
    console.error(`SER_ENGINES: unknown engine "${bad.join('", "')}"; use a comma list of ${engines.join(', ')}.`);
    process.exit(1);
  }
  return list.length ? list : engines;
}

// Helper processes (Xvfb, WebKitWebDriver) end with the test run, however it ends.
const children = [];
const stopChildren = () => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill();
};
process.on('exit', stopChildren);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'])
  process.once(sig, () => {
    stopChildren();
    process.exit(130);
  });

function start(cmd, args, opts = {}) {
  const child = spawn(cmd, args, { stdio: 'ignore', ...opts });
  children.push(child);
  child.on('error', () => {});
  return child;
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });

/** A virtual display for MiniBrowser when there is no real one; resolves to ":N". */
function startXvfb(xvfb) {
  return new Promise((resolve, reject) => {
    // -displayfd picks a free display number and writes it to fd 3.
    const x = start(xvfb, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    let out = '';
    const timer = setTimeout(() => reject(new Error('Xvfb did not start within 10 s')), 10000);
    x.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) {
        clearTimeout(timer);
        resolve(`:${out.trim()}`);
      }
    });
    x.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited with code ${code}`));
    });
  });
}

async function waitFor(fn, ms, what) {
  const end = Date.now() + ms;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch {
      /* not up yet */
    }
    if (Date.now() > end) throw new Error(`${what} did not answer within ${ms / 1000} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const dirs = (d) => {
  try {
    return readdirSync(d).map((n) => join(d, n));
  } catch {
    return [];
  }
};

/** Debian puts MiniBrowser in /usr/lib/<arch>/webkit2gtk-4.x/ (4.1 preferred), other distributions in /usr/libexec. */
const miniBrowser = () =>
  first(
    [...dirs('/usr/lib').flatMap(dirs), ...dirs('/usr/libexec')]
      .filter((d) => /\/webkit2?gtk-[\d.]+$/.test(d))
      .sort()
      .reverse()
      .map((d) => join(d, 'MiniBrowser')),
  );

/** Sizes MiniBrowser's window so the page gets exactly `width` x `height` (its frame and toolbar take some room). */
async function resize(driver, width, height) {
  for (let i = 0; i < 5; i++) {
    const [w, h] = await driver.execute('return [innerWidth, innerHeight]');
    if (w == width && h == height) return;
    const rect = await driver.getWindowRect();
    try {
      await driver.setWindowRect(null, null, rect.width + width - w, rect.height + height - h);
    } catch (error) {
      // Now and then WebKitWebDriver refuses a size while the window is still settling: wait, then measure again.
      if (!/Invalid (width|height) value/.test(String(error))) throw error;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const [w, h] = await driver.execute('return [innerWidth, innerHeight]');
  if (w != width || h != height) throw new Error(`set-viewport: WebKit gave ${w}x${h} for ${width}x${height}`);
}

/** WebKitGTK's MiniBrowser driven by WebKitWebDriver, one page at a time (focus and keys need the one window). */
class WebKitLauncher extends WebdriverLauncher {
  concurrency = 1;
  async initialize(config, testFiles) {
    // concurrency 1 makes the webdriver launcher run each test file as the top page, not in an iframe.
    await super.initialize({ ...config, concurrency: 1 }, testFiles);
    this.name = 'WebKit';
    // Start MiniBrowser now: on a busy machine it can take longer than the runner's browserStartTimeout.
    await this.ensureManagerInitialized();
  }
  async startSession(id, url) {
    // Every test file starts at 800 x 600, as in Chromium and Firefox, whatever the previous file set.
    await resize(this.driver, 800, 600);
    return super.startSession(id, url);
  }
}

async function webkit() {
  const driver = process.env.WEBKIT_DRIVER || onPath('WebKitWebDriver');
  if (!driver) return { skip: 'no WebKitWebDriver (Debian: apt-get install webkit2gtk-driver)' };
  const binary = process.env.WEBKIT_BROWSER || miniBrowser();
  if (!binary) return { skip: 'no MiniBrowser (Debian: apt-get install webkit2gtk-driver)' };
  const env = { ...process.env };
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) {
    const xvfb = onPath('Xvfb');
    if (!xvfb) return { skip: 'no display and no Xvfb for MiniBrowser (Debian: apt-get install xvfb)' };
    env.DISPLAY = await startXvfb(xvfb);
  }
  // MiniBrowser's toolbar sets the window's minimum width (a 447 px viewport): shrink its GTK widgets, so
  // setViewport can give a 320 px phone. Web content is not affected.
  const gtk = mkdtempSync(join(tmpdir(), 'ser-webkit-'));
  process.on('exit', () => rmSync(gtk, { recursive: true, force: true }));
  mkdirSync(join(gtk, 'gtk-3.0'));
  writeFileSync(
    join(gtk, 'gtk-3.0/gtk.css'),
    '* { font-size: 1px; min-width: 0; min-height: 0; padding: 0; margin: 0; border-width: 0; }',
  );
  env.XDG_CONFIG_HOME = gtk;
  const port = await freePort();
  start(driver, [`--port=${port}`], { env });
  const base = `http://127.0.0.1:${port}`;
  await waitFor(async () => (await fetch(`${base}/status`)).ok, 10000, 'WebKitWebDriver');
  const capabilities = {
    browserName: 'MiniBrowser',
    // WebKitWebDriver speaks classic WebDriver only; without this, webdriverio asks for BiDi and no session matches.
    'wdio:enforceWebDriverClassic': true,
    'webkitgtk:browserOptions': { binary, args: ['--automation'] },
  };
  // One throwaway session proves MiniBrowser starts here before any test is scheduled on it.
  const res = await fetch(`${base}/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ capabilities: { alwaysMatch: capabilities } }),
    signal: AbortSignal.timeout(20000),
  });
  const body = await res.json();
  const id = body.value?.sessionId;
  if (!id) return { skip: `MiniBrowser did not start: ${body.value?.message ?? res.status}` };
  await fetch(`${base}/session/${id}`, { method: 'DELETE' });
  return {
    launcher: new WebKitLauncher({ hostname: '127.0.0.1', port, path: '/', logLevel: 'error', capabilities }),
  };
}

async function firefox() {
  const executablePath = first(firefoxCandidates);
  if (!executablePath) return { skip: 'no Firefox (Debian: apt-get install firefox-esr, or set FIREFOX_PATH)' };
  const launchOptions = { browser: 'firefox', executablePath, headless: true, timeout: 90000 };
  // Launched now, before the runner's browserStartTimeout clock starts (Firefox is slow to start on a busy
  // machine); a Firefox that cannot start here is skipped with the reason instead of failing every file.
  let ready = await puppeteer.launch(launchOptions);
  const reuse = {
    launch: (opts) => (ready ? Promise.resolve(ready) : puppeteer.launch(opts)).finally(() => (ready = undefined)),
  };
  return {
    launcher: new ChromeLauncher(
      launchOptions,
      ({ browser }) => browser.defaultBrowserContext(),
      ({ context }) => context.newPage(),
      reuse,
      // One page at a time: background tabs in headless Firefox do not get focus.
      1,
    ),
  };
}

function chromium() {
  const executablePath = chromePath();
  if (!executablePath) {
    console.error(
      'No Chromium found: install one (Debian: `apt-get install chromium`) or set CHROME_PATH to a Chrome or Chromium binary.',
    );
    process.exit(1);
  }
  return {
    launcher: chromeLauncher({
      // A page per browser context gets its own window: a background tab is hidden, gets no animation frames and no focus.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
      launchOptions: { executablePath, headless: true, args: chromeFlags },
    }),
  };
}

/** The launchers for every engine asked for and found; prints which run and which were skipped, and why. */
export async function browsers() {
  const make = { chromium, firefox, webkit };
  const launchers = [];
  const ran = [];
  const skipped = [];
  const results = await Promise.all(
    wanted().map(async (name) => {
      try {
        return [name, await make[name]()];
      } catch (e) {
        return [name, { skip: String(e.message).split('\n')[0] }];
      }
    }),
  );
  for (const [name, r] of results) {
    if (r.launcher) {
      launchers.push(r.launcher);
      ran.push(name);
    } else skipped.push(`${name} (${r.skip})`);
  }
  const notAsked = engines.filter((e) => !wanted().includes(e));
  console.log(
    `Engines: ${ran.join(', ')}` +
      (skipped.length ? `; skipped: ${skipped.join('; ')}` : '') +
      (notAsked.length ? `; not asked for (SER_ENGINES): ${notAsked.join(', ')}` : ''),
  );
  return launchers;
}

// WebDriver's code points for named keys (W3C WebDriver, "Keyboard actions").
const webdriverKeys = {
  Cancel: '\uE001',
  Help: '\uE002',
  Backspace: '\uE003',
  Tab: '\uE004',
  Clear: '\uE005',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Pause: '\uE00B',
  Escape: '\uE00C',
  Space: ' ',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Insert: '\uE016',
  Delete: '\uE017',
  Meta: '\uE03D',
  ...Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`F${i + 1}`, String.fromCharCode(0xe031 + i)])),
};
const wdKey = (name) => {
  const k = webdriverKeys[name] ?? (/^Key[A-Z]$|^Digit\d$/.test(name) ? name.at(-1).toLowerCase() : name);
  if ([...k].length != 1) throw new Error(`send-keys: unknown key "${name}" for WebKit`);
  return k;
};
const keyActions = (actions) => [{ type: 'key', id: 'keyboard', actions }];

/**
 * Fills the gaps of @web/test-runner-commands outside Chromium, so widget tests run unchanged:
 * - Firefox (WebDriver BiDi): puppeteer knows the key `Space` only as " ";
 * - WebKit (WebDriver): `type` pressed every key down before releasing any, so repeated letters and
 *   spaces were lost; `press` did not take combinations such as Shift+Tab; `down`, `up` and
 *   `setViewport` were missing;
 * - both: media emulation (prefers-color-scheme, reduced motion, forced colors) needs CDP, so it fails
 *   with one clear message instead of an unrelated one.
 * Chromium sessions fall through to the standard commands.
 */
export const engineCommands = () => {
  const plugin = {
    name: 'ser-engine-commands',
    // The runner puts its standard commands before the config's plugins, and they refuse these cases
    // before this plugin is asked: move it to the front of the runner's command list.
    serverStart({ config }) {
      for (const p of config.plugins ?? [])
        if (p.name == 'test-runner-api' && Array.isArray(p.plugins) && p.plugins.includes(plugin)) {
          p.plugins.splice(p.plugins.indexOf(plugin), 1);
          p.plugins.unshift(plugin);
        }
    },
    executeCommand: run,
  };
  return plugin;
};

async function run({ command, payload, session }) {
  const { browser } = session;
  const other = browser.name == 'Firefox' || browser.type == 'webdriver';
  if (other && (command == 'emulate-media' || command == 'media-features'))
    throw new Error(
      `${command}: ${browser.name} cannot emulate media features here (only Chromium can, over CDP); ` +
        'skip this test outside Chromium, naming the reason in its title',
    );
  if (command == 'send-keys' && browser.type == 'puppeteer' && browser.name == 'Firefox') {
    const page = browser.getPage(session.id);
    const bidi = (k) => k.replace(/(^|\+)Space$/, '$1 ');
    if ('press' in payload) {
      const keys = payload.press.split('+').map(bidi);
      for (const k of keys) await page.keyboard.down(k);
      for (const k of keys.reverse()) await page.keyboard.up(k);
    } else if ('down' in payload) await page.keyboard.down(bidi(payload.down));
    else if ('up' in payload) await page.keyboard.up(bidi(payload.up));
    else if ('type' in payload) await page.keyboard.type(payload.type);
    else return;
    return true;
  }
  if (browser.type != 'webdriver' || !browser.driver) return;
  const { driver } = browser;
  if (command == 'send-keys') {
    let actions;
    if ('type' in payload)
      actions = [...payload.type].flatMap((c) => [
        { type: 'keyDown', value: c },
        { type: 'keyUp', value: c },
      ]);
    else if ('press' in payload) {
      const keys = payload.press.split('+').map(wdKey);
      actions = [
        ...keys.map((value) => ({ type: 'keyDown', value })),
        ...keys.reverse().map((value) => ({ type: 'keyUp', value })),
      ];
    } else if ('down' in payload) actions = [{ type: 'keyDown', value: wdKey(payload.down) }];
    else if ('up' in payload) actions = [{ type: 'keyUp', value: wdKey(payload.up) }];
    else return;
    await driver.performActions(keyActions(actions));
    return true;
  }
  if (command == 'set-viewport') {
    await resize(driver, payload.width, payload.height);
    return true;
  }
}
