import { ContextConsumer } from '@lit/context';
import { html, LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { configContext } from '../config/config.js';
import { type SerConfig, type Theme, toLevel, toTheme } from '../config/settings.js';
import { en } from '../i18n/en.js';
import { loadLocale, matchLocale, restOfEnglish } from '../i18n/locale.js';
import type { Messages } from '../i18n/types.js';
import type { SerEventDetails } from '../internal/events.js';
import type { HeadingLevel } from '../internal/heading.js';
import { make } from '../internal/dom.js';
import { fmt } from '../internal/format.js';
import { safeUrl } from '../internal/url.js';
import { warn } from '../internal/warn.js';
import { base } from '../styles/base.js';

declare const __DROPIN__: boolean;

/** When this task's first renders began (0: none yet; -Infinity: spent); the script's own task counts from its start. */
let taskStart = performance.now();

/** Lets the widgets waiting for their first render go on. */
let resume: (() => void) | undefined;

/** One next task for every widget still waiting for its first render. */
let nextTask: Promise<void> | undefined;

// A message, not setTimeout: nested timeouts wait at least 4 ms each, seconds over hundreds of widgets on a slow phone.
const tasks = new MessageChannel();
tasks.port1.onmessage = () => {
  taskStart = 0;
  nextTask = undefined;
  resume?.();
};
tasks.port2.postMessage(0);

/**
 * First renders wait for a new task after 40 ms of work in one task, or when the widget is the first of its class and
 * another has rendered in this task (its task then takes no other; that first render compiles and builds the most):
 * the browser paints and answers taps in between. Once one widget waits, those after it wait too: page order holds.
 */
const taskToWaitFor = (widget: typeof SerElement): Promise<void> | undefined => {
  const now = performance.now();
  const first = !widget._rendered;
  if (!taskStart) {
    taskStart = now;
    tasks.port2.postMessage(0);
  } else if (first || nextTask || now - taskStart > 40)
    return (nextTask ??= new Promise((resolve) => (resume = resolve)));
  if (first) {
    widget._rendered = true;
    taskStart = -Infinity;
  }
};

type TextKey = { [K in keyof Messages]: Messages[K] extends string ? K : never }[keyof Messages];

/**
 * What every widget shares: configuration from the nearest `<ser-provider>` (or none),
 * the reader's language, the theme, copy lookup, typed events, and the group's one note: that SER works
 * alongside care, and when the copy was reviewed. Of the widgets whose nearest provider is the same,
 * only one shows it: the first explainer card, else the first widget in document order. A widget without a provider shows it.
 * Private and protected members are named `_like_this`: the drop-in build mangles those names.
 *
 * Every widget takes `variant="plain"` (an attribute only, read by CSS): no frame, no inner spacing, no
 * background, so it flows with the page's text. Widgets have a bottom margin of 1.5em, so two in a row are
 * spaced as in the builder's preview; a page's own `margin` on the element wins.
 *
 * @cssprop --ser-accent - Buttons, links, ticks and highlights. Default: #1a5b80 light, #8ccbf2 dark.
 * @cssprop --ser-on-accent - Text on accent-coloured buttons. Default: #fff light, #10222e dark.
 * @cssprop --ser-surface - The widget's background. Default: #fff light, #1c2126 dark.
 * @cssprop --ser-text - Body text. Default: #1f2328 light, #eef1f4 dark.
 * @cssprop --ser-muted - Secondary text (hints, notes). Default: #545d68 light, #b4bdc6 dark.
 * @cssprop --ser-border - Borders and dividers. Default: #7d8590 light, #7d8793 dark.
 * @cssprop --ser-soft - Quiet panels (notes, open sections). Default: #f2f6f9 light, #262d34 dark.
 * @cssprop --ser-focus - The focus ring. Default: #0b57d0 light, #a8c7fa dark.
 * @cssprop --ser-radius - Corner radius of the frame and of every control (buttons, checkboxes, text box). Default: 0.5em.
 * @cssprop --ser-border-width - Width of the frame around the widget. Default: 1px.
 * @cssprop --ser-space - Inner spacing. Default: 1em.
 * @cssprop --ser-font - Font family. Default: inherited from the page.
 */
export class SerElement extends LitElement {
  static override styles = [base];

  // `static properties` instead of decorators: the drop-in then carries no decorator code (~0.6 KB gzip).
  static override properties: PropertyDeclarations = {
    locale: {},
    theme: {},
    noDisclaimer: { type: Boolean, attribute: 'no-disclaimer' },
  };

  /**
   * Set on a widget class once one of its elements has rendered (see `taskToWaitFor`); a subclass counts as its parent.
   * @internal
   */
  declare static _rendered?: boolean;

  /** Language of the copy (`en`, `es`, `fr`, `de`, `pt`, or a regional tag such as `pt-BR`). Without it: the provider, then the nearest `lang` attribute, then English. */
  locale?: string;

  /** `light` (default), `dark`, or `auto` to follow the reader's system setting. */
  theme?: Theme;

  /** Removes the "works alongside medical care" note. Only use it if the page says the same nearby. */
  noDisclaimer = false;

  /** Whether this widget shows its group's one note. */
  private _lead = true;

  /** The nearest `<ser-provider>` when last connected: the group. */
  private _group?: Element | null;

  /** The nearest `<ser-provider>`'s settings; its changes re-render this widget. */
  private _consumer = new ContextConsumer(this, { context: configContext, subscribe: true });

  /** Settings shared by the nearest `<ser-provider>` (empty without one). */
  protected get _ctx(): SerConfig {
    return this._consumer.value || {};
  }

  /** The element's internals: form association for the checklist, and the `--rendered` state for every widget. */
  protected _internals = this.attachInternals();

  /** The loaded messages of the current language, before the practitioner's overrides. */
  private _pack: Messages = en;

  /** The language the copy is in (a supported one). */
  protected _lang = 'en';

  /** Messages with the practitioner's overrides applied. */
  protected m: Messages = en;

  override connectedCallback(): void {
    // A widget moved out of a provider goes back to defaults; a provider around its new place answers at once.
    this._consumer.value = undefined;
    this.requestUpdate();
    super.connectedCallback();
    this._group = this.closest('ser-provider');
    this._regroup();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._regroup();
  }

  /** Picks the group's one widget that shows the note, whenever a widget joins or leaves the group. */
  private _regroup(): void {
    const g = this._group;
    this._lead = true;
    const all = [...(g?.querySelectorAll('*') ?? [])].filter(
      (w): w is SerElement => w instanceof SerElement && w.closest('ser-provider') == g,
    );
    const lead = all.find((w) => w.localName == 'ser-explainer-card') ?? all[0];
    for (const w of all) {
      w._lead = w == lead;
      w.requestUpdate();
    }
  }

  // A first render may wait for the next task; until it has happened the widget keeps the room the README's `:not(:defined)` rule gave.
  protected override scheduleUpdate(): void | Promise<void> {
    const wait = this.hasUpdated ? undefined : taskToWaitFor(this.constructor as typeof SerElement);
    if (wait) return wait.then(() => this.scheduleUpdate());
    super.scheduleUpdate();
    // Dashed, as Chromium before 125 requires; where states are unsupported, no room was reserved by them either.
    this._internals.states?.add('--rendered');
  }

  override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const want = matchLocale(
      this.locale || this._ctx.locale || this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang,
    );
    if (want != this._lang) {
      this._lang = want;
      const pack = loadLocale(want);
      if (pack instanceof Promise)
        void pack.then((m) => {
          // Only if the reader's language has not changed again meanwhile.
          if (this._lang == want) {
            this._pack = m;
            this.requestUpdate();
          }
        });
      else this._pack = pack;
    }
    // Without the provider's overrides, the language's own messages: no copy per widget.
    const own = this._ctx.messages;
    this.m = own ? { ...this._pack, ...own } : this._pack;
    this._checkValues();
  }

  /**
   * Every check of an attribute value, once per update from `willUpdate` (render never warns): a bad value
   * warns once and gives way to its default. Widgets add their own checks after `super._checkValues()`;
   * `levelOffset` is added to the provider's heading level when the widget has no `heading-level` of its own.
   */
  protected _checkValues(levelOffset = 0): void {
    this._rootClass = `root ${toTheme(this, 'theme', this.theme) ?? this._ctx.theme ?? 'light'}`;
    this._headingLevel =
      toLevel(this, 'heading-level', this.headingLevel) ?? Math.min(6, (this._ctx.headingLevel ?? 2) + levelOffset);
  }

  /**
   * For widgets with text a reader sees later: the drop-in's built-in English lacks it, so this asks for
   * the rest (`now`: the reader opened a part) and re-renders when it arrives, which the promise waits for. Elsewhere it does nothing.
   */
  protected async _later(now?: unknown): Promise<void> {
    // English, or a language that failed and shows English (not one still loading).
    if (
      typeof __DROPIN__ != 'undefined' &&
      __DROPIN__ &&
      this._pack == en &&
      (this._lang == 'en' || loadLocale(this._lang) == en)
    ) {
      const m = await restOfEnglish(now);
      if (this._pack == en) {
        this._pack = m;
        this.requestUpdate();
      }
      await this.updateComplete;
    }
  }

  /** A message with `{name}` and any other slots filled in. */
  protected t(key: TextKey, vars?: Record<string, string>): string {
    return this._fill(this.m[key], vars);
  }

  /** Fills slots in any string of the copy (section and item text included). */
  protected _fill(text: string, vars?: Record<string, string>): string {
    return fmt(text, { name: this._ctx.practitioner || this.m.practitioner, ...vars });
  }

  /** Copy built by `_lines`, per place: the arrays and name it was built from, and its plain nodes. */
  private _built: Record<string, [paragraphs: string[], items: string[] | undefined, name: string, body: HTMLElement]> =
    {};

  /**
   * Copy paragraphs, then a list of `items` if any, in a `<div class="body">` of plain nodes: text only, never HTML.
   * Made again only when the copy or the name changes, so Lit holds one node, not parts for every line: less memory per widget.
   */
  protected _lines(place: string, paragraphs: string[], items?: string[]): HTMLElement {
    const name = this._ctx.practitioner || this.m.practitioner;
    const kept = this._built[place];
    // Copy arrays are replaced, never changed in place: the same arrays and name make the same lines.
    if (kept?.[0] == paragraphs && kept[1] == items && kept[2] == name) return kept[3];
    const body = make('div', { className: 'body' });
    const add = (parent: Element, tag: 'p' | 'li', lines: string[]) =>
      parent.append(...lines.map((line) => make(tag, { textContent: this._fill(line) })));
    add(body, 'p', paragraphs);
    if (items?.length) add(body.appendChild(make('ul')), 'li', items);
    this._built[place] = [paragraphs, items, name, body];
    return body;
  }

  /** The group's note, in the widget that leads it: SER works alongside care, and the "Content reviewed" line. */
  protected _groupNote() {
    const { reviewed, reviewedBy, practitioner } = this._ctx;
    const name = reviewedBy || practitioner;
    const date =
      reviewed &&
      new Intl.DateTimeFormat(this._lang, { month: 'long', year: 'numeric' }).format(
        new Date(+reviewed.slice(0, 4), +reviewed.slice(5) - 1),
      );
    return this._lead
      ? html`${
          this.noDisclaimer
            ? ''
            : html`<div class="note" part="disclaimer" role="note">
              <slot name="disclaimer">${this.t('cardDisclaimer')}</slot>
            </div>`
        }${
          date
            ? html`<p class="muted" part="reviewed">${this.t(name ? 'reviewedBy' : 'reviewed', { date, name: name! })}</p>`
            : ''
        }`
      : '';
  }

  /** Each widget's `heading-level` (declared and documented by the widget). */
  declare headingLevel?: HeadingLevel;

  /** A safe link, or none with one warning naming the attribute. */
  protected _link(attr: string, value?: string): string | undefined {
    const url = safeUrl(value);
    if (value?.trim() && !url) warn(this, attr, value);
    return url;
  }

  /** Class names for the widget's root element (`root` and the theme), and its heading level: set by `_checkValues`. */
  declare protected _rootClass: string;
  declare protected _headingLevel: number;

  /** Fires a typed, bubbling, composed `ser-*` event. */
  protected _fire<K extends keyof SerEventDetails>(type: K, detail: SerEventDetails[K]): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}
