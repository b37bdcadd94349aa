// Picking the year (or week) of an underspecified date from the reference date. A clause in the
// past tense takes the latest past occurrence, a future one the next occurrence. Without either,
// news looks back: a day or month within the last eight months is taken as past; further back
// than that, the occurrence nearest the reference date wins (an article of 5 January that
// mentions "Jan. 14" means the coming one).

import { addDays, day, isoWeekday } from './calendar.js';
import type { ParsingContext } from './context.js';
import { directionOf } from './direction.js';

const PAST_WINDOW_DAYS = 243; // about eight months
const RECENT_DAYS = 31;

function daysBetween(a: Date, b: Date): number {
  return Math.round((a.getTime() - b.getTime()) / 86400000);
}

/** The year for "October 20" (dayOfMonth given) or "October" (dayOfMonth null) near ref; the
 *  expression spans [start, end) (its clause decides the direction). */
export function yearFor(ctx: ParsingContext, start: number, end: number, ref: Date, month: number, dayOfMonth: number | null): number {
  // a month: the one containing ref counts as both past and present
  if (dayOfMonth === null && month === ref.getMonth() + 1) return ref.getFullYear();
  return occurrenceYear(ctx, start, end, ref, (year) => day(year, month, dayOfMonth ?? 1), dayOfMonth !== null);
}

/** The year of a yearly day or month (`firstDay(year)` is its first day) near ref. */
export function occurrenceYear(ctx: ParsingContext, start: number, end: number, ref: Date, firstDay: (year: number) => Date | null, isDay: boolean): number {
  const y = ref.getFullYear();
  const direction = directionOf(ctx, start, end);
  const options = [y - 1, y, y + 1]
    .map((year) => ({ year, first: firstDay(year) }))
    .filter((o): o is { year: number; first: Date } => o.first !== null);
  if (options.length === 0) return y;
  const past = options.filter((o) => o.first <= ref).pop();
  const next = options.find((o) => o.first > ref);
  if (direction === 'future') {
    const coming = options.find((o) => o.first >= ref);
    // a plan said of a day a few weeks back is still running ("is to run from January 23" on
    // January 28), not a year away
    const recentPast = past && isDay && daysBetween(ref, past.first) <= RECENT_DAYS;
    if (coming && !(recentPast && daysBetween(coming.first, ref) > 300)) return coming.year;
  }
  // a past tense takes the last occurrence, unless the day is only weeks ahead and a year back
  // (a past act can set a coming date: "has set Nov. 10 as the deadline")
  const nearAhead = next && isDay && daysBetween(next.first, ref) <= RECENT_DAYS;
  if (direction === 'past' && past && !nearAhead) return past.year;
  if (past && daysBetween(ref, past.first) <= PAST_WINDOW_DAYS) return past.year;
  let best = options[0];
  for (const o of options) if (Math.abs(daysBetween(o.first, ref)) < Math.abs(daysBetween(best.first, ref))) best = o;
  return best.year;
}

/** The day of a bare weekday: the latest one up to ref, or the next one when the clause looks ahead. */
export function weekdayNear(ctx: ParsingContext, start: number, end: number, ref: Date, weekday: number, shiftWord: string | null): Date {
  const today = isoWeekday(ref);
  const back = (today - weekday + 7) % 7; // 0 = today
  const ahead = (weekday - today + 7) % 7 || 7;
  const w = shiftWord?.toLowerCase() ?? null;
  if (w === 'last' || w === 'past' || w === 'previous') return addDays(ref, -(back || 7));
  if (w === 'next' || w === 'coming') return addDays(ref, ahead);
  if (w === 'this') return addDays(ref, weekday - today);
  if (directionOf(ctx, start, end) === 'future') return back === 0 ? ref : addDays(ref, ahead);
  return addDays(ref, -back);
}
