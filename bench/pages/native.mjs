// The floor: the same content as hand-written HTML, <details>/<summary> and <input type=checkbox>, a little CSS, no script.
import { esc, repeat } from './common.mjs';

const card = (m, i) => `<article class="box" aria-labelledby="c${i}">
<h2 id="c${i}">${esc(m.cardHeading)}</h2>
<p>${esc(m.cardSummary)}</p>
<details><summary>${esc(m.cardMoreOpen)}</summary>${m.cardMore.map((p) => `<p>${esc(p)}</p>`).join('')}</details>
<p class="muted">${esc(m.cardDisclaimer)}</p>
</article>`;

const wte = (m, i) => `<section class="box" aria-labelledby="w${i}">
${m.wteHeading ? `<h2 id="w${i}">${esc(m.wteHeading)}</h2>` : ''}
${m.sections
  .map(
    (s) => `<details id="${s.id}-${i}"><summary><h3>${esc(s.title)}</h3></summary>
${s.body.map((p) => `<p>${esc(p)}</p>`).join('')}${s.list ? `<ul>${s.list.map((l) => `<li>${esc(l)}</li>`).join('')}</ul>` : ''}
</details>`,
  )
  .join('\n')}
</section>`;

const checklist = (m, groups, i) => `<section class="box" aria-labelledby="l${i}">
<h2 id="l${i}">${esc(m.clHeading)}</h2>
<p>${esc(m.clIntro)}</p>
<p class="muted">${esc(m.clPrivacy)}</p>
${groups
  .map(
    (g) => `<fieldset><legend>${esc(g.legend)}</legend>
${g.items
  .map(
    (it) =>
      `<div class="i"><input type="checkbox" id="${g.id}-${it.id}-${i}" value="${it.id}"${it.hint ? ` aria-describedby="${g.id}-${it.id}-${i}h"` : ''}><label for="${g.id}-${it.id}-${i}">${esc(it.label)}</label>${it.hint ? `<span class="muted" id="${g.id}-${it.id}-${i}h">${esc(it.hint)}</span>` : ''}</div>`,
  )
  .join('\n')}
</fieldset>`,
  )
  .join('\n')}
<p class="muted">${esc(m.clSupport)}</p>
</section>`;

export default {
  name: 'native',
  label: 'native HTML',
  head: '<link rel="stylesheet" href="/bench/pages/native.css">',
  widgets: (m, n) => repeat(n, (i) => card(m, i) + wte(m, i) + checklist(m, m.groups, i)),
  checklist: (m, groups) => checklist(m, groups, 0),
  ready: '',
  toggle: `document.querySelector('details[id] > summary')`,
  toggled: `document.querySelector('details[id]').open`,
  tick: `document.querySelectorAll('input[type=checkbox]')[99]`,
  ticked: `document.querySelectorAll('input[type=checkbox]')[99].checked`,
};
