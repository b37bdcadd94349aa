// `newsx check` as a human reads it: per file, a table of findings (rule, severity, line:column,
// message, the text), then one summary line for the run.

import type { ChalkInstance } from 'chalk';
import type { CheckReport, Finding, Severity } from '../check/types.js';
import { drawTable, widths } from './table.js';

export interface CheckTableOptions {
  chalk: ChalkInstance;
  width: number;
}

function severity(s: Severity, o: CheckTableOptions): string {
  return s === 'error' ? o.chalk.red(s) : s === 'warning' ? o.chalk.yellow(s) : o.chalk.blue(s);
}

/** The findings of one document under its name; a document without findings gives "" (quiet). */
export function findingsTable(report: CheckReport, o: CheckTableOptions): string {
  if (!report.findings.length) return '';
  const rows = report.findings.map((f) => [f.rule, severity(f.severity, o), `${f.line}:${f.column}`, f.message, o.chalk.cyan(f.text)]);
  const table = drawTable(['Rule', 'Severity', 'Line:Col', 'Message', 'Text'], widths(o.width, [20, 10, 10, null, 24]), rows, o);
  return `${o.chalk.bold(report.id ?? 'stdin')}\n${table}\n`;
}

export interface CheckTotals {
  documents: number;
  withFindings: number;
  bySeverity: Record<Severity, number>;
}

export function countFindings(totals: CheckTotals, findings: readonly Finding[]): void {
  totals.documents++;
  if (findings.length) totals.withFindings++;
  for (const f of findings) totals.bySeverity[f.severity]++;
}

export function checkSummary(t: CheckTotals, o: CheckTableOptions): string {
  const { error, warning, info } = t.bySeverity;
  if (!error && !warning && !info) return o.chalk.green(`No findings in ${t.documents} document${t.documents === 1 ? '' : 's'}.`) + '\n';
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  const parts = [error ? o.chalk.red(plural(error, 'error')) : plural(0, 'error'), plural(warning, 'warning'), `${info} info`];
  return `${parts.join(', ')} in ${t.withFindings} of ${plural(t.documents, 'document')}.\n`;
}
