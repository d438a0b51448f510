import { expect, html } from '@open-wc/testing';
import '../src/components/provider/provider.js';
import '../src/components/explainer-card/explainer-card.js';
import '../src/components/what-to-expect/what-to-expect.js';
import '../src/components/emotion-checklist/emotion-checklist.js';
import { en } from '../src/i18n/en.js';
import de from '../src/i18n/locales/de.js';
import es from '../src/i18n/locales/es.js';
import fr from '../src/i18n/locales/fr.js';
import pt from '../src/i18n/locales/pt.js';
import type { Messages } from '../src/i18n/types.js';
import { captureConsole, render, settle, until } from './support/helpers.js';

const tags = ['ser-explainer-card', 'ser-what-to-expect', 'ser-emotion-checklist'];
const fold = (s: string | null | undefined) => (s ?? '').replace(/[ \t\r\n]+/g, ' ').trim();
const widgets = (root: Element) => [...root.querySelectorAll(tags.join(','))];
/** Which widgets show the care note, by tag. */
const showing = (root: Element) =>
  widgets(root)
    .filter((w) => fold(w.shadowRoot!.querySelector('[part=disclaimer]')?.textContent) == en.cardDisclaimer)
    .map((w) => w.localName);
const reviewed = (root: Element) =>
  widgets(root)
    .map((w) => fold(w.shadowRoot!.querySelector('[part=reviewed]')?.textContent))
    .filter(Boolean);

describe('the care note ("works alongside, does not replace care")', () => {
  for (const tag of tags)
    it(`${tag} alone shows it once, as a note`, async () => {
      const wrap = await render(html`<div></div>`);
      wrap.append(document.createElement(tag));
      await settle(wrap);
      expect(showing(wrap)).to.deep.equal([tag]);
      expect(widgets(wrap)[0].shadowRoot!.querySelector('[part=disclaimer]')!.getAttribute('role')).to.equal('note');
    });

  it('three widgets in one provider: once, in the card, wherever the card stands', async () => {
    const p = await render(
      html`<ser-provider>
        <ser-what-to-expect></ser-what-to-expect>
        <ser-emotion-checklist></ser-emotion-checklist>
        <ser-explainer-card></ser-explainer-card>
      </ser-provider>`,
    );
    expect(showing(p)).to.deep.equal(['ser-explainer-card']);
    expect(fold(p.querySelector('ser-what-to-expect')!.shadowRoot!.textContent)).not.to.contain(en.cardDisclaimer);
  });

  it('without a card: once, in the first widget in document order, even when nested in the page', async () => {
    const p = await render(
      html`<ser-provider>
        <section><div><ser-emotion-checklist></ser-emotion-checklist></div></section>
        <ser-what-to-expect></ser-what-to-expect>
      </ser-provider>`,
    );
    expect(showing(p)).to.deep.equal(['ser-emotion-checklist']);
  });

  it('moves when the group changes: a card joins, then leaves', async () => {
    const p = await render(
      html`<ser-provider><ser-what-to-expect></ser-what-to-expect><ser-emotion-checklist></ser-emotion-checklist></ser-provider>`,
    );
    expect(showing(p)).to.deep.equal(['ser-what-to-expect']);
    const card = document.createElement('ser-explainer-card');
    p.append(card);
    await settle(p);
    expect(showing(p)).to.deep.equal(['ser-explainer-card']);
    card.remove();
    await settle(p);
    expect(showing(p)).to.deep.equal(['ser-what-to-expect']);
    p.querySelector('ser-what-to-expect')!.remove();
    await settle(p);
    expect(showing(p)).to.deep.equal(['ser-emotion-checklist']);
  });

  it('each provider is its own group; widgets outside any provider each show it', async () => {
    const wrap = await render(
      html`<div>
        <ser-provider><ser-explainer-card></ser-explainer-card><ser-what-to-expect></ser-what-to-expect></ser-provider>
        <ser-provider><ser-what-to-expect></ser-what-to-expect></ser-provider>
        <ser-emotion-checklist></ser-emotion-checklist>
      </div>`,
    );
    expect(showing(wrap)).to.deep.equal(['ser-explainer-card', 'ser-what-to-expect', 'ser-emotion-checklist']);
  });

  it('no-disclaimer on the widget that shows it removes it from the group', async () => {
    const p = await render(
      html`<ser-provider><ser-explainer-card no-disclaimer></ser-explainer-card><ser-what-to-expect></ser-what-to-expect></ser-provider>`,
    );
    expect(showing(p)).to.deep.equal([]);
  });

  it("takes the practitioner's wording from the provider, in every widget that shows it", async () => {
    const p = await render(
      html`<ser-provider>
        <script type="application/json">
          { "messages": { "cardDisclaimer": "My sessions do not replace care from your doctor." } }
        </script>
        <ser-what-to-expect></ser-what-to-expect>
      </ser-provider>`,
    );
    const w = p.querySelector('ser-what-to-expect')!;
    await until(() => fold(w.shadowRoot!.querySelector('[part=disclaimer]')?.textContent).startsWith('My sessions'));
  });

  it('tells the reader not to stop or delay treatment, in every language', () => {
    const stop: Record<string, RegExp> = {
      en: /do not stop or delay any treatment/i,
      es: /no dejes ni retrases ningún tratamiento/i,
      fr: /n’arrêtez ni ne retardez aucun traitement/i,
      de: /brechen sie keine behandlung ab und schieben sie keine auf/i,
      pt: /não pare nem adie nenhum tratamento/i,
    };
    const packs: Record<string, Messages> = { en, es, fr, de, pt };
    for (const [lang, m] of Object.entries(packs)) expect(m.cardDisclaimer, lang).to.match(stop[lang]);
  });
});

