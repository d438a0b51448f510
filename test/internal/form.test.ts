import { expect, fixture, html } from '@open-wc/testing';
import { syncForm } from '../../src/internal/form.js';

/** A bare form-associated element, so the helper is tested without any widget. */
class FormProbe extends HTMLElement {
  static formAssociated = true;
  internals = this.attachInternals();
  restored: unknown;
  formStateRestoreCallback(state: unknown) {
    this.restored = state;
  }
}
customElements.define('ser-form-probe', FormProbe);

async function probeInForm() {
  const form = await fixture<HTMLFormElement>(html`<form><ser-form-probe></ser-form-probe></form>`);
  return { form, probe: form.querySelector<FormProbe>('ser-form-probe')! };
}

describe('syncForm', () => {
  it('sends every value under the name and its suffix', async () => {
    const { form, probe } = await probeInForm();
    syncForm(
      probe.internals,
      'feel',
      [
        ['', ['fear', 'relief']],
        ['-other', ['heavy']],
      ],
      false,
    );
    const sent = new FormData(form);
    expect(sent.getAll('feel')).to.deep.equal(['fear', 'relief']);
    expect(sent.getAll('feel-other')).to.deep.equal(['heavy']);
    expect(probe.internals.validity.valid).to.be.true;
  });

  it('sends nothing without a name', async () => {
    const { form, probe } = await probeInForm();
    syncForm(probe.internals, undefined, [['', ['fear']]], false);
    expect([...new FormData(form).keys()]).to.deep.equal([]);
  });

  it('a missing answer makes the form invalid with its message; an answer makes it valid again', async () => {
    const { form, probe } = await probeInForm();
    syncForm(probe.internals, 'feel', [['', []]], 'Tick at least one.');
    expect(form.checkValidity()).to.be.false;
    expect(probe.internals.validity.valueMissing).to.be.true;
    expect(probe.internals.validationMessage).to.equal('Tick at least one.');
    syncForm(probe.internals, 'feel', [['', ['fear']]], false);
    expect(form.checkValidity()).to.be.true;
  });
});
