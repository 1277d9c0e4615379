/**
 * A small reader of Well-Known Text (WKT 1 as ESRI and OGC write it, and WKT 2) into a tree of
 * nodes: `KEYWORD["name", value, CHILD[...], ...]`. It reads structure only; what the nodes mean
 * is for `prjToProj4.ts`.
 */

/** One `KEYWORD[...]` node; arguments are strings, numbers and child nodes in order. */
export interface WktNode {
  keyword: string;
  args: Array<string | number | WktNode>;
}

/**
 * The tree of a WKT text, or null when the text is not well-formed WKT.
 *
 * @example
 * parseWkt('UNIT["Meter",1.0]'); // { keyword: 'UNIT', args: ['Meter', 1] }
 */
export function parseWkt(text: string): WktNode | null {
  let at = 0;
  const skipSpace = () => {
    while (at < text.length && /\s/.test(text[at] ?? '')) at++;
  };
  const node = (): WktNode | null => {
    skipSpace();
    const keyword = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(at))?.[0];
    if (!keyword) return null;
    at += keyword.length;
    skipSpace();
    const open = text[at];
    if (open !== '[' && open !== '(') return { keyword: keyword.toUpperCase(), args: [] };
    const close = open === '[' ? ']' : ')';
    at++;
    const args: WktNode['args'] = [];
    for (;;) {
      skipSpace();
      const character = text[at];
      if (character === undefined) return null;
      if (character === close) {
        at++;
        return { keyword: keyword.toUpperCase(), args };
      }
      if (character === ',') {
        at++;
        continue;
      }
      if (character === '"') {
        const end = text.indexOf('"', at + 1);
        if (end < 0) return null;
        args.push(text.slice(at + 1, end));
        at = end + 1;
      } else if (/[-+.\d]/.test(character)) {
        const number = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/.exec(text.slice(at))?.[0];
        if (!number) return null;
        args.push(Number(number));
        at += number.length;
      } else {
        const child = node();
        if (!child) return null;
        args.push(child);
      }
    }
  };
  const root = node();
  skipSpace();
  return root && at === text.length ? root : null;
}

/** The first child node with one of the keywords, searched depth-first. */
export function findNode(node: WktNode, keywords: readonly string[]): WktNode | undefined {
  for (const arg of node.args) {
    if (typeof arg !== 'object') continue;
    if (keywords.includes(arg.keyword)) return arg;
    const found = findNode(arg, keywords);
    if (found) return found;
  }
  return undefined;
}

/** The direct children with one of the keywords. */
export function childNodes(node: WktNode, keywords: readonly string[]): WktNode[] {
  return node.args.filter(
    (arg): arg is WktNode => typeof arg === 'object' && keywords.includes(arg.keyword),
  );
}

/** A node's name (its first argument when that is a string); empty when it has none. */
export function nodeName(node: WktNode | undefined): string {
  const first = node?.args[0];
  return typeof first === 'string' ? first : '';
}

/** A node's numeric argument at `position`; undefined when it is not a number. */
export function nodeNumber(node: WktNode | undefined, position: number): number | undefined {
  const value = node?.args[position];
  return typeof value === 'number' ? value : undefined;
}
