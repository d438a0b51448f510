const allowed = /^(https?|mailto|tel):$/;

/**
 * The link if it is http(s), mailto, tel or a path on this site; otherwise undefined, so no `javascript:` or
 * `data:` link is ever rendered, and no `//host`, `\\host` or `/\host` passes as a path (browsers read those as another site).
 */
export const safeUrl = (href: string | undefined): string | undefined => {
  const h = href?.trim();
  // Two slashes of either kind at the start, as a browser reads it (leading control characters, tabs and newlines skipped).
  if (!h || /^[\0- ]*[/\\][\t\n\r]*[/\\]/.test(h)) return;
  try {
    // A fixed https base resolves relative links to https; explicit schemes keep their own.
    if (allowed.test(new URL(h, 'https://x.invalid/').protocol)) return h;
  } catch {
    /* not a URL at all */
  }
  return;
};
