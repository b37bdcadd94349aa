import type { CheckReport } from '../check/types.js';
import type { DocumentReport, ErrorReport, TextReport } from '../types.js';

/** One JSON Lines record (or an indented document with `pretty`), newline-terminated. */
export function renderJson(report: DocumentReport | TextReport | ErrorReport | CheckReport, pretty = false): string {
  return JSON.stringify(report, null, pretty ? 2 : undefined) + '\n';
}
