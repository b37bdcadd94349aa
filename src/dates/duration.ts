// TIMEX3 duration values: P2.5Y, P30M, PT3H, PT5H30M, PXY (an unknown number of years).

import type { Unit } from './vocabulary.js';

const LETTER: Record<Unit, { letter: string; clock: boolean; factor: number }> = {
  second: { letter: 'S', clock: true, factor: 1 },
  minute: { letter: 'M', clock: true, factor: 1 },
  hour: { letter: 'H', clock: true, factor: 1 },
  day: { letter: 'D', clock: false, factor: 1 },
  week: { letter: 'W', clock: false, factor: 1 },
  fortnight: { letter: 'W', clock: false, factor: 2 },
  month: { letter: 'M', clock: false, factor: 1 },
  quarter: { letter: 'Q', clock: false, factor: 1 },
  year: { letter: 'Y', clock: false, factor: 1 },
  decade: { letter: 'E', clock: false, factor: 1 },
  century: { letter: 'C', clock: false, factor: 1 },
};

/** The value of n units; n null means an unknown amount. */
export function durationValue(n: number | null, unit: Unit): string {
  const { letter, clock, factor } = LETTER[unit];
  const p = clock ? 'PT' : 'P';
  if (n === null) return `${p}X${letter}`;
  let amount = n * factor;
  // a counted number of quarters is written in months (TIMEX3 has no quarter unit for amounts)
  if (unit === 'quarter') return `P${amount * 3}M`;
  if (clock && !Number.isInteger(amount) && unit !== 'second') {
    const whole = Math.trunc(amount);
    const sub = Math.round((amount - whole) * 60);
    return `PT${whole}${letter}${sub}${unit === 'hour' ? 'M' : 'S'}`;
  }
  amount = Math.round(amount * 1000) / 1000;
  return `${p}${amount}${letter}`;
}
