import { html } from 'lit';
import { SerElement } from '../base.js';
import { type HeadingLevel, headingElement } from '../../internal/heading.js';
import { warn } from '../../internal/warn.js';
import { base } from '../../styles/base.js';
import { styles } from './explainer-card.styles.js';

/**
 * What SomatoEmotional Release is, in plain words: a heading, a short summary, a "Learn more" part,
 * a disclaimer that SER does not replace medical or mental-health care (the group's note: a card always
 * carries it, see `SerElement`), and an optional booking button.
 * An `<article>` named by its heading. Printed, it shows the "Learn more" text even when closed, and the
 * booking button as its text followed by the link's address.
 *
 * @tagname ser-explainer-card
 * @summary Explains SER in plain words, with a disclaimer and an optional "Book a session" button.
 * @slot summary - Replaces the short summary.
 * @slot more - Replaces the paragraphs shown by "Learn more".
 * @slot disclaimer - Rewords the disclaimer (to remove it, use `no-disclaimer`).
 * @slot media - An image or logo above the heading.
 * @csspart base - The card's box.
 * @csspart media - The media slot.
 * @csspart heading - The heading.
 * @csspart summary - The summary.
 * @csspart toggle - The "Learn more" button.
 * @csspart more - The part "Learn more" opens.
 * @csspart disclaimer - The disclaimer.
 * @csspart reviewed - The "Content reviewed" line (with the provider's `reviewed`).
 * @csspart cta - The booking link.
 * @cssprop --ser-accent - Buttons, links and the disclaimer's edge.
 * @fires ser-toggle - The reader opened or closed "Learn more". `detail: { open: boolean }`.
 */
export class SerExplainerCard extends SerElement {
  static override styles = [base, styles];

  static override properties = {
    heading: {},
    headingLevel: { attribute: 'heading-level' },
    variant: {},
    open: { type: Boolean, reflect: true },
    ctaHref: { attribute: 'cta-href' },
    ctaLabel: { attribute: 'cta-label' },
  };

  /** The heading text. Empty: "What is SomatoEmotional Release?" in the reader's language. */
  heading?: string;

  /** 2 to 6, so the card fits the page's outline. Default: the provider's `heading-level`, else 2. */
  override headingLevel?: HeadingLevel;

  /**
   * `full` (default) or `compact`: tighter spacing, a smaller heading and a small media slot, for sidebars.
   * Add `plain` (`variant="plain"` or `"compact plain"`) to drop the frame, as on every widget.
   */
  variant?: 'full' | 'compact' | 'plain' | 'full plain' | 'compact plain';

  /** Whether "Learn more" is open. Setting it fires no event. */
  open = false;

  /** Where the call-to-action button goes (http, https, mailto, tel or relative). Default: the provider's `booking-url`. Without either, there is no button. */
  ctaHref?: string;

  /** The button's text. Default: "Book a session" in the reader's language. */
  ctaLabel?: string;

  /** The button's safe link (set by `_checkValues`). */
  declare private _ctaUrl?: string;

  protected override _checkValues(): void {
    super._checkValues();
    const v = this.variant;
    if (v && !/^(full|compact)?( ?plain)?$/.test(v)) warn(this, 'variant', v);
    if (v?.includes('compact')) this._rootClass += ' compact';
    this._ctaUrl = this._link('cta-href', this.ctaHref) ?? this._link('booking-url', this._ctx.bookingUrl);
  }

  override render() {
    const { open, _ctaUrl: href } = this;
    void this._later(open);
    return html`<article class=${this._rootClass} lang=${this._lang} part="base" aria-labelledby="heading">
      <slot class="media" name="media" part="media"></slot>
      ${headingElement(this._headingLevel, 'heading', String(this.heading ?? '').trim() || this.t('cardHeading'))}
      <div part="summary"><slot name="summary"><p>${this.t('cardSummary')}</p></slot></div>
      <button class="btn toggle" part="toggle" aria-expanded=${open} aria-controls="more" @click=${this._toggle}>
        ${this.t(open ? 'cardMoreClose' : 'cardMoreOpen')}
      </button>
      <div id="more" part="more" ?hidden=${!open}>
        <slot name="more">${this._lines('more', this.m.cardMore)}</slot>
      </div>
      ${this._groupNote()}
      ${href ? html`<a class="btn primary" part="cta" href=${href}>${String(this.ctaLabel ?? '').trim() || this.t('cardCta')}</a>` : ''}
    </article>`;
  }

  private _toggle(): void {
    this.open = !this.open;
    this._fire('ser-toggle', { open: this.open });
  }
}
