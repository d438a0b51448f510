// The WordPress plugin against a real WordPress (Debian's package) on loopback, driven through Chromium:
// install the zip, settings, shortcodes, blocks, hostile input, themes, uninstall.
// Usage: node test/wordpress.mjs [--screenshots]   (after `npm run build`; part of `npm test` when PHP is present)
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { messagesFrom } from './support/release-site.mjs';
import { axe, launch, login, rest, shadowText, widgetsReady } from './support/wordpress/browser.mjs';
import { missing, startWordPress } from './support/wordpress/site.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const zip = join(root, 'release', `ser-widgets-wordpress-${version}.zip`);
const screenshots = process.argv.includes('--screenshots');
/** Set once started: what an interrupted run must stop before it exits. */
let cleanup = async () => {};
let aborting = false;
const abort = async (why) => {
  aborting = true;
  console.error(`wordpress: ${why}`);
  await cleanup().catch(() => {});
  console.log('wordpress: 0 passed, 1 failed');
  process.exit(1);
};
const deadline = setTimeout(() => abort('gave up after 8 minutes'), 8 * 60_000);
process.once('SIGINT', () => abort('interrupted'));
process.once('SIGTERM', () => abort('stopped'));

const absent = missing();
if (absent.length) {
  console.error(
    `wordpress: missing ${absent.join(', ')} (on Debian: apt-get install wordpress php-cli php-mysql mariadb-server)`,
  );
  console.log('wordpress: 0 passed, 1 failed');
  process.exit(1);
}
const built = spawnSync('node', [join(root, 'wordpress/release.mjs')], { stdio: 'inherit' });
if (built.status !== 0) {
  console.log('wordpress: 0 passed, 1 failed');
  process.exit(1);
}

let passed = 0;
/** The page a failing check screenshots. */
let lastPage;
let failed = 0;
/** One named check: prints ok or FAIL with the reason, and counts it. */
const check = async (name, fn) => {
  try {
    await fn();
    passed++;
    console.log(`  ok    ${name}`);
  } catch (error) {
    failed++;
    if (lastPage) await lastPage.screenshot({ path: join(tmpdir(), `ser-wp-fail-${failed}.png`) }).catch(() => {});
    console.log(
      `  FAIL  ${name} (screenshot: ${join(tmpdir(), `ser-wp-fail-${failed}.png`)})\n        ${String(
        error?.stack ?? error,
      )
        .split('\n')
        .slice(0, 4)
        .join('\n        ')}`,
    );
  }
};
const expect = (value, message) => {
  if (!value) throw new Error(message);
};
const equal = (actual, wanted, what) => {
  if (JSON.stringify(actual) !== JSON.stringify(wanted))
    throw new Error(`${what}: expected ${JSON.stringify(wanted)}, got ${JSON.stringify(actual)}`);
};

await check('every PHP file of the plugin passes php -l', async () => {
  const php = readdirSync(join(root, 'wordpress'), { recursive: true }).filter((f) => f.endsWith('.php'));
  expect(php.length >= 5, `only ${php.length} PHP files`);
  for (const file of php) {
    const lint = spawnSync('php', ['-l', join(root, 'wordpress', file)], { encoding: 'utf8' });
    expect(lint.status === 0, `${file}: ${lint.stdout}${lint.stderr}`);
  }
});

await check('the translation template is current and es, fr, de, pt translate every string', async () => {
  const i18n = spawnSync('node', [join(root, 'wordpress/i18n.mjs'), '--check'], { encoding: 'utf8' });
  expect(i18n.status === 0, i18n.stderr);
});

await check(
  'the zip holds the plugin, the drop-in with its map and SRI file, every folder loaded later, and compiled translations',
  async () => {
    const names = Object.keys(unzipSync(readFileSync(zip)));
    const wanted = [
      'ser-widgets.php',
      'uninstall.php',
      'build/editor.js',
      'dist/ser-widgets.js',
      'dist/ser-widgets.js.map',
      'dist/ser-widgets.sri.txt',
    ];
    for (const lang of ['es', 'fr', 'de', 'pt']) wanted.push(`languages/ser-widgets-${lang}.mo`);
    for (const folder of readdirSync(join(root, 'dist'), { withFileTypes: true }))
      if (folder.isDirectory() && !['esm', 'wordpress'].includes(folder.name))
        for (const file of readdirSync(join(root, 'dist', folder.name), { recursive: true }))
          wanted.push(`dist/${folder.name}/${file}`);
    for (const name of wanted) expect(names.includes(`ser-widgets/${name}`), `${name} is not in the zip`);
    expect(
      names.filter((n) => n.endsWith('.json') && n.includes('languages/')).length == 4,
      'editor translations missing',
    );
    expect(!names.some((n) => n.includes('/esm/') || n.includes('/src/')), 'the zip holds the ESM build or sources');
  },
);

