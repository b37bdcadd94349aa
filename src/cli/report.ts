// One document in, the text to print out: analysis, command-specific shaping and rendering.
// Pure and serialisable in its settings, so batch workers can run it as well as the main thread.

import { Chalk } from 'chalk';
import { analyze, entityStage, finishAnalysis, neededTasks, packStage, unpackStage, type PackedStage } from '../analyze.js';
import { timelineOf } from '../events/timeline.js';
import { checkDocument, CHECK_TASKS, type RuleSettings } from '../check/index.js';
import type { CheckReport } from '../check/types.js';
import { findingsTable } from '../render/check-table.js';
import { renderGithub } from '../render/github.js';
import { renderJson } from '../render/json.js';
import { datesTable, entitiesTable, eventsTable, header, quotesTable, timelineTable, type TableOptions } from '../render/table.js';
import { referenceDateOf, stripBom } from '../article/article.js';
import { paragraphsOf } from '../article/sentences.js';
import { SCHEMA_VERSION, type DocumentReport, type EntityType, type ErrorReport, type Task, type TextReport } from '../types.js';
import type { Doc } from './input.js';
import type { HtmlDocument } from '../render/html.js';

export const COMMANDS = {
  entities: { tasks: ['entities'], summary: 'named entities: people, organisations, places, nationalities, events' },
  dates: { tasks: ['dates'], summary: 'time expressions with their TIMEX3 calendar values' },
  quotes: { tasks: ['quotes'], summary: 'direct quotes with who said them' },
  events: { tasks: ['events'], summary: 'events: who did what to whom, when and where' },
  analyze: { tasks: ['entities', 'dates', 'quotes', 'events'], summary: 'all four in one pass over the article' },
  timeline: { tasks: ['events'], summary: 'the dated events in calendar order' },
  check: { tasks: CHECK_TASKS, summary: "check the article's facts like a linter: dates, names, quotations (exit 1 on errors)" },
  text: { tasks: [], summary: 'the article text the others read (offsets index into it); --json adds the metadata' },
} as const satisfies Record<string, { tasks: readonly Task[]; summary: string }>;

export type Command = keyof typeof COMMANDS;

