// Removes the page's furniture before the article is looked for, so Readability neither keeps it
// inside the article nor lets it pull the choice of container. The guard against a class name
// that happens to contain a furniture word ("entry-content-read-more", "article modal-enabled"):
// an element that holds half of the page's running text stays. Running text is text in runs long
// enough to be sentences and outside links, the stuff of paragraphs (in <p> or between <br>s)
// rather than of menus and link lists.

import { FURNITURE_TAGS, isFurnitureName } from './boilerplate.js';

/** A run of text at least this long (characters, trimmed) reads as prose. */
const PROSE_RUN = 60;
/** An element with at least this share of the page's running text is taken for the article's container. */
const CONTAINER_SHARE = 0.5;
/** Where a <time> is part of the text: "the council met on <time>Thursday</time>". */
const IN_PROSE = 'p,li,blockquote,td,dd,h2,h3,h4,h5,h6';
const ELEMENT = 1;
const TEXT = 3;

/** Characters of running text under a node, walked without recursion. */
export function runningText(root: Node): number {
  let n = 0;
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop() as Node;
    if (node.nodeType === TEXT) {
      const len = (node.nodeValue ?? '').trim().length;
      if (len >= PROSE_RUN) n += len;
    } else if (node.nodeType === ELEMENT && node.nodeName !== 'A') {
      const kids = node.childNodes;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
    }
  }
  return n;
}

/** How deep the element tree goes under `root`, walked without recursion. */
export function depthOf(root: Element): number {
  let max = 0;
  const stack: [Element, number][] = [[root, 0]];
  while (stack.length) {
    const [el, d] = stack.pop() as [Element, number];
    if (d > max) max = d;
    for (const child of el.children) stack.push([child, d + 1]);
  }
  return max;
}

export function removeFurniture(document: Document): void {
  const body = document.body ?? document.documentElement;
  if (!body) return;
  for (const el of body.querySelectorAll('script,style,template')) el.remove();
  const total = runningText(body);
  const candidates: Element[] = [];
  for (const el of body.querySelectorAll(FURNITURE_TAGS.join(','))) candidates.push(el);
  for (const el of body.querySelectorAll('[class],[id]')) {
    if (isFurnitureName(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)) candidates.push(el);
  }
  // A date shown on its own (the article's dateline) rather than within a sentence.
  for (const el of body.querySelectorAll('time')) if (!el.closest(IN_PROSE)) candidates.push(el);
  for (const el of candidates) {
    if (!el.isConnected) continue;
    if (total > 0 && runningText(el) >= CONTAINER_SHARE * total) continue;
    el.remove();
  }
}
