import { expect, html } from '@open-wc/testing';
import '../src/components/emotion-checklist/emotion-checklist.js';
import '../src/components/provider/provider.js';
import type { SerEmotionChecklist } from '../src/components/emotion-checklist/emotion-checklist.js';
import { en } from '../src/i18n/en.js';
import de from '../src/i18n/locales/de.js';
import es from '../src/i18n/locales/es.js';
import fr from '../src/i18n/locales/fr.js';
import pt from '../src/i18n/locales/pt.js';
import type { Messages } from '../src/i18n/types.js';
import { fmt } from '../src/internal/format.js';
import { captureConsole, render, until } from './support/helpers.js';

type El = SerEmotionChecklist;
const packs: Record<string, Messages> = { en, es, fr, de, pt };
const fold = (s: string | null | undefined) => (s ?? '').replace(/[ \t\r\n]+/g, ' ').trim();
const privacy = (el: El) => fold(el.shadowRoot!.querySelector('[part=privacy]')?.textContent);
const support = (el: El) => el.shadowRoot!.querySelector('slot[name=support]')!;

/** The three privacy lines of one language, as the reader should see them. */
const lines = (m: Messages) => ({
  private: m.clPrivacy,
  persist: fmt(m.clSaved, { forget: m.clForget }),
  form: m.clSent,
  both: `${fmt(m.clSaved, { forget: m.clForget })} ${m.clSent}`,
});

describe('<ser-emotion-checklist> privacy line', () => {
  it('says something different in each mode, in every language (so a wrong mode cannot pass)', () => {
    for (const [lang, m] of Object.entries(packs)) {
      const l = lines(m);
      expect(new Set(Object.values(l)).size, lang).to.equal(4);
      expect(l.persist, lang).to.contain(m.clForget);
    }
  });

  for (const [lang, m] of Object.entries(packs)) {
    describe(lang, () => {
      it('private: nothing saved or sent', async () => {
        const el = await render<El>(html`<ser-emotion-checklist locale=${lang}></ser-emotion-checklist>`);
        await until(() => privacy(el) == lines(m).private);
      });

      it('persist: kept in this browser, seen by anyone on the device, and how to forget', async () => {
        const el = await render<El>(html`<ser-emotion-checklist locale=${lang} persist></ser-emotion-checklist>`);
        await until(() => privacy(el) == lines(m).persist);
        const forget = [...el.shadowRoot!.querySelectorAll('button')].map((b) => fold(b.textContent));
        expect(forget).to.include(m.clForget);
        localStorage.clear();
      });

      it('in a form with a name: sent to this website only with the form; with persist, both', async () => {
        const form = await render<HTMLFormElement>(
          html`<form><ser-emotion-checklist locale=${lang} name="feel"></ser-emotion-checklist></form>`,
        );
        const el = form.querySelector<El>('ser-emotion-checklist')!;
        await until(() => privacy(el) == lines(m).form);
        el.persist = true;
        await until(() => privacy(el) == lines(m).both);
        localStorage.clear();
      });
    });
  }

  it('follows the mode live: a name added or removed, moved into or out of a form', async () => {
    const wrap = await render<HTMLDivElement>(
      html`<div><form></form><ser-emotion-checklist></ser-emotion-checklist></div>`,
    );
    const el = wrap.querySelector<El>('ser-emotion-checklist')!;
    const form = wrap.querySelector('form')!;
    const l = lines(en);
    expect(privacy(el)).to.equal(l.private);

    // In a form without a name nothing is submitted: still private.
    form.append(el);
    await el.updateComplete;
    expect(el.form).to.equal(form);
    expect(privacy(el)).to.equal(l.private);

    el.setAttribute('name', 'feel');
    await el.updateComplete;
    expect(privacy(el)).to.equal(l.form);

    el.removeAttribute('name');
    await el.updateComplete;
    expect(privacy(el)).to.equal(l.private);

    el.setAttribute('name', 'feel');
    await el.updateComplete;
    wrap.append(el);
    await el.updateComplete;
    expect(el.form).to.be.null;
    expect(privacy(el)).to.equal(l.private);

    // Joining a form from a distance, through the `form` attribute, counts too.
    form.id = 'intake';
    el.setAttribute('form', 'intake');
    await until(() => privacy(el) == l.form);
  });

  it('is what a form really does: no entry without a name, entries with one', async () => {
    const form = await render<HTMLFormElement>(html`<form><ser-emotion-checklist></ser-emotion-checklist></form>`);
    const el = form.querySelector<El>('ser-emotion-checklist')!;
    el.selected = ['fear'];
    await el.updateComplete;
    expect([...new FormData(form).keys()]).to.deep.equal([]);
    el.name = 'feel';
    await el.updateComplete;
    expect(new FormData(form).getAll('feel')).to.deep.equal(['fear']);
    expect(privacy(el)).to.equal(en.clSent);
  });
});

