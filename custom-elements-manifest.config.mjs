// `<ser-provider>` declares its attributes from the settings table (src/config/settings.ts), which the analyzer cannot
// follow: this reads the table and adds each attribute-backed setting to the manifest, as a field and an attribute.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

const settingsFile = 'src/config/settings.ts';

/** `{ name, attribute, description }` for each row of the table but `messages` (JSON and `config` only). */
const attributeSettings = () => {
  const source = ts.createSourceFile(settingsFile, readFileSync(settingsFile, 'utf8'), ts.ScriptTarget.Latest, true);
  let table;
  source.forEachChild(function find(node) {
    if (ts.isVariableDeclaration(node) && node.name.getText() == 'settings') table = node.initializer.expression;
    else node.forEachChild(find);
  });
  return table.properties.flatMap((row) => {
    const name = row.name.getText();
    if (name == 'messages') return [];
    const doc = ts.getJSDocCommentsAndTags(row)[0];
    const description = ts.getTextOfJSDocComment(doc?.comment)?.replace(/\s+/g, ' ') ?? '';
    // The key in kebab case, as `attributeOf` in settings.ts names it.
    const attribute = name.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());
    return [{ name, attribute, description }];
  });
};

export default {
  plugins: [
    {
      name: 'ser-provider-settings',
      packageLinkPhase({ customElementsManifest }) {
        const rows = attributeSettings();
        for (const mod of customElementsManifest.modules)
          for (const decl of mod.declarations ?? []) {
            if (decl.tagName != 'ser-provider') continue;
            const type = { text: 'string | undefined' };
            decl.members = [
              ...rows.map(({ name, attribute, description }) => ({
                kind: 'field',
                name,
                privacy: 'public',
                type,
                description,
                attribute,
              })),
              ...(decl.members ?? []),
            ];
            decl.attributes = [
              ...rows.map(({ name, attribute, description }) => ({
                name: attribute,
                type,
                description,
                fieldName: name,
              })),
              ...(decl.attributes ?? []),
            ];
          }
      },
    },
  ],
};
