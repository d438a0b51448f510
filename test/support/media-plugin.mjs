// A test command that emulates any CSS media feature in Chromium, forced-colors included: Puppeteer's
// emulateMediaFeatures() accepts only prefers-color-scheme, prefers-reduced-motion and color-gamut, so this
// speaks the DevTools protocol itself. Usage: executeServerCommand('media-features', [{ name: 'forced-colors',
// value: 'active' }]); [] resets.
const sessions = new WeakMap();

export const mediaFeatures = () => ({
  name: 'ser-media-features',
  async executeCommand({ command, payload, session }) {
    if (command != 'media-features') return;
    if (session.browser.type != 'puppeteer')
      throw new Error(`media-features: not supported in ${session.browser.name}`);
    const page = session.browser.getPage(session.id);
    if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
    await sessions.get(page).send('Emulation.setEmulatedMedia', { features: payload });
    return true;
  },
});
