// Position words belong to the date they modify (TimeML keeps them in the span): "early next
// year", "late November", "mid-1990", "the end of the year", "earlier this month", "later
// yesterday". One mechanism for every kind of date instead of a variant in each parser.

import type { Candidate } from '../context.js';
import type { Refiner } from '../refiner.js';

const MODIFIER_BEFORE =
  /(?<![\p{L}\p{N}])(?:(?:the\s+)?(?:very\s+)?(?:early|late|mid)(?:\s+in)?\s+|mid-|(?:earlier|later)(?:\s+in)?\s+|(?:at\s+)?the\s+(?:end|beginning|start|middle|close|turn|dawn|rest|remainder|first\s+half|second\s+half|first\s+part|latter\s+part|early\s+part|later\s+part)\s+of\s+(?:the\s+)?)$/iu;
const EXTENDABLE = new Set(['DATE', 'TIME']);

export const extendModifiers: Refiner = {
  name: 'extend-modifiers',
  refine(ctx, candidates) {
    return candidates.map((c): Candidate => {
      if (!EXTENDABLE.has(c.type) || /_REF$/.test(c.value)) return c;
      const before = ctx.text.slice(Math.max(ctx.sentence.start, c.start - 40), c.start);
      const m = MODIFIER_BEFORE.exec(before);
      if (!m) return c;
      let mod = m[0];
      if (/^at\s/i.test(mod)) mod = mod.slice(3);
      const start = c.start - mod.length;
      return { ...c, start };
    });
  },
};
