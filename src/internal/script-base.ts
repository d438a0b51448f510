// Where the running drop-in came from. Page markup can shadow `document.currentScript` and `document.scripts`
// (`<img name="currentScript">`), so only a real HTMLScriptElement counts; anything else means no folder.
const real = (s: unknown): s is HTMLScriptElement => s instanceof HTMLScriptElement && !!s.src;
const current = document.currentScript;

/** The folder URL of the running drop-in (`…/dist/`), or undefined when it cannot be known for sure. */
export const scriptBase: string | undefined = (() => {
  // `type="module"` has no currentScript: then the last real <script> whose file is named like ours.
  const s = real(current)
    ? current
    : Array.from(document.scripts as ArrayLike<unknown>).findLast(
        (x): x is HTMLScriptElement => real(x) && /ser-widgets[\w.-]*\.js/.test(x.src),
      );
  return s && new URL('.', s.src).href;
})();
