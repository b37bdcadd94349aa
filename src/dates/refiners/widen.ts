// For refiners that widen a candidate over the words before it ("the week of March 6"): the wide
// one takes its place and the candidates those words held ("the week") go. One pass over a sorted,
// disjoint list, so the list stays so and a sentence of thousands of dates is read once (issue 17).

import type { Candidate } from '../context.js';

/** Push `wide` (which replaces `narrow`) onto `out`, the kept candidates before it, dropping those it
 *  now covers; push `narrow` instead when `wide` would cut through one. */
export function pushWidened(out: Candidate[], wide: Candidate, narrow: Candidate): void {
  let k = out.length;
  while (k > 0 && out[k - 1].end > wide.start) {
    if (out[k - 1].start < wide.start) {
      out.push(narrow);
      return;
    }
    k--;
  }
  out.length = k;
  out.push(wide);
}
