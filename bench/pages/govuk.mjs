// GOV.UK Frontend: accordion, details and checkboxes, with its precompiled CSS and only the JS of the two components.
import { esc, repeat } from './common.mjs';

const card = (m) => `<div class="govuk-!-margin-bottom-6">
<h2 class="govuk-heading-m">${esc(m.cardHeading)}</h2>
<p class="govuk-body">${esc(m.cardSummary)}</p>
<details class="govuk-details"><summary class="govuk-details__summary"><span class="govuk-details__summary-text">${esc(m.cardMoreOpen)}</span></summary>
<div class="govuk-details__text">${m.cardMore.map((p) => `<p class="govuk-body">${esc(p)}</p>`).join('')}</div></details>
<p class="govuk-body govuk-hint">${esc(m.cardDisclaimer)}</p>
</div>`;

const wte = (m, i) => `${m.wteHeading ? `<h2 class="govuk-heading-m">${esc(m.wteHeading)}</h2>` : ''}
<div class="govuk-accordion" data-module="govuk-accordion" id="acc-${i}">
${m.sections
  .map(
    (s, k) => `<div class="govuk-accordion__section"><div class="govuk-accordion__section-header">
<h3 class="govuk-accordion__section-heading"><span class="govuk-accordion__section-button" id="acc-${i}-heading-${k}">${esc(s.title)}</span></h3></div>
<div id="acc-${i}-content-${k}" class="govuk-accordion__section-content">
${s.body.map((p) => `<p class="govuk-body">${esc(p)}</p>`).join('')}${s.list ? `<ul class="govuk-list govuk-list--bullet">${s.list.map((l) => `<li>${esc(l)}</li>`).join('')}</ul>` : ''}
</div></div>`,
  )
  .join('\n')}
</div>`;

const checklist = (m, groups, i) => `<h2 class="govuk-heading-m">${esc(m.clHeading)}</h2>
<p class="govuk-body">${esc(m.clIntro)}</p>
<p class="govuk-hint">${esc(m.clPrivacy)}</p>
${groups
  .map(
    (
      g,
    ) => `<div class="govuk-form-group"><fieldset class="govuk-fieldset"><legend class="govuk-fieldset__legend govuk-fieldset__legend--s">${esc(g.legend)}</legend>
<div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
${g.items
  .map((it) => {
    const id = `${g.id}-${it.id}-${i}`;
    return `<div class="govuk-checkboxes__item"><input class="govuk-checkboxes__input" id="${id}" name="${g.id}" type="checkbox" value="${it.id}"${it.hint ? ` aria-describedby="${id}-hint"` : ''}>
<label class="govuk-label govuk-checkboxes__label" for="${id}">${esc(it.label)}</label>${it.hint ? `<div id="${id}-hint" class="govuk-hint govuk-checkboxes__hint">${esc(it.hint)}</div>` : ''}</div>`;
  })
  .join('\n')}
</div></fieldset></div>`,
  )
  .join('\n')}
<p class="govuk-body">${esc(m.clSupport)}</p>`;

// GOV.UK's own snippet: marks the page as able to run its components before they initialise.
const shell = (
  inner,
) => `<script>document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');</script>
<div class="govuk-width-container"><main class="govuk-main-wrapper">${inner}</main></div>`;

export default {
  name: 'govuk',
  label: 'GOV.UK Frontend',
  head: '<link rel="stylesheet" href="/vendor/govuk.css"><script type="module" src="/vendor/govuk.js"></script>',
  htmlAttrs: 'class="govuk-template"',
  bodyAttrs: 'class="govuk-template__body"',
  widgets: (m, n) => shell(repeat(n, (i) => card(m) + wte(m, i) + checklist(m, m.groups, i))),
  checklist: (m, groups) => shell(checklist(m, groups, 0)),
  ready: `if (document.querySelectorAll('.govuk-accordion').length != document.querySelectorAll('.govuk-accordion__controls').length) throw new Error('GOV.UK accordions did not initialise');`,
  toggle: `document.querySelector('.govuk-accordion__section-button')`,
  toggled: `document.querySelector('.govuk-accordion__section').classList.contains('govuk-accordion__section--expanded')`,
  tick: `document.querySelectorAll('.govuk-checkboxes__input')[99]`,
  ticked: `document.querySelectorAll('.govuk-checkboxes__input')[99].checked`,
};
