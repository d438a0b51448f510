/** The parts of a custom-elements manifest (schema 2) that the docs read. */
interface Member {
  kind?: string;
  name: string;
  privacy?: string;
  static?: boolean;
  attribute?: string;
  description?: string;
  type?: Type;
}
interface Type {
  text: string;
}
interface Attribute {
  name: string;
  default?: string;
  fieldName?: string;
  description?: string;
  type?: Type;
}
interface Named {
  name: string;
  description?: string;
  default?: string;
}
interface Declaration {
  name?: string;
  kind?: string;
  tagName?: string;
  members?: Member[];
  attributes?: Attribute[];
  slots?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
  events?: Named[];
  [key: string]: unknown;
}
export interface Manifest {
  modules?: { declarations?: Declaration[]; [key: string]: unknown }[];
  [key: string]: unknown;
}

/** `SerExplainerCard` → `ser-explainer-card`: a fallback for a widget whose JSDoc lacks `@tagname`. */
const tagOf = (d: Declaration): string | undefined =>
  d.tagName ??
  (d.kind == 'class' && d.name && /^Ser[A-Z]/.test(d.name) && d.name != 'SerElement'
    ? d.name.replace(/[A-Z]/g, (c, i: number) => (i ? '-' : '') + c.toLowerCase())
    : undefined);

/** `string | undefined` → `string`, so Storybook picks a text control rather than an object editor. */
const defined = <T extends { type?: Type }>(x: T): T =>
  x.type ? { ...x, type: { ...x.type, text: x.type.text.replace(/\s*\|\s*undefined\b/g, '') } } : x;

/**
 * The docs table's "Default" column: the analyzer's initial value, else the default the JSDoc states
 * ("Default: …", "`x` (default)", "Empty: …", "Without it: …"), else "not set".
 */
const withDefault = <T extends { default?: string; description?: string }>(x: T): T => {
  const text = x.description ?? '';
  const stated =
    /Default: (.+?)\.(?:\s|$)/.exec(text)?.[1] ??
    /`([^`]+)` \(default\)/.exec(text)?.[1] ??
    /(?:Empty|Without it): (.+?)\.(?:\s|$)/.exec(text)?.[1];
  return { ...x, default: x.default ?? stated ?? 'not set' };
};

/** Internals are for the library's authors, not for designers: private, protected, `_names` and statics go. */
const isPublic = (m: Member): boolean =>
  !m.static && m.privacy != 'private' && m.privacy != 'protected' && !m.name.startsWith('_');

/**
 * The manifest as designers should see it. A property that has an attribute is listed once, under
 * attributes (with its property name), so controls are not doubled. Storybook keys its table by name,
 * so parts are listed as `::part(name)` (a part may share a name with a slot or an attribute) and the
 * unnamed slot as `default`.
 */
export const publicManifest = (manifest: Manifest): Manifest => ({
  ...manifest,
  modules: manifest.modules?.map((mod) => ({
    ...mod,
    declarations: mod.declarations?.map((d) => {
      const tagName = tagOf(d);
      if (!tagName) return d;
      const members = (d.members ?? []).filter(isPublic);
      const fields = new Set(members.map((m) => m.name));
      return {
        ...d,
        tagName,
        members: members.filter((m) => !(m.kind == 'field' && m.attribute)).map((m) => defined(m)),
        attributes: (d.attributes ?? [])
          .filter((a) => !a.fieldName || fields.has(a.fieldName))
          .map((a) => ({
            ...withDefault(defined(a)),
            description: [a.description, a.fieldName && a.fieldName != a.name && `Property: \`${a.fieldName}\`.`]
              .filter(Boolean)
              .join(' '),
          })),
        slots: d.slots?.map((s) => (s.name ? s : { ...s, name: 'default' })),
        // Only the events a widget documents (`@fires`): the base class's generic emit() is not one.
        events: d.events?.filter((e) => e.description),
        cssProperties: d.cssProperties?.map((p) => withDefault(p)),
        cssParts: d.cssParts?.map((p) => ({ ...p, name: `::part(${p.name})` })),
      };
    }),
  })),
});