describe('<ser-emotion-checklist> intro and required', () => {
  it('says it is fine to tick nothing, unless the form requires an answer', async () => {
    const el = await render<El>(html`<ser-emotion-checklist></ser-emotion-checklist>`);
    const intro = () => fold(el.shadowRoot!.querySelector('p')!.textContent);
    expect(intro()).to.equal(`${en.clIntro} ${en.clNoneOk}`);
    el.required = true;
    await el.updateComplete;
    expect(intro()).to.equal(en.clIntro);
  });

  for (const [lang, m] of Object.entries(packs))
    it(`${lang}: the required message says why, and names the free-text box when there is one`, async () => {
      const el = await render<El>(
        html`<ser-emotion-checklist locale=${lang} name="x" required></ser-emotion-checklist>`,
      );
      await until(() => el.validationMessage == m.clRequired);
      el.allowOther = true;
      await until(() => el.validationMessage == fmt(m.clRequiredOther, { other: m.clOther }));
      expect(el.validationMessage).to.contain(m.clOther);
    });
});

describe('<ser-emotion-checklist> support note', () => {
  it('gives three steps: the practitioner, a doctor or crisis line, the emergency number; no country service', async () => {
    const el = await render<El>(html`<ser-emotion-checklist></ser-emotion-checklist>`);
    const text = fold(support(el).textContent);
    expect(text).to.equal(fmt(en.clSupport, { name: en.practitioner }));
    expect(text.split('. ')).to.have.length(3);
    expect(text).to.match(/talk to your practitioner.*doctor or a local crisis line.*local emergency number/);
    expect(text).not.to.match(/\b(911|999|112|988|116|NHS|Samaritans)\b/);
    expect(support(el).querySelectorAll('a')).to.have.length(0);
  });

  it("shows the provider's crisis contact as a link, beside the practitioner's", async () => {
    const p = await render(
      html`<ser-provider practitioner="Maya" support-url="mailto:maya@example.com" crisis-label="Crisis line: 0800 123 456" crisis-url="tel:+440800123456">
        <ser-emotion-checklist></ser-emotion-checklist>
      </ser-provider>`,
    );
    const el = p.querySelector<El>('ser-emotion-checklist')!;
    const links = [...support(el).querySelectorAll('a')].map((a) => [fold(a.textContent), a.getAttribute('href')]);
    expect(links).to.deep.equal([
      ['Contact Maya', 'mailto:maya@example.com'],
      ['Crisis line: 0800 123 456', 'tel:+440800123456'],
    ]);
  });

  it('takes the crisis contact from the JSON too, and shows the number when there is no label', async () => {
    const p = await render(
      html`<ser-provider>
        <script type="application/json">
          { "crisisUrl": "https://help.example.org/now" }
        </script>
        <ser-emotion-checklist></ser-emotion-checklist>
      </ser-provider>`,
    );
    const a = p.querySelector<El>('ser-emotion-checklist')!.shadowRoot!.querySelector('slot[name=support] a')!;
    expect(a.getAttribute('href')).to.equal('https://help.example.org/now');
    expect(a.textContent).to.equal('help.example.org/now');
  });

  it('shows a hostile crisis label as text, and passes axe with the note, the link and the reviewed line', async function () {
    this.timeout(30000);
    const hostile = '<img src=x onerror=alert(1)>';
    const p = await render(
      html`<ser-provider crisis-label=${hostile} crisis-url="tel:+1555" reviewed="2026-11">
        <ser-emotion-checklist></ser-emotion-checklist>
      </ser-provider>`,
    );
    const el = p.querySelector<El>('ser-emotion-checklist')!;
    const a = support(el).querySelector('a')!;
    expect(a.textContent).to.equal(hostile);
    expect(el.shadowRoot!.querySelector('img')).to.be.null;
    expect(el.shadowRoot!.querySelector('[part=reviewed]')!.textContent).to.equal('Content reviewed November 2026.');
    await expect(el).to.be.accessible();
  });

  for (const bad of ['javascript:alert(1)', 'http://help.example.org', 'mailto:x@example.org', '0800 123'])
    it(`drops crisis-url="${bad}" with one warning naming the attribute`, async () => {
      let p!: Element;
      const warnings = await captureConsole('warn', async () => {
        p = await render(
          html`<ser-provider crisis-label="Help" crisis-url=${bad}><ser-emotion-checklist></ser-emotion-checklist></ser-provider>`,
        );
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<ser-provider> crisis-url');
      const note = support(p.querySelector<El>('ser-emotion-checklist')!);
      expect(note.querySelectorAll('a')).to.have.length(0);
      expect(fold(note.textContent)).to.match(/Help$/);
    });
});
