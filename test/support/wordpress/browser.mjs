// Browser helpers for the WordPress tests: a Chromium that may only reach loopback, login, REST, axe.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromePath, chromiumFlags } from '../chromium.mjs';

const axePath = fileURLToPath(new URL('../../../node_modules/axe-core/axe.min.js', import.meta.url));

/** True for requests that stay on this machine (or never leave the page). */
export const isLocal = (url) => {
  const { protocol, hostname } = new URL(url);
  if (protocol == 'data:' || protocol == 'blob:' || protocol == 'about:' || protocol == 'chrome-extension:')
    return true;
  return hostname == '127.0.0.1' || hostname == 'localhost' || hostname == '[::1]';
};

/**
 * Chromium where every request that would leave loopback is blocked and recorded in `offsite`.
 * Every page also records console errors and dialogs (an `alert` from injected script would show up there).
 */
export const launch = async () => {
  const browser = await puppeteer.launch({
    executablePath: chromePath(),
    headless: true,
    args: [...chromiumFlags, '--window-size=1280,900'],
    defaultViewport: { width: 1280, height: 900 },
    // The test's own handlers close the browser and then stop WordPress and MariaDB.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  const offsite = [];
  const dialogs = [];
  const errors = [];
  const watch = async (page) => {
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (isLocal(request.url())) return request.continue();
      offsite.push(`${page.url()} → ${request.url()}`);
      return request.abort('blockedbyclient');
    });
    page.on('dialog', (dialog) => {
      if (dialog.type() != 'confirm' && dialog.type() != 'beforeunload')
        dialogs.push(`${page.url()}: ${dialog.message()}`);
      dialog.accept();
    });
    // Failed loads are reported with their address (the console's message has none); the browser's own favicon probe is not the site's.
    page.on(
      'response',
      (r) =>
        r.status() >= 400 &&
        !r.url().endsWith('/favicon.ico') &&
        errors.push(`${page.url()}: ${r.status()} ${r.url()}`),
    );
    page.on('console', (message) => {
      if (message.type() == 'error' && !message.text().startsWith('Failed to load resource'))
        errors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
    page.setDefaultTimeout(30000);
    return page;
  };
  /** A fresh page in a fresh context (its own cookies): logged out until `login`. */
  const newPage = async () => watch(await (await browser.createBrowserContext()).newPage());
  return { browser, newPage, offsite, dialogs, errors };
};

export const login = async (page, url, user, password) => {
  await page.goto(`${url}/wp-login.php`, { waitUntil: 'networkidle0' });
  // Set, not typed: the login page moves focus to the user field a moment after loading, mid-typing.
  await page.$eval('#user_login', (el, v) => (el.value = v), user);
  await page.$eval('#user_pass', (el, v) => (el.value = v), password);
  await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
  if (!page.url().includes('/wp-admin')) throw new Error(`login as ${user} failed: ${page.url()}`);
};

/** A REST request as the logged-in user of `page` (cookie + nonce, as the block editor does). */
export const rest = (page, url, route, method = 'GET', body) =>
  page.evaluate(
    async (url, route, method, body) => {
      const nonce = await (await fetch(`${url}/wp-admin/admin-ajax.php?action=rest-nonce`)).text();
      const response = await fetch(`${url}/?rest_route=${encodeURIComponent(route)}`, {
        method,
        headers: { 'X-WP-Nonce': nonce, 'Content-Type': 'application/json' },
        body: body && JSON.stringify(body),
      });
      const json = await response.json();
      if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${JSON.stringify(json)}`);
      return json;
    },
    url,
    route,
    method,
    body,
  );

/** axe violations inside the given selector (every match), as "rule: target" lines. */
export const axe = async (page, selector) => {
  if (!(await page.evaluate(() => 'axe' in window)))
    await page.addScriptTag({ content: await readFile(axePath, 'utf8') });
  return page.evaluate(async (selector) => {
    const result = await window.axe.run(
      { include: [...document.querySelectorAll(selector)].map((el) => [el]) },
      // `region` judges the theme's page layout (its skip link), not the widgets.
      { resultTypes: ['violations'], rules: { region: { enabled: false } } },
    );
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  }, selector);
};

/** Text of a selector inside a widget's shadow root ('' when absent). */
export const shadowText = (page, host, selector) =>
  page.evaluate(
    (host, selector) => document.querySelector(host)?.shadowRoot?.querySelector(selector)?.textContent?.trim() ?? '',
    host,
    selector,
  );

/** Waits until every ser- widget on the page has rendered into its shadow root. */
export const widgetsReady = (page) =>
  page.waitForFunction(() => {
    const widgets = [...document.querySelectorAll('ser-explainer-card, ser-what-to-expect, ser-emotion-checklist')];
    return widgets.length > 0 && widgets.every((w) => w.shadowRoot?.childElementCount);
  });
