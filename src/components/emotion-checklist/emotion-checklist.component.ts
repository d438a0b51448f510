import { html, noChange, type PropertyValues } from 'lit';
import { toGroups } from '../../i18n/content.js';
import { readFieldsets } from '../../i18n/from-page.js';
import type { Group, Item } from '../../i18n/types.js';
import { SerElement } from '../base.js';
import { syncForm } from '../../internal/form.js';
import { make } from '../../internal/dom.js';
import { type HeadingLevel, headingElement } from '../../internal/heading.js';
import { store } from '../../internal/storage.js';
import { warn } from '../../internal/warn.js';
import { base } from '../../styles/base.js';
import { styles } from './emotion-checklist.styles.js';
import { printNote } from './print-notes.js';

/** Privacy markers that session-replay tools honour: LogRocket, Hotjar, Clarity, Datadog. */
const marks = { 'data-private': '', 'data-hj-suppress': '', 'data-clarity-mask': 'true', 'data-dd-privacy': 'mask' };
/** The same, as classes: rrweb and PostHog, FullStory, Sentry. */
const classes = ['rr-block', 'ph-no-capture', 'fs-exclude', 'sentry-block'];
const local = store('localStorage');

/**
 * A private checklist of feelings a client may notice during or after a session. What is ticked
 * stays in the browser: nothing is stored unless `persist` is set, and it is submitted only as
 * part of the practitioner's own `<form>` (with a `name`). The privacy line under the intro says
 * which of these is true, live: it follows `persist`, `name` and the form the element sits in.
 *
 * Practitioners can replace the groups with plain HTML inside the element (readable without the script):
 * `<fieldset name="id"><legend>Group</legend><label><input type="checkbox" value="id"> Label <small>hint</small></label></fieldset>`.
 * Give those inputs no `name`: the element submits the answers itself.
 * Printed with the browser's own Print, it shows the ticked boxes, the free text and the support note with
 * its link's address, without the buttons. Its own Print button prints a one-page note instead (print-notes.ts): title,
 * date, the practitioner by name, each group with what was ticked in it, the free text, and a box for the reader's notes.
 *
 * @tagname ser-emotion-checklist
 * @summary A private, form-ready checklist of feelings, with a live summary, copy and print.
 * @slot - `<fieldset>` groups that replace (or, with `extend`, add to) the default ones.
 * @slot support - Replaces the support note (with the provider's crisis contact, if any).
 * @slot disclaimer - Rewords the care note when this widget shows it (see `SerElement`).
 * @csspart base - The widget's box.
 * @csspart heading - The heading.
 * @csspart group - Each group's `<fieldset>`.
 * @csspart summary - The live "You noted" line.
 * @csspart actions - The row of buttons, with the status Copy leaves after it ("Copied", or what to do if it failed).
 * @csspart privacy - The line that says where the answers go.
 * @csspart disclaimer - The care note, when this widget leads its group.
 * @csspart reviewed - The "Content reviewed" line, likewise.
 * @fires ser-change - The reader ticked, unticked, wrote or cleared: `{ selected, other? }`. Never on programmatic changes.
 */
export class SerEmotionChecklist extends SerElement {
  static override styles = [base, styles];
  static formAssociated = true;

  static override properties = {
    name: {},
    heading: {},
    headingLevel: { attribute: 'heading-level' },
    allowOther: { type: Boolean, attribute: 'allow-other' },
    extend: { type: Boolean },
    required: { type: Boolean },
    persist: { type: Boolean },
    allowRecording: { type: Boolean, attribute: 'allow-recording' },
    supportUrl: { attribute: 'support-url' },
    // Internal state; `attribute: false` rather than `state: true`, which the manifest analyser lists as an attribute.
    _status: { attribute: false },
  };

  /** Form field name: one entry per ticked item (its id), and the free text as `NAME-other`. */
  name?: string;

  /** Replaces the heading text. */
  heading?: string;

  /** Heading level, 2 to 6. */
  override headingLevel?: HeadingLevel;

  /** Adds a "Something else" free-text box. */
  allowOther = false;

  /** Adds practitioner groups after the default ones instead of replacing them. */
  extend = false;

  /** The form is invalid until something is ticked or written. */
  required = false;

  /** Remembers answers in this browser (localStorage) and shows "Forget my answers". Off by default. */
  persist = false;

