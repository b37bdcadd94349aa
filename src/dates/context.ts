// Per-call state shared by parsers and refiners: the article text, the sentence being read, the
// reference date, and what earlier sentences established (the last calendar point mentioned, so
// that "a year earlier" and "the year-ago quarter" can be anchored the TimeML way).

import type { Sentence } from '../article/article.js';
import type { DayRange, TimexType } from '../types.js';
import type { Point } from './calendar.js';
import type { Unit } from './vocabulary.js';

/** A time expression found by a parser, before the refiners settle span and value. */
export interface Candidate {
  start: number;
  end: number;
  type: TimexType;
  value: string;
  range: DayRange | null;
  /** The calendar point the value names, when it names one (used for anchoring and ranges). */
  point?: Point | null;
  /** Set when the value needs an anchor: shift the last-mentioned point by n units. */
  /** `fromRef`: counted from the reference date ("a year ago"), not from the last date named. */
  /** `weekday`: the nth such weekday from the anchor ("the previous Friday"); `part`: a part of
   *  the day to append ("the next morning" → 1998-10-24TMO). */
  anchor?: { unit: Unit; n: number; quarterAware: boolean; fromRef?: boolean; weekday?: number; part?: string };
  /** The value was derived from another mention (so it must not anchor later ones). */
  derived?: boolean;
  /** A clock time whose day the text writes ("5 p.m. EST, Nov. 6"), not the reference day assumed. */
  dayWritten?: boolean;
  /** Name of the parser that made it (debugging, and tie-breaking in overlap removal). */
  source: string;
}

export interface DocumentState {
  /** The most recent calendar point named in the text so far. */
  lastPoint: Point | null;
  /** The most recent quarter named, and in which sentence (financial reports compare quarters). */
  lastQuarter: { point: Point; sentence: number } | null;
  /** The first quarter (already begun) the article names: the period an earnings report is about. */
  topicQuarter: { point: Point; sentence: number } | null;
}

/**
 * The quarter a comparison ("a year earlier", "the year-ago period") is about: one named earlier
 * in the same sentence, else the quarter the report is about (the first begun one it named),
 * provided some quarter was named within `scope` sentences. A side remark on another quarter
 * ("after a flat second quarter") does not move the comparison off the report's subject.
 */
export function discussedQuarter(ctx: ParsingContext, scope: number): Point | null {
  const { lastQuarter, topicQuarter } = ctx.state;
  if (!lastQuarter || ctx.sentenceIndex - lastQuarter.sentence > scope) return null;
  if (lastQuarter.sentence === ctx.sentenceIndex) return lastQuarter.point;
  return (topicQuarter ?? lastQuarter).point;
}

export interface ParsingContext {
  /** The whole article text; candidate offsets index into it. */
  text: string;
  sentence: Sentence;
  sentenceIndex: number;
  sentenceText: string;
  /** The reference (publication) date, or null when unknown. */
  ref: Date | null;
  state: DocumentState;
  /** Penn part-of-speech tags of the sentence's tokens, computed on first use (tense of verbs). */
  tags?: () => readonly string[];
}

/** The text before a candidate inside its sentence, up to `max` characters. */
export function textBefore(ctx: ParsingContext, start: number, max = 60): string {
  return ctx.text.slice(Math.max(ctx.sentence.start, start - max), start);
}

export function textAfter(ctx: ParsingContext, end: number, max = 40): string {
  return ctx.text.slice(end, Math.min(ctx.sentence.end, end + max));
}
