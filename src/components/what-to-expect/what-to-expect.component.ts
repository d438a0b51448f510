import { html, nothing, type PropertyValues } from 'lit';
import { toSections } from '../../i18n/content.js';
import { type PageSection, readDetails } from '../../i18n/from-page.js';
import type { Section } from '../../i18n/types.js';
import { SerElement } from '../base.js';
import { make } from '../../internal/dom.js';
import type { HeadingLevel } from '../../internal/heading.js';
import { store } from '../../internal/storage.js';
import { warn } from '../../internal/warn.js';
import { base } from '../../styles/base.js';
import { drawSection } from './section.js';
import { styles } from './what-to-expect.styles.js';

const session = store('sessionStorage');

/**
 * What happens before, during and after a session, and how the client stays in control:
 * an accordion built on the WAI-ARIA pattern. Each section title is a real heading holding a button;
 * each panel is a region named by its button. Up, Down, Home and End move between section titles.
 *
 * Your own sections: put `<details><summary>Title</summary>…</details>` inside the element. They work
 * as plain HTML before (or without) the script, and replace the built-in sections once it runs
 * (add `extend` to keep the built-in ones). Their content stays your page's own nodes, links included.
 *
 * Deep links: `#ser-` and a section id (`page.html#ser-during`) opens that section and scrolls to it.
 * Built-in ids: `before`, `during`, `after`, `control`. A `<details id="ser-parking">` gets the id `parking`.
 *
 * Printing (the browser's own Print): every section prints open, its title as a heading, without the
 * "Show all sections" button; the screen stays as it was. `print="as-shown"` prints only the open sections.
 *
 * @tagname ser-what-to-expect
 * @summary An accessible accordion: before, during and after a session, and how the client stays in control.
 * @slot - `<details>` elements with a `<summary>`: your own sections. Other children are not shown.
 * @slot disclaimer - Rewords the care note when this widget shows it.
 * @csspart base - The accordion's box.
 * @csspart toggle-all - The "Show all sections" / "Hide all sections" button.
 * @csspart heading - A section's heading.
 * @csspart button - The button inside a section's heading.
 * @csspart panel - A section's content.
 * @csspart disclaimer - The note that SER works alongside care, when this widget leads its group (see `SerElement`).
 * @csspart reviewed - The "Content reviewed" line, likewise.
 * @cssprop --ser-accent - Section titles and the show-all button.
 * @cssprop --ser-border - The lines between sections.
 * @fires ser-section-toggle - The reader opened or closed a section (by its button, "Show all" / "Hide all"
 * (one event per section that changed), a `#ser-…` link, or the browser's find). `detail: { id: string, open: boolean }`.
 */
export class SerWhatToExpect extends SerElement {
  static override styles = [base, styles];

  static override properties = {
    headingLevel: { attribute: 'heading-level' },
    openMode: { attribute: 'open-mode' },
    open: {},
    remember: { type: Boolean },
    extend: { type: Boolean },
    print: { reflect: true },
    sections: { attribute: false },
  };

  /** Level of the section headings, 2 to 6. Default: the provider's `heading-level` plus one, else 3. */
  override headingLevel?: HeadingLevel;

  /** `multiple` (default): any number of sections open. `single`: opening one closes the others, and there is no "Show all". */
  openMode?: 'multiple' | 'single';

  /** Section ids open at first, separated by spaces, or `all`. */
  open?: string;

  /** Keeps the open sections while the reader is on this page, in this tab (sessionStorage). Off: nothing is stored. */
  remember = false;

  /** Your `<details>` sections are added after the built-in ones instead of replacing them; one whose id matches a built-in section takes its place. */
  extend = false;

  /** What paper gets: every section, open (default), or `as-shown`: the sections as they are on screen. */
  print?: 'as-shown';

  /** Sections for scripts: `{ id?, title, body: string[], list?: string[] }[]`. Text only, never HTML. */
  sections?: Section[];

  /** Ids of the open sections. */
  private _expanded = new Set<string>();