  /** Lets session-replay tools record the checklist: removes the privacy markers added by default. */
  allowRecording = false;

  /** Link for the support note (http, https, mailto, tel or relative); else the provider's `supportUrl`. */
  supportUrl?: string;

  /** A polite status line after Copy: "Copied", or what to do when copying failed. */
  private _status = '';

  /** Ids of the ticked items. */
  private _ticked = new Set<string>();

  /** The "Something else" text. */
  private _other = '';

  /** Groups set through the `groups` property, checked. */
  private _propertyGroups?: Group[];

  /** Groups read from the page's own `<fieldset>` children. */
  private _pageGroups?: Group[];

  /** What the rows were last rendered from: a change of answers alone keeps it, and `_setAnswers` ticks the boxes itself. */
  private _rowsFrom: unknown[] = [];

  /** Turns the whole checklist off (the `disabled` attribute); a disabled `<fieldset>` around it does the same. */
  get disabled(): boolean {
    return this.hasAttribute('disabled');
  }
  set disabled(v: boolean) {
    // Set outside Lit's update, so the platform's formDisabledCallback can schedule a render.
    this.toggleAttribute('disabled', !!v);
  }

  /** The groups shown: set it to replace them (validated; bad entries are skipped with a warning). */
  get groups(): Group[] {
    const own = this._propertyGroups ?? this._pageGroups;
    if (!own) return this.m.groups;
    return this.extend ? [...this.m.groups, ...own] : own;
  }
  set groups(v: Group[] | undefined) {
    this._propertyGroups = v == null ? undefined : toGroups(this, 'groups', v);
    this.requestUpdate();
  }

  /** Ids of the ticked items, in the order shown. Setting it fires no event. */
  get selected(): string[] {
    return this._picked().map((i) => i.id);
  }
  set selected(ids: string[]) {
    if (!Array.isArray(ids)) warn(this, 'selected', typeof ids);
    this._setAnswers(Array.isArray(ids) ? ids : [], this._other);
  }

  /** Same as `selected`. */
  get value(): string[] {
    return this.selected;
  }
  set value(ids: string[]) {
    this.selected = ids;
  }

  /** The "Something else" text. */
  get other(): string {
    return this._other;
  }
  set other(v: string) {
    this._setAnswers(this._ticked, v);
  }

