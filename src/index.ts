// Provider first: widgets already in the page find it as soon as they upgrade.
export * from './components/provider/provider.js';
export * from './components/explainer-card/explainer-card.js';
export * from './components/what-to-expect/what-to-expect.js';
export * from './components/emotion-checklist/emotion-checklist.js';
export { SerElement } from './components/base.js';
export type { SerEventDetails, SerEvent } from './internal/events.js';
export { configContext, type SerConfig, type Theme } from './config/config.js';
export { registerLocale, loadLocale, locales, type Locale } from './i18n/locale.js';
export type { Messages, Section, Group, Item } from './i18n/types.js';
export { en } from './i18n/en.js';
