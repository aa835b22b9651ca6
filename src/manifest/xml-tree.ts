/* A small ordered element tree over fast-xml-parser's `preserveOrder` output: the manifest rules need child order
 * (the XSD is a sequence), attributes and text, and nothing else. Namespace prefixes are kept in `qname` for
 * messages and dropped in `name` for matching (`bt:Image` → `Image`). */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface XmlElement {
  /** Local name, without namespace prefix. */
  name: string;
  /** Name as written, with prefix. */
  qname: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Concatenated, trimmed text content of this element (not of descendants). */
  text: string;
  /** Slash-separated path from the root, for messages: `OfficeApp/VersionOverrides/Resources/bt:Images`. */
  path: string;
}

export type ParseResult = { ok: true; root: XmlElement } | { ok: false; line: number; column: number; reason: string };

const ATTR = '@_';
type RawNode = Record<string, unknown>;

export function localName(qname: string): string {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
}

function toElement(raw: RawNode, parentPath: string): XmlElement | null {
  const qname = Object.keys(raw).find((key) => key !== ':@');
  if (!qname || qname.startsWith('?') || qname === '#text') return null;
  const attrs: Record<string, string> = {};
  const rawAttrs = (raw[':@'] ?? {}) as Record<string, unknown>;
  for (const [key, value] of Object.entries(rawAttrs)) {
    if (key.startsWith(ATTR)) attrs[key.slice(ATTR.length)] = String(value);
  }
  // Ids make paths unambiguous among siblings: `bt:Urls/bt:Url[id=Kstt.Check.Url]`.
  const step = attrs.id ? `${qname}[id=${attrs.id}]` : qname;
  const path = parentPath ? `${parentPath}/${step}` : step;
  const element: XmlElement = { name: localName(qname), qname, attrs, children: [], text: '', path };
  const texts: string[] = [];
  for (const child of (raw[qname] ?? []) as RawNode[]) {
    if ('#text' in child) texts.push(String(child['#text']));
    else {
      const childElement = toElement(child, path);
      if (childElement) element.children.push(childElement);
    }
  }
  element.text = texts.join('').trim();
  return element;
}

/** Checks well-formedness (with line numbers) and builds the tree of the root element. */
export function parseXml(xml: string): ParseResult {
  const validation = XMLValidator.validate(xml);
  if (validation !== true) {
    const { line, col, msg } = validation.err;
    return { ok: false, line, column: col, reason: msg };
  }
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: ATTR,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
  });
  const nodes = parser.parse(xml) as RawNode[];
  for (const node of nodes) {
    const element = toElement(node, '');
    if (element) return { ok: true, root: element };
  }
  return { ok: false, line: 1, column: 1, reason: 'no root element' };
}

/** Children with the given local name. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}

export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((c) => c.name === name);
}

/** Follows a chain of local names: `descend(root, 'DefaultSettings', 'SourceLocation')`. */
export function descend(element: XmlElement | undefined, ...names: string[]): XmlElement | undefined {
  let current = element;
  for (const name of names) current = child(current, name);
  return current;
}

/** Every element in document order, the root included. */
export function allElements(root: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (element: XmlElement) => {
    out.push(element);
    element.children.forEach(walk);
  };
  walk(root);
  return out;
}

/** The attribute regardless of its prefix (`xsi:type` and `type` both answer `type`). */
export function attr(element: XmlElement, name: string): string | undefined {
  if (name in element.attrs) return element.attrs[name];
  const key = Object.keys(element.attrs).find((k) => localName(k) === name);
  return key === undefined ? undefined : element.attrs[key];
}
