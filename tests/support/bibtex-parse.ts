/**
 * A strict little BibTeX reader for tests: it understands @type{key, name = {value}, …}
 * with brace-delimited values, and fails loudly on anything unbalanced or malformed,
 * the way BibTeX itself would choke on it.
 */
export interface BibEntry {
  type: string;
  key: string;
  fields: Map<string, string>;
}

export function parseBibtex(text: string): BibEntry[] {
  const entries: BibEntry[] = [];
  let i = 0;
  const fail = (message: string): never => {
    throw new Error(`${message} at offset ${i}: ${JSON.stringify(text.slice(i, i + 60))}`);
  };
  const skipSpace = () => {
    while (i < text.length && /\s/.test(text[i])) i++;
  };
  const readBraced = (): string => {
    if (text[i] !== '{') fail('expected {');
    let depth = 0;
    const start = i + 1;
    for (; i < text.length; i++) {
      if (text[i] === '{') depth++;
      else if (text[i] === '}' && --depth === 0) return text.slice(start, i++);
    }
    return fail('unbalanced braces');
  };
  while (i < text.length) {
    const at = text.indexOf('@', i);
    if (at === -1) break;
    i = at + 1;
    const type = /^[a-z]+/i.exec(text.slice(i))?.[0] ?? fail('expected an entry type');
    i += type.length;
    skipSpace();
    if (text[i] !== '{') fail('expected { after entry type');
    i++;
    const key = /^[^,\s{}]+/.exec(text.slice(i))?.[0] ?? fail('expected a citation key');
    i += key.length;
    const fields = new Map<string, string>();
    for (;;) {
      skipSpace();
      if (text[i] === '}') {
        i++;
        break;
      }
      if (text[i] !== ',') fail('expected , or }');
      i++;
      skipSpace();
      if (text[i] === '}') {
        i++;
        break;
      }
      const name = /^[a-z][a-z0-9_-]*/i.exec(text.slice(i))?.[0] ?? fail('expected a field name');
      i += name.length;
      skipSpace();
      if (text[i] !== '=') fail('expected =');
      i++;
      skipSpace();
      const value = /^\d+/.exec(text.slice(i))?.[0];
      if (value) i += value.length;
      if (fields.has(name.toLowerCase())) fail(`field ${name} given twice`);
      fields.set(name.toLowerCase(), value ?? readBraced());
    }
    entries.push({ type: type.toLowerCase(), key, fields });
  }
  return entries;
}
