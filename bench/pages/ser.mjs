// ser-widgets: the drop-in as a practitioner pastes it, each widget with its built-in English copy.
import { esc, repeat } from './common.mjs';

const tags = ['ser-explainer-card', 'ser-what-to-expect', 'ser-emotion-checklist'];
const items = `document.querySelector('ser-emotion-checklist').shadowRoot.querySelectorAll('input[type=checkbox]')`;
const toggleButton = `document.querySelector('ser-what-to-expect').shadowRoot.querySelector(':is(h2,h3,h4,h5,h6) button[aria-expanded]')`;

// Every element upgraded and settled (a slotchange or a property set after upgrade can queue a second update).
const settle = `await Promise.all(${JSON.stringify(tags)}.map((t) => customElements.whenDefined(t)));
const els = [...document.querySelectorAll('${tags.join(', ')}')];
for (let k = 0; k < 20; k++) {
  await Promise.all(els.map((e) => e.updateComplete));
  await new Promise((r) => queueMicrotask(r));
  if (!els.some((e) => e.isUpdatePending)) break;
}
if (els.some((e) => !e.shadowRoot || !e.shadowRoot.textContent.trim())) throw new Error('a widget rendered nothing');`;

// The long list must actually be on screen; gives up after 5 s so a placeholder widget cannot hang the run.
const waitForItems = `for (const t0 = performance.now(); ${items}.length < 200; ) {
  if (performance.now() - t0 > 5000) throw new Error('the checklist shows ' + ${items}.length + ' items, not 200');
  await new Promise((r) => setTimeout(r));
}`;

const lightDom = (groups) =>
  groups
    .map(
      (g) =>
        `<fieldset name="${g.id}"><legend>${esc(g.legend)}</legend>${g.items
          .map(
            (it) =>
              `<label><input type="checkbox" value="${it.id}"> ${esc(it.label)}${it.hint ? ` <small>${esc(it.hint)}</small>` : ''}</label>`,
          )
          .join('\n')}</fieldset>`,
    )
    .join('\n');

// The snippet the README recommends: room kept for each widget until it is defined, then the deferred script.
const snippet = `<style>
${tags.join(':not(:defined), ')}:not(:defined) { display: block; visibility: hidden; }
ser-explainer-card:not(:defined) { min-height: 21em; }
ser-what-to-expect:not(:defined) { min-height: 19em; }
ser-emotion-checklist:not(:defined) { min-height: 50em; }
</style>
<script src="/dist/ser-widgets.js" defer></script>`;

const base = {
  head: snippet,
  widgets: (m, n) => repeat(n, () => tags.map((t) => `<${t}></${t}>`).join('')),
  toggle: toggleButton,
  toggled: `${toggleButton}.getAttribute('aria-expanded') == 'true'`,
  tick: `${items}[99]`,
  ticked: `${items}[99].checked`,
};

export default {
  ...base,
  name: 'ser',
  label: 'ser-widgets',
  // The documented JS property; set once the element is defined (before that, an own property would shadow it).
  checklist: (m, groups) => `<ser-emotion-checklist id="big"></ser-emotion-checklist>
<script>customElements.whenDefined('ser-emotion-checklist').then(() => { document.getElementById('big').groups = ${JSON.stringify(groups)}; });</script>`,
  ready: settle,
  readyChecklist: `${settle}\n${waitForItems}`,
};

/** The same checklist written by a practitioner as plain HTML inside the element. */
export const serLight = {
  ...base,
  name: 'ser-light',
  label: 'ser-widgets (light DOM)',
  checklistOnly: true,
  checklist: (m, groups) => `<ser-emotion-checklist>${lightDom(groups)}</ser-emotion-checklist>`,
  ready: settle,
  readyChecklist: `${settle}\n${waitForItems}`,
};
