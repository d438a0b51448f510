import { consume, provide } from '@lit/context';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { configContext, mergeConfig, type SerConfig } from '../../config/config.js';
import { parseConfig, toConfig, toLevel, toTheme } from '../../config/parse.js';

/**
 * Shares one configuration with every ser- widget inside it: language, theme, the practitioner's
 * name, links, heading level and replacement copy. Providers nest: the inner one wins, key by key.
 * Changes apply to every widget inside, live.
 *
 * Attributes are for pasting into a page builder; for longer copy, put a
 * `<script type="application/json">` child with a `SerConfig` object inside it
 * (keys: `locale`, `theme`, `practitioner`, `bookingUrl`, `supportUrl`, `headingLevel`, `messages`).
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

  /** Language for every widget inside (`en`, `es`, `fr`, `de`, `pt`, or a regional tag such as `es-MX`). */
  @property() locale?: string;

  /** `light`, `dark` or `auto` for every widget inside. */
  @property() theme?: string;

  /** The practitioner's name, used in the copy instead of "your practitioner". */
  @property() practitioner?: string;

  /** Booking page for the explainer card's button (http, https, mailto, tel or relative). */
  @property({ attribute: 'booking-url' }) bookingUrl?: string;

  /** Contact page for the checklist's support note (http, https, mailto, tel or relative). */
  @property({ attribute: 'support-url' }) supportUrl?: string;

  /** Level of each widget's main heading, 2 to 6; accordion section headings go one deeper. */
  @property({ attribute: 'heading-level' }) headingLevel?: string;

  /** The whole configuration as an object, for scripts. Attributes win over it. */
  @property({ attribute: false }) config?: SerConfig;

  @consume({ context: configContext, subscribe: true })
  @state()
  protected outer: SerConfig = {};

  /** Parsed from the JSON child. */
  @state() protected json: SerConfig = {};

  @provide({ context: configContext }) protected value: SerConfig = {};

  override connectedCallback(): void {
    super.connectedCallback();
    this.readJson();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    const own: SerConfig = {};
    if (this.locale) own.locale = this.locale;
    if (this.practitioner) own.practitioner = this.practitioner;
    if (this.bookingUrl) own.bookingUrl = this.bookingUrl;
    if (this.supportUrl) own.supportUrl = this.supportUrl;
    const theme = toTheme(this, this.theme);
    if (theme) own.theme = theme;
    const level = toLevel(this, 'heading-level', this.headingLevel);
    if (level) own.headingLevel = level;
    const fromJs = changed.has('config') && this.config ? toConfig(this, this.config) : undefined;
    if (fromJs) this.jsConfig = fromJs;
    this.value = mergeConfig(mergeConfig(mergeConfig(this.outer, this.json), this.jsConfig), own);
  }

  private jsConfig: SerConfig = {};

  override render() {
    return html`<slot @slotchange=${this.readJson}></slot>`;
  }

  private readJson(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    this.json = script ? parseConfig(this, script.textContent ?? '') : {};
  }
}
