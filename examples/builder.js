// The snippet builder: practitioners choose, see the real widgets, and copy code to paste.
// Choices live only in the page address (shareable, nothing stored). Practitioner text is never parsed as HTML here.

// A classic script (not a module), so the builder also works opened straight from the unzipped release (file://).
const here = document.currentScript?.src ?? location.href;
// In the release zip (scripts/release.mjs), the drop-in beside the builder and its hash: a page on disk cannot fetch them.
const release = /** @type {HTMLMetaElement | null} */ (document.querySelector('meta[name="ser-widgets-release"]'));

/** @type {<T extends Element = HTMLElement>(sel: string) => T} */
const $ = (sel) => document.querySelector(sel);

/** Space kept for each widget before the script upgrades it, so the page does not jump (each one's height in a ~600 px column). */
const widgets = [
  { key: 'card', tag: 'ser-explainer-card', room: '21em' },
  { key: 'wte', tag: 'ser-what-to-expect', room: '19em' },
  { key: 'cl', tag: 'ser-emotion-checklist', room: '50em' },
];
/** The languages the widgets ship, as the drop-in lists them (`locales` in src/i18n/locale.ts); English alone if it did not load. */
const locales = window.SerWidgets?.locales ?? ['en'];
// The light scheme's built-in colours and surfaces (src/styles/base.ts), for the contrast hints.
const builtIn = { accent: '#1a5b80', text: '#1f2328' };
const surfaces = { light: { bg: '#ffffff', onAccent: '#ffffff' }, dark: { bg: '#1c2126', onAccent: '#10222e' } };
const cdn = (version) => `https://cdn.jsdelivr.net/npm/ser-widgets@${version}/dist/ser-widgets.js`;

const defaults = {
  w: widgets.map((x) => x.key),
  locale: 'en',
  theme: 'light',
  accent: builtIn.accent,
  text: builtIn.text,
  level: '2',
  name: '',
  booking: '',
  cta: '',
  support: '',
  reviewed: '',
  reviewedBy: '',
  crisisLabel: '',
  crisisUrl: '',
  disclaimer: '',
  sections: /** @type {{title: string, text: string}[]} */ ([]),
  sm: 'add',
  ctl: 'keep',
  feelings: /** @type {string[]} */ ([]),
  fm: 'add',
  other: 'no',
  frame: 'yes',
  fl: '',
  src: 'self',
  // The release's ser-widgets folder: where it is served from, or (on disk) at the top of the site once uploaded.
  path:
    release && location.protocol !== 'file:'
      ? new URL(release.content, location.href).pathname
      : '/ser-widgets/ser-widgets.js',
};
/** @typedef {typeof defaults} State */
const textKeys = /** @type {const} */ ([
  'name',
  'booking',
  'cta',
  'support',
  'reviewed',
  'reviewedBy',
  'crisisLabel',
  'crisisUrl',
  'disclaimer',
  'fl',
  'path',
]);
const choiceKeys = /** @type {const} */ ({
  locale: locales,
  theme: ['light', 'dark', 'auto'],
  level: ['2', '3', '4', '5', '6'],
  sm: ['add', 'replace'],
  ctl: ['keep', 'drop'],
  fm: ['add', 'replace'],
  other: ['no', 'yes'],
  frame: ['yes', 'no'],
  src: ['self', 'cdn'],
});

// ---------- escaping: everything the practitioner types goes through one of these ----------

/** For attribute values in double quotes and for text. */
const escapeAttr = (s) =>
  String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

const attrText = (attrs) => attrs.map(([k, v]) => (v ? ` ${k}="${escapeAttr(v)}"` : ` ${k}`)).join('');

/** JSON for a `<script type="application/json">`: `<` as \u003c so `</script>` or `<!--` can never end it. */
const scriptJson = (o) => JSON.stringify(o, null, 2).replace(/</g, '\\u003c');

// ---------- the state <-> the page address ----------