  /** Sections read from `<details>` children. */
  private _pageSections: PageSection[] = [];

  /** The sections shown, in order: the built-in or `sections` ones, with the page's own. */
  private _shown: PageSection[] = [];

  /** Sections set through the `sections` property, checked. */
  private _propertySections?: Section[];

  /** Ids of the sections shown so far: each one opens at first once, when it first appears. */
  private _appeared = new Set<string>();

  /** Ids to open when they first appear: from storage (with `remember`), else `open`; read once. */
  private _openAtFirst?: Set<string>;

  /** Whether `_openAtFirst` came from storage: then it wins over `open="all"` and `<details open>`. */
  private _restored = false;

  /** The section a `#ser-…` link asked for: opened, scrolled to and focused after the next render. */
  private _linkedId?: string;

  /** The box each `<details>` child's content moved into (slotted back in). */
  private _boxes = new WeakMap<Element, HTMLElement>();

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this._onHashChange);
    // Only the first time: moving the element later must not pull focus back to it.
    if (!this.hasUpdated) this._linkedId = this._idInHash();
    this._readDetails();
    // Children still streaming in from the network are read again once the page is parsed.
    if (document.readyState == 'loading')
      document.addEventListener('DOMContentLoaded', () => this._readDetails(), { once: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this._onHashChange);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const mode = this.openMode;
    if (changed.has('sections')) {
      const raw = this.sections;
      this._propertySections = raw && toSections(this, 'sections', raw);
      if (raw?.length === 0) warn(this, 'sections', '[]');
    }
    const defaults: PageSection[] = this._propertySections ?? this.m.sections;
    // With `extend`, a light section replaces the default of the same id in place (a Map keeps first-insertion order).
    const list = this._pageSections.length
      ? [...new Map([...(this.extend ? defaults : []), ...this._pageSections].map((s) => [s.id, s])).values()]
      : defaults;
    if (!this._openAtFirst) {
      const saved = this.remember ? session.get(this._storageKey) : null;
      this._restored = saved != null;
      this._openAtFirst = new Set((saved ?? this.open ?? '').split(/\s+/));
    }
    // A section opens at first once, when it first appears: stored state wins over `open="all"` and `<details open>`.
    const first = this._openAtFirst;
    let open = new Set(this._expanded);
    for (const s of list) {
      if (this._appeared.has(s.id)) continue;
      this._appeared.add(s.id);
      const asked = first.has(s.id) || s.id == this._linkedId;
      if (asked || (!this._restored && (first.has('all') || s.open))) open.add(s.id);
    }
    if (mode == 'single' && open.size > 1) {
      // One section only: the one a link asked for, else the first.
      const linked = this._linkedId!;
      open = new Set([open.has(linked) ? linked : [...open][0]]);
    }
    this._expanded = open;
    this._shown = list;
  }

  protected override _checkValues(): void {
    super._checkValues(1);
    const { openMode: mode, print } = this;
    if (mode && mode != 'single' && mode != 'multiple') warn(this, 'open-mode', mode);
    if (print && print != 'as-shown') warn(this, 'print', print);
  }

  override render() {
    const all = this._shown.every((s) => this._expanded.has(s.id));
    void this._later(this._expanded.size);
    return html`<div class=${this._rootClass} lang=${this._lang} part="base" @keydown=${this._onKeydown}>
      ${
        this.openMode != 'single' && this._shown.length > 1
          ? html`<button class="btn all" part="toggle-all" @click=${() => this._setOpenByReader(all ? [] : this._shown.map((s) => s.id))}>
            ${this.t(all ? 'wteHideAll' : 'wteShowAll')}
          </button>`
          : nothing
      }
      ${this._drawSections()}
      ${this._groupNote()}
      <slot hidden @slotchange=${this._readDetails}></slot>
    </div>`;
  }

  override updated(): void {
    // After a deep link: scroll to the section and move focus there, as a link to a page element would.
    const b = this._linkedId && (this.renderRoot as ShadowRoot).getElementById(`b-${this._linkedId}`);
    if (b) {
      this._linkedId = undefined;
      b.scrollIntoView();
      b.focus({ preventScroll: true });
    }
  }

  /** Each section's elements, by id, and the box Lit holds them in: made once, then updated in place (see section.ts). */
  private _sections: Record<string, Element> = {};
  private _sectionsBox = make('div');

  /** The sections as they are now, in order, in their box. */
  private _drawSections(): HTMLElement {
    const box = this._sectionsBox;
    const sections = this._shown.map((s) => {
      const body = s.box ? this._slotFor(s.id) : this._lines(s.id, s.body, s.list);
      const view = {
        id: s.id,
        title: this._fill(s.title),
        open: this._expanded.has(s.id),
        level: this._headingLevel,
        body,
      };
      return (this._sections[s.id] = drawSection(this._sections[s.id], view, this._onSection));
    });
    // Moved only when the list of sections changed: moving a section would take focus from its button.
    if (sections.length != box.children.length || sections.some((s, k) => s != box.children[k]))
      box.replaceChildren(...sections);
    return box;
  }

  /** The page's own content of a section, through a slot named by its id. */
  private _slots: Record<string, HTMLElement> = {};
  private _slotFor(id: string): HTMLElement {
    let body = this._slots[id];
    if (!body) {
      body = this._slots[id] = make('div', { className: 'body' });
      body.append(make('slot', { name: id }));
    }
    return body;
  }

  /** One listener for every section: a click on its button (`b-…`) toggles it; the browser's find in its closed panel (`p-…`) opens it. */
  private _onSection = (e: Event): void => {
    this._toggle((e.currentTarget as Element).id.slice(2), e.type == 'click' ? undefined : true);
  };

  /** Opens or closes one section; in single mode, opening closes the others. */
  private _toggle(id: string, open = !this._expanded.has(id)): void {
    const next = new Set(this.openMode == 'single' ? [] : this._expanded);
    if (open) next.add(id);
    else next.delete(id);
    this._setOpenByReader([...next]);
  }

  /** The reader's change: one event per section that changed, and the memory if opted in. */
  private _setOpenByReader(ids: string[]): void {
    const was = this._expanded;
    const now = (this._expanded = new Set(ids));
    this.requestUpdate();
    for (const { id } of this._shown)
      if (now.has(id) != was.has(id)) this._fire('ser-section-toggle', { id, open: now.has(id) });
    if (this.remember) session.set(this._storageKey, ids.join(' '));
  }

  /** Up, Down, Home and End move between section buttons, wrapping around. */
  private _onKeydown(e: KeyboardEvent): void {
    const buttons = [...this.renderRoot.querySelectorAll<HTMLElement>('[part=button]')];
    const i = buttons.indexOf(e.target as HTMLElement);
    const n = buttons.length;
    const to = ({ ArrowDown: i + 1, ArrowUp: i + n - 1, Home: 0, End: n - 1 } as Record<string, number>)[e.key];
    if (i < 0 || to == null || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    buttons[to % n].focus();
  }

  /** Reads the page's own `<details>` sections; their content moves, as live nodes, into slotted boxes. */
  private _readDetails(): void {
    this._pageSections = readDetails(this, this._boxes);
    this.requestUpdate();
  }

  /** The section a `#ser-…` fragment names. */
  private _idInHash(): string | undefined {
    try {
      return /^#ser-(.+)/.exec(decodeURIComponent(location.hash))?.[1];
    } catch {
      return; // a malformed fragment names nothing
    }
  }

  private _onHashChange = (): void => {
    const id = this._idInHash();
    if (id && this._shown.some((s) => s.id == id)) {
      this._linkedId = id;
      this._toggle(id, true);
    }
  };

  /** Where `remember` keeps the open sections: per page and element id. */
  private get _storageKey(): string {
    return `ser-widgets:wte:${location.pathname}${this.id && '#' + this.id}`;
  }
}
