// Parsers overlap by design ("May 9 next year" also holds "next year"; "two and a half years ago"
// holds the duration "two and a half years"): keep the longest, and on equal length the one
// from the parser listed first in configuration.ts.

import type { Candidate } from '../context.js';
import type { Refiner } from '../refiner.js';

export const removeOverlaps: Refiner = {
  name: 'remove-overlaps',
  refine(ctx, candidates) {
    // candidates arrive in parser order; a stable sort keeps that order among equal spans
    const ranked = candidates
      .map((c, i) => ({ c, i }))
      .sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.i - b.i);
    const kept: Candidate[] = [];
    for (const { c } of ranked) if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
    void ctx;
    return kept.sort((a, b) => a.start - b.start);
  },
};
