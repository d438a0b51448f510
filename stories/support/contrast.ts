/** WCAG contrast between two `#rgb` or `#rrggbb` colours (undefined for anything else). */
export const contrast = (a: string, b: string): number | undefined => {
  const la = luminance(a);
  const lb = luminance(b);
  if (la === undefined || lb === undefined) return undefined;
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
};

const luminance = (hex: string): number | undefined => {
  let h = hex.trim().replace(/^#/, '');
  if (h.length == 3) h = [...h].map((c) => c + c).join('');
  if (!/^[0-9a-f]{6}$/i.test(h)) return undefined;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(h.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

/** `light-dark(#fff, #000)` → `['#fff', '#000']`; any other value is the same in both schemes. */
export const schemes = (value: string): [string, string] => {
  const m = /^light-dark\(\s*([^,]+?)\s*,\s*([^)]+?)\s*\)$/.exec(value.trim());
  return m ? [m[1], m[2]] : [value, value];
};
