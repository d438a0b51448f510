import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/emotion-checklist/emotion-checklist.js';
import type { SerEmotionChecklist } from '../src/components/emotion-checklist/emotion-checklist.js';
import { en } from '../src/i18n/en.js';
import { render } from './support/helpers.js';

type El = SerEmotionChecklist;
const fold = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const boxes = (el: El) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
const box = (el: El, id: string) => boxes(el).find((b) => b.value == id)!;
const buttons = (el: El) => [...el.shadowRoot!.querySelectorAll('button')];
const button = (el: El, name: string) => buttons(el).find((b) => fold(b.textContent) == name)!;
const key = 'ser-widgets:checklist:feel';
const ours = () => Object.keys(localStorage).filter((k) => k.startsWith('ser-widgets'));

async function tick(el: El, id: string) {
  box(el, id).labels![0].click();
  await el.updateComplete;
}

/** A real form around a checklist. */
async function inForm(attrs = '') {
  const form = await render<HTMLFormElement>(
    html`<form>
      <ser-emotion-checklist name="feel" allow-other ?required=${attrs.includes('required')}></ser-emotion-checklist>
      <button>Send</button>
    </form>`,
  );
  return { form, el: form.querySelector<El>('ser-emotion-checklist')! };
}

describe('<ser-emotion-checklist> in a form', () => {
  afterEach(() => ours().forEach((k) => localStorage.removeItem(k)));

  describe('form value', () => {
    it('submits one entry per ticked item, and the free text as NAME-other', async () => {
      const { form, el } = await inForm();
      expect(el.form).to.equal(form);
      expect([...new FormData(form).keys()]).to.deep.equal([]);
      await tick(el, 'fear');
      await tick(el, 'relief');
      el.shadowRoot!.querySelector('textarea')!.focus();
      await sendKeys({ type: 'a lump in my throat' });
      const fd = new FormData(form);
      expect(fd.getAll('feel')).to.deep.equal(['fear', 'relief']);
      expect(fd.get('feel-other')).to.equal('a lump in my throat');
    });

    it('submits nothing without a name', async () => {
      const form = await render<HTMLFormElement>(html`<form><ser-emotion-checklist></ser-emotion-checklist></form>`);
      await tick(form.querySelector<El>('ser-emotion-checklist')!, 'fear');
      expect([...new FormData(form).keys()]).to.deep.equal([]);
    });

    it('reaches the submit event', async () => {
      const { form, el } = await inForm();
      await tick(el, 'anger');
      let sent: string[] = [];
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        sent = new FormData(form).getAll('feel') as string[];
      });
      form.requestSubmit();
      expect(sent).to.deep.equal(['anger']);
    });
  });

  describe('required', () => {
    it('is invalid with a clear message until something is ticked, and blocks submit', async () => {
      const { form, el } = await inForm('required');
      let submitted = 0;
      form.addEventListener('submit', (e) => (e.preventDefault(), submitted++));
      expect(el.checkValidity()).to.be.false;
      expect(el.validity.valueMissing).to.be.true;
      // It names the free-text box, since this one has `allow-other`.
      expect(el.validationMessage).to.equal('To send this form, tick at least one item or write in “Something else”.');
      expect(form.checkValidity()).to.be.false;
      form.requestSubmit();
      expect(submitted).to.equal(0);
      // The browser takes the reader to the problem: the first checkbox.
      expect(el.shadowRoot!.activeElement).to.equal(box(el, 'fear'));
      expect(el.reportValidity()).to.be.false;
      await tick(el, 'guilt');
      expect(el.checkValidity()).to.be.true;
      expect(el.reportValidity()).to.be.true;
      form.requestSubmit();
      expect(submitted).to.equal(1);
    });

    it('is satisfied by "Something else" text alone', async () => {
      const { el } = await inForm('required');
      el.shadowRoot!.querySelector('textarea')!.focus();
      await sendKeys({ type: 'tired' });
      expect(el.checkValidity()).to.be.true;
    });

    it('is valid when not required', async () => {
      const { el } = await inForm();
      expect(el.checkValidity()).to.be.true;
    });
  });

  describe('reset and restore', () => {
    it('form.reset() unticks everything and empties the value', async () => {
      const { form, el } = await inForm();
      await tick(el, 'fear');
      el.other = 'x';
      form.reset();
      await el.updateComplete;
      expect(boxes(el).some((b) => b.checked)).to.be.false;
      expect(el.shadowRoot!.querySelector('textarea')!.value).to.equal('');
      expect([...new FormData(form).keys()]).to.deep.equal([]);
    });

    it('restores the browser-saved state', async () => {
      const { form, el } = await inForm();
      const state = new FormData();
      state.append('', 'sadness');
      state.append('', 'relief');
      state.append('-other', 'heavy');
      el.formStateRestoreCallback(state);
      await el.updateComplete;
      expect(el.selected).to.deep.equal(['sadness', 'relief']);
      expect(el.shadowRoot!.querySelector('textarea')!.value).to.equal('heavy');
      expect(new FormData(form).getAll('feel')).to.deep.equal(['sadness', 'relief']);
      el.formStateRestoreCallback('autofill text');
      expect(el.selected).to.deep.equal(['sadness', 'relief']);
    });
  });

  describe('disabled', () => {
    const off = (el: El) =>
      [...boxes(el), ...buttons(el), el.shadowRoot!.querySelector('textarea')!].every((c) => c.matches(':disabled'));

    it('with the attribute: every control is off and nothing is submitted', async () => {
      const { form, el } = await inForm();
      await tick(el, 'fear');
      el.disabled = true;
      await el.updateComplete;
      expect(el.hasAttribute('disabled')).to.be.true;
      expect(off(el)).to.be.true;
      expect([...new FormData(form).keys()]).to.deep.equal([]);
      el.disabled = false;
      await el.updateComplete;
      expect(boxes(el).some((c) => c.matches(':disabled'))).to.be.false;
      expect(new FormData(form).getAll('feel')).to.deep.equal(['fear']);
    });

    it('inside a disabled fieldset', async () => {
      const form = await render<HTMLFormElement>(
        html`<form>
          <fieldset disabled>
            <legend>Notes</legend>
            <ser-emotion-checklist name="feel" allow-other></ser-emotion-checklist>
          </fieldset>
        </form>`,
      );
      const el = form.querySelector<El>('ser-emotion-checklist')!;
      await el.updateComplete;
      expect(off(el)).to.be.true;
      form.querySelector('fieldset')!.disabled = false;
      await el.updateComplete;
      expect(boxes(el).some((c) => c.matches(':disabled'))).to.be.false;
    });
  });

  describe('storage', () => {
    it('stores nothing and sets no cookie by default', async () => {
      const cookie = document.cookie;
      const before = localStorage.length + sessionStorage.length;
      const { el } = await inForm();
      await tick(el, 'fear');
      el.other = 'x';
      await el.updateComplete;
      expect(localStorage.length + sessionStorage.length).to.equal(before);
      expect(document.cookie).to.equal(cookie);
    });

    it('with persist: saves under a namespaced key, restores in a new element, and says so', async () => {
      const a = await render<El>(html`<ser-emotion-checklist name="feel" persist allow-other></ser-emotion-checklist>`);
      expect(fold(a.shadowRoot!.querySelector('[part=privacy]')!.textContent)).to.equal(
        'This browser keeps your answers, so anyone who uses this device may see them. To remove them, press “Forget my answers”.',
      );
      await tick(a, 'lightness');
      a.shadowRoot!.querySelector('textarea')!.focus();
      await sendKeys({ type: 'warm' });
      a.shadowRoot!.querySelector('textarea')!.blur();
      expect(JSON.parse(localStorage.getItem(key)!)).to.deep.equal({ s: ['lightness'], o: 'warm' });
      const b = await render<El>(html`<ser-emotion-checklist name="feel" persist allow-other></ser-emotion-checklist>`);
      expect(box(b, 'lightness').checked).to.be.true;
      expect(b.shadowRoot!.querySelector('textarea')!.value).to.equal('warm');
    });

    it('"Forget my answers" unticks everything and erases the saved copy', async () => {
      const el = await render<El>(html`<ser-emotion-checklist name="feel" persist></ser-emotion-checklist>`);
      await tick(el, 'fear');
      expect(localStorage.getItem(key)).to.not.be.null;
      expect(button(el, en.clClear)).to.be.undefined;
      button(el, en.clForget).click();
      await el.updateComplete;
      expect(localStorage.getItem(key)).to.be.null;
      expect(box(el, 'fear').checked).to.be.false;
    });

    it('ignores a saved value that is not its own', async () => {
      localStorage.setItem(key, '{broken');
      const el = await render<El>(html`<ser-emotion-checklist name="feel" persist></ser-emotion-checklist>`);
      expect(el.selected).to.deep.equal([]);
    });

    it('keeps working when storage is blocked or full', async () => {
      const set = Storage.prototype.setItem;
      const get = Storage.prototype.getItem;
      const errors: string[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.message);
      window.addEventListener('error', onError);
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      Storage.prototype.getItem = () => {
        throw new DOMException('blocked', 'SecurityError');
      };
      try {
        const el = await render<El>(html`<ser-emotion-checklist name="feel" persist></ser-emotion-checklist>`);
        await tick(el, 'relief');
        expect(box(el, 'relief').checked).to.be.true;
        expect(el.shadowRoot!.querySelector('[part=summary]')!.textContent).to.equal('You noted: Relief');
      } finally {
        Storage.prototype.setItem = set;
        Storage.prototype.getItem = get;
        window.removeEventListener('error', onError);
      }
      expect(errors).to.deep.equal([]);
      expect(localStorage.getItem(key)).to.be.null;
    });
  });
});