describe('the "Content reviewed" line', () => {
  it('shows month and year with the practitioner name, once per provider', async () => {
    const p = await render(
      html`<ser-provider practitioner="Maya" reviewed="2026-11">
        <ser-explainer-card></ser-explainer-card><ser-what-to-expect></ser-what-to-expect>
      </ser-provider>`,
    );
    expect(reviewed(p)).to.deep.equal(['Content reviewed November 2026 by Maya.']);
  });

  it('reviewed-by wins over the practitioner name; without either, no "by"', async () => {
    const p = await render(
      html`<ser-provider practitioner="Maya" reviewed="2026-03" reviewed-by="Dr Ana Ruiz"><ser-what-to-expect></ser-what-to-expect></ser-provider>`,
    );
    expect(reviewed(p)).to.deep.equal(['Content reviewed March 2026 by Dr Ana Ruiz.']);
    p.removeAttribute('reviewed-by');
    p.removeAttribute('practitioner');
    await settle(p);
    expect(reviewed(p)).to.deep.equal(['Content reviewed March 2026.']);
  });

  it('stays even with no-disclaimer, and comes from the JSON as well', async () => {
    const p = await render(
      html`<ser-provider>
        <script type="application/json">
          { "reviewed": "2025-01", "reviewedBy": "Maya" }
        </script>
        <ser-explainer-card no-disclaimer></ser-explainer-card>
      </ser-provider>`,
    );
    expect(showing(p)).to.deep.equal([]);
    expect(reviewed(p)).to.deep.equal(['Content reviewed January 2025 by Maya.']);
  });

  const local: [string, string][] = [
    ['es', 'Contenido revisado en noviembre de 2026 por Maya.'],
    ['fr', 'Contenu relu en novembre 2026 par Maya.'],
    ['de', 'Inhalt im November 2026 von Maya geprüft.'],
    ['pt', 'Conteúdo revisado em novembro de 2026 por Maya.'],
  ];
  for (const [lang, line] of local)
    it(`${lang}: formats the month with Intl in the widget's language`, async () => {
      const p = await render(
        html`<ser-provider locale=${lang} practitioner="Maya" reviewed="2026-11"><ser-emotion-checklist></ser-emotion-checklist></ser-provider>`,
      );
      await until(() => reviewed(p)[0] == line);
    });

  for (const bad of ['2026-13', '2026-1', 'November 2026', '2026-11-05'])
    it(`reviewed="${bad}": one warning naming the attribute, and no line`, async () => {
      let p!: Element;
      const warnings = await captureConsole('warn', async () => {
        p = await render(html`<ser-provider reviewed=${bad}><ser-explainer-card></ser-explainer-card></ser-provider>`);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<ser-provider> reviewed');
      expect(reviewed(p)).to.deep.equal([]);
      expect(showing(p)).to.deep.equal(['ser-explainer-card']);
    });
});