/** Reads choices from a `#…` string; unknown or malformed values fall back to the defaults. */
function fromHash(hash) {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const s = structuredClone(defaults);
  if (p.has('w')) s.w = widgets.map((x) => x.key).filter((k) => p.get('w').split(',').includes(k));
  for (const [k, ok] of Object.entries(choiceKeys)) if (ok.includes(p.get(k))) s[k] = p.get(k);
  for (const k of ['accent', 'text']) if (/^#[0-9a-f]{6}$/i.test(p.get(k) ?? '')) s[k] = p.get(k).toLowerCase();
  for (const k of textKeys) if (p.has(k)) s[k] = p.get(k).slice(0, 2000);
  const bodies = p.getAll('sb');
  s.sections = p
    .getAll('st')
    .slice(0, 30)
    .map((title, i) => ({ title: title.slice(0, 300), text: (bodies[i] ?? '').slice(0, 4000) }));
  s.feelings = p
    .getAll('f')
    .slice(0, 60)
    .map((f) => f.slice(0, 200));
  return s;
}

/** Writes only what differs from the defaults, so a plain link stays short. */
function toHash(s) {
  const p = new URLSearchParams();
  if (s.w.join() !== defaults.w.join()) p.set('w', s.w.join());
  for (const k of [...Object.keys(choiceKeys), 'accent', 'text', ...textKeys]) if (s[k] !== defaults[k]) p.set(k, s[k]);
  for (const x of s.sections) {
    p.append('st', x.title);
    p.append('sb', x.text);
  }
  for (const f of s.feelings) p.append('f', f);
  const q = p.toString();
  return q ? `#${q}` : '';
}

// ---------- what the snippet and the preview share ----------

/** Same as `slug()` in src/i18n/content.ts, so ids match what the widgets would make. */
const slug = (s) =>
  s
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '') || 's';

/** Numbers repeated ids the way the widgets do (uniqueIds in src/i18n/content.ts), in linear time. */
const uniqueIds = (list) => {
  const taken = new Map();
  return list.map((x) => {
    let id = x.id;
    let n = taken.get(id);
    if (n) {
      while (taken.has((id = `${x.id}-${n++}`)));
      taken.set(x.id, n);
    }
    taken.set(id, 2);
    return { ...x, id };
  });
};

/** The sections the practitioner finished (a title and some text); blank lines split paragraphs. */
const mySections = (s) =>
  s.sections
    .map((x) => ({
      title: x.title.trim(),
      body: x.text
        .split(/\n\s*\n/)
        .map((t) => t.trim())
        .filter(Boolean),
    }))
    .filter((x) => x.title && x.body.length)
    .map((x) => ({ id: slug(x.title), ...x }));

const myItems = (s) =>
  s.feelings
    .map((f) => f.trim())
    .filter(Boolean)
    .map((label) => ({ id: slug(label), label }));

/**
 * What the practitioner most likely meant: `mayabodywork.com/book` is a web address, `me@x.com` an email,
 * `+44 1234 567890` a phone number. Anything else is kept as typed.
 */
