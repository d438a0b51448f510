import { ContextConsumer, ContextProvider } from '@lit/context';
import { css, html, LitElement, type PropertyDeclarations } from 'lit';
import { configContext, mergeConfig } from '../../config/config.js';
import {
  type AttributeSetting,
  attributeOf,
  parseConfig,
  type SerConfig,
  settings,
  toConfig,
} from '../../config/settings.js';

/** The settings the provider takes as attributes, in table order. */
const attributeKeys = Object.keys(settings).filter((k): k is AttributeSetting => k != 'messages');

/** Each attribute-backed setting as a property holding the attribute's text (documented in the settings table). */
type SettingProperties = { [K in AttributeSetting]?: string };

// The properties come from the settings table: declared once there, merged into the class type here.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
export interface SerProvider extends SettingProperties {}

/**
 * Shares one configuration with every ser- widget inside it: language, theme, the practitioner's
 * name, links, heading level and replacement copy. Providers nest: the inner one wins, key by key.
 * Changes apply to every widget inside, live.
 *
 * Attributes are for pasting into a page builder; for longer copy, put a
 * `<script type="application/json">` child with a `SerConfig` object inside it (its keys are the
 * properties' names, such as `bookingUrl`, plus `messages` for replacement copy).
 * Attributes win over the JSON, the JSON over an outer provider.
 *
 * @tagname ser-provider
 * @summary Shares locale, theme and content with the widgets inside it.
 * @slot - The widgets to configure, and any other content.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class SerProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  // One Lit property per attribute-backed setting, under its kebab-case attribute; `config` is the whole object, for scripts.
  static override properties: PropertyDeclarations = {
    ...Object.fromEntries(attributeKeys.map((k) => [k, { attribute: attributeOf(k) }])),
    config: { attribute: false },
  };

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
    const own = toConfig(this, Object.fromEntries(attributeKeys.map((k) => [k, this[k]])), attributeOf);
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
