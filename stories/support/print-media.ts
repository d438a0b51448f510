/**
 * Shows a widget as it prints, on screen: its shadow root gets copies of its style sheets in which
 * `@media print` reads `@media all`. The copies are its own, so other widgets on the page are untouched,
 * and the widget's code has no print preview mode of its own. Used by the "Printed" stories and by
 * test/print.test.ts where an engine cannot emulate print media (Firefox and WebKit over WebDriver).
 * Returns a function that puts the screen styles back.
 */
export function applyPrintRules(widget: Element): () => void {
  const root = widget.shadowRoot;
  if (!root) return () => {};
  // A copy: in some engines the property returns one live array.
  const screen = [...root.adoptedStyleSheets];
  root.adoptedStyleSheets = screen.map((sheet) => {
    const copy = new CSSStyleSheet();
    copy.replaceSync([...sheet.cssRules].map((r) => r.cssText).join('\n'));
    for (const rule of copy.cssRules)
      if (rule instanceof CSSMediaRule && rule.media.mediaText == 'print') rule.media.mediaText = 'all';
    return copy;
  });
  return () => {
    root.adoptedStyleSheets = screen;
  };
}

/** `applyPrintRules` for every widget inside `root` (and `root` itself); one function undoes them all. */
export function applyPrintRulesWithin(root: Element): () => void {
  const widgets = [root, ...root.querySelectorAll('*')].filter((e) => e.localName.startsWith('ser-') && e.shadowRoot);
  const undo = widgets.map(applyPrintRules);
  return () => undo.forEach((u) => u());
}
