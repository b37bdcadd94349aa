// `newsx check` settings: the rules' defaults, then a .newsxrc.json (found from the current
// directory upwards, or named by --config), then the command line. A bad setting anywhere is a
// usage error (exit 2) naming where it was.
//
// .newsxrc.json: { "rules": { "name-variant": "warning", "surname-first": "off" }, "fail-on": "warning" }

import fs from 'node:fs';
import path from 'node:path';
import { defaultRuleSettings, RULE_IDS, type RuleSettings } from '../check/index.js';
import { SEVERITIES, type Severity } from '../check/types.js';
import { UsageError } from './errors.js';

export const CONFIG_NAME = '.newsxrc.json';
export const FAIL_ON = ['error', 'warning', 'info', 'none'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export interface CheckConfig {
  rules: RuleSettings;
  failOn: FailOn;
  /** The config file read, or null. */
  file: string | null;
}

export interface CheckFlags {
  config?: string;
  failOn?: string;
  rules?: string;
  disable?: string;
}

/** The nearest .newsxrc.json from `dir` upwards, or null. */
export function findConfig(dir: string): string | null {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    const f = path.join(d, CONFIG_NAME);
    if (fs.existsSync(f) && fs.statSync(f).isFile()) return f;
    if (path.dirname(d) === d) return null;
  }
}

function ruleIds(value: string, where: string): string[] {
  const ids = value.split(',').map((s) => s.trim()).filter(Boolean);
  for (const id of ids) if (!RULE_IDS.includes(id)) throw new UsageError(`${where}: unknown rule "${id}" (one of ${RULE_IDS.join(', ')})`);
  return ids;
}

function failOnOf(value: unknown, where: string): FailOn {
  if (typeof value !== 'string' || !(FAIL_ON as readonly string[]).includes(value)) throw new UsageError(`${where}: expected one of ${FAIL_ON.join(', ')}, got ${JSON.stringify(value)}`);
  return value as FailOn;
}

function readConfigFile(file: string, into: CheckConfig): void {
  let value: unknown;
  try {
    value = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    const why = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : err instanceof SyntaxError ? `not valid JSON (${err.message})` : (err as Error).message;
    throw new UsageError(`${file}: ${why}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new UsageError(`${file}: expected a JSON object`);
  const o = value as Record<string, unknown>;
  for (const key of Object.keys(o)) if (!['rules', 'fail-on', 'failOn', '$schema'].includes(key)) throw new UsageError(`${file}: unknown setting "${key}" (rules, fail-on)`);
  const failOn = o['fail-on'] ?? o.failOn;
  if (failOn !== undefined) into.failOn = failOnOf(failOn, `${file}: fail-on`);
  if (o.rules === undefined) return;
  if (typeof o.rules !== 'object' || o.rules === null || Array.isArray(o.rules)) throw new UsageError(`${file}: "rules" must be an object of rule id -> severity`);
  for (const [id, level] of Object.entries(o.rules as Record<string, unknown>)) {
    ruleIds(id, `${file}: rules`);
    if (level === 'off') delete into.rules[id];
    else if (typeof level === 'string' && (SEVERITIES as readonly string[]).includes(level)) into.rules[id] = level as Severity;
    else throw new UsageError(`${file}: rules.${id}: expected error, warning, info or off, got ${JSON.stringify(level)}`);
  }
}

export function checkConfig(flags: CheckFlags, cwd: string): CheckConfig {
  const config: CheckConfig = { rules: defaultRuleSettings(), failOn: 'error', file: null };
  const file = flags.config ?? findConfig(cwd);
  if (file) {
    readConfigFile(file, config);
    config.file = file;
  }
  if (flags.rules !== undefined) {
    const only = new Set(ruleIds(flags.rules, '--rules'));
    const all = defaultRuleSettings();
    // A rule asked for by name runs, at the severity the config gives it (or its default).
    config.rules = Object.fromEntries([...only].map((id) => [id, config.rules[id] ?? all[id]]));
  }
  if (flags.disable !== undefined) for (const id of ruleIds(flags.disable, '--disable')) delete config.rules[id];
  if (flags.failOn !== undefined) config.failOn = failOnOf(flags.failOn, '--fail-on');
  return config;
}
