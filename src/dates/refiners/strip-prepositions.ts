// The span is the expression, not the preposition that introduces it (contract and TimeML):
// patterns that look at "from"/"between"/"in" to recognise a range or a ref word may have taken
// it in; this pass trims it off, with the space after it.

import type { Refiner } from '../refiner.js';

const LEADING = /^(?:on|in|at|from|since|between|during|until|till|by|for|of|to)\s+(?!least\b|most\b)/iu;

export const stripPrepositions: Refiner = {
  name: 'strip-prepositions',
  refine(ctx, candidates) {
    return candidates.map((c) => {
      const text = ctx.text.slice(c.start, c.end);
      const m = LEADING.exec(text);
      return m && m[0].length < text.length ? { ...c, start: c.start + m[0].length } : c;
    });
  },
};
