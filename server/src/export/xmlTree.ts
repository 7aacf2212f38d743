/** An XML element built in code; strings among its children are text, never markup. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

type Attributes = Record<string, string | number | boolean | null | undefined>;
type Child = XmlNode | null | undefined | false | readonly Child[];

const NAME = /^[A-Za-z_][\w.-]*(:[A-Za-z_][\w.-]*)?$/;
// Everything XML 1.0 does not allow in a document: C0 controls but tab, LF and CR,
// lone surrogates, U+FFFE and U+FFFF.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
// Attribute values also keep their whitespace and quotes: a parser would normalise a raw tab or newline to a space.
const ATTRIBUTE_ESCAPES: Record<string, string> = {
  ...TEXT_ESCAPES,
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
};

function checkedName(name: string): string {
  if (!NAME.test(name)) throw new Error(`not an XML name: ${JSON.stringify(name)}`);
  return name;
}

/** `text` as XML character data: escaped, and without characters no XML 1.0 document may hold. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML_CHAR, '').replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c] as string);
}

function xmlAttribute(value: string): string {
  return value.replace(NOT_XML_CHAR, '').replace(/[&<>"'\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c] as string);
}

/** An element; attributes left undefined, null or false are omitted, and so are empty children. */
export function el(name: string, attributes: Attributes = {}, ...children: Child[]): XmlElement {
  const kept: Record<string, string> = {};
  for (const [key, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null && value !== false) kept[checkedName(key)] = String(value);
  }
  const flat: XmlNode[] = [];
  const add = (child: Child) => {
    if (Array.isArray(child)) child.forEach(add);
    else if (typeof child === 'string' ? child !== '' : child) flat.push(child as XmlNode);
  };
  children.forEach(add);
  return { name: checkedName(name), attributes: kept, children: flat };
}

/** `indent` is null inside text, where added whitespace would change what the text says. */
function serialize(node: XmlNode, indent: string | null, out: string[], textual: ReadonlySet<string>): void {
  if (typeof node === 'string') {
    out.push(xmlText(node));
    return;
  }
  const attributes = Object.entries(node.attributes)
    .map(([key, value]) => ` ${key}="${xmlAttribute(value)}"`)
    .join('');
  if (node.children.length === 0) {
    out.push(`<${node.name}${attributes}/>`);
    return;
  }
  out.push(`<${node.name}${attributes}>`);
  const inner =
    indent === null || textual.has(node.name) || node.children.some((child) => typeof child === 'string')
      ? null
      : `${indent}  `;
  for (const child of node.children) {
    if (inner !== null) out.push(`\n${inner}`);
    serialize(child, inner, out, textual);
  }
  if (inner !== null) out.push(`\n${indent}`);
  out.push(`</${node.name}>`);
}

/**
 * The document as UTF-8 XML text with its declaration. Block structure is
 * indented; elements named in `textual` (paragraphs, inline formatting) and
 * any element holding text are written without added whitespace.
 */
export function toXml(root: XmlElement, textual: ReadonlySet<string>): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  serialize(root, '', out, textual);
  out.push('\n');
  return out.join('');
}