const mended = (value) => {
  const v = value.trim();
  if (/^[^\s@:/]+@[^\s@/]+\.[^\s@/]+$/.test(v)) return `mailto:${v}`;
  if (/^\+?[\d\s().-]{6,}$/.test(v)) return `tel:${v.replace(/[^\d+]/g, '')}`;
  if (/^(www\.)?[a-z\d-]+(\.[a-z\d-]+)*\.[a-z]{2,}(:\d+)?([/?#]\S*)?$/i.test(v)) return `https://${v}`;
  return v;
};

/** The link as the card would accept it (http, https, mailto, tel or site-relative from `/`), else ''. */
const usableLink = (href) => {
  const h = mended(href);
  // `//host`, `\\host`, `/\host` (tabs and newlines skipped, as browsers do) lead to another site, not a path.
  if (/^[\0- ]*[/\\][\t\n\r]*[/\\]/.test(h)) return '';
  if (h && !/^([a-z][a-z\d+.-]*:|\/)/i.test(h)) return ''; // `book.html` would point somewhere else on every page
  try {
    return h && /^(https?|mailto|tel):$/.test(new URL(h, 'https://x.invalid/').protocol) ? h : '';
  } catch {
    return '';
  }
};

/** A month as the provider takes it: YYYY-MM. */
const isMonth = (v) => /^\d{4}-(0[1-9]|1[0-2])$/.test(v.trim());

/** A crisis contact link as the provider takes it: tel: or https: only, else ''. */
const crisisLink = (href) => (/^(tel:|https:\/\/)\S+$/.test(href.trim()) ? href.trim() : '');

/** `<ser-provider>` attributes, in a stable order. */
function providerAttrs(s) {
  const a = [
    ['lang', s.locale],
    ['locale', s.locale],
    ['theme', s.theme],
    ['heading-level', s.level],
  ];
  if (s.name.trim()) a.push(['practitioner', s.name.trim()]);
  const link = s.w.includes('card') && usableLink(s.booking);
  if (link) a.push(['booking-url', link]);
  const support = s.w.includes('cl') && usableLink(s.support);
  if (support) a.push(['support-url', support]);
  if (isMonth(s.reviewed)) {
    a.push(['reviewed', s.reviewed.trim()]);
    if (s.reviewedBy.trim()) a.push(['reviewed-by', s.reviewedBy.trim()]);
  }
  const crisis = s.w.includes('cl') && crisisLink(s.crisisUrl);
  if (crisis) {
    if (s.crisisLabel.trim()) a.push(['crisis-label', s.crisisLabel.trim()]);
    a.push(['crisis-url', crisis]);
  }
  return a;
}

/** Attributes of one widget element: the card's button text, "Something else", `extend`, no frame. */
function widgetAttrs(s, key) {
  const a = [];
  if (key === 'card' && usableLink(s.booking) && s.cta.trim()) a.push(['cta-label', s.cta.trim()]);
  if (key === 'cl' && s.other === 'yes') a.push(['allow-other', '']);
  if (key === 'wte' && s.sm === 'add' && mySections(s).length) a.push(['extend', '']);
  if (key === 'cl' && s.fm === 'add' && myItems(s).length) a.push(['extend', '']);
  if (s.frame === 'no') a.push(['variant', 'plain']);
  return a;
}

/**
 * The practitioner's additions as the widget's own HTML, for `extend`: only the new entries, so built-in
 * text (and its later translation fixes) keeps coming from the library. Readable even without the script.
 */
function lightChildren(s, key) {
  if (key === 'wte' && s.sm === 'add')
    return uniqueIds(mySections(s)).map((x) => ({
      tag: 'details',
      attrs: [['id', `ser-${x.id}`]],
      children: [{ tag: 'summary', text: x.title }, ...x.body.map((t) => ({ tag: 'p', text: t }))],
    }));
  const items = myItems(s);
  if (key === 'cl' && s.fm === 'add' && items.length)
    return [
      {
        tag: 'fieldset',
        attrs: [['name', 'mine']],
        children: [
          { tag: 'legend', text: s.fl.trim() || feelingsTitle },
          ...uniqueIds(items).map((i) => ({ tag: 'label', input: i.id, text: i.label })),
        ],
      },
    ];
  return [];
}
const feelingsTitle = 'Other feelings you may notice';

/** One light child as markup, every practitioner value escaped. */
const childHtml = (c, pad = '  ') =>
  c.children
    ? `${pad}<${c.tag}${attrText(c.attrs ?? [])}>\n${c.children.map((k) => childHtml(k, pad + '  ')).join('\n')}\n${pad}</${c.tag}>`
    : c.input
      ? `${pad}<label><input type="checkbox" value="${escapeAttr(c.input)}"> ${escapeAttr(c.text)}</label>`
      : `${pad}<${c.tag}>${escapeAttr(c.text)}</${c.tag}>`;

/** The same child as DOM nodes, for the preview (text only, never parsed as HTML). */
function childNode(c) {
  const el = document.createElement(c.tag);
  for (const [k, v] of c.attrs ?? []) el.setAttribute(k, v);
  if (c.children) el.append(...c.children.map(childNode));
  else if (c.input) {
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.value = c.input;
    el.append(box, ` ${c.text}`);
  } else el.textContent = c.text;
  return el;
}

/** The `messages` the JSON child carries; `pack` supplies the standard sections and feelings in the chosen language. */
function messages(s, pack) {
  const m = {};
  const on = (k) => s.w.includes(k);
  if (on('card') && s.disclaimer.trim()) m.cardDisclaimer = s.disclaimer.trim();
  // Additions go in the widgets' own HTML with `extend` (see lightChildren); only replacements go here.
  const sections = mySections(s);
  // Replacing keeps "You are in control" (consent, stopping at any time) unless the practitioner drops it.
  const control = s.ctl === 'keep' && pack ? pack.sections.filter((x) => x.id === 'control') : [];
  if (on('wte') && sections.length && s.sm === 'replace') m.sections = uniqueIds([...sections, ...control]);
  const items = myItems(s);
  if (on('cl') && items.length && s.fm === 'replace') {
    const first = pack?.groups?.[0];
    m.groups = [{ id: 'mine', legend: s.fl.trim() || first?.legend || feelingsTitle, items: uniqueIds(items) }];
  }
  return m;
}

const configText = (s, pack) => {
  const m = messages(s, pack);
  return Object.keys(m).length ? scriptJson({ messages: m }) : '';
};

/** The recommended CSS: room for each widget before it loads, and the colours, on `ser-provider` only. */
function css(s) {
  const chosen = widgets.filter((x) => s.w.includes(x.key));
  const lines = ['/* Keeps room for the widgets while they load, so the page does not jump. */'];
  for (const x of chosen) lines.push(`${x.tag}:not(:defined){display:block;min-height:${x.room}}`);
  const colours = [];
  for (const key of /** @type {const} */ (['accent', 'text'])) {
    if (s[key] === builtIn[key]) continue;
    const [light, dark] = [perScheme(s, key, 'light'), perScheme(s, key, 'dark')];
    let value = s.theme === 'dark' ? dark.colour : light.colour;
    // Both schemes can show: each gets its own colour, picked by the widget's colour scheme.
    if (s.theme === 'auto')
      value = light.colour === dark.colour ? light.colour : `light-dark(${light.colour},${dark.colour})`;
    colours.push(`--ser-${key}:${value}`);
  }
  if (colours.length)
    lines.push('/* Your colours. They apply only inside the widgets. */', `ser-provider{${colours.join(';')}}`);
  return lines.join('\n');
}

/**
 * The host a script address loads from when it is not this builder's own ('' when it is), read as a browser
 * reads it: `//host`, `\\host` and `/\host` are other hosts.
 */
function foreignHost(path) {
  try {
    const u = new URL(path.trim(), location.href);
    return u.host === location.host && u.protocol === location.protocol ? '' : u.host || u.protocol;
  } catch {
    return '';
  }
}

/** A script address that came from an opened link and points at another host: unused until the practitioner confirms it. */
let unconfirmed = '';

/** Notes a link's script address for confirmation when it points at another host (a link must never switch it silently). */
const restore = (s) => (unconfirmed = s.src === 'self' && foreignHost(s.path) ? s.path : '');

const scriptUrl = (s, env) => {
  if (s.src === 'cdn' && env.version) return cdn(env.version);
  const path = s.path.trim() || defaults.path;
  return s.path === unconfirmed ? defaults.path : path;
};

/** The code to paste: every value the practitioner typed is escaped for where it lands. */
function snippet(s, env, pack) {
  if (!s.w.length) return '';
  const integrity = env.sri ? ` integrity="${escapeAttr(env.sri)}"` : '';
  const attrs = attrText(providerAttrs(s));
  const json = configText(s, pack);
  return [
    `<!-- SomatoEmotional Release widgets${env.version ? ` (ser-widgets ${env.version})` : ''} -->`,
    `<script src="${escapeAttr(scriptUrl(s, env))}" defer${integrity} crossorigin="anonymous"></script>`,
    `<style>\n${css(s)}\n</style>`,
    `<ser-provider${attrs}>`,
    ...(json ? [`<script type="application/json">\n${json}\n</script>`] : []),
    ...widgets
      .filter((x) => s.w.includes(x.key))
      .map((x) => {
        const kids = lightChildren(s, x.key);
        const inner = kids.length ? `\n${kids.map((c) => childHtml(c)).join('\n')}\n` : '';
        return `<${x.tag}${attrText(widgetAttrs(s, x.key))}>${inner}</${x.tag}>`;
      }),
    '</ser-provider>',
    '',
  ].join('\n');
}

// ---------- the preview: the same settings, applied through the DOM ----------

const sheet = new CSSStyleSheet();
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

/** Makes an element's attributes exactly `attrs` (its id aside). */
function sync(el, attrs) {
  for (const { name } of [...el.attributes])
    if (name !== 'id' && !name.startsWith('data-') && !attrs.some(([k]) => k === name)) el.removeAttribute(name);
  for (const [k, v] of attrs) if (el.getAttribute(k) !== v) el.setAttribute(k, v);
}

function applyPreview(s, pack) {
  const p = $('#preview');
  sync(p, providerAttrs(s));

  // A new JSON child (not new text in the old one) makes the provider read it again.
  const json = configText(s, pack);
  const old = p.querySelector(':scope > script');
  if ((old?.textContent ?? '') !== json) {
    old?.remove();
    if (json) {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = json;
      p.prepend(script);
    }
  }

  const want = widgets
    .filter((x) => s.w.includes(x.key))
    .map((x) => {
      const el = p.querySelector(`:scope > ${x.tag}`) ?? document.createElement(x.tag);
      sync(el, widgetAttrs(s, x.key));
      const kids = lightChildren(s, x.key);
      const markup = kids.map((c) => childHtml(c)).join();
      if (el.dataset.kids !== markup) {
        el.dataset.kids = markup;
        el.replaceChildren(...kids.map(childNode));
      }
      return el;
    });
  for (const el of p.querySelectorAll(':scope > :not(script)')) if (!want.includes(el)) el.remove();
  const now = [...p.querySelectorAll(':scope > :not(script)')];
  if (want.some((el, i) => now[i] !== el)) p.append(...want);

  sheet.replaceSync(css(s));
  $('#preview-empty').hidden = !!want.length;
}

// ---------- hints that help a non-programmer get it right ----------

const hex = (h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16) / 255);
const luminance = (h) =>
  hex(h)
    .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
    .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
const contrast = (a, b) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

/** The worst contrast of a colour against what it sits on in one scheme (the accent also carries button text). */
const ratioIn = (colour, key, scheme) =>
  key === 'accent'
    ? Math.min(contrast(colour, surfaces[scheme].bg), contrast(colour, surfaces[scheme].onAccent))
    : contrast(colour, surfaces[scheme].bg);

/** Mixes a colour towards white (`t` > 0) or black (`t` < 0). */
const mix = (h, t) =>
  '#' +
  hex(h)
    .map((c) =>
      Math.round((t > 0 ? c + (1 - c) * t : c * (1 + t)) * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('');

/**
 * The colour used in one scheme: the chosen one in the scheme it was chosen for; for the other scheme of
 * "follow the device", the chosen one made lighter (dark) or darker (light) just enough to reach 4.5 to 1.
 */
function perScheme(s, key, scheme) {
  const chosen = s[key];
  const mine = s.theme === 'auto' ? 'light' : s.theme;
  if (scheme === mine || ratioIn(chosen, key, scheme) >= 4.5)
    return { colour: chosen, ratio: ratioIn(chosen, key, scheme), derived: false };
  const way = scheme === 'dark' ? 1 : -1;
  let colour = chosen;
  for (let t = 0.05; t <= 1 && ratioIn(colour, key, scheme) < 4.5; t += 0.05) colour = mix(chosen, way * t);
  return { colour, ratio: ratioIn(colour, key, scheme), derived: true };
}

const enough = 4.5;
const schemesOf = (s) => (s.theme === 'auto' ? ['light', 'dark'] : [s.theme]);

/** What the colour gives in each scheme the theme can show, and which way to go when it is too faint. */
function colourHint(s, key) {
  if (s[key] === builtIn[key]) return 'The built-in colour. It suits both the light and the dark scheme.';
  return schemesOf(s)
    .map((scheme) => {
      const { colour, ratio, derived } = perScheme(s, key, scheme);
      const where =
        s.theme === 'auto'
          ? `${scheme === 'light' ? 'Light' : 'Dark'} mode: ${colour}${derived ? ' (adjusted for you)' : ''}, `
          : '';
      const r = `${where}contrast ${ratio.toFixed(1)} to 1`;
      const fix = scheme === 'dark' ? 'lighter' : 'darker';
      return ratio >= enough
        ? `${r}: easy to read.`
        : `${r}: too low for many readers. Try a ${fix} colour, aiming for 4.5 to 1 or more.`;
    })
    .join(' ');
}

/** Problems the practitioner should know before copying, repeated beside the Copy buttons. */
function warnings(s) {
  const out = [];
  const names = { accent: 'The accent colour', text: 'The text colour' };
  for (const key of /** @type {const} */ (['accent', 'text']))
    if (s[key] !== builtIn[key] && schemesOf(s).some((scheme) => perScheme(s, key, scheme).ratio < enough))
      out.push(`${names[key]} is below 4.5 to 1 against the background, so some visitors will struggle to read it.`);
  if (s.w.includes('cl') && s.fm === 'add' && myItems(s).length && s.locale !== 'en' && !s.fl.trim())
    out.push('The title above your feelings is in English: type one in the language of your widgets.');
  if (s.w.includes('card') && s.booking.trim() && !usableLink(s.booking))
    out.push('The booking link is left out of the code: it is not a web, email or phone link.');
  if (s.w.includes('cl') && s.support.trim() && !usableLink(s.support))
    out.push('The link for clients is left out of the code: it is not a web, email or phone link.');
  return out;
}

/** Says whether a link will work, and shows the mended link the code will carry (https://, mailto: or tel: added). */
function linkHint(value, id, purpose) {
  const v = value.trim();
  const bad = v && !usableLink(v);
  const fixed = !bad && v && mended(v) !== v ? mended(v) : '';
  $(`#${id}`).setAttribute('aria-invalid', String(!!bad));
  const hint = $(`#${id}-hint`);
  hint.textContent = bad
    ? 'This link cannot be used, so it is left out of the code. It must be a web address (https://…), an email (mailto:…) or a phone number (tel:…).'
    : fixed
      ? `Your code uses ${fixed}.`
      : `${purpose} It can also be an email (mailto:) or phone (tel:) link.`;
  hint.classList.toggle('warn', !!bad);
}

/** Names the host a script address on another site loads from; one from a link waits for a yes. */
function pathCheck(s) {
  const host = s.src === 'self' && foreignHost(s.path);
  const waiting = !!host && s.path === unconfirmed;
  $('#path-check').hidden = !host;
  $('#path').setAttribute('aria-invalid', String(waiting));
  $('#path-warning').textContent = !host
    ? ''
    : `This loads the widgets from ${host}. Use it only if ${host} is your own website.` +
      (waiting
        ? ` This address came from the link you opened, so the code uses ${defaults.path} until you confirm.`
        : '');
  $('#path-confirm').hidden = !waiting;
  $('#path-confirm').textContent = `Yes, ${host} is my website: use this address`;
}

/** Marks a field whose text is in the wrong form, and says so in its hint; otherwise the hint says what it does. */
function formatHint(id, bad, badText, okText) {
  $(`#${id}`).setAttribute('aria-invalid', String(bad));
  $(`#${id}-hint`).textContent = bad ? badText : okText;
  $(`#${id}-hint`).classList.toggle('warn', bad);
}
function hints(s, pack) {
  for (const key of ['accent', 'text']) {
    const text = colourHint(s, key);
    $(`#${key}-hint`).textContent = text;
    $(`#${key}-hint`).classList.toggle('warn', text.includes('too low'));
  }
  linkHint(s.booking, 'booking', 'Adds a button to "What SomatoEmotional Release is".');
  linkHint(
    s.support,
    'support',
    'The checklist suggests that anyone who feels overwhelmed contacts you: this makes it a link.',
  );
  formatHint(
    'crisisUrl',
    !!s.crisisUrl.trim() && !crisisLink(s.crisisUrl),
    'This link cannot be used. It must start with tel: (a phone number) or https://.',
    "Shown in the checklist's support note, after the advice to contact a doctor or a local crisis line.",
  );
  formatHint(
    'reviewed',
    !!s.reviewed.trim() && !isMonth(s.reviewed),
    'Use the year and month, like 2026-11.',
    'Shows "Content reviewed" with the month, once. Health information should say when it was last checked.',
  );
  $('#ctl-warn').hidden = s.ctl === 'keep';
  const std = pack ?? {};
  $('#cta-hint').textContent =
    `Shown only with a booking link.${std.cardCta ? ` Leave empty for "${std.cardCta}".` : ''}`;
  $('#disclaimer-hint').textContent =
    `The note that says SER does not replace medical care. It is shown once: in "What SomatoEmotional Release is", else in the first widget. ` +
    (std.cardDisclaimer ? `Leave empty to use the standard wording: "${std.cardDisclaimer}"` : '');
  $('#w-none').hidden = s.w.length > 0;
  $('#path-field').hidden = s.src !== 'self';
  $('#cdn-note').hidden = s.src !== 'cdn';
  pathCheck(s);
  $('#sections-mode-set').hidden = !s.sections.length;
  $('#feelings-mode-set').hidden = !s.feelings.length;
  const problems = warnings(s);
  $('#copy-warnings').replaceChildren(
    ...problems.map((p) => Object.assign(document.createElement('li'), { textContent: p })),
  );
  $('#copy-warnings').hidden = !problems.length;
  $('#bar-warn').textContent = problems.length ? `${problems.length} to check before pasting (see "Your code").` : '';
  $('#sections')
    .querySelectorAll('.row')
    .forEach((row, i) => {
      const x = s.sections[i];
      row.querySelector('.todo').hidden = !!(x.title.trim() && x.text.trim());
    });
}

// ---------- the form ----------

/** @param {HTMLElement} parent @param {string} tag @param {Record<string, string>} [props] */
const make = (parent, tag, props = {}) => {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props))
    if (k === 'text') el.textContent = v;
    else el.setAttribute(k, v);
  parent.append(el);
  return el;
};

const removeButton = (parent, what) => {
  const b = make(parent, 'button', { type: 'button', class: 'secondary remove', text: 'Remove' });
  make(b, 'span', { class: 'vh', text: ` ${what}` });
  return b;
};

function sectionRow(x, i) {
  const row = make($('#sections'), 'fieldset', { class: 'row' });
  make(row, 'legend', { text: `Section ${i + 1}` });
  const t = make(row, 'div', { class: 'field' });
  make(t, 'label', { for: `st-${i}`, text: 'Title' });
  make(t, 'input', { type: 'text', id: `st-${i}`, autocomplete: 'off' }).value = x.title;
  const b = make(row, 'div', { class: 'field' });
  make(b, 'label', { for: `sb-${i}`, text: 'Text' });
  make(b, 'textarea', { id: `sb-${i}`, rows: '4', 'aria-describedby': `sb-${i}-hint` }).value = x.text;
  make(b, 'p', { class: 'hint', id: `sb-${i}-hint`, text: 'Leave an empty line between paragraphs.' });
  make(row, 'p', { class: 'hint todo', text: 'This section appears once it has a title and some text.' });
  removeButton(row, `section ${i + 1}`).dataset.remove = `sections:${i}`;
}

function feelingRow(f, i) {
  const row = make($('#feelings'), 'div', { class: 'row inline' });
  make(row, 'label', { for: `f-${i}`, text: `Feeling ${i + 1}` });
  make(row, 'input', { type: 'text', id: `f-${i}`, autocomplete: 'off' }).value = f;
  removeButton(row, `feeling ${i + 1}`).dataset.remove = `feelings:${i}`;
}

function rows(s) {
  $('#sections').replaceChildren();
  s.sections.forEach(sectionRow);
  $('#feelings').replaceChildren();
  s.feelings.forEach(feelingRow);
}

/** The choices as the form shows them. */
function read() {
  const f = /** @type {HTMLFormElement} */ ($('#settings'));
  const checked = (name) => f.querySelector(`input[name="${name}"]:checked`)?.value;
  return {
    w: [...f.querySelectorAll('input[name="w"]:checked')].map((i) => i.value),
    locale: $('#locale').value,
    theme: checked('theme') ?? defaults.theme,
    accent: $('#accent').value.toLowerCase(),
    text: $('#text').value.toLowerCase(),
    level: $('#level').value,
    name: $('#name').value,
    booking: $('#booking').value,
    cta: $('#cta').value,
    support: $('#support').value,
    reviewed: $('#reviewed').value,
    reviewedBy: $('#reviewedBy').value,
    crisisLabel: $('#crisisLabel').value,
    crisisUrl: $('#crisisUrl').value,
    disclaimer: $('#disclaimer').value,
    sections: [...$('#sections').children].map((row) => ({
      title: row.querySelector('input').value,
      text: row.querySelector('textarea').value,
    })),
    sm: checked('sm') ?? defaults.sm,
    ctl: $('#ctl').checked ? 'keep' : 'drop',
    feelings: [...$('#feelings').children].map((row) => row.querySelector('input').value),
    fm: checked('fm') ?? defaults.fm,
    fl: $('#fl').value,
    other: $('#other').checked ? 'yes' : 'no',
    frame: $('#frame').checked ? 'yes' : 'no',
    src: checked('src') ?? defaults.src,
    path: $('#path').value,
  };
}

/** Puts choices into the form. */
function write(s) {
  for (const i of document.querySelectorAll('input[name="w"]')) i.checked = s.w.includes(i.value);
  for (const name of ['theme', 'sm', 'fm', 'src'])
    for (const i of document.querySelectorAll(`input[name="${name}"]`)) i.checked = i.value === s[name];
  $('#other').checked = s.other === 'yes';
  $('#ctl').checked = s.ctl === 'keep';
  $('#frame').checked = s.frame === 'yes';
  for (const k of ['locale', 'accent', 'text', 'level', ...textKeys]) $(`#${k}`).value = s[k];
  rows(s);
}

// ---------- wiring ----------

const env = { version: '', sri: '' };
const packs = new Map();
let ticket = 0;

/** The messages of one language from the drop-in the page loaded (null if it did not load). */
async function packFor(locale) {
  if (!window.SerWidgets) return null;
  if (!packs.has(locale)) packs.set(locale, await window.SerWidgets.loadLocale(locale));
  return packs.get(locale);
}

async function update() {
  const s = read();
  const mine = ++ticket;
  const pack = await packFor(s.locale);
  if (mine !== ticket) return; // a newer change is already on its way
  keep(toHash(s));
  hints(s, pack);
  if (window.SerWidgets) applyPreview(s, pack);
  $('#snippet').value = snippet(s, env, pack);
  document.documentElement.dataset.state = String(ticket); // lets tests wait for this change to land
}

let keepTimer = 0;
/** Puts the choices in the address, at most every 300 ms: browsers limit (Safari even throws on) rapid history updates. */
function keep(hash, now = false) {
  clearTimeout(keepTimer);
  const write = () => {
    if (location.hash !== hash)
      try {
        history.replaceState(history.state, '', hash || location.pathname + location.search);
      } catch {
        /* over the browser's limit: the next change writes it */
      }
  };
  if (now) write();
  else keepTimer = setTimeout(write, 300);
}

/** Says something to everyone, screen reader users included (the region is polite). */
function say(message) {
  const status = $('#status');
  status.textContent = '';
  setTimeout(() => (status.textContent = message), 60);
}

async function copy(text, done, failed) {
  try {
    await navigator.clipboard.writeText(text);
    say(done);
    return true;
  } catch {
    say(failed);
    return false;
  }
}

function addRow(list) {
  const s = read();
  if (list === 'sections') s.sections.push({ title: '', text: '' });
  else s.feelings.push('');
  rows(s);
  $(`#${list}`).lastElementChild.querySelector('input').focus();
  update();
}

function removeRow(list, i) {
  const s = read();
  s[list].splice(i, 1);
  rows(s);
  // Focus goes to the row that took its place, else to the add button.
  const next = $(`#${list}`).children[i]?.querySelector('input');
  (next ?? $(list === 'sections' ? '#add-section' : '#add-feeling')).focus();
  say(`${list === 'sections' ? 'Section' : 'Feeling'} ${i + 1} removed.`);
  update();
}

function problem(text) {
  const p = $('#problem');
  p.textContent = text;
  p.hidden = false;
}

/** A language's name in itself, capitalised as at the start of a menu item ("Español"). */
function nativeName(code) {
  const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * Offers the release zip from ../release/ (where `npm run release` writes it, with its drop-in's hash beside it),
 * only when that drop-in is the one this code's hash names; without one there is no link.
 */
async function offerZip() {
  const zip = new URL(`../release/ser-widgets-${env.version}.zip`, here);
  let offered = false;
  if (!release && env.version && env.sri)
    try {
      const hash = await fetch(String(zip).replace(/zip$/, 'sri.txt'));
      offered = hash.ok && (await hash.text()).trim() === env.sri && (await fetch(zip, { method: 'HEAD' })).ok;
    } catch {
      /* nothing to offer */
    }
  if (offered) $('#download-link').setAttribute('href', String(zip));
  $('#download').hidden = !offered;
  document.documentElement.dataset.zip = String(offered); // lets tests wait for the answer
}

async function start() {
  env.version = window.SerWidgets?.version ?? '';
  $('#locale').replaceChildren(
    ...locales.map((code) => Object.assign(new Option(nativeName(code), code), { lang: code })),
  );
  // From disk the browser refuses to read files: the release page carries the hash; elsewhere it is left out.
  const hashUnreadable = location.protocol === 'file:' && !release;
  try {
    let sri = release?.dataset.integrity ?? '';
    if (!release && !hashUnreadable) {
      const res = await fetch(new URL('../dist/ser-widgets.sri.txt', here));
      sri = res.ok ? (await res.text()).trim() : '';
    }
    if (/^sha(256|384|512)-[A-Za-z0-9+/]+=*$/.test(sri)) env.sri = sri;
  } catch {
    /* handled just below */
  }
  if (env.version) $('#version').textContent = `Widgets version ${env.version}.`;
  if (!env.version) {
    problem('The widgets could not be loaded, so there is no preview. (Developers: run npm run build first.)');
    $('#src-cdn').disabled = true;
    $('#src-self').checked = true;
  } else if (!env.sri && !hashUnreadable) {
    problem('The security check for the code could not be made. The code still works, but without it.');
  }

  const form = $('#settings');
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('click', (e) => {
    const b = /** @type {HTMLElement} */ (e.target).closest('[data-remove]');
    if (b) {
      const [list, i] = b.dataset.remove.split(':');
      removeRow(list, Number(i));
    }
  });
  $('#add-section').addEventListener('click', () => addRow('sections'));
  $('#add-feeling').addEventListener('click', () => addRow('feelings'));
  $('#reset-colours').addEventListener('click', () => {
    $('#accent').value = builtIn.accent;
    $('#text').value = builtIn.text;
    say('Back to the built-in colours.');
    update();
  });
  $('#bar-copy').addEventListener('click', () => $('#copy').click());
  $('#copy').addEventListener('click', async () => {
    const code = $('#snippet').value;
    if (!code) return say('Tick at least one widget under "What to show" first.');
    const ok = await copy(
      code,
      'Code copied. Now paste it into your website.',
      'Could not copy by itself. The code is selected: press Ctrl+C, or Command+C on a Mac, to copy it.',
    );
    if (!ok) $('#snippet').select();
  });
  $('#copy-link').addEventListener('click', () => {
    keep(toHash(read()), true);
    copy(
      location.href,
      'Link copied. Open it later to pick up where you left off.',
      "Could not copy by itself. Copy the address from your browser's address bar instead.",
    );
  });
  // Leaving or hiding the page writes the address at once, so a bookmark or reload keeps the last change.
  addEventListener('pagehide', () => keep(toHash(read()), true));
  document.addEventListener('visibilitychange', () => keep(toHash(read()), true));
  $('#path-confirm').addEventListener('click', () => {
    unconfirmed = '';
    $('#path').focus();
    say(`The code now loads the widgets from ${foreignHost(read().path)}.`);
    update();
  });
  addEventListener('hashchange', () => {
    const s = fromHash(location.hash);
    restore(s);
    write(s);
    update();
  });

  const first = fromHash(location.hash);
  restore(first);
  write(first);
  await update();
  await offerZip();
}

start();