const started = Date.now();
const site = await startWordPress();
cleanup = () => site.stop();
console.log(`WordPress ${site.version} at ${site.url} (${Date.now() - started} ms)`);
const { url, password } = site;
const { browser, newPage, offsite, dialogs, errors } = await launch();
cleanup = async () => {
  await browser.close().catch(() => {});
  await site.stop();
};
const sri = readFileSync(join(root, 'dist/ser-widgets.sri.txt'), 'utf8').trim();
const dropIn = 'script[src*="/plugins/ser-widgets/dist/ser-widgets.js"]';
const posts = {};

try {
  const admin = await newPage();
  await login(admin, url, 'admin', password);
  lastPage = admin;

  await check('the zip uploads through Plugins → Add New → Upload Plugin and activates', async () => {
    await admin.goto(`${url}/wp-admin/plugin-install.php?tab=upload`);
    const input = await admin.waitForSelector('#pluginzip');
    await input.uploadFile(zip);
    await Promise.all([admin.waitForNavigation(), admin.click('#install-plugin-submit')]);
    const activate = await admin.waitForSelector('a[href*="action=activate"]');
    await Promise.all([admin.waitForNavigation(), activate.click()]);
    await admin.waitForSelector('tr[data-slug="ser-widgets"] .deactivate a');
    expect(
      await admin.$('tr[data-slug="ser-widgets"] a[href*="page=ser-widgets"]'),
      'no Settings link on the plugin row',
    );
  });

  await check(
    "the privacy policy guide suggests what the checklist keeps and that nothing goes to the plugin's authors",
    async () => {
      await admin.goto(`${url}/wp-admin/options-privacy.php?tab=policyguide`);
      const text = await admin.$eval('#wpbody-content', (el) => el.textContent);
      for (const phrase of [
        'SER Widgets',
        'keeps what you tick in your own browser only',
        'Nothing is sent to the authors of the plugin.',
      ])
        expect(text.includes(phrase), `the guide lacks "${phrase}"`);
    },
  );

  const settingsUrl = `${url}/wp-admin/options-general.php?page=ser-widgets`;
  const field = (key) => `#ser_widgets_${key}`;
  const fill = async (values) => {
    for (const [key, value] of Object.entries(values)) {
      const tag = await admin.$eval(field(key), (el) => el.tagName);
      if (tag == 'SELECT') await admin.select(field(key), value);
      else await admin.$eval(field(key), (el, value) => (el.value = value), value);
    }
    await Promise.all([admin.waitForNavigation(), admin.click('#submit')]);
  };
  const notices = () => admin.$$eval('.settings-error, .notice', (els) => els.map((el) => el.textContent.trim()));
  const valid = {
    practitioner: 'Maya Lind',
    booking_url: 'https://example.com/book?from=site&x=1',
    support_url: 'tel:+15550100',
    crisis_label: 'Emergency: 112',
    crisis_url: 'tel:112',
    language: 'es',
    theme: 'dark',
    accent: '#7CC4AD',
    heading_level: '3',
    reviewed: '2026-05',
    reviewed_by: 'Maya Lind, RCST',
  };

  await check('settings page: every field has a label and a help line; valid settings are saved', async () => {
    await admin.goto(settingsUrl);
    const described = await admin.$$eval('.form-table :is(input, select)', (els) =>
      els.map((el) => ({
        id: el.id,
        label: document.querySelector(`label[for="${el.id}"]`)?.textContent.trim() ?? '',
        help: document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent.trim() ?? '',
      })),
    );
    equal(described.length, 11, 'fields');
    for (const d of described) expect(d.label && d.help.length > 20, `${d.id} lacks a label or help line`);
    await fill(valid);
    if (screenshots) await admin.screenshot({ path: join(root, 'wordpress/screenshots/settings.png'), fullPage: true });
    expect(
      (await notices()).some((n) => /Settings saved/.test(n)),
      `no "Settings saved" in ${await notices()}`,
    );
    const saved = await site.task('option', { name: 'ser_widgets_settings' });
    equal(
      saved,
      { ...valid, accent: '#7cc4ad', booking_url: 'https://example.com/book?from=site&x=1' },
      'saved option',
    );
  });

  await check(
    'invalid links, colour and date are refused with a message naming the field; saved values are kept',
    async () => {
      await admin.goto(settingsUrl);
      await fill({
        practitioner: 'Maya R. Lind',
        booking_url: 'javascript:alert(1)',
        crisis_url: 'call me',
        accent: 'red',
        reviewed: 'May 2026',
      });
      const text = (await notices()).join('\n');
      for (const name of ['Booking link', 'Crisis contact link', 'Accent colour', 'Reviewed (month)'])
        expect(text.includes(`${name}:`), `no message naming ${name} in: ${text}`);
      expect(!/Settings saved/.test(text), 'said "Settings saved" with errors');
      const saved = await site.task('option', { name: 'ser_widgets_settings' });
      equal(saved.practitioner, 'Maya R. Lind', 'the valid field in the same form');
      equal(
        [saved.booking_url, saved.crisis_url, saved.accent, saved.reviewed],
        [valid.booking_url, 'tel:112', '#7cc4ad', '2026-05'],
        'kept values',
      );
      equal(
        await admin.$eval(field('booking_url'), (el) => el.value),
        valid.booking_url,
        'the form shows the kept link',
      );
    },
  );

  await check(
    'an accent colour hard to read with the chosen theme is saved with a warning naming the field',
    async () => {
      await admin.goto(settingsUrl);
      await fill({ theme: 'light' });
      const text = (await notices()).join('\n');
      expect(
        /Accent colour: #7cc4ad is hard to read on the light background \(contrast 2\.\d to 1/.test(text),
        `no contrast warning in: ${text}`,
      );
      equal((await site.task('option', { name: 'ser_widgets_settings' })).theme, 'light', 'saved theme');
      await fill({ theme: 'dark' });
      equal(
        (await notices()).filter((n) => /Accent colour/.test(n)),
        [],
        'warnings with a readable colour',
      );
    },
  );

  await check('the settings form needs its nonce and manage_options', async () => {
    const status = await admin.evaluate(async (url) => {
      const body = new URLSearchParams({
        option_page: 'ser_widgets',
        action: 'update',
        'ser_widgets_settings[practitioner]': 'Forged',
      });
      return (await fetch(`${url}/wp-admin/options.php`, { method: 'POST', body })).status;
    }, url);
    expect(status >= 400, `a POST without nonce answered ${status}`);
    equal(
      (await site.task('option', { name: 'ser_widgets_settings' })).practitioner,
      'Maya R. Lind',
      'practitioner after a forged POST',
    );
    const contributor = await newPage();
    await login(contributor, url, 'contributor', password);
    const response = await contributor.goto(`${url}/wp-admin/options-general.php?page=ser-widgets`);
    expect(
      response.status() >= 400 || /not allowed/i.test(await contributor.content()),
      'a contributor opened the settings page',
    );
    await contributor.browserContext().close();
  });

  await check('a post with each shortcode (REST API)', async () => {
    const content = [
      '<h2>Sessions</h2>',
      '[ser_explainer_card heading="About my sessions" cta-label="Reservar con Maya"]',
      '[ser_what_to_expect open="during" open_mode="single"]',
      '[ser_emotion_checklist allow-other heading-level="4"]',
    ].join('\n\n');
    const post = await rest(admin, url, '/wp/v2/posts', 'POST', { title: 'Shortcodes', content, status: 'publish' });
    posts.shortcodes = post.link;
    const hostile = [
      `[ser_explainer_card heading='Tom "T" & Jerry' cta-href="javascript:alert(8)"]`,
      '<!-- wp:ser-widgets/explainer-card {"heading":"\\u0022\\u003e\\u003cscript\\u003ealert(7)\\u003c/script\\u003e","ctaLabel":"\\u003cimg src=x onerror=alert(9)\\u003e"} /-->',
    ].join('\n\n');
    const page = await rest(admin, url, '/wp/v2/pages', 'POST', {
      title: 'Exact text',
      status: 'publish',
      content: hostile,
    });
    posts.adminHostile = page.link;
  });

  await check(
    'the blocks are in the inserter under "SER Widgets" and preview the real widgets in the editor',
    async () => {
      await admin.goto(`${url}/wp-admin/post-new.php`);
      await admin.waitForFunction(() => window.wp?.blocks?.getBlockType('ser-widgets/emotion-checklist'));
      await admin.evaluate(
        () =>
          window.wp.data.select('core/edit-post').isFeatureActive('welcomeGuide') &&
          window.wp.data.dispatch('core/edit-post').toggleFeature('welcomeGuide'),
      );
      const toggle = await admin.waitForSelector('.edit-post-header-toolbar__inserter-toggle');
      // The editor may still be settling and ignore the first click.
      let search = null;
      for (let attempt = 0; attempt < 5 && !search; attempt++) {
        await toggle.click();
        search = await admin
          .waitForSelector('.block-editor-inserter__search input', { timeout: 3000 })
          .catch(() => null);
      }
      expect(search, 'the block inserter did not open');
      await search.type('SER');
      await admin.waitForSelector('.block-editor-block-types-list__item');
      const found = await admin.$$eval('.block-editor-block-types-list__item', (els) =>
        els.map((el) => el.textContent.trim()),
      );
      for (const title of ['SER explainer card', 'SER what to expect', 'SER emotion checklist'])
        expect(found.includes(title), `${title} not in the inserter: ${found}`);
      if (screenshots) await admin.screenshot({ path: join(root, 'wordpress/screenshots/block-inserter.png') });
      const categories = await admin.evaluate(() => window.wp.blocks.getCategories().map((c) => c.title));
      expect(categories.includes('SER Widgets'), `no SER Widgets category: ${categories}`);
      const card = await admin.waitForSelector(
        'xpath///button[contains(@class, "block-editor-block-types-list__item")][normalize-space()="SER explainer card"]',
      );
      await card.click();
      await admin.evaluate(() => window.wp.data.dispatch('core/edit-post').setIsInserterOpened(false));
      await admin.evaluate(() => window.wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block'));
      await admin.waitForFunction(() =>
        document.querySelector('ser-explainer-card')?.shadowRoot?.querySelector('[part=heading]'),
      );
      equal(
        await shadowText(admin, 'ser-explainer-card', '[part=heading]'),
        '¿Qué es la Liberación SomatoEmocional?',
        'preview heading (Spanish from the settings)',
      );
    },
  );

  await check('a block option in the sidebar changes the preview', async () => {
    const id = await admin
      .waitForFunction(
        () =>
          [...document.querySelectorAll('.block-editor-block-inspector label')].find(
            (l) => l.textContent.trim() == 'Heading',
          )?.htmlFor,
      )
      .then((handle) => handle.jsonValue());
    await admin.type(`#${id}`, 'Sessions with Maya');
    await admin.waitForFunction(
      () =>
        document.querySelector('ser-explainer-card')?.shadowRoot?.querySelector('[part=heading]')?.textContent.trim() ==
        'Sessions with Maya',
    );
    if (screenshots) await admin.screenshot({ path: join(root, 'wordpress/screenshots/block-editor.png') });
  });

  await check('a post with each block, saved from the block editor', async () => {
    const link = await admin.evaluate(async () => {
      const { createBlock } = window.wp.blocks;
      const { dispatch, select } = window.wp.data;
      dispatch('core/block-editor').insertBlocks(createBlock('core/heading', { content: 'Sessions', level: 2 }), 0);
      dispatch('core/block-editor').insertBlocks([
        createBlock('ser-widgets/what-to-expect', { open: 'all', headingLevel: '4' }),
        createBlock('ser-widgets/emotion-checklist', { supportUrl: 'mailto:maya@example.com', persist: true }),
      ]);
      dispatch('core/editor').editPost({ title: 'Blocks', status: 'publish' });
      await dispatch('core/editor').savePost();
      return select('core/editor').getCurrentPost().link;
    });
    posts.blocks = link;
    const saved = await admin.evaluate(() => window.wp.data.select('core/editor').getEditedPostContent());
    for (const block of [
      '<!-- wp:ser-widgets/explainer-card {"heading":"Sessions with Maya"} /-->',
      '<!-- wp:ser-widgets/what-to-expect {"headingLevel":"4","open":"all"} /-->',
      '<!-- wp:ser-widgets/emotion-checklist {"supportUrl":"mailto:maya@example.com","persist":true} /-->',
    ])
      expect(saved.includes(block), `${block} not in the saved markup: ${saved}`);
  });

  await check('the site editor (an iframe) previews the real widget too', async () => {
    await admin.goto(`${url}/wp-admin/site-editor.php?postType=wp_template&postId=twentytwentythree%2F%2Fsingle`);
    await admin.waitForFunction(() => window.wp?.blocks?.getBlockType('ser-widgets/explainer-card'), {
      timeout: 60000,
    });
    const canvas = await (
      await admin.waitForSelector('iframe[name="editor-canvas"]', { timeout: 60000 })
    ).contentFrame();
    await admin.evaluate(() =>
      window.wp.data
        .dispatch('core/block-editor')
        .insertBlocks(window.wp.blocks.createBlock('ser-widgets/explainer-card')),
    );
    await canvas.waitForFunction(
      () => document.querySelector('ser-explainer-card')?.shadowRoot?.querySelector('[part=heading]')?.textContent,
    );
    equal(
      await canvas.$$eval('script[src*="/dist/ser-widgets.js"]', (els) => els.length),
      1,
      'drop-in scripts in the iframe',
    );
  });

  await check("the settings page and the editor speak the administrator's language (es_ES)", async () => {
    await site.task('user-locale', { locale: 'es_ES' });
    await admin.goto(settingsUrl);
    equal(
      await admin.$eval('label[for="ser_widgets_booking_url"]', (el) => el.textContent.trim()),
      'Enlace para reservar',
      'settings label',
    );
    await admin.goto(`${url}/wp-admin/post-new.php`);
    await admin.waitForFunction(() => window.wp?.blocks?.getBlockType('ser-widgets/explainer-card'));
    equal(
      await admin.evaluate(() => window.wp.blocks.getBlockType('ser-widgets/explainer-card').title),
      'Tarjeta explicativa SER',
      'block title',
    );
    await admin.evaluate(() => {
      const { dispatch } = window.wp.data;
      dispatch('core/block-editor').insertBlocks(window.wp.blocks.createBlock('ser-widgets/explainer-card'));
      dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
    });
    await admin.waitForFunction(() =>
      [...document.querySelectorAll('.block-editor-block-inspector label')].some(
        (l) => l.textContent.trim() == 'Encabezado',
      ),
    );
    await site.task('user-locale', { locale: '' });
  });

  const visitor = await newPage();
  lastPage = visitor;
  const view = async (link) => {
    const requests = [];
    const record = (r) => requests.push(r.url());
    visitor.on('request', record);
    await visitor.goto(link, { waitUntil: 'networkidle0' });
    visitor.off('request', record);
    return requests;
  };
  const scriptTag = () =>
    visitor.$$eval(dropIn, (els) =>
      els.map((el) => ({ integrity: el.integrity, crossorigin: el.crossOrigin, defer: el.defer })),
    );

  await check('logged out, the shortcode post shows the widgets with the saved settings', async () => {
    const requests = await view(posts.shortcodes);
    await widgetsReady(visitor);
    equal(await scriptTag(), [{ integrity: sri, crossorigin: 'anonymous', defer: true }], 'the drop-in script tag');
    expect(
      await visitor.$eval('head style#ser-widgets-inline-css', (el) =>
        el.textContent.includes('ser-explainer-card:not(:defined)'),
      ),
      'no placeholder style in <head>',
    );
    expect(
      requests.some((r) => r.includes('/plugins/ser-widgets/dist/locales/es.')),
      'the Spanish file was not loaded from the plugin',
    );
    const provider = await visitor.$eval('ser-provider', (el) =>
      Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
    );
    equal(
      provider,
      {
        lang: 'es',
        locale: 'es',
        theme: 'dark',
        practitioner: 'Maya R. Lind',
        'booking-url': 'https://example.com/book?from=site&x=1',
        'support-url': 'tel:+15550100',
        'heading-level': '3',
        reviewed: '2026-05',
        'reviewed-by': 'Maya Lind, RCST',
        'crisis-label': 'Emergency: 112',
        'crisis-url': 'tel:112',
        style: '--ser-accent:#7cc4ad',
      },
      'provider attributes',
    );
    equal(
      await shadowText(visitor, 'ser-explainer-card', 'h3[part=heading]'),
      'About my sessions',
      'card heading (h3 from the settings)',
    );
    expect(
      (await shadowText(visitor, 'ser-explainer-card', '[part=summary]')).includes('Maya R. Lind'),
      'the name is not in the summary',
    );
    const cta = await visitor.$eval('ser-explainer-card', (el) => {
      const a = el.shadowRoot.querySelector('[part=cta]');
      return [a?.getAttribute('href'), a?.textContent.trim()];
    });
    equal(cta, ['https://example.com/book?from=site&x=1', 'Reservar con Maya'], 'booking button');
    const accent = await visitor.$eval('ser-explainer-card', (el) =>
      getComputedStyle(el).getPropertyValue('--ser-accent').trim(),
    );
    equal(accent, '#7cc4ad', '--ser-accent inside the widget');
    const wte = await visitor.$eval('ser-what-to-expect', (el) =>
      [...el.shadowRoot.querySelectorAll('[part=button]')].map((b) => b.getAttribute('aria-expanded')),
    );
    equal(wte, ['false', 'true', 'false', 'false'], 'only "during" open');
    const checklist = await visitor.$eval('ser-emotion-checklist', (el) => [
      el.shadowRoot.querySelector('h4') !== null,
      !!el.shadowRoot.querySelector('textarea'),
      el.shadowRoot.querySelector('a[href^="tel:"]')?.getAttribute('href'),
    ]);
    equal(checklist, [true, true, 'tel:+15550100'], 'checklist heading level, "Something else" box, support link');
    const notes = await visitor.$$eval('ser-explainer-card, ser-what-to-expect, ser-emotion-checklist', (els) =>
      els.map((el) => [
        !!el.shadowRoot.querySelector('[part=disclaimer]'),
        !!el.shadowRoot.querySelector('[part=reviewed]'),
      ]),
    );
    equal(
      notes,
      [
        [true, true],
        [false, false],
        [false, false],
      ],
      'the care note and the "reviewed" line, once, in the first widget',
    );
    // The crisis contact and the reviewed month saved in Settings, as a visitor reads them.
    const crisis = await visitor.$eval('ser-emotion-checklist', (el) => {
      const a = el.shadowRoot.querySelector('a[href="tel:112"]');
      return [a?.textContent.trim(), !!a?.checkVisibility()];
    });
    equal(crisis, ['Emergency: 112', true], "the crisis contact in the checklist's support note");
    const reviewed = await shadowText(visitor, 'ser-explainer-card', '[part=reviewed]');
    expect(
      /^Contenido revisado en mayo de 2026 por Maya Lind, RCST\.$/.test(reviewed),
      `the reviewed line says "${reviewed}"`,
    );
    equal(await axe(visitor, 'ser-provider'), [], 'axe violations');
  });

  await check('logged out, the block post shows the widgets with their block options', async () => {
    await view(posts.blocks);
    await widgetsReady(visitor);
    equal((await scriptTag()).length, 1, 'one drop-in script tag');
    equal(await shadowText(visitor, 'ser-explainer-card', 'h3[part=heading]'), 'Sessions with Maya', 'card heading');
    const wte = await visitor.$eval('ser-what-to-expect', (el) =>
      [...el.shadowRoot.querySelectorAll('h4 [part=button]')].map((b) => b.getAttribute('aria-expanded')),
    );
    equal(wte, ['true', 'true', 'true', 'true'], 'all sections open, titles at level 4');
    const checklist = await visitor.$eval('ser-emotion-checklist', (el) => [
      el.hasAttribute('persist'),
      el.shadowRoot.querySelector('a[href^="mailto:"]')?.getAttribute('href'),
    ]);
    equal(checklist, [true, 'mailto:maya@example.com'], "persist and the block's support link");
    equal(
      await visitor.$$eval(
        '.wp-block-ser-widgets-explainer-card > ser-provider > ser-explainer-card',
        (els) => els.length,
      ),
      1,
      'block wrapper',
    );
    equal(await axe(visitor, 'ser-provider'), [], 'axe violations');
  });

  await check(
    '"Same as the site": the widgets speak the site\'s language (es_ES: Spanish; it_IT, which they lack: English)',
    async () => {
      const [es, en] = [await messagesFrom(root, 'es'), await messagesFrom(root, 'en')];
      await admin.goto(settingsUrl);
      await fill({ language: '' });
      equal((await site.task('option', { name: 'ser_widgets_settings' })).language, '', 'saved language');
      /** The provider's language, whether the checklist heading and first section title are `messages`' own, whether es.json loaded. */
      const seen = async (messages) => {
        const requests = await view(posts.shortcodes);
        await widgetsReady(visitor);
        return {
          provider: await visitor.$eval('ser-provider', (el) => [el.getAttribute('lang'), el.getAttribute('locale')]),
          checklist: (await shadowText(visitor, 'ser-emotion-checklist', 'h4')) == messages.clHeading,
          section: (await shadowText(visitor, 'ser-what-to-expect', '[part=button]')).includes(
            messages.sections[0].title,
          ),
          spanishFile: requests.some((r) => r.includes('/plugins/ser-widgets/dist/locales/es.')),
        };
      };
      try {
        equal(await site.task('site-locale', { locale: 'es_ES' }), 'es_ES', 'WPLANG');
        equal(
          await seen(es),
          { provider: ['es', 'es'], checklist: true, section: true, spanishFile: true },
          'with the site in Spanish',
        );
        equal(await site.task('site-locale', { locale: 'it_IT' }), 'it_IT', 'WPLANG');
        equal(
          await seen(en),
          { provider: ['en', 'en'], checklist: true, section: true, spanishFile: false },
          'with the site in Italian',
        );
      } finally {
        // Back to an English site with Spanish widgets, as the checks below expect.
        await site.task('site-locale', { locale: '' });
        await admin.goto(settingsUrl);
        await fill({ language: 'es' });
      }
    },
  );

  await check("an administrator's hostile shortcode and block attributes show as text", async () => {
    await view(posts.adminHostile);
    await widgetsReady(visitor);
    const cards = await visitor.$$eval('ser-explainer-card', (els) =>
      els.map((el) => {
        const cta = el.shadowRoot.querySelector('[part=cta]');
        return [
          el.shadowRoot.querySelector('[part=heading]').textContent.trim(),
          cta?.getAttribute('href'),
          cta?.textContent.trim(),
        ];
      }),
    );
    equal(
      cards,
      [
        ['Tom "T" & Jerry', 'https://example.com/book?from=site&x=1', 'Reservar una sesión'],
        ['"><script>alert(7)</script>', 'https://example.com/book?from=site&x=1', '<img src=x onerror=alert(9)>'],
      ],
      'headings, links and button text',
    );
  });

  await check("a contributor's post with hostile shortcode and block attributes renders them as text", async () => {
    const contributor = await newPage();
    await login(contributor, url, 'contributor', password);
    const content = [
      `[ser_explainer_card heading='"><script>alert(1)</script>' cta-href="javascript:alert(2)" cta-label='"><img src=x onerror=alert(3)>']`,
      `[ser_emotion_checklist support-url="javascript:alert(4)" heading='" onmouseover="alert(5)' heading-level='2"><script>alert(6)</script>']`,
      '<!-- wp:ser-widgets/what-to-expect {"open":"\\u0022\\u003e\\u003cscript\\u003ealert(9)\\u003c/script\\u003e","openMode":"x\\u0022 onclick=\\u0022alert(10)"} /-->',
      '<!-- wp:ser-widgets/explainer-card {"heading":"\\u003c/ser-explainer-card\\u003e\\u003cscript\\u003ealert(11)\\u003c/script\\u003e","ctaHref":"javascript:alert(12)"} /-->',
    ].join('\n\n');
    const draft = await rest(contributor, url, '/wp/v2/posts', 'POST', {
      title: 'From a contributor',
      content,
      status: 'pending',
    });
    await contributor.browserContext().close();
    const published = await rest(admin, url, `/wp/v2/posts/${draft.id}`, 'POST', { status: 'publish' });
    const before = dialogs.length;
    await view(published.link);
    await widgetsReady(visitor);
    equal(dialogs.length, before, 'dialogs opened by injected script');
    const found = await visitor.evaluate(() => {
      const all = [];
      const walk = (root) =>
        root.querySelectorAll('*').forEach((el) => (all.push(el), el.shadowRoot && walk(el.shadowRoot)));
      walk(document);
      return {
        scripts: [...document.querySelectorAll('.wp-site-blocks script, main script, article script')].length,
        handlers: all.filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).map((el) => el.tagName),
        javascript: all.filter((el) => /^\s*javascript:/i.test(el.getAttribute('href') ?? '')).length,
        headings: [...document.querySelectorAll('ser-explainer-card')].map((el) =>
          el.shadowRoot.querySelector('[part=heading]').textContent.trim(),
        ),
      };
    });
    equal(found.scripts, 0, 'script elements in the content');
    equal(found.handlers, [], 'elements with event handler attributes');
    equal(found.javascript, 0, 'javascript: links');
    expect(
      found.headings[0].includes('alert(1)') && found.headings[1].includes('alert(11)'),
      `headings do not show the text: ${found.headings}`,
    );
  });

  await check('a classic theme shows the widgets too', async () => {
    await site.task('theme', { stylesheet: 'ser-test-classic' });
    await view(posts.shortcodes);
    await widgetsReady(visitor);
    equal((await scriptTag()).length, 1, 'one drop-in script tag');
    equal(await shadowText(visitor, 'ser-explainer-card', '[part=heading]'), 'About my sessions', 'card heading');
    await site.task('theme', { stylesheet: 'twentytwentythree' });
  });

  await check('pages without a widget load no script of the plugin', async () => {
    const requests = await view(`${url}/?p=1`);
    expect(
      !requests.some((r) => r.includes('/plugins/ser-widgets/')),
      'a plugin file was requested on a page without widgets',
    );
    equal(
      await visitor.$$eval('script[src*="ser-widgets"], style#ser-widgets-inline-css', (els) => els.length),
      0,
      'plugin tags',
    );
  });

  await check('no request left the loopback; no error in the console; no PHP notice from the plugin', async () => {
    // WordPress's own admin screens ask WordPress.org and Gravatar for images (blocked here): only those are tolerated, and only in the admin.
    const core = /→ https?:\/\/([\w.]+\.)?(s\.w\.org|wordpress\.org|gravatar\.com)\//;
    equal(
      offsite.filter((r) => !(r.startsWith(`${url}/wp-admin/`) && core.test(r))),
      [],
      'requests to other sites',
    );
    // Admin screens have errors of their own here (the block directory cannot reach WordPress.org): only the plugin's count there.
    equal(
      errors.filter((e) => !e.startsWith(`${url}/wp-admin/`) || e.includes('/plugins/ser-widgets/')),
      [],
      'console errors and failed loads',
    );
    const log = await site.debugLog();
    equal(
      log.split('\n').filter((line) => line.includes('/plugins/ser-widgets/')),
      [],
      'PHP messages from the plugin',
    );
  });

  await check('deactivate and delete: the settings are gone, and so is the script', async () => {
    await admin.goto(`${url}/wp-admin/plugins.php`);
    await Promise.all([admin.waitForNavigation(), admin.click('tr[data-slug="ser-widgets"] .deactivate a')]);
    await admin.click('tr[data-slug="ser-widgets"] .delete a');
    await admin.waitForFunction(
      () =>
        !document.querySelector('tr[data-slug="ser-widgets"]') ||
        /deleted/i.test(document.querySelector('tr[data-slug="ser-widgets"]').textContent),
      { timeout: 30000 },
    );
    equal(await site.task('option', { name: 'ser_widgets_settings' }), null, 'option after uninstall');
    equal(await site.task('plugin-files'), false, 'plugin files after delete');
    await view(posts.shortcodes);
    equal(await visitor.$$eval('script[src*="ser-widgets"]', (els) => els.length), 0, 'script tags after uninstall');
  });
} catch (error) {
  // While abort() stops everything and exits, the checks it cut short must not end the process first.
  if (aborting) await new Promise(() => {});
  failed++;
  console.log(`  FAIL  the run stopped: ${error?.stack ?? error}`);
} finally {
  await browser.close();
  await site.stop();
  clearTimeout(deadline);
}

console.log(`wordpress: ${passed} passed, ${failed} failed (${Math.round((Date.now() - started) / 1000)} s)`);
process.exit(failed ? 1 : 0);
