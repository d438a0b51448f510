// Gettext without gettext: reads .po files, writes .mo (for PHP) and Jed JSON (for the editor script).
import { createHash } from 'node:crypto';

const unquote = (s) => JSON.parse(s.replace(/\\(?!["\\nt])/g, '\\\\'));

/** Entries of a .po or .pot file: { context, id, plural, strings, fuzzy, comments }. The header is the entry with id ''. */
export const parsePo = (text) => {
  const entries = [];
  let entry = null;
  let field = null;
  const start = () =>
    (entry = { context: undefined, id: undefined, plural: undefined, strings: [], fuzzy: false, comments: [] });
  const flush = () => entry && entry.id !== undefined && entries.push(entry);
  start();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) {
      flush();
      start();
      field = null;
      continue;
    }
    if (line.startsWith('#')) {
      if (entry.id !== undefined) {
        flush();
        start();
        field = null;
      }
      if (line.startsWith('#,') && line.includes('fuzzy')) entry.fuzzy = true;
      entry.comments.push(line);
      continue;
    }
    const m = /^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(".*")$/.exec(line);
    if (m) {
      if ((m[1] == 'msgctxt' || m[1] == 'msgid') && entry.id !== undefined && entry.strings.length) {
        flush();
        start();
      }
      field = m[1] == 'msgstr' ? ['strings', 0] : m[2] !== undefined ? ['strings', Number(m[2])] : [m[1], null];
      const value = unquote(m[3]);
      if (field[0] == 'strings') entry.strings[field[1]] = value;
      else entry[{ msgctxt: 'context', msgid: 'id', msgid_plural: 'plural' }[field[0]]] = value;
      continue;
    }
    if (line.startsWith('"') && field) {
      const value = unquote(line);
      if (field[0] == 'strings') entry.strings[field[1]] += value;
      else {
        const key = { msgctxt: 'context', msgid: 'id', msgid_plural: 'plural' }[field[0]];
        entry[key] += value;
      }
    }
  }
  flush();
  return entries;
};

/** The header's fields, such as Language and Plural-Forms. */
export const poHeader = (entries) => {
  const header = entries.find((e) => e.id === '' && e.context === undefined)?.strings[0] ?? '';
  return Object.fromEntries(
    header
      .split('\n')
      .filter(Boolean)
      .map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]),
  );
};

const translated = (entries) => entries.filter((e) => !e.fuzzy && e.strings.length && e.strings.every((s) => s));
const key = (e) => (e.context !== undefined ? `${e.context}\u0004` : '') + e.id;

/** A little-endian .mo file, strings sorted by original as the format requires. */
export const toMo = (entries) => {
  const list = translated(entries)
    .map((e) => [key(e) + (e.plural !== undefined ? `\0${e.plural}` : ''), e.strings.join('\0')])
    .sort(([a], [b]) => Buffer.from(a).compare(Buffer.from(b)));
  const n = list.length;
  const originals = list.map(([o]) => Buffer.from(o));
  const translations = list.map(([, t]) => Buffer.from(t));
  const headerSize = 28 + 16 * n;
  let offset = headerSize;
  const table = Buffer.alloc(headerSize);
  table.writeUInt32LE(0x950412de, 0);
  table.writeUInt32LE(0, 4);
  table.writeUInt32LE(n, 8);
  table.writeUInt32LE(28, 12);
  table.writeUInt32LE(28 + 8 * n, 16);
  table.writeUInt32LE(0, 20);
  table.writeUInt32LE(headerSize, 24);
  const chunks = [];
  [originals, translations].forEach((strings, t) =>
    strings.forEach((s, i) => {
      table.writeUInt32LE(s.length, 28 + t * 8 * n + i * 8);
      table.writeUInt32LE(offset, 28 + t * 8 * n + i * 8 + 4);
      chunks.push(s, Buffer.from([0]));
      offset += s.length + 1;
    }),
  );
  return Buffer.concat([table, ...chunks]);
};

/** The JSON that wp_set_script_translations() loads for one script. */
export const toJed = (entries, domain = 'messages') => {
  const header = poHeader(entries);
  const messages = {
    '': {
      domain,
      lang: header.Language ?? '',
      'plural-forms': header['Plural-Forms'] ?? 'nplurals=2; plural=(n != 1);',
    },
  };
  for (const e of translated(entries)) if (e.id) messages[key(e)] = e.strings;
  return JSON.stringify({ domain, locale_data: { [domain]: messages } });
};

/** WordPress names a script's translation file after the md5 of the script's path inside the plugin. */
export const scriptHash = (path) => createHash('md5').update(path).digest('hex');
