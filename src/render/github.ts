// GitHub Actions workflow commands, one line per finding: the job log shows them as annotations
// on the file and line (https://docs.github.com/actions/reference/workflow-commands-for-github-actions).

import type { CheckReport, Finding, Severity } from '../check/types.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

// Workflow commands read % CR LF in the message, and also : , in a property, as syntax.
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** Line and column (1-based, code points) where the finding ends. */
function endOf(f: Finding): { line: number; column: number } {
  const lines = f.text.split('\n');
  const last = lines[lines.length - 1];
  const width = Array.from(last).length;
  return lines.length === 1 ? { line: f.line, column: f.column + width } : { line: f.line + lines.length - 1, column: width + 1 };
}

export function renderGithub(report: CheckReport): string {
  const file = report.id ?? 'stdin';
  let out = '';
  for (const f of report.findings) {
    const end = endOf(f);
    const props = [`file=${escapeProperty(file)}`, `line=${f.line}`, `col=${f.column}`, `endLine=${end.line}`, `endColumn=${end.column}`, `title=${escapeProperty(f.rule)}`];
    out += `::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(f.message)}\n`;
  }
  return out;
}

export { endOf as findingEnd };
