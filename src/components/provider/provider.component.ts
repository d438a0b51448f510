import { ContextConsumer, ContextProvider } from '@lit/context';
import { css, html, LitElement } from 'lit';
import { configContext, mergeConfig, type SerConfig } from '../../config/config.js';
import { parseConfig, toConfig } from '../../config/parse.js';

/**
 * Shares one configuration with every ser- widget inside it: language, theme, the practitioner's
 * name, links, heading level and replacement copy. Providers nest: the inner one wins, key by key.
 * Changes apply to every widget inside, live.
 *
 * Attributes are for pasting into a page builder; for longer copy, put a
 * `<script type="application/json">` child with a `SerConfig` object inside it
 * (keys: `locale`, `theme`, `practitioner`, `bookingUrl`, `supportUrl`, `headingLevel`, `reviewed`,
 * `reviewedBy`, `crisisLabel`, `crisisUrl`, `messages`).
 * Attributes win over the JSON, the JSON over an outer provider.
 *
 * @tagname ser-provider
 * @summary Shares locale, theme and content with the widgets inside it.
 * @slot - The widgets to configure, and any other content.
 */
export class SerProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties = {
    locale: {},
    theme: {},
    practitioner: {},
    bookingUrl: { attribute: 'booking-url' },
    supportUrl: { attribute: 'support-url' },
    headingLevel: { attribute: 'heading-level' },
    reviewed: {},
    reviewedBy: { attribute: 'reviewed-by' },
    crisisLabel: { attribute: 'crisis-label' },
    crisisUrl: { attribute: 'crisis-url' },
    config: { attribute: false },
  };

  /** Language for every widget inside (`en`, `es`, `fr`, `de`, `pt`, or a regional tag such as `es-MX`). */
  locale?: string;

  /** `light`, `dark` or `auto` for every widget inside. */
  theme?: string;

  /** The practitioner's name, used in the copy instead of "your practitioner". */
  practitioner?: string;

  /** Booking page for the explainer card's button (http, https, mailto, tel or relative). */
  bookingUrl?: string;

  /** Contact page for the checklist's support note (http, https, mailto, tel or relative). */
  supportUrl?: string;

  /** Level of each widget's main heading, 2 to 6; accordion section headings go one deeper. */
  headingLevel?: string;

  /** Month the copy was last reviewed, `YYYY-MM` (such as `2026-11`): one "Content reviewed" line for the group. */
  reviewed?: string;

  /** Who reviewed the copy. Default: `practitioner`; without either the line names no one. */
  reviewedBy?: string;

  /** Text of your own crisis contact, shown in the checklist's support note (such as "Crisis line: 0800 123 456"). */
  crisisLabel?: string;

  /** Link of that contact: `tel:` or `https:` only. */
  crisisUrl?: string;

  /** The whole configuration as an object, for scripts. Attributes win over it. */
  config?: SerConfig;

  /** Parsed from the JSON child. */
  private _json: SerConfig = {};

  /** An outer provider's settings: this one's own win, key by key. Its changes re-render this provider. */
  private _outer = new ContextConsumer(this, { context: configContext, subscribe: true });

  private _provider = new ContextProvider(this, { context: configContext, initialValue: {} });

  override connectedCallback(): void {
    super.connectedCallback();
    this._readJson();
  }

  override willUpdate(): void {
    // Attributes go through the same validation as JSON; warnings name the attribute.
    const own = toConfig(
      this,
      // Every attribute-backed property, in declaration order (`config` is the one that is not).
      Object.fromEntries(
        Object.keys(SerProvider.properties)
          .filter((k) => k != 'config')
          .map((k) => [k, this[k as keyof this]]),
      ),
      (k) => k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`),
    );
    const js = this.config ? toConfig(this, this.config) : {};
    this._provider.setValue(mergeConfig(mergeConfig(mergeConfig(this._outer.value, this._json), js), own));
  }

  override render() {
    return html`<slot @slotchange=${this._readJson}></slot>`;
  }

  private _readJson(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    this._json = script ? parseConfig(this, script.textContent ?? '') : {};
    this.requestUpdate();
  }
}
