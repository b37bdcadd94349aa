// An element's text as the analyzers read it: one paragraph per line. Block elements (paragraphs,
// headings, list items, quotes, table rows) and <br> end a line; inline markup joins its text;
// runs of white space become one space, as a browser renders them. <pre> keeps its lines.

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TFOOT', 'THEAD', 'TR', 'UL',
]);
/** Never text a reader sees. */
const HIDDEN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'SVG', 'IFRAME', 'OBJECT', 'CANVAS', 'SELECT', 'OPTION', 'BUTTON', 'INPUT', 'TEXTAREA']);
const CELL = new Set(['TD', 'TH']);
const ELEMENT = 1;
const TEXT = 3;

/** The minimal DOM this needs, so the linkedom types stay out of the signatures. */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue?: string | null;
  childNodes: ArrayLike<DomNode>;
}

class Lines {
  readonly lines: string[] = [];
  private current = '';

  text(s: string): void {
    this.current += s;
  }

  space(): void {
    if (this.current && !this.current.endsWith(' ')) this.current += ' ';
  }

  end(): void {
    const line = this.current.replace(/[ \t\n\r\f\v\u00a0]+/g, ' ').trim();
    if (line) this.lines.push(line);
    this.current = '';
  }
}

function walk(node: DomNode, out: Lines, depth: number): void {
  const kids = node.childNodes;
  for (let i = 0; i < kids.length; i++) {
    const n = kids[i];
    if (n.nodeType === TEXT) {
      out.text(n.nodeValue ?? '');
      continue;
    }
    if (n.nodeType !== ELEMENT) continue;
    const name = n.nodeName.toUpperCase();
    if (HIDDEN.has(name)) continue;
    if (name === 'BR') {
      out.end();
      continue;
    }
    if (name === 'PRE') {
      out.end();
      for (const line of textOf(n).split('\n')) {
        out.text(line);
        out.end();
      }
      continue;
    }
    const block = BLOCK.has(name);
    if (block) out.end();
    else if (CELL.has(name)) out.space();
    // Deeply nested markup: past this depth the text is still taken, flat, without recursion.
    if (depth > 200) out.text(textOf(n));
    else walk(n, out, depth + 1);
    if (block) out.end();
    else if (CELL.has(name)) out.space();
  }
}

/** All text under a node, iteratively (no recursion, whatever the depth). */
function textOf(root: DomNode): string {
  let s = '';
  const stack: DomNode[] = [root];
  while (stack.length) {
    const n = stack.pop() as DomNode;
    if (n.nodeType === TEXT) s += n.nodeValue ?? '';
    else if (n.nodeType === ELEMENT && !HIDDEN.has(n.nodeName.toUpperCase())) {
      for (let i = n.childNodes.length - 1; i >= 0; i--) stack.push(n.childNodes[i]);
    }
  }
  return s;
}

/** The lines of text of a node, without empty ones. */
export function linesOf(root: DomNode): string[] {
  const out = new Lines();
  walk(root, out, 0);
  out.end();
  return out.lines;
}
