// Shoelace 2: <sl-details> and <sl-checkbox>, bundled from its npm package the way a bundler user ships it.
import { esc, repeat } from './common.mjs';

const card = (m) => `<article class="box">
<h2>${esc(m.cardHeading)}</h2>
<p>${esc(m.cardSummary)}</p>
<sl-details summary="${esc(m.cardMoreOpen)}">${m.cardMore.map((p) => `<p>${esc(p)}</p>`).join('')}</sl-details>
<p class="muted">${esc(m.cardDisclaimer)}</p>
</article>`;

const wte = (m) => `<section class="box">
${m.wteHeading ? `<h2>${esc(m.wteHeading)}</h2>` : ''}
${m.sections
  .map(
    (s) => `<sl-details data-s><h3 slot="summary">${esc(s.title)}</h3>
${s.body.map((p) => `<p>${esc(p)}</p>`).join('')}${s.list ? `<ul>${s.list.map((l) => `<li>${esc(l)}</li>`).join('')}</ul>` : ''}
</sl-details>`,
  )
  .join('\n')}
</section>`;

const checklist = (m, groups) => `<section class="box">
<h2>${esc(m.clHeading)}</h2>
<p>${esc(m.clIntro)}</p>
<p class="muted">${esc(m.clPrivacy)}</p>
${groups
  .map(
    (g) => `<fieldset><legend>${esc(g.legend)}</legend>
${g.items.map((it) => `<div><sl-checkbox value="${it.id}"${it.hint ? ` help-text="${esc(it.hint)}"` : ''}>${esc(it.label)}</sl-checkbox></div>`).join('\n')}
</fieldset>`,
  )
  .join('\n')}
<p class="muted">${esc(m.clSupport)}</p>
</section>`;

export default {
  name: 'shoelace',
  label: 'Shoelace 2',
  head: '<link rel="stylesheet" href="/vendor/shoelace.css"><style>.box{max-width:40em;margin:1em auto;padding:1em;border:1px solid var(--sl-color-neutral-300);border-radius:.5em;font-family:var(--sl-font-sans)}fieldset{border:0;padding:0}</style><script type="module" src="/vendor/shoelace.js"></script>',
  widgets: (m, n) => repeat(n, () => card(m) + wte(m) + checklist(m, m.groups)),
  checklist,
  ready: `await Promise.all(['sl-details', 'sl-checkbox'].map((t) => customElements.whenDefined(t)));
await Promise.all([...document.querySelectorAll('sl-details, sl-checkbox')].map((e) => e.updateComplete));`,
  toggle: `document.querySelector('sl-details[data-s]').shadowRoot.querySelector('[part=header]')`,
  toggled: `document.querySelector('sl-details[data-s]').open`,
  tick: `document.querySelectorAll('sl-checkbox')[99].shadowRoot.querySelector('[part~=control]')`,
  ticked: `document.querySelectorAll('sl-checkbox')[99].checked`,
};