  /** The form it belongs to, as for native controls; so are `validity`, `validationMessage` and the two checks. */
  get form(): HTMLFormElement | null {
    return this._internals.form;
  }
  get validity(): ValidityState {
    return this._internals.validity;
  }
  get validationMessage(): string {
    return this._internals.validationMessage;
  }
  checkValidity(): boolean {
    return this._internals.checkValidity();
  }
  reportValidity(): boolean {
    return this._internals.reportValidity();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._readFieldsets();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('allowRecording')) {
      const on = !this.allowRecording;
      for (const [k, v] of Object.entries(marks))
        if (on) this.setAttribute(k, v);
        else this.removeAttribute(k);
      for (const c of classes) this.classList.toggle(c, on);
    }
    if (changed.has('persist') && this.persist) {
      try {
        const v = JSON.parse(local.get(this._storageKey)!);
        this._setAnswers(v.s, v.o);
      } catch {
        /* nothing saved, or not ours: start empty */
      }
    }
  }

  override updated(): void {
    this._syncForm();
  }

  /** The support link, safe (set by `_checkValues`). */
  declare private _supportHref?: string;

  protected override _checkValues(): void {
    super._checkValues();
    this._supportHref = this._link('support-url', this.supportUrl || this._ctx.supportUrl);
  }

  override render() {
    const off = this.matches(':disabled');
    const href = this._supportHref;
    const { crisisLabel, crisisUrl } = this._ctx;
    // Sent only from inside a form, and only with a name; storage only with `persist`.
    const sent = this.name && this.form;
    let privacy = this.persist ? this.t('clSaved', { forget: this.t('clForget') }) + ' ' : '';
    if (sent || !this.persist) privacy += this.t(sent ? 'clSent' : 'clPrivacy');
    // A tick renders the box, the summary and the form value, not every row again.
    const rowsFrom = [this.m.groups, this._propertyGroups, this._pageGroups, this.extend, off, this._ctx.practitioner];
    const sameRows = rowsFrom.every((x, i) => x === this._rowsFrom[i]);
    this._rowsFrom = rowsFrom;
    // `@change` sits on the answers' own box: changes in slotted practitioner content are not answers.
    return html`<section class=${this._rootClass} lang=${this._lang} part="base" aria-labelledby="heading">
      ${headingElement(this._headingLevel, 'heading', this.heading || this.t('clHeading'))}
      <p>${this.t('clIntro')}${this.required ? '' : ' ' + this.t('clNoneOk')}</p>
      <p class="muted" part="privacy">${privacy}</p>
      <div @change=${this._onChange}>
        ${
          sameRows
            ? noChange
            : this.groups.map(
                (g, n) =>
                  // Items sit in a <div>: Chromium re-scans a fieldset's direct children on every insertion (20,000 items took minutes).
                  html`<fieldset part="group" ?disabled=${off}>
              <legend>${this._fill(g.legend)}</legend>
              ${this._rowsOf(g, n)}
            </fieldset>`,
              )
        }
        ${
          this.allowOther
            ? html`<p>
              <label for="other">${this.t('clOther')}</label>
              <span class="hint muted" id="other-hint">${this.t('clOtherHint')}</span>
              <textarea
                id="other"
                rows="2"
                aria-describedby="other-hint"
                .value=${this._other}
                ?disabled=${off}
                @input=${this._onTyped}
              ></textarea>
            </p>`
            : ''
        }
      </div>
      <p role="status" part="summary">${this._summary()}</p>
      <div part="actions">
        <button class="btn" ?disabled=${off} @click=${this._clear}>
          ${this.t(this.persist ? 'clForget' : 'clClear')}
        </button>
        <button class="btn" ?disabled=${off} @click=${this._print}>${this.t('clPrint')}</button>
        <button class="btn" ?disabled=${off} @click=${this._copy}>${this.t('clCopy')}</button>
        <span role="status">${this._status}</span>
      </div>
      <div class="muted">
        <slot name="support"
          >${this.t('clSupport')} ${href ? html`<a href=${href}>${this.t('clSupportLink')}</a>` : ''}
          ${crisisUrl ? html`<a href=${crisisUrl}>${crisisLabel || crisisUrl.replace(/^tel:|^https:\/\//, '')}</a>` : crisisLabel}</slot
        >
      </div>
      ${this._groupNote()}
      <slot hidden @slotchange=${this._readFieldsets}></slot>
    </section>`;
  }

  /** Each group's box of rows. Rows are made once per position and reused: Lit holds one node per group, not a part per row. */
  private _rows: HTMLElement[] = [];

  /** A group's box of rows, their item, text and tick set afresh (rows are rendered again only when what they show changed). */
  private _rowsOf(g: Group, n: number): HTMLElement {
    const box = (this._rows[n] ??= make('div'));
    const rows = box.children;
    // Only a change in the number of items adds or removes rows: the others stay, and so does focus in them.
    while (rows.length > g.items.length) rows[g.items.length].remove();
    g.items.forEach((i, k) => {
      let row = rows[k];
      if (!row) {
        row = box.appendChild(make('div', { className: 'item' }));
        row.append(make('input', { type: 'checkbox' }), make('label'), make('span', { className: 'hint muted' }));
      }
      const [tick, label, hint] = row.children as unknown as [HTMLInputElement, HTMLLabelElement, HTMLElement];
      tick.id = label.htmlFor = `c${n}-${k}`;
      hint.id = `d${n}-${k}`;
      tick.setAttribute('aria-describedby', hint.id);
      tick.value = i.id;
      tick.checked = this._ticked.has(i.id);
      label.textContent = this._fill(i.label);
      hint.textContent = i.hint ? this._fill(i.hint) : '';
    });
    return box;
  }

  /** Moved into or out of a form: the privacy line changes with it. */
  formAssociatedCallback(): void {
    this.requestUpdate();
  }

  formDisabledCallback(): void {
    this.requestUpdate();
  }

  formResetCallback(): void {
    this._setAnswers([], '');
  }

  formStateRestoreCallback(s: unknown): void {
    if (s instanceof FormData) this._setAnswers(s.getAll(''), s.get('-other'));
  }

  /** Reads the page's own `<fieldset>` groups (they stay there, unrendered, for no-script readers). */
  private _readFieldsets(): void {
    this._pageGroups = readFieldsets(this);
    this.requestUpdate();
  }

  private get _storageKey(): string {
    return `ser-widgets:checklist:${this.name || this.id || location.pathname}`;
  }

  /** Ticked items in the order shown. */
  private _picked(): Item[] {
    return this.groups.flatMap((g) => g.items).filter((i) => this._ticked.has(i.id));
  }

  /** Labels of what was ticked, then the free text. */
  private _noted(): string[] {
    const o = this._other.trim();
    const labels = this._picked().map((i) => this._fill(i.label));
    return o ? [...labels, o] : labels;
  }

  private _summary(): string {
    const n = this._noted();
    // Commas, not Intl.ListFormat: its first use loads the browser's list data (20-40 ms, and up to 300 ms on a slow phone).
    return n.length ? this.t('clNoted', { list: n.join(', ') }) : this.t('clNone');
  }

  /** Every change of answers goes through here: state, storage (only with `persist`), render. */
  private _setAnswers(ids: Iterable<unknown> | null | undefined, other: unknown): void {
    this._ticked = new Set([...(ids ?? [])].filter((x): x is string => typeof x == 'string'));
    this._other = typeof other == 'string' ? other : '';
    this._status = '';
    this.requestUpdate();
    // Rows are not rendered again for a change of answers (see render): the boxes follow here. The textarea may
    // hold typing not yet committed by `change`; Lit would not see the difference.
    for (const box of this.renderRoot?.querySelectorAll<HTMLInputElement>('[type=checkbox]') ?? [])
      box.checked = this._ticked.has(box.value);
    const a = this.renderRoot?.querySelector('textarea');
    if (a) a.value = this._other;
    if (this.persist)
      if (this._ticked.size || this._other)
        local.set(this._storageKey, JSON.stringify({ s: [...this._ticked], o: this._other }));
      else local.remove(this._storageKey);
  }

  /** Form value, browser state and validity; cheap enough to run after every render and keystroke. */
  private _syncForm(): void {
    const missing = this.required && !this._ticked.size && !this._other.trim();
    syncForm(
      this._internals,
      this.name,
      [
        ['', this.selected],
        ['-other', this._other ? [this._other] : []],
      ],
      missing && (this.t(this.allowOther ? 'clRequiredOther' : 'clRequired', { other: this.t('clOther') }) || ' '),
      this.renderRoot.querySelector('input') ?? undefined,
    );
  }

  private _onChange(e: Event): void {
    const t = e.target as HTMLInputElement;
    if (t.type == 'checkbox') {
      if (t.checked) this._ticked.add(t.value);
      else this._ticked.delete(t.value);
    } else this._other = t.value;
    this._setAnswers(this._ticked, this._other);
    this._fireChange();
  }

  /** Keeps the form value current while typing; the summary waits for `change` so it is not announced per key. */
  private _onTyped(e: Event): void {
    this._other = (e.target as HTMLTextAreaElement).value;
    this._syncForm();
  }

  private _clear(): void {
    this._setAnswers([], '');
    this._fireChange();
  }

  private _fireChange(): void {
    const selected = this.selected;
    this._fire('ser-change', this._other ? { selected, other: this._other } : { selected });
  }

  private async _copy(): Promise<void> {
    this._status = '';
    try {
      await navigator.clipboard.writeText(this._summary());
      this._status = this.t('clCopied');
    } catch {
      // No clipboard (insecure page, denied): select the summary so the reader can copy it by hand.
      getSelection()?.selectAllChildren(this.renderRoot.querySelector('[part=summary]')!);
      // The drop-in's built-in English lacks this text (and the printed note's): it comes with the rest of English.
      await this._later(1);
      this._status = this.t('clCopyFail');
    }
  }

  /** The printed note: ticked items under their group's legend, and the free text. */
  private async _print(): Promise<void> {
    await this._later(1);
    const groups = this.groups.map((g): [string, string[]] => [
      this._fill(g.legend),
      g.items.filter((i) => this._ticked.has(i.id)).map((i) => this._fill(i.label)),
    ]);
    printNote(this.renderRoot, this._lang, (k) => this.t(k), groups, this._other.trim());
  }
}
