import { expect, html } from '@open-wc/testing';
import '../src/components/explainer-card/explainer-card.js';
import '../src/components/what-to-expect/what-to-expect.js';
import '../src/components/emotion-checklist/emotion-checklist.js';
import { en } from '../src/i18n/en.js';
import de from '../src/i18n/locales/de.js';
import es from '../src/i18n/locales/es.js';
import fr from '../src/i18n/locales/fr.js';
import pt from '../src/i18n/locales/pt.js';
import type { Messages } from '../src/i18n/types.js';
import { ease, grade, type Lang, syllables, target } from './support/readability.js';
import { render, until } from './support/helpers.js';

const packs: Record<string, Messages> = { en, es, fr, de, pt };
const fold = (s: string | null | undefined) => (s ?? '').replace(/[ \t\r\n]+/g, ' ').trim();

describe('syllable counter', () => {
  it('counts English words, compound names included, as a dictionary does', () => {
    const known: Record<string, number> = {
      SomatoEmotional: 7,
      CranioSacral: 5,
      quiet: 2,
      quietly: 3,
      being: 2,
      practitioner: 4,
      feelings: 2,
      release: 2,
      the: 1,
      tired: 1,
      gentle: 2,
      needed: 2,
      usual: 3,
      medium: 3,
      people: 2,
      session: 2,
      client: 2,
      emotional: 4,
      frustration: 3,
      anything: 3,
      patient: 2,
      special: 2,
      experience: 4,
      touched: 1,
    };
    const got = Object.fromEntries(Object.keys(known).map((w) => [w, syllables(w)]));
    expect(got).to.deep.equal(known);
  });

  it('counts Spanish, French, German and Portuguese words', () => {
    const known: [Lang, string, number][] = [
      ['es', 'emociones', 4],
      ['es', 'Craneosacral', 5],
      ['es', 'guiarte', 2],
      ['es', 'queda', 2],
      ['es', 'día', 2],
      ['fr', 'émotions', 3],
      ['fr', 'légère', 2],
      ['fr', 'tranquille', 2],
      ['fr', 'séance', 2],
      ['de', 'Wirbelsäule', 4],
      ['de', 'Frustration', 4],
      ['de', 'Zufriedenheit', 4],
      ['pt', 'emoções', 3],
      ['pt', 'Craniossacral', 4],
      ['pt', 'sessão', 2],
      ['pt', 'saúde', 3],
    ];
    for (const [lang, word, n] of known) expect(syllables(word, lang), `${lang} ${word}`).to.equal(n);
  });

  it('grades plain and dense English far apart', () => {
    expect(grade('The cat sat on the mat. It was warm.')).to.be.below(2);
    expect(
      grade('SomatoEmotional Release facilitates therapeutic integration of physiological compensation.'),
    ).to.be.above(16);
  });

  it('scores plain text above dense text in every other language', () => {
    const pairs: Record<string, [string, string]> = {
      es: [
        'El gato duerme. La casa es roja.',
        'La reorganización fisiológica condiciona interpretaciones terapéuticas multidimensionales.',
      ],
      fr: [
        'Le chat dort. La maison est rouge.',
        'La réorganisation physiologique conditionne des interprétations thérapeutiques multidimensionnelles.',
      ],
      de: [
        'Die Katze schläft. Das Haus ist rot.',
        'Die physiologische Reorganisation bedingt multidimensionale therapeutische Interpretationen.',
      ],
      pt: [
        'O gato dorme. A casa é vermelha.',
        'A reorganização fisiológica condiciona interpretações terapêuticas multidimensionais.',
      ],
    };
    for (const [lang, [plain, dense]] of Object.entries(pairs)) {
      const l = lang as Exclude<Lang, 'en'>;
      expect(ease(plain, l), lang).to.be.above(90);
      expect(ease(dense, l), lang).to.be.below(target[l].block);
    }
  });
});

