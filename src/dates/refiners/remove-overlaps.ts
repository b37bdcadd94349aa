// Parsers overlap by design ("May 9 next year" also holds "next year"; "two and a half years ago"
// holds the duration "two and a half years"): keep the longest, and on equal length the one
// from the parser listed first in configuration.ts.

import { firstIndex } from '../../article/search.js';
import type { Candidate } from '../context.js';
import type { Refiner } from '../refiner.js';

export const removeOverlaps: Refiner = {
  name: 'remove-overlaps',
  refine(ctx, candidates) {
    // candidates arrive in parser order; a stable sort keeps that order among equal spans
    const ranked = candidates
      .map((c, i) => ({ c, i }))
      .sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.i - b.i);
    // the kept spans do not overlap, so sorted by start their ends are sorted too: a candidate
    // overlaps one of them exactly when it overlaps the last that starts before its end (a
    // binary search; testing every kept span was quadratic in a sentence of thousands of dates)
    const kept: Candidate[] = [];
    for (const { c } of ranked) {
      const at = firstIndex(kept, (k) => k.start >= c.end);
      const before = kept[at - 1];
      if (before && before.end > c.start && before.start < c.end) continue;
      kept.splice(at, 0, c);
    }
    void ctx;
    return kept;
  },
};
