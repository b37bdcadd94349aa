// The JSON contract (../shared/output-contract.md, version 1) as types: the single source of truth.
// schema/document.schema.json mirrors it and tests validate real CLI output against that schema.
//
// Offsets: analyzers work in UTF-16 indices of the normalised text (what JavaScript strings
// use); src/article/offsets.ts converts every span of a finished report to Unicode code points
// in one place, just before output.

export const SCHEMA_VERSION = 1 as const;

export interface Span {
  start: number;
  end: number;
  text: string;
}

export const ENTITY_TYPES = [
  'PERSON',
  'ORGANIZATION',
  'LOCATION',
  'NATIONALITY',
  'EVENT',
  'MISC',
  'HANDLE',
  'HASHTAG',
  'URL',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface Entity {
  name: string;
  type: EntityType;
  count: number;
  aliases: string[];
  mentions: Span[];
  /** PERSON: the titles, offices and descriptions the article gives the person, each once at its first occurrence; [] for other types. */
  roles: Span[];
  /** PERSON: names of the organisations and places those roles tie the person to; [] for other types. */
  affiliations: string[];
}

export const TIMEX_TYPES = ['DATE', 'TIME', 'DURATION', 'SET'] as const;
export type TimexType = (typeof TIMEX_TYPES)[number];

/** Inclusive first and last day (YYYY-MM-DD); for a span of clock time, its two date-times. */
export interface DayRange {
  start: string;
  end: string;
}

export interface DateExpression extends Span {
  type: TimexType;
  value: string;
  /** Inclusive calendar days, when the expression names a span of days; otherwise null. */
  range: DayRange | null;
}

export interface Quote extends Span {
  speaker: string | null;
  speakerMention: Span | null;
  cue: string | null;
  partial: boolean;
  /** The description that names the speaker when it is no entity ("a police spokesman"), else null. */
  speakerRole: string | null;
  /** Every entity the speaker phrase names, in text order: both of "Kovacs and Halloran said";
   *  `[speaker]` for one speaker, `[]` for none. */
  speakers: string[];
}

export const EVENT_CLASSES = [
  'OCCURRENCE',
  'REPORTING',
  'STATE',
  'I_ACTION',
  'I_STATE',
  'ASPECTUAL',
  'PERCEPTION',
] as const;
export type EventClass = (typeof EVENT_CLASSES)[number];

export const MODALITIES = ['asserted', 'reported', 'possible', 'future'] as const;
export type Modality = (typeof MODALITIES)[number];

export interface EventDate extends Span {
  type: TimexType;
  value: string;
  range: DayRange | null;
}

export interface NewsEvent {
  trigger: Span;
  class: EventClass;
  sentence: { start: number; end: number };
  actors: string[];
  targets: string[];
  date: EventDate | null;
  place: string | null;
  negated: boolean;
  modality: Modality;
}

export type ReferenceDateSource = 'option' | 'input' | 'metadata' | 'text' | null;

/** What the page says about itself (web pages; plain text has every field unknown). */
export interface DocumentMetadata {
  title: string | null;
  /** Bylines, one name each. */
  authors: string[];
  /** ISO 8601 date or date-time, as the page states it. */
  published: string | null;
  siteName: string | null;
  /** BCP 47 tag as the page declares it ("en", "en-GB"). */
  language: string | null;
  /** The canonical address, absolute. */
  url: string | null;
}

export interface DocumentReport {
  schemaVersion: typeof SCHEMA_VERSION;
  id: string | null;
  referenceDate: string | null;
  referenceDateSource: ReferenceDateSource;
  metadata: DocumentMetadata;
  entities?: Entity[];
  dates?: DateExpression[];
  quotes?: Quote[];
  events?: NewsEvent[];
  /** Present only when an analyzer failed on the document: its list is then empty. */
  warnings?: AnalyzerWarning[];
}

/** An analyzer that threw on a document; the document keeps the other analyzers' results. */
export interface AnalyzerWarning {
  analyzer: Task;
  message: string;
}

/** `newsx text --json`: the text the analyzers read, with what is known about the document. */
export interface TextReport {
  schemaVersion: typeof SCHEMA_VERSION;
  id: string | null;
  referenceDate: string | null;
  referenceDateSource: ReferenceDateSource;
  metadata: DocumentMetadata;
  text: string;
}

export interface ErrorReport {
  schemaVersion: typeof SCHEMA_VERSION;
  id: string | null;
  error: { message: string };
}

export const TASKS = ['entities', 'dates', 'quotes', 'events'] as const;
export type Task = (typeof TASKS)[number];
