// The vocabulary of `newsx check`: rules, what they find, and how findings are reported.

import type { Paragraph } from '../article/article.js';
import type { DocumentReport } from '../types.js';

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Severity rank: higher is worse; `--fail-on none` is above every finding. */
export const SEVERITY_RANK: Record<Severity | 'none', number> = { info: 1, warning: 2, error: 3, none: 4 };

/** What a rule reports, in UTF-16 indices of the analysed text (see toFindings for the contract's units). */
export interface RawFinding {
  start: number;
  end: number;
  message: string;
}

/**
 * What a rule reads: the document's report (entities, dates, quotes; spans in UTF-16 indices of
 * `text`, like the analyzers' own) and the text itself, with its paragraphs (one per line).
 */
export interface CheckContext {
  text: string;
  report: DocumentReport;
  paragraphs: readonly Paragraph[];
}

export interface Rule {
  id: string;
  severity: Severity;
  /** One line: what the rule finds. */
  summary: string;
  /** A paragraph for the documentation and SARIF's help text: what, why, and what it leaves alone. */
  help: string;
  find(ctx: CheckContext): RawFinding[];
}

/** A finding as the contract gives it: offsets in code points, line and column from 1 (column in code points). */
export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  text: string;
  line: number;
  column: number;
}

/** One document's findings (the `--json` record of `check`). */
export interface CheckReport {
  schemaVersion: 1;
  id: string | null;
  findings: Finding[];
}
