import { scriptBase } from './script-base.js';

// Built in by rollup.config.mjs: every file released beside the drop-in, by path, with its hash.
declare const __INTEGRITY__: Record<string, string>;
const hashes = __INTEGRITY__;

/**
 * Fetches a file released with the drop-in, from the drop-in's own folder, only if its bytes match the hash
 * built in: a path not in the list, a changed file or a redirect elsewhere rejects, naming the file.
 */
export const fetchVerified = (path: string): Promise<Response> =>
  (Object.hasOwn(hashes, path) && scriptBase
    ? fetch(new URL(path, scriptBase), { integrity: hashes[path], credentials: 'omit', redirect: 'error' })
    : Promise.reject()
  ).catch(() => Promise.reject(path));
