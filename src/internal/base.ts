import { ContextConsumer } from '@lit/context';
import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { configContext, type SerConfig } from '../config/config.js';
import { toLevel, toTheme } from '../config/parse.js';
import { en } from '../i18n/en.js';
import { loadLocale, matchLocale } from '../i18n/locale.js';
import type { Messages } from '../i18n/types.js';
import { base } from '../styles/base.js';
import type { SerEventDetails } from './events.js';
import { feature, loaded } from './features.js';
import type { Features } from '../features/types.js';
import { fmt } from './format.js';

/** When the current task's widget work began (0: none yet); the script's own task counts from its start. */
let since = 0;
const begin = (now: number) => {
  since = now;
  setTimeout(() => (since = 0));
};
begin(performance.now());

/** After ~30 ms of work in one task, the next widget renders in a new one: the browser paints and answers taps in between. */
const breather = (): Promise<unknown> | undefined => {
  const now = performance.now();
  if (!since) begin(now);
  if (now - since > 30) return new Promise((r) => setTimeout(r));
  return;
};

type TextKey = { [K in keyof Messages]: Messages[K] extends string ? K : never }[keyof Messages];

/**
 * What every widget shares: configuration from the nearest `<ser-provider>` (or none),
 * the reader's language, the theme, copy lookup, and typed events.
 * Private members are named `_like_this`: the drop-in build mangles those names.
 *
 * @cssprop --ser-accent - Buttons, links, ticks and highlights. Default: #1a5b80 light, #8ccbf2 dark.
 * @cssprop --ser-on-accent - Text on accent-coloured buttons. Default: #fff light, #10222e dark.
 * @cssprop --ser-surface - The widget's background. Default: #fff light, #1c2126 dark.
 * @cssprop --ser-text - Body text. Default: #1f2328 light, #eef1f4 dark.
 * @cssprop --ser-muted - Secondary text (hints, notes). Default: #545d68 light, #b4bdc6 dark.
 * @cssprop --ser-border - Borders and dividers. Default: #7d8590 light, #7d8793 dark.
 * @cssprop --ser-soft - Quiet panels (notes, open sections). Default: #f2f6f9 light, #262d34 dark.
 * @cssprop --ser-focus - The focus ring. Default: #0b57d0 light, #a8c7fa dark.
 * @cssprop --ser-radius - Corner radius. Default: 0.5em.
 * @cssprop --ser-space - Inner spacing. Default: 1em.
 * @cssprop --ser-font - Font family. Default: inherited from the page.
 */
export class SerElement extends LitElement {
  static override styles = [base];

  // `static properties` instead of decorators: the drop-in then carries no decorator code (~0.6 KB gzip).
  static override properties: PropertyDeclarations = { locale: {}, theme: {} };

  /** Language of the copy (`en`, `es`, `fr`, `de`, `pt`, or a regional tag such as `pt-BR`). Without it: the provider, then the nearest `lang` attribute, then English. */
  locale?: string;

  /** `light` (default), `dark`, or `auto` to follow the reader's system setting. */
  theme?: string;

  /** The nearest `<ser-provider>`'s settings; its changes re-render this widget. */
  private _consumer = new ContextConsumer(this, { context: configContext, subscribe: true });

  /** Settings shared by the nearest `<ser-provider>` (empty without one). */
  protected get ctx(): SerConfig {
    return this._consumer.value || {};
  }

  /** The loaded messages of the current language, before the practitioner's overrides. */
  private _pack: Messages = en;

  /** The language the copy is in (a supported one). */
  protected language = 'en';

  /** Messages with the practitioner's overrides applied. */
  protected m: Messages = en;

  override connectedCallback(): void {
    // A widget moved out of a provider goes back to defaults; a provider around its new place answers at once.
    this._consumer.value = undefined;
    this.requestUpdate();
    super.connectedCallback();
  }

  override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const want = matchLocale(
      this.locale || this.ctx.locale || this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang,
    );
    if (want != this.language) {
      this.language = want;
      const p = loadLocale(want);
      if (p instanceof Promise) p.then((m) => this.language == want && ((this._pack = m), this.requestUpdate()));
      else this._pack = p;
    }
    this.m = { ...this._pack, ...this.ctx.messages };
  }

  /** The element's internals: form association, and the `r` state once rendered (it keeps the room reserved until then). */
  protected _int = this.attachInternals();

  /** What rendering waits for: features this widget needs before it can show the right content. */
  private _wait?: Promise<unknown>;

  /**
   * Runs `fn` with an optional feature: at once when loaded, else once it loads, and the next render
   * waits for it (so a first render shows the right content, never a flash of the defaults).
   */
  protected use<K extends keyof Features>(name: K, fn: (f: Features[K]) => void): void {
    const f = loaded[name];
    if (f) return fn(f);
    this._wait = Promise.all([this._wait, feature(name).then(fn, () => {})]);
    this.requestUpdate();
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    const w = this._wait ?? breather();
    if (!w) {
      super.scheduleUpdate();
      try {
        this._int.states.add('r');
      } catch {
        /* custom states unsupported: nothing was reserved either */
      }
      return;
    }
    // A feature's code failing must not stop the widget: it renders all the same.
    const next = () => {
      if (w == this._wait) this._wait = undefined;
      return this.scheduleUpdate();
    };
    return w.then(next, next);
  }

  /** A message with `{name}` and any other slots filled in. */
  protected t(key: TextKey, vars?: Record<string, string>): string {
    return this.fill(this.m[key], vars);
  }

  /** Fills slots in any string of the copy (section and item text included). */
  protected fill(text: string, vars?: Record<string, string>): string {
    return fmt(text, { name: this.ctx.practitioner || this.m.practitioner, ...vars });
  }

  /** Class names for the widget's root element: `root` and the theme. */
  protected get rootClass(): string {
    return `root ${toTheme(this, this.theme) ?? this.ctx.theme ?? 'light'}`;
  }

  /** The heading level from an attribute value, else the provider's base level plus `offset`. */
  protected level(own: string | undefined, offset = 0): number {
    return toLevel(this, 'heading-level', own) ?? Math.min(6, (this.ctx.headingLevel ?? 2) + offset);
  }

  /** Fires a typed, bubbling, composed `ser-*` event. */
  protected emit<K extends keyof SerEventDetails>(type: K, detail: SerEventDetails[K]): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}
