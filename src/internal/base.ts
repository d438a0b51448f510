import { ContextConsumer } from '@lit/context';
import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { configContext, type SerConfig } from '../config/config.js';
import { toLevel, toTheme } from '../config/parse.js';
import { en } from '../i18n/en.js';
import { loadLocale, matchLocale, restOfEnglish } from '../i18n/locale.js';
import type { Messages } from '../i18n/types.js';
import { base } from '../styles/base.js';
import type { SerEventDetails } from './events.js';
import { fmt } from './format.js';

declare const __DROPIN__: boolean;

type TextKey = { [K in keyof Messages]: Messages[K] extends string ? K : never }[keyof Messages];

/**
 * What every widget shares: configuration from the nearest `<ser-provider>` (or none),
 * the reader's language, the theme, copy lookup, and typed events.
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
  static override properties: PropertyDeclarations = { locale: {}, theme: {} };

  /** Language of the copy (`en`, `es`, `fr`, `de`, `pt`, or a regional tag such as `pt-BR`). Without it: the provider, then the nearest `lang` attribute, then English. */
  locale?: string;

  /** `light` (default), `dark`, or `auto` to follow the reader's system setting. */
  theme?: string;

  /** The nearest `<ser-provider>`'s settings; its changes re-render this widget. */
  private _consumer = new ContextConsumer(this, { context: configContext, subscribe: true });

  /** Settings shared by the nearest `<ser-provider>` (empty without one). */
  protected get _ctx(): SerConfig {
    return this._consumer.value || {};
  }

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
  }

  override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const want = matchLocale(
      this.locale || this._ctx.locale || this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang,
    );
    if (want != this._lang) {
      this._lang = want;
      const p = loadLocale(want);
      if (p instanceof Promise) p.then((m) => this._lang == want && ((this._pack = m), this.requestUpdate()));
      else this._pack = p;
    }
    this.m = { ...this._pack, ...this._ctx.messages };
  }

  /**
   * For widgets with text a reader sees later: the drop-in's built-in English lacks it, so this asks for
   * the rest (`now`: the reader opened a part) and re-renders when it arrives. Elsewhere it does nothing.
   */
  protected _later(now?: unknown): void {
    // English, or a language that failed and shows English (not one still loading).
    if (typeof __DROPIN__ != 'undefined' && __DROPIN__ && this._pack == en && (this._lang == 'en' || loadLocale(this._lang) == en))
      void restOfEnglish(now).then((m) => this._pack == en && ((this._pack = m), this.requestUpdate()));
  }

  /** A message with `{name}` and any other slots filled in. */
  protected t(key: TextKey, vars?: Record<string, string>): string {
    return this._fill(this.m[key], vars);
  }

  /** Fills slots in any string of the copy (section and item text included). */
  protected _fill(text: string, vars?: Record<string, string>): string {
    return fmt(text, { name: this._ctx.practitioner || this.m.practitioner, ...vars });
  }

  /** Class names for the widget's root element: `root` and the theme. */
  protected get _rootClass(): string {
    return `root ${toTheme(this, this.theme) ?? this._ctx.theme ?? 'light'}`;
  }

  /** The heading level from an attribute value, else the provider's base level plus `offset`. */
  protected _level(own: string | undefined, offset = 0): number {
    return toLevel(this, 'heading-level', own) ?? Math.min(6, (this._ctx.headingLevel ?? 2) + offset);
  }

  /** Fires a typed, bubbling, composed `ser-*` event. */
  protected _fire<K extends keyof SerEventDetails>(type: K, detail: SerEventDetails[K]): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}
