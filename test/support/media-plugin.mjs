// A test command that emulates any CSS media feature in Chromium, forced-colors included:
// emulateMedia() from @web/test-runner-commands does not pass forced-colors to Puppeteer.
// Usage: executeServerCommand('media-features', [{ name: 'forced-colors', value: 'active' }]); [] resets.
export const mediaFeatures = () => ({
  name: 'ser-media-features',
  async executeCommand({ command, payload, session }) {
    if (command != 'media-features') return;
    if (session.browser.type != 'puppeteer')
      throw new Error(`media-features: not supported in ${session.browser.name}`);
    await session.browser.getPage(session.id).emulateMediaFeatures(payload);
    return true;
  },
});
