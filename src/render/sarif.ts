// One SARIF 2.1.0 log for a whole run of `newsx check`: the tool with its rules (ids, one-line
// descriptions, help text, default severities) and every finding with its file, line and column.
// Columns count Unicode code points, as every newsx offset does (run.columnKind says so).

import type { CheckReport, Rule, Severity } from '../check/types.js';
import { findingEnd } from './github.js';

const LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note' };
const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export interface SarifTool {
  version: string;
  informationUri: string;
  rules: readonly Rule[];
}

/** `reports`: each checked document in input order; a document's id is its file path (or JSONL id). */
export function renderSarif(reports: readonly CheckReport[], tool: SarifTool, pretty = true): string {
  const index = new Map(tool.rules.map((r, i) => [r.id, i]));
  const results = reports.flatMap((report) =>
    report.findings.map((f) => {
      const end = findingEnd(f);
      return {
        ruleId: f.rule,
        ruleIndex: index.get(f.rule) ?? -1,
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: encodeURI((report.id ?? 'stdin').replace(/\\/g, '/')) },
              region: { startLine: f.line, startColumn: f.column, endLine: end.line, endColumn: end.column, charOffset: f.start, charLength: f.end - f.start, snippet: { text: f.text } },
            },
          },
        ],
      };
    }),
  );
  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'newsx',
            version: tool.version,
            informationUri: tool.informationUri,
            rules: tool.rules.map((r) => ({
              id: r.id,
              name: r.id.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()),
              shortDescription: { text: r.summary },
              fullDescription: { text: r.help },
              help: { text: r.help },
              defaultConfiguration: { level: LEVEL[r.severity] },
            })),
          },
        },
        columnKind: 'unicodeCodePoints',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, pretty ? 2 : undefined) + '\n';
}
