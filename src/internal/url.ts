const allowed = /^(https?|mailto|tel):$/;

/** The link if it is http(s), mailto, tel or relative; otherwise undefined, so no `javascript:` or `data:` link is ever rendered. */
export const safeUrl = (href: string | undefined): string | undefined => {
  const h = href?.trim();
  if (!h) return;
  try {
    // A fixed https base resolves relative links to https; explicit schemes keep their own.
    if (allowed.test(new URL(h, 'https://x.invalid/').protocol)) return h;
  } catch {
    /* not a URL at all */
  }
  return;
};
