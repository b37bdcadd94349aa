// Picking the year (or week) of an underspecified date from the reference date. News looks back:
// without a future cue, a day or month within the last eight months is taken as past; further
// back than that, the occurrence nearest the reference date wins (an article of 5 January that
// mentions "Jan. 14" means the coming one). A future cue takes the next occurrence.

import { addDays, day, isoWeekday } from './calendar.js';
import type { ParsingContext } from './context.js';
import { pointsToFuture } from './direction.js';

const PAST_WINDOW_DAYS = 243; // about eight months

function daysBetween(a: Date, b: Date): number {
  return Math.round((a.getTime() - b.getTime()) / 86400000);
}

/** The year for "October 20" (dayOfMonth given) or "October" (dayOfMonth null) near ref. */
export function yearFor(ctx: ParsingContext, start: number, ref: Date, month: number, dayOfMonth: number | null): number {
  const y = ref.getFullYear();
  const future = pointsToFuture(ctx, start);
  const options = [y - 1, y, y + 1]
    .map((year) => {
      const first = day(year, month, dayOfMonth ?? 1);
      const last = dayOfMonth === null ? day(year, month + 1 > 12 ? 12 : month + 1, 1) : first;
      return { year, first, last: month === 12 && dayOfMonth === null ? day(year, 12, 31) : last };
    })
    .filter((o) => o.first !== null) as { year: number; first: Date; last: Date | null }[];
  if (dayOfMonth === null) {
    // a month: the one containing ref counts as both past and present
    const same = options.find((o) => o.year === y && month === ref.getMonth() + 1);
    if (same) return y;
  }
  if (future) {
    const next = options.find((o) => o.first >= ref || (dayOfMonth === null && o.year === y && month >= ref.getMonth() + 1));
    if (next) return next.year;
  }
  const past = options.filter((o) => o.first <= ref).pop();
  if (past && daysBetween(ref, past.first) <= PAST_WINDOW_DAYS) return past.year;
  let best = options[0];
  for (const o of options) if (Math.abs(daysBetween(o.first, ref)) < Math.abs(daysBetween(best.first, ref))) best = o;
  return best.year;
}

/** The day of a bare weekday: the latest one up to ref, or the next one after a future cue. */
export function weekdayNear(ctx: ParsingContext, start: number, ref: Date, weekday: number, shiftWord: string | null): Date {
  const today = isoWeekday(ref);
  const back = (today - weekday + 7) % 7; // 0 = today
  const ahead = (weekday - today + 7) % 7 || 7;
  const w = shiftWord?.toLowerCase() ?? null;
  if (w === 'last' || w === 'past' || w === 'previous') return addDays(ref, -(back || 7));
  if (w === 'next' || w === 'coming') return addDays(ref, ahead);
  if (w === 'this') return addDays(ref, weekday - today);
  if (pointsToFuture(ctx, start)) return back === 0 ? ref : addDays(ref, ahead);
  return addDays(ref, -back);
}
