// Shared by the drop-in suite: fixture pages in iframes, served with real headers by test/drop-in/serve.mjs.
import { until } from '../helpers.js';

/** What test/support/drop-in/fixtures/spy.js records in every fixture page. */
export interface Spy {
  logs: string[];
  violations: string[];
  errors: string[];
  calls: string[];
}

export type Win = Window &
  typeof globalThis & {
    __spy: Spy;
    SerWidgets?: { version: string; registerLocale?: (lang: string, pack: unknown) => void };
    pwned?: unknown;
    gc?: () => void;
  };

export const widgetTags = ['ser-explainer-card', 'ser-what-to-expect', 'ser-emotion-checklist'] as const;
export const allTags = ['ser-provider', ...widgetTags] as const;
export const widgets = widgetTags.map((t) => `<${t}></${t}>`).join('');

export const engine: 'chromium' | 'firefox' | 'webkit' = /Firefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /Chrome\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

export const script = (attrs = '', src = '/dist/ser-widgets.js') => `<script src="${src}" ${attrs}></script>`;

/** The policy issue 8 names: nothing but same-origin scripts, styles and images, and only Lit's Trusted Types policy. */
export const strictCsp =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'none'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

/** The strict policy plus what the README says the drop-in needs: `connect-src 'self'` for the JSON files beside it (English included). */
export const strictCspWithLanguages = strictCsp.replace("connect-src 'none'", "connect-src 'self'");

/** This test server under another origin (localhost and 127.0.0.1 are different origins to a browser). */
export const otherOrigin = location.origin.replace(
  /\/\/(localhost|127\.0\.0\.1)/,
  (_, h) => `//${h == 'localhost' ? '127.0.0.1' : 'localhost'}`,
);

export interface PageOptions {
  head?: string;
  csp?: string;
  lang?: string;
  dir?: string;
  width?: number;
  /** Keep the frame after the test (for a page shared by a whole file); the caller removes it. */
  keep?: boolean;
}

const frames: HTMLIFrameElement[] = [];

/** Opens a fixture page in an iframe and resolves once it has loaded. */
export async function frame(body: string, opts: PageOptions = {}): Promise<Win> {
  const url = new URL('/__page', location.href);
  url.searchParams.set('body', body);
  for (const k of ['head', 'csp', 'lang', 'dir'] as const) if (opts[k]) url.searchParams.set(k, opts[k]!);
  const f = document.createElement('iframe');
  f.width = String(opts.width ?? 800);
  f.height = '600';
  f.src = url.href;
  const loaded = new Promise((r) => f.addEventListener('load', r, { once: true }));
  document.body.append(f);
  if (!opts.keep) frames.push(f);
  await loaded;
  return f.contentWindow as Win;
}

/** Removes a frame opened with `keep`. */
export const close = (win: Win) => win.frameElement?.remove();

/** Fixture frames are removed after each test, so pages do not pile up in the runner. */
afterEach(() => {
  for (const f of frames.splice(0)) f.remove();
});

type Updating = Element & { updateComplete?: Promise<unknown> };

/** Waits until every widget in the page has a rendered shadow root and no pending update. */
export async function rendered(win: Win, root: ParentNode = win.document, ms = 5000): Promise<Element[]> {
  const els = [...root.querySelectorAll(widgetTags.join(','))] as Updating[];
  await until(() => els.every((el) => el.shadowRoot?.firstElementChild), ms);
  await Promise.all(els.map((el) => el.updateComplete));
  await frameOf(win);
  return els;
}

/** The next animation frame, or 100 ms if the engine throttles frames (WebKit does for frames it deems hidden). */
export const frameOf = (win: Win) =>
  new Promise<void>((r) => {
    win.requestAnimationFrame(() => r());
    setTimeout(r, 100);
  });

/** Every element inside a shadow root, nested shadow roots included. */
export function deep(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...deep(el.shadowRoot));
  }
  return out;
}

/** The text a reader sees in a widget's shadow root, whitespace folded. */
export const shown = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Waits for the page to settle: two frames and a macrotask. */
export const tick = async (win: Win) => {
  await frameOf(win);
  await frameOf(win);
  await new Promise((r) => setTimeout(r));
};

/** The warnings and errors a page logged, without `log` and `debug` noise. */
export const complaints = (win: Win) => win.__spy.logs.filter((l) => /^(warn|error|info):/.test(l));

export interface ManifestElement {
  tag: string;
  attributes: { name: string; fieldName?: string; type?: { text: string } }[];
  fields: { name: string; type?: { text: string }; readonly?: boolean }[];
  slots: string[];
}

/** Every element's attributes, settable fields and slots, from the built custom-elements manifest. */
export async function manifest(): Promise<ManifestElement[]> {
  type Decl = {
    name: string;
    kind: string;
    customElement?: boolean;
    tagName?: string;
    attributes?: ManifestElement['attributes'];
    members?: {
      kind: string;
      name: string;
      type?: { text: string };
      readonly?: boolean;
      static?: boolean;
      privacy?: string;
    }[];
    slots?: { name: string }[];
  };
  const json = (await (await fetch('/dist/custom-elements.json')).json()) as { modules: { declarations?: Decl[] }[] };
  const kebab = (s: string) => s.replace(/[A-Z]/g, (c, i) => (i ? '-' : '') + c.toLowerCase());
  return (
    json.modules
      .flatMap((m) => m.declarations ?? [])
      // Widgets extending SerElement may lack customElement/tagName in the analyzer's output: match by class name.
      .filter((d) => d.kind == 'class' && (d.tagName || /^Ser[A-Z]/.test(d.name)) && d.name != 'SerElement')
      .map((d) => ({
        tag: d.tagName ?? kebab(d.name),
        attributes: d.attributes ?? [],
        fields: (d.members ?? []).filter(
          (m) => m.kind == 'field' && !m.static && (!m.privacy || m.privacy == 'public') && !m.readonly,
        ),
        slots: (d.slots ?? []).map((s) => s.name),
      }))
  );
}

const controls = (el: Element) => deep(el.shadowRoot!) as HTMLElement[];

/** Uses a widget as a reader would: every button clicked, every checkbox ticked, every text field typed in. */
export async function exercise(win: Win, el: Element): Promise<void> {
  for (const b of controls(el).filter((e) => e.localName == 'button' || e.getAttribute('role') == 'button')) {
    if (!b.isConnected) continue;
    b.click();
    await tick(win);
  }
  for (const c of controls(el).filter((e): e is HTMLInputElement => e.localName == 'input')) {
    if (c.type == 'checkbox' || c.type == 'radio') c.click();
    else if (/^(text|search|)$/.test(c.type)) {
      c.value = 'a note';
      c.dispatchEvent(new win.Event('input', { bubbles: true, composed: true }));
      c.dispatchEvent(new win.Event('change', { bubbles: true, composed: true }));
    }
  }
  for (const t of controls(el).filter((e): e is HTMLTextAreaElement => e.localName == 'textarea')) {
    t.value = 'a note';
    t.dispatchEvent(new win.Event('input', { bubbles: true, composed: true }));
  }
  await tick(win);
}

/** Opens everything that can be opened (accordion sections, "Learn more"), so nothing is measured while hidden. */
export async function expandAll(win: Win, el: Element): Promise<void> {
  for (let i = 0; i < 50; i++) {
    const closed = controls(el).find((e) => e.getAttribute('aria-expanded') == 'false');
    if (!closed) return;
    closed.click();
    await tick(win);
  }
}
