// The pipeline: the article is built once, then each requested analyzer runs in dependency order
// on it and on the results before it (quotes need entities; events need entities, dates and
// quotes: a quotation's "I" is its speaker).
// Spans are converted to code points once, at the end, in toCodePoints.

import { buildArticle, packArticle, unpackArticle, type Article, type ArticleOptions, type PackedArticle } from './article/article.js';
import { codePointMap, type OffsetMap } from './article/offsets.js';
import { findDates } from './dates/index.js';
import { findEntities } from './entities/index.js';
import type { Mention } from './entities/mention.js';
import { recognizeMentions } from './entities/recognize.js';
import { resolveEntities } from './entities/resolve.js';
import { findEvents } from './events/index.js';
import { findQuotes } from './quotes/index.js';
import { adoptArticleTags, articleTags } from './model/pos.js';
import { SCHEMA_VERSION, type AnalyzerWarning, type DocumentReport, type Entity, type Span, type Task } from './types.js';

export interface AnalyzeOptions extends ArticleOptions {
  /** Which lists to include; default all four. */
  tasks?: readonly Task[];
}

/** What each task needs computed before it. */
export const TASK_NEEDS = {
  entities: [],
  dates: [],
  quotes: ['entities'],
  events: ['entities', 'dates', 'quotes'],
} as const satisfies Record<Task, readonly Task[]>;

const ORDER: readonly Task[] = ['entities', 'dates', 'quotes', 'events'];

/** The tasks to compute for `tasks`: themselves and what they need. */
export function neededTasks(tasks: readonly Task[]): Set<Task> {
  const wanted = new Set<Task>(tasks);
  for (const t of tasks) for (const n of TASK_NEEDS[t]) wanted.add(n);
  return wanted;
}

/**
 * Runs one analyzer; if it throws, the document keeps the other analyzers' results: the task's list
 * is empty and the failure is noted in `warnings` (the CLI reports it and exits 1). An analyzer's
 * bug on one odd input must never lose the whole document.
 */
function isolated<T>(task: Task, warnings: AnalyzerWarning[], run: () => T[]): T[] {
  try {
    return run();
  } catch (err) {
    warnings.push({ analyzer: task, message: err instanceof Error ? err.message : String(err) });
    return [];
  }
}

/**
 * `known.entities`: the article's entities, already found (by entityStage, on another thread);
 * `known.warnings`: analyzers that already failed on it there.
 */
export function analyzeArticle(article: Article, tasks: readonly Task[], known: { entities?: Entity[]; warnings?: AnalyzerWarning[] } = {}): DocumentReport {
  const wanted = neededTasks(tasks);
  const warnings: AnalyzerWarning[] = [...(known.warnings ?? [])];
  const entities = known.entities ?? (wanted.has('entities') ? isolated('entities', warnings, () => findEntities(article)) : []);
  const dates = wanted.has('dates') ? isolated('dates', warnings, () => findDates(article)) : [];
  const quotes = wanted.has('quotes') ? isolated('quotes', warnings, () => findQuotes(article, entities)) : [];
  const events = wanted.has('events') ? isolated('events', warnings, () => findEvents(article, entities, dates, quotes)) : [];
  const report: DocumentReport = {
    schemaVersion: SCHEMA_VERSION,
    id: article.id,
    referenceDate: article.referenceDate,
    referenceDateSource: article.referenceDateSource,
    metadata: article.metadata,
  };
  const asked = new Set(tasks);
  for (const t of ORDER) {
    if (!asked.has(t)) continue;
    if (t === 'entities') report.entities = entities;
    if (t === 'dates') report.dates = dates;
    if (t === 'quotes') report.quotes = quotes;
    if (t === 'events') report.events = events;
  }
  // only when something failed, so the reports of healthy runs stay as they were
  if (warnings.length) report.warnings = warnings;
  return toCodePoints(report, codePointMap(article.text));
}

