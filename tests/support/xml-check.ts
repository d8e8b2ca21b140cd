/**
 * Checks that a document is well-formed XML (tags nest and close, attributes
 * are quoted, only the five predefined entities or numeric references are
 * used) and returns its elements in document order. Enough to catch broken
 * escaping in the feeds and sitemap without an XML dependency.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  text: string;
  path: string;
}

const ENTITY = /&(?:lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi;

function decode(text: string, where: string): string {
  const stray = text.replace(ENTITY, '').match(/[<&]/);
  if (stray) throw new Error(`unescaped "${stray[0]}" in ${where}: ${JSON.stringify(text.slice(0, 80))}`);
  return text.replace(ENTITY, (e) => ({ '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&apos;': "'" })[e] ?? String.fromCodePoint(Number(e.slice(2, -1).replace(/^x/i, '0x'))));
}

export function parseXml(xml: string): XmlElement[] {
  const elements: XmlElement[] = [];
  const open: XmlElement[] = [];
  const tag = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<\?xml[^?]*\?>/g;
  let last = 0;
  let roots = 0;
  for (const match of xml.matchAll(tag)) {
    const between = xml.slice(last, match.index);
    if (open.length === 0 && between.trim()) throw new Error(`text outside the root element: ${JSON.stringify(between.slice(0, 80))}`);
    if (open.length) open[open.length - 1].text += decode(between, open[open.length - 1].path);
    last = match.index + match[0].length;
    if (!match[2]) continue;
    const [, closing, name, attrs, selfClosing] = match;
    if (closing) {
      const top = open.pop();
      if (top?.name !== name) throw new Error(`</${name}> closes <${top?.name ?? 'nothing'}>`);
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const a of attrs.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attributes[a[1]] = decode(a[2] ?? a[3], `${name}@${a[1]}`);
    const element = { name, attributes, text: '', path: [...open.map((e) => e.name), name].join('/') };
    elements.push(element);
    if (open.length === 0) roots++;
    if (!selfClosing) open.push(element);
  }
  const rest = xml.slice(last);
  if (rest.includes('<')) throw new Error(`malformed markup: ${JSON.stringify(rest.slice(rest.indexOf('<'), rest.indexOf('<') + 60))}`);
  if (open.length) throw new Error(`unclosed <${open[open.length - 1].name}>`);
  if (roots !== 1) throw new Error(`expected one root element, found ${roots}`);
  return elements;
}