/** Every widget of one language rendered, with all the copy visible, cut into the blocks a reader meets. */
async function blocks(lang: string): Promise<Record<string, string[]>> {
  const wrap = await render<HTMLDivElement>(
    html`<div>
      <ser-explainer-card locale=${lang} open></ser-explainer-card>
      <ser-what-to-expect locale=${lang} open="all"></ser-what-to-expect>
      <ser-emotion-checklist locale=${lang}></ser-emotion-checklist>
    </div>`,
  );
  const [card, wte, cl] = [...wrap.children].map((w) => w.shadowRoot!);
  await until(() => fold(card.querySelector('h2')?.textContent) == packs[lang].cardHeading);
  await until(() => fold(cl.querySelector('h2')?.textContent) == packs[lang].clHeading);
  const text = (els: Iterable<Element>) => [...els].map((e) => fold(e.textContent));
  return {
    card: text(card.querySelectorAll('[part=summary], #more p, [part=disclaimer]')),
    wte: [...wte.querySelectorAll('.section')].map((s) => text(s.querySelectorAll('button, p, li')).join('\n')),
    cl: [
      text(cl.querySelectorAll('h2, section > p:not([part=summary])')).join('\n'),
      ...[...cl.querySelectorAll('fieldset')].map((f) => text(f.querySelectorAll('legend, label, .hint')).join('\n')),
      fold(cl.querySelector('slot[name=support]')!.textContent),
    ],
  };
}

describe('reading level of the default copy, as rendered', () => {
  it('English: every block at Flesch-Kincaid grade 8 or below, the card summary included', async () => {
    const b = await blocks('en');
    for (const [widget, list] of Object.entries(b))
      for (const block of list) expect(grade(block), `${widget}: ${block}`).to.be.at.most(8);
    expect(b.card[0]).to.contain('SomatoEmotional Release');
  });

  for (const lang of ['es', 'fr', 'de', 'pt'] as const)
    it(`${lang}: each widget at its formula's easy level, and no block below the floor`, async () => {
      const b = await blocks(lang);
      for (const [widget, list] of Object.entries(b)) {
        expect(ease(list.join('\n'), lang), `${lang} ${widget}`).to.be.at.least(target[lang].widget);
        for (const block of list)
          expect(ease(block, lang), `${lang} ${widget}: ${block}`).to.be.at.least(target[lang].block);
      }
    });
});

describe('the same feelings in the accordion and the checklist', () => {
  for (const [lang, m] of Object.entries(packs))
    it(`${lang}: every feeling the checklist names from a session is named in "During" and "After"`, async () => {
      const wrap = await render<HTMLDivElement>(
        html`<div>
          <ser-what-to-expect locale=${lang} open="all"></ser-what-to-expect>
          <ser-emotion-checklist locale=${lang}></ser-emotion-checklist>
        </div>`,
      );
      const [wte, cl] = [...wrap.children].map((w) => w.shadowRoot!);
      await until(() => fold(cl.querySelector('h2')?.textContent) == m.clHeading);
      const panel = (id: string) => fold(wte.getElementById(`p-${id}`)!.textContent).toLowerCase();
      const labels = (group: number) =>
        [...cl.querySelectorAll('fieldset')[group].querySelectorAll('label')].map((l) =>
          fold(l.textContent).toLowerCase(),
        );
      const during = labels(0);
      expect(during).to.have.length(5);
      for (const name of during) expect(panel('during'), `${lang} "${name}"`).to.contain(name);
      // The three the reference names (relief, lightness, contentment) lead the "after" group.
      for (const name of labels(1).slice(0, 3)) expect(panel('after'), `${lang} "${name}"`).to.contain(name);
    });
});

describe('careful claims', () => {
  it('attributes the body returning to an old injury position, in every language', () => {
    const who: Record<string, RegExp> = {
      en: /^Some people notice/,
      es: /^Algunas personas notan/,
      fr: /^Certaines personnes sentent/,
      de: /^Manche Menschen bemerken/,
      pt: /^Algumas pessoas percebem/,
    };
    for (const [lang, m] of Object.entries(packs)) expect(m.sections[1].list![1], lang).to.match(who[lang]);
  });

  it('the empty summary does not nudge, and no English word needs a dictionary', () => {
    expect(en.clNone).not.to.match(/\byet\b/);
    const all = JSON.stringify(en);
    expect(all).not.to.match(/\b(comfy|cross|choose)\b/i);
  });
});