export function analyze(text: string, options: AnalyzeOptions = {}): DocumentReport {
  const article = buildArticle(text, options);
  return analyzeArticle(article, options.tasks ?? ORDER);
}

function span<T extends { start: number; end: number }>(s: T, map: OffsetMap): T {
  return { ...s, start: map(s.start), end: map(s.end) };
}

/** Every span of the report from UTF-16 indices to code points (the contract's unit). */
export function toCodePoints(report: DocumentReport, map: OffsetMap): DocumentReport {
  const out = { ...report };
  if (report.entities) out.entities = report.entities.map((e) => ({ ...e, mentions: e.mentions.map((m) => span<Span>(m, map)), roles: e.roles.map((r) => span<Span>(r, map)) }));
  if (report.dates) out.dates = report.dates.map((d) => span(d, map));
  if (report.quotes)
    out.quotes = report.quotes.map((q) => ({ ...span(q, map), speakerMention: q.speakerMention ? span(q.speakerMention, map) : null }));
  if (report.events)
    out.events = report.events.map((e) => ({
      ...e,
      trigger: span(e.trigger, map),
      sentence: span(e.sentence, map),
      date: e.date ? span(e.date, map) : null,
    }));
  return out;
}

/**
 * The analysis cut in two for two threads (the batch pipeline, src/cli/batch.ts): entityStage
 * builds and tags the article and recognises its name mentions, the costly part; finishAnalysis,
 * given that (plain, cloneable data), resolves the mentions into entities and runs the other
 * analyzers on the same article. Together they give exactly analyze's report.
 */
export interface EntityStage {
  article: Article;
  tags: string[][];
  mentions: Mention[];
  /** The entity recogniser's failure on this article, if it threw. */
  warnings: AnalyzerWarning[];
}

export function entityStage(text: string, options: ArticleOptions = {}): EntityStage {
  const article = buildArticle(text, options);
  const warnings: AnalyzerWarning[] = [];
  const mentions = isolated('entities', warnings, () => recognizeMentions(article));
  return { article, mentions, tags: articleTags(article), warnings };
}

// A short made-up article with the kinds of expressions news has (dates and times, a quote, a
// name, events), for warmFinishStage.
const WARM_TEXT =
  'LONDON, Monday 4 March 2024 -- The minister said on Tuesday that talks would resume next week, two years after they began.\n' +
  '"We will meet again in the spring," Jane Smith told reporters at 3 p.m. on March 5, before flying to Paris.';

/**
 * Runs finishAnalysis once on a short made-up article, so that the main thread of the batch
 * pipeline loads its models, word lists and date patterns while it waits for the worker's first
 * document, instead of on its way through the first documents. Nothing it leaves changes any
 * later result (the caches it fills hold pure functions of their keys).
 */
export function warmFinishStage(): void {
  const article = buildArticle(WARM_TEXT);
  finishAnalysis({ article, tags: article.sentences.map((s) => s.tokens.map(() => 'NN')), mentions: [], warnings: [] }, ORDER);
}

export function finishAnalysis(stage: EntityStage, tasks: readonly Task[]): DocumentReport {
  const { article } = stage;
  adoptArticleTags(article, stage.tags);
  const warnings = [...stage.warnings];
  const entities = isolated('entities', warnings, () => resolveEntities(article, stage.mentions));
  return analyzeArticle(article, tasks, { entities, warnings });
}

/** An entity stage as it crosses to another thread: the article packed (see packArticle). */
export interface PackedStage {
  article: PackedArticle;
  tags: string[][];
  mentions: Mention[];
  warnings: AnalyzerWarning[];
}

export function packStage(stage: EntityStage): PackedStage {
  return { article: packArticle(stage.article), tags: stage.tags, mentions: stage.mentions, warnings: stage.warnings };
}

export function unpackStage(packed: PackedStage): EntityStage {
  return { article: unpackArticle(packed.article), tags: packed.tags, mentions: packed.mentions, warnings: packed.warnings };
}
