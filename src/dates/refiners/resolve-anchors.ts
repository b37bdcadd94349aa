// Values that count from another date, the TimeML way: "a year earlier" and "three weeks later"
// count from the last date the text named (else from the reference date); in a financial report
// that compares quarters, "a year ago" and "the year-earlier" mean the same quarter a year before.
// Runs last, in text order, so each candidate sees the points named before it; index.ts carries
// the last point across sentences.

import { shift, valueOf, type Granularity, type Point } from '../calendar.js';
import type { Candidate, ParsingContext } from '../context.js';
import type { Refiner } from '../refiner.js';
import type { Unit } from '../vocabulary.js';

/** How many sentences back a quarter still frames "a year ago". */
const QUARTER_SCOPE = 6;

const UNIT_GRAN: Partial<Record<Unit, Granularity>> = { day: 'day', week: 'week', month: 'month', year: 'year', quarter: 'quarter' };
const ORDER: Granularity[] = ['day', 'week', 'month', 'quarter', 'season', 'year', 'decade', 'century'];

function coarser(a: Granularity, b: Granularity): Granularity {
  return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
}

export function notePoint(ctx: ParsingContext, c: Candidate): void {
  if (!c.point || c.type === 'DURATION' || c.type === 'SET') return;
  // only dates the text states (or counts from the reference date) anchor others; a value derived
  // from an anchor would make chains drift ("a year earlier" … "a year earlier" → two years)
  if (c.anchor || c.derived) return;
  ctx.state.lastPoint = c.point;
  if (c.point.gran === 'quarter') ctx.state.lastQuarter = { point: c.point, sentence: ctx.sentenceIndex };
}

export const resolveAnchors: Refiner = {
  name: 'resolve-anchors',
  refine(ctx, candidates) {
    return candidates.map((c) => {
      let out = c;
      const a = c.anchor;
      if (a) {
        let q = ctx.state.lastQuarter;
        if (q && ctx.sentenceIndex - q.sentence > QUARTER_SCOPE) q = null;
        // "a year ago" counts from now: only a quarter of the reference year frames it
        if (q && a.fromRef && ctx.ref && q.point.date.getFullYear() !== ctx.ref.getFullYear()) q = null;
        if (a.fromRef && !q && c.value === 'XXXX' && ctx.ref) {
          const p: Point = { date: shift(ctx.ref, a.unit, a.n), gran: UNIT_GRAN[a.unit] ?? 'day' };
          out = { ...c, value: valueOf(p), point: p };
        } else if (a.quarterAware && q && a.unit === 'year') {
          const p: Point = { date: shift(q.point.date, 'year', a.n), gran: 'quarter' };
          out = { ...c, value: valueOf(p), point: p };
        } else if (c.value === 'XXXX') {
          const base: Point | null = ctx.state.lastPoint ?? (ctx.ref ? { date: ctx.ref, gran: 'day' } : null);
          if (!base) out = { ...c, value: a.n < 0 ? 'PAST_REF' : a.n > 0 ? 'FUTURE_REF' : 'PRESENT_REF' };
          else {
            const unitGran = UNIT_GRAN[a.unit] ?? 'day';
            // counted weeks land on a day, as with "ago"
            const gran = base.gran === 'season' ? 'year' : coarser(base.gran, unitGran === 'week' ? 'day' : unitGran);
            const p: Point = { date: shift(base.date, a.unit, a.n), gran };
            out = { ...c, value: valueOf(p), point: p };
          }
        }
      }
      notePoint(ctx, out);
      return out;
    });
  },
};