export const FORMATS = ['table', 'json', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export interface RenderSettings {
  command: Command;
  /** html: renderDocument hands back the report and text; the CLI renders one page of them all. */
  format: Format;
  /** format is json. */
  json: boolean;
  pretty: boolean;
  /** --date: the reference date for documents that do not bring their own. */
  date: string | null;
  colourLevel: 0 | 1 | 2 | 3;
  width: number;
  types: EntityType[] | null;
  minCount: number;
  all: boolean;
  /** `check`: the rules to run at their severities, and its output format (table and json also set `format`). */
  check: { rules: RuleSettings; format: CheckFormat } | null;
}

/** `check`'s formats: no html page; github annotations and a SARIF log instead. */
export const CHECK_FORMATS = ['table', 'json', 'github', 'sarif'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

export interface Rendered {
  out: string;
  /** Lines for stderr (without the "newsx: " prefix). */
  messages: string[];
  failed: boolean;
  /** --format html: the document for the page (written once every document is in). */
  page?: HtmlDocument;
  /** `check`: the document's findings, for the run's exit status, summary and SARIF log. */
  check?: CheckReport;
}

function articleOptions(doc: Doc, s: RenderSettings) {
  return { id: doc.id, date: doc.date ?? s.date, dateSource: doc.date ? ('input' as const) : ('option' as const), metadata: doc.metadata };
}

/** `newsx text`: the document with its text instead of analyses (no tokens, no models). */
function textReport(doc: Doc, s: RenderSettings): TextReport {
  const text = stripBom(doc.text);
  const { referenceDate, referenceDateSource } = referenceDateOf(text, paragraphsOf(text), articleOptions(doc, s));
  return { schemaVersion: SCHEMA_VERSION, id: doc.id, referenceDate, referenceDateSource, metadata: doc.metadata, text };
}

/** Whether the command's analysis can be cut at the entities (see entityStage): it needs them and more. */
export function splitsAtEntities(command: Command): boolean {
  const wanted = neededTasks(COMMANDS[command].tasks);
  return wanted.has('entities') && wanted.size > 1;
}

/** The first half of a document's analysis, for the batch pipeline's other thread, packed to cross. */
export function firstStage(doc: Doc, s: RenderSettings): PackedStage {
  return packStage(entityStage(doc.text, articleOptions(doc, s)));
}

/** `first`: the document's entity stage, when another thread has done it. */
export function buildReport(doc: Doc, s: RenderSettings, first?: PackedStage): DocumentReport {
  const tasks = COMMANDS[s.command].tasks;
  const report = first ? finishAnalysis(unpackStage(first), tasks) : analyze(doc.text, { ...articleOptions(doc, s), tasks });
  if (report.entities && (s.types || s.minCount > 1)) {
    report.entities = report.entities.filter((e) => (!s.types || s.types.includes(e.type)) && e.count >= s.minCount);
  }
  if (s.command === 'timeline' && report.events) report.events = timelineOf(report.events);
  return report;
}

function renderTables(report: DocumentReport, doc: Doc, s: RenderSettings, many: boolean): string {
  const o: TableOptions = { chalk: new Chalk({ level: s.colourLevel }), width: s.width, all: s.all };
  const parts: string[] = [];
  const titled = s.command === 'analyze';
  if (many || titled) parts.push(header(report, o));
  const section = (title: string, body: string) => parts.push(titled ? `${o.chalk.bold.underline(title)}\n${body}` : body);
  if (s.command === 'dates' && !many) parts.push(o.chalk.dim(`Reference date: ${report.referenceDate ?? 'none'}${report.referenceDateSource ? ` (${report.referenceDateSource})` : ''}`));
  if (report.entities) section('Entities', entitiesTable(report.entities, o));
  if (report.dates) section('Dates', datesTable(report.dates, o));
  if (report.quotes) section('Quotes', quotesTable(report.quotes, o));
  if (report.events) {
    if (s.command === 'timeline') section('Timeline', timelineTable(report.events, doc.text, o));
    else section('Events', eventsTable(report.events, o));
  }
  return parts.join('\n') + '\n';
}

/**
 * The output of one document. `many`: several documents go to the same output (titles in tables).
 * `first`: its entity stage, done on another thread.
 */
export function renderDocument(doc: Doc, s: RenderSettings, many: boolean, first?: PackedStage): Rendered {
  const messages = doc.warnings.map((w) => `warning: ${doc.id ?? 'input'}: ${w}`);
  if (doc.error !== null) {
    const message = doc.error;
    const record: ErrorReport = { schemaVersion: SCHEMA_VERSION, id: doc.id, error: { message } };
    const line = doc.where === undefined ? message : `${doc.where}: ${message}`;
    if (s.format === 'html') return { out: '', messages: [...messages, line], failed: true, page: { report: record, text: '' } };
    return { out: s.json ? renderJson(record, s.pretty) : '', messages: [...messages, line], failed: true };
  }
  if (s.command === 'text') {
    const report = textReport(doc, s);
    if (s.format === 'html') {
      const { text, ...shown } = report;
      return { out: '', messages, failed: false, page: { report: shown, text } };
    }
    const o: TableOptions = { chalk: new Chalk({ level: s.colourLevel }), width: s.width, all: s.all };
    return { out: s.json ? renderJson(report, s.pretty) : `${many ? `${header(report, o)}\n` : ''}${report.text}\n`, messages, failed: false };
  }
  const report = buildReport(doc, s, first);
  // an analyzer that threw: the document is still printed with the others' results, the run fails
  for (const w of report.warnings ?? []) messages.push(`warning: ${doc.id ?? 'input'}: ${w.analyzer} analyzer failed: ${w.message}`);
  const failed = Boolean(report.warnings?.length);
  if (s.check) return { ...renderCheck(report, doc, s), messages, failed };
  if (s.format === 'html') return { out: '', messages, failed, page: { report, text: doc.text } };
  const out = s.json ? renderJson(report, s.pretty) : renderTables(report, doc, s, many);
  return { out, messages, failed };
}

/** `check`: the rules over the document's analysis, in the chosen format (SARIF is written whole at the end). */
function renderCheck(report: DocumentReport, doc: Doc, s: RenderSettings): Pick<Rendered, 'out' | 'check'> {
  const check = checkDocument(report, doc.text, s.check!.rules, doc.directives, doc.source);
  const format = s.check!.format;
  let out = '';
  if (format === 'json') out = renderJson(check, s.pretty);
  else if (format === 'github') out = renderGithub(check);
  else if (format === 'table') out = findingsTable(check, { chalk: new Chalk({ level: s.colourLevel }), width: s.width });
  return { out, check };
}
