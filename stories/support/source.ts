/**
 * "Show code" as a designer would paste it: story chrome (stack and grid wrappers, captions, notes) goes,
 * empty text goes, boolean attributes lose `=""`, and the markup is indented one element per line.
 */
const unwrap = new Set(['ser-stack', 'ser-grid', 'ser-canvas', 'ser-states']);
const drop = new Set(['ser-caption', 'ser-note', 'ser-output']);
const inline = new Set(['a', 'b', 'strong', 'em', 'small', 'code', 'span', 'abbr']);

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

const open = (el: Element): string => {
  const attrs = [...el.attributes]
    .filter((a) => !(a.name == 'class' && !a.value.trim()))
    .map((a) => (a.value === '' ? ` ${a.name}` : ` ${a.name}="${escapeAttr(a.value)}"`));
  return `<${el.localName}${attrs.join('')}>`;
};

const isVoid = (el: Element) => /^(br|hr|img|input|meta|link|source|wbr)$/.test(el.localName);

/** The nodes to print for `node`: a story wrapper is replaced by its children, chrome by nothing. */
const visible = (node: Node): Node[] => {
  if (node.nodeType == Node.COMMENT_NODE) return [];
  if (node.nodeType == Node.TEXT_NODE) return node.textContent?.trim() ? [node] : [];
  if (!(node instanceof Element)) return [];
  const classes = [...node.classList];
  if (classes.some((c) => drop.has(c))) return [];
  if (classes.some((c) => unwrap.has(c))) return [...node.childNodes].flatMap(visible);
  return [node];
};

/** One element with only text and inline children fits on a line; anything else is indented. */
const print = (node: Node, depth: number): string => {
  const pad = '  '.repeat(depth);
  if (node.nodeType == Node.TEXT_NODE) return pad + escapeText(node.textContent!.trim().replace(/\s+/g, ' '));
  const el = node as Element;
  if (isVoid(el)) return pad + open(el);
  if (el.localName == 'style' || el.localName == 'script') {
    const body = el
      .textContent!.trim()
      .split('\n')
      .map((l) => `${pad}  ${l.trim()}`)
      .join('\n');
    return `${pad}${open(el)}\n${body}\n${pad}</${el.localName}>`;
  }
  const children = [...el.childNodes].flatMap(visible);
  const flat = children.every((c) => c.nodeType == Node.TEXT_NODE || inline.has((c as Element).localName));
  if (flat) {
    const text = el.innerHTML
      .replace(/<!--[^]*?-->/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    return `${pad}${open(el)}${text}</${el.localName}>`;
  }
  return `${pad}${open(el)}\n${children.map((c) => print(c, depth + 1)).join('\n')}\n${pad}</${el.localName}>`;
};

/** `parameters.docs.source.transform`: the rendered story's HTML, made paste-ready. */
export const pasteReady = (code: string): string => {
  const template = document.createElement('template');
  template.innerHTML = code;
  return [...template.content.childNodes]
    .flatMap(visible)
    .map((n) => print(n, 0))
    .join('\n');
};
