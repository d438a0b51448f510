import { scriptBase } from './script-base.js';

/** `{ "features/print.js": "sha384-…" }`: written by the build from the files it produced. */
declare const __INTEGRITY__: Record<string, string>;
export const integrity: Record<string, string> = __INTEGRITY__;

/**
 * Runs a module from beside the drop-in only if its bytes match the hash taken at build time.
 * A `modulepreload` link fetches it with `integrity` (a link's href is no Trusted Types sink); `import()`
 * of the same URL then reuses that module map entry, which a failed check leaves empty, so nothing runs.
 */
export const loadVerifiedModule = <T>(path: string): Promise<T> =>
  new Promise<void>((ok, no) => {
    const link = document.createElement('link');
    const hash = integrity[path];
    if (!hash || !link.relList.supports('modulepreload')) return no(Error(path));
    link.rel = 'modulepreload';
    link.integrity = hash;
    link.crossOrigin = '';
    link.href = new URL(path, scriptBase).href;
    // Gone once settled: the host page's <head> stays as it was.
    link.onload = () => {
      link.remove();
      ok();
    };
    link.onerror = () => {
      link.remove();
      no(Error(path));
    };
    document.head.append(link);
  }).then(() => import(new URL(path, scriptBase).href));
