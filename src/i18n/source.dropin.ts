import { fetchVerified } from '../internal/verified.js';
import type { Messages } from './types.js';

/** Fetches one language's messages, as data checked against the hash built into the drop-in: one request, only for pages that ask. */
export const fetchLocale = (lang: string): Promise<Messages> =>
  fetchVerified(`locales/${lang}.json`).then((r) => r.json());
