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

/** The unit a fraction of a calendar unit is counted in, and how many of them make one. */
const SMALLER: Partial<Record<Unit, { letter: string; per: number; clock: boolean }>> = {
  decade: { letter: 'Y', per: 10, clock: false },
  century: { letter: 'Y', per: 100, clock: false },
  day: { letter: 'H', per: 24, clock: true },
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
    return `PT${whole ? `${whole}${letter}` : ''}${sub}${unit === 'hour' ? 'M' : 'S'}`;
  }
  // a fraction of a day, decade or century is written with the next smaller unit where that is
  // exact ("a day and a half" P1DT12H, "half a decade" P5Y); years keep their decimal (P2.5Y, the
  // output contract's form), and so does an inexact fraction ("a week and a half" P1.5W)
  const smaller = SMALLER[unit];
  if (smaller && !Number.isInteger(amount)) {
    const whole = Math.trunc(amount);
    const sub = (amount - whole) * smaller.per;
    if (Math.abs(sub - Math.round(sub)) < 1e-9) {
      // years are a plain count ("half a decade" P5Y); hours follow the day's time designator
      if (!smaller.clock) return `P${Math.round(amount * smaller.per)}${smaller.letter}`;
      return `P${whole ? `${whole}${letter}` : ''}T${Math.round(sub)}${smaller.letter}`;
    }
  }
  amount = Math.round(amount * 1000) / 1000;
  // whole thousands of years are millennia, TIMEX3's L ("two thousand years" P2L)
  if (unit === 'year' && amount >= 1000 && amount % 1000 === 0) return `P${amount / 1000}L`;
  return `${p}${amount}${letter}`;
}
