// `newsx check`: the rules in the order their findings are listed at one place, and the run of
// them over one analysed document. Like the dates analyzer's parsers, each rule is a small file
// (rules/) with its id, default severity, help and a find(context) that returns spans.

import { paragraphsOf } from '../article/sentences.js';
import { codePointMap } from '../article/offsets.js';
import type { DocumentReport } from '../types.js';
import { directivesOf, silenced, type Directive } from './directives.js';
import { impossibleDate } from './rules/impossible-date.js';
import { nameVariant } from './rules/name-variant.js';
import { quoteUnattributed } from './rules/quote-unattributed.js';
import { quoteUnclosed } from './rules/quote-unclosed.js';
import { relativeDateUnanchored } from './rules/relative-date-unanchored.js';
import { surnameFirst } from './rules/surname-first.js';
import { weekdayMismatch } from './rules/weekday-mismatch.js';
import { utf16Report } from './utf16.js';
import type { CheckReport, Finding, Rule, Severity } from './types.js';

export type { CheckReport, Finding, Rule, Severity } from './types.js';
export type { Directive } from './directives.js';

// Errors first (what fails a job), then warnings, then information; within each, from the
// calendar to the names to the quotations, as a copy editor reads.
export const RULES: readonly Rule[] = [
  weekdayMismatch,
  impossibleDate,
  nameVariant,
  quoteUnclosed,
  quoteUnattributed,
  surnameFirst,
  relativeDateUnanchored,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);

/** The analyses the rules read (no events: no rule needs them). */
export const CHECK_TASKS = ['entities', 'dates', 'quotes'] as const;

/** Which rules run and at what severity: rule id -> severity; rules not in the map do not run. */
export type RuleSettings = Record<string, Severity>;

export function defaultRuleSettings(): RuleSettings {
  return Object.fromEntries(RULES.map((r) => [r.id, r.severity]));
}

/** 1-based line and column (in code points) of each UTF-16 index, for indices given in order. */
function positions(text: string) {
  let line = 1;
  let lineStart = 0;
  let at = 0;
  return (i: number): { line: number; column: number } => {
    if (i < at) {
      line = 1;
      lineStart = 0;
      at = 0;
    }
    for (; at < i; at++) {
      if (text.charCodeAt(at) === 10) {
        line++;
        lineStart = at + 1;
      }
    }
    let column = 1;
    for (let k = lineStart; k < i; k++) {
      const c = text.charCodeAt(k);
      if (!(c >= 0xdc00 && c <= 0xdfff && k > lineStart && text.charCodeAt(k - 1) >= 0xd800 && text.charCodeAt(k - 1) <= 0xdbff)) column++;
    }
    return { line, column };
  };
}

/**
 * The findings of one document. `report`: its analysis (code points, as the analyzers give it to
 * users), with at least CHECK_TASKS; `text`: the analysed text; `directives`: the inline opt-outs
 * when the reader found them (Markdown, HTML), else they are read from the text; `source`: the file
 * as written when the reader blanked markup out of `text` (same length): lines, columns and the
 * findings' text come from it.
 */
export function checkDocument(report: DocumentReport, text: string, settings: RuleSettings, directives?: readonly Directive[], source?: string): CheckReport {
  const ctx = { text, report: utf16Report(report, text), paragraphs: paragraphsOf(text) };
  const optOuts = directives ?? directivesOf(text);
  const raw: { rule: Rule; severity: Severity; start: number; end: number; message: string }[] = [];
  for (const rule of RULES) {
    const severity = settings[rule.id];
    if (!severity) continue;
    for (const f of rule.find(ctx)) if (!silenced(optOuts, rule.id, f.start)) raw.push({ rule, severity, ...f });
  }
  raw.sort((a, b) => a.start - b.start || a.end - b.end);
  const file = source !== undefined && source.length === text.length ? source : text;
  const at = positions(file);
  const toCodePoint = codePointMap(file);
  const findings: Finding[] = raw.map((f) => ({
    rule: f.rule.id,
    severity: f.severity,
    message: f.message,
    start: toCodePoint(f.start),
    end: toCodePoint(f.end),
    text: file.slice(f.start, f.end),
    ...at(f.start),
  }));
  return { schemaVersion: 1, id: report.id, findings };
}
