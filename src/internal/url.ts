const allowed = /^(https?|mailto|tel):$/;

/**
 * The link if it is http(s), mailto, tel or a path on this site; otherwise undefined, so no `javascript:` or
 * `data:` link is ever rendered, and no `//host`, `\\host` or `/\host` poses as a path (browsers read those as another site).
 */
export const safeUrl = (href: string | undefined): string | undefined => {
  const h = href?.trim();
  // What a browser's URL parser reads: leading control characters and every tab or newline dropped.
  const read = h?.replace(/^[\0- ]+|[\t\n\r]/g, '');
  if (!read) return;
  try {
    // A fixed https base resolves relative links to https; explicit schemes keep their own.
    if (allowed.test(new URL(read, 'https://x.invalid/').protocol) && !/^[/\\]{2}/.test(read)) return h;
  } catch {
    /* not a URL at all */
  }
  return;
};
