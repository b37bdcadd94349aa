import type { NewsEvent } from '../types.js';

/** Events with a fully resolved calendar date, in calendar order (placeholder ordering by value). */
export function timelineOf(events: NewsEvent[]): NewsEvent[] {
  const dated = events.filter((e) => e.date && /^\d{4}/.test(e.date.value) && !e.date.value.includes('X'));
  return dated.sort((a, b) => (a.date!.range?.start ?? a.date!.value).localeCompare(b.date!.range?.start ?? b.date!.value) || a.trigger.start - b.trigger.start);
}
