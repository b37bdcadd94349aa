import { describe, expect, it } from 'vitest';
import { periodStart, timelineOf } from '../src/events/timeline.js';
import type { DayRange, NewsEvent, TimexType } from '../src/types.js';

function ev(at: number, value: string | null, type: TimexType = 'DATE', range: DayRange | null = null): NewsEvent {
  return {
    trigger: { start: at, end: at + 4, text: 'word' },
    class: 'OCCURRENCE',
    sentence: { start: 0, end: 100 },
    actors: [],
    targets: [],
    date: value === null ? null : { text: value, start: at + 10, end: at + 14, type, value, range },
    place: null,
    negated: false,
    modality: 'asserted',
  };
}

describe('periodStart', () => {
  it.each([
    ['2024-10-20', '2024-10-20'],
    ['2024-10', '2024-10-01'],
    ['2024', '2024-01-01'],
    ['2024-WI', '2024-12-01'],
    ['2024-SU', '2024-06-01'],
    ['2024-Q3', '2024-07-01'],
    ['2024-H2', '2024-07-01'],
    ['2024-W01', '2024-01-01'],
    ['2021-W01', '2021-01-04'],
    ['199', '1990-01-01'],
    ['2024-10-20T14:30', '2024-10-20T14:30'],
  ])('%s starts at %s', (value, start) => {
    expect(periodStart({ type: 'DATE', value, range: null })).toBe(start);
  });

  it('rejects unresolved values, references, durations and sets', () => {
    expect(periodStart({ type: 'DATE', value: 'XXXX-10-20', range: null })).toBeNull();
    expect(periodStart({ type: 'DATE', value: 'PAST_REF', range: null })).toBeNull();
    expect(periodStart({ type: 'DURATION', value: 'P2Y', range: null })).toBeNull();
    expect(periodStart({ type: 'SET', value: 'P1W', range: null })).toBeNull();
  });

  it('takes a range by its first day', () => {
    expect(periodStart({ type: 'DATE', value: '2024-10-22', range: { start: '2024-10-22', end: '2024-10-24' } })).toBe('2024-10-22');
  });
});

describe('timelineOf', () => {
  it('orders dated events by calendar, ties by position, and drops the undated', () => {
    const events = [
      ev(0, '2025-05-09'),
      ev(10, null),
      ev(20, '2024-WI'),
      ev(30, '1945'),
      ev(40, '2024-10-22', 'DATE', { start: '2024-10-22', end: '2024-10-24' }),
      ev(50, '2024-10-20'),
      ev(60, 'XXXX-10-20'),
      ev(70, 'P2Y', 'DURATION'),
      ev(5, '2024-10-20'),
    ];
    expect(timelineOf(events).map((e) => e.trigger.start)).toEqual([30, 5, 50, 40, 20, 0]);
  });

  it('is empty without dated events', () => {
    expect(timelineOf([ev(0, null), ev(1, 'FUTURE_REF')])).toEqual([]);
  });
});
