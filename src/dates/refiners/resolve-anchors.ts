// Values that count from another date, the TimeML way: "a year earlier" and "three weeks later"
// count from the last date the text named (else from the reference date); in a financial report
// that compares quarters, "a year ago" and "the year-earlier" mean the same quarter a year before.
// Runs last, in text order, so each candidate sees the points named before it; index.ts carries
// the last point across sentences.

import { isoWeekday, shift, valueOf, type Granularity, type Point } from '../calendar.js';
import { discussedQuarter, type Candidate, type ParsingContext } from '../context.js';
import type { Refiner } from '../refiner.js';
import type { Unit } from '../vocabulary.js';

/** How many sentences back a quarter still frames "a year ago". */
const QUARTER_SCOPE = 6;

const UNIT_GRAN: Partial<Record<Unit, Granularity>> = { day: 'day', week: 'week', month: 'month', year: 'year', quarter: 'quarter' };
const ORDER: Granularity[] = ['day', 'week', 'month', 'quarter', 'season', 'year', 'decade', 'century'];

function coarser(a: Granularity, b: Granularity): Granularity {
  return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
}

/** The day n days (or, with a weekday, the nth such weekday) from base, with its part of day. */
function dayFrom(base: Date, a: NonNullable<Candidate['anchor']>): Pick<Candidate, 'value' | 'point'> {
  let d = shift(base, 'day', a.n);
  if (a.weekday !== undefined) {
    const step = a.n < 0 ? -1 : 1;
    d = shift(base, 'day', step);
    while (isoWeekday(d) !== a.weekday) d = shift(d, 'day', step);
  }
  const p: Point = { date: d, gran: 'day' };
  return { value: valueOf(p) + (a.part ? `T${a.part}` : ''), point: p };
}

export function notePoint(ctx: ParsingContext, c: Candidate): void {
  if (!c.point || c.type === 'DURATION' || c.type === 'SET') return;
  // only dates the text states (or counts from the reference date) anchor others; a value derived
  // from an anchor would make chains drift ("a year earlier" … "a year earlier" → two years)
  if (c.anchor || c.derived) return;
  ctx.state.lastPoint = c.point;
  // only a quarter already begun is compared with the year before: a forecast ("losses through the
  // third quarter of 1990") is not the period a report's figures belong to
  if (c.point.gran === 'quarter' && (!ctx.ref || c.point.date <= ctx.ref)) {
    const q = { point: c.point, sentence: ctx.sentenceIndex };
    ctx.state.lastQuarter = q;
    ctx.state.topicQuarter ??= q;
  }
}

export const resolveAnchors: Refiner = {
  name: 'resolve-anchors',
  refine(ctx, candidates) {
    // a period counted in months before the comparison ("for the nine months, ... a year
    // earlier") is what the comparison is about, not the report's quarter
    let periodBefore = false;
    return candidates.map((c) => {
      let out = c;
      const a = c.anchor;
      if (a) {
        const sameSentence = ctx.state.lastQuarter?.sentence === ctx.sentenceIndex;
        let q = periodBefore && !sameSentence ? null : discussedQuarter(ctx, QUARTER_SCOPE);
        // a quarter compared in its own sentence becomes the subject of what follows
        // ("Separately, X reported third-quarter profit ..., up from ... a year earlier")
        if (q && sameSentence && a.quarterAware) ctx.state.topicQuarter = ctx.state.lastQuarter;
        if (periodBefore && !q && a.quarterAware && a.unit === 'year' && a.n === -1 && ctx.ref) {
          const p: Point = { date: shift(ctx.ref, 'year', -1), gran: 'year' };
          out = { ...c, value: valueOf(p), point: p, derived: true };
          notePoint(ctx, out);
          return out;
        }
        // "a year ago" counts from now: only a quarter of the reference year frames it
        if (q && a.fromRef && ctx.ref && q.date.getFullYear() !== ctx.ref.getFullYear()) q = null;
        if (a.fromRef && !q && c.value === 'XXXX' && ctx.ref) {
          const p: Point = { date: shift(ctx.ref, a.unit, a.n), gran: UNIT_GRAN[a.unit] ?? 'day' };
          out = { ...c, value: valueOf(p), point: p };
        } else if (a.quarterAware && q && a.unit === 'year') {
          const p: Point = { date: shift(q.date, 'year', a.n), gran: 'quarter' };
          out = { ...c, value: valueOf(p), point: p };
        } else if (c.value === 'XXXX') {
          const base: Point | null = ctx.state.lastPoint ?? (ctx.ref ? { date: ctx.ref, gran: 'day' } : null);
          if (!base) out = { ...c, value: a.n < 0 ? 'PAST_REF' : a.n > 0 ? 'FUTURE_REF' : 'PRESENT_REF' };
          else {
            if (a.weekday !== undefined || a.part !== undefined) {
              // counted from a day; from a coarser point ("in March ... the next morning") only the
              // part of the day is known
              out = base.gran === 'day' ? { ...c, ...dayFrom(base.date, a) } : { ...c, value: `XXXX-XX-XX${a.part ? `T${a.part}` : ''}` };
              notePoint(ctx, out);
              return out;
            }
            const unitGran = UNIT_GRAN[a.unit] ?? 'day';
            // counted weeks land on a day, as with "ago"
            const gran = base.gran === 'season' ? 'year' : coarser(base.gran, unitGran === 'week' ? 'day' : unitGran);
            const p: Point = { date: shift(base.date, a.unit, a.n), gran };
            out = { ...c, value: valueOf(p), point: p };
          }
        }
      }
      if (c.type === 'DURATION' && /^P\d+M$/.test(c.value)) periodBefore = true;
      notePoint(ctx, out);
      return out;
    });
  },
};
