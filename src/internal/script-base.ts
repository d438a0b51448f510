// Noted while the drop-in's own <script> runs: language and feature files sit beside it.
const own = document.currentScript;

/** URL of the running drop-in. */
export const scriptUrl =
  (own instanceof HTMLScriptElement && own.src) ||
  [...document.scripts].map((s) => s.src).findLast((s) => /ser-widgets[\w.-]*\.js/.test(s)) ||
  location.href;

/** The folder the drop-in was loaded from: the only place it loads files from ('' when pasted inline into a page with no URL: then nothing loads). */
export const scriptBase = ((): string => {
  try {
    return new URL('.', scriptUrl).href;
  } catch {
    return ''; // such as about:srcdoc
  }
})();
