// Inside the article Readability chose, blocks that are mostly links are lists of other stories
// ("Related:", "You may also like", "Read more on …"), not the article's text: dropped.

/** Above this share of its text in links, a block is a link list. */
const MAX_LINK_SHARE = 0.5;
/** A block with this much text outside its links says something of its own (a paragraph with a
 * linked name whose link carries a hidden hover card) and stays. */
const OWN_TEXT = 80;
const BLOCKS = 'ul,ol,dl,p,div,table,h2,h3,h4,h5,h6,section';

function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, '').length;
}

export function removeLinkLists(content: Element): void {
  for (const el of content.querySelectorAll(BLOCKS)) {
    if (!content.contains(el)) continue; // inside a block already dropped
    const len = textLength(el);
    if (!len) continue;
    let links = 0;
    for (const a of el.querySelectorAll('a')) links += textLength(a);
    if (links > MAX_LINK_SHARE * len && len - links < OWN_TEXT) el.remove();
  }
}
