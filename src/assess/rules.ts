import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { YAMLParseError, parse as parseYaml } from 'yaml';
import { type AssessmentRules, AssessmentRulesSchema } from '../model/assessment.ts';
import type { Finding } from '../model/finding.ts';
import { describeError, yamlErrorText } from '../vi/errors.ts';
import { makeFinding } from '../vi/messages/index.ts';
import { REPORT_TEXT } from '../vi/report-text.ts';
import { useVietnameseSchemaErrors } from '../vi/schema-errors.ts';

const TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

/** templates/assessment-<year>.yaml: the rules in force for that year's assessment. */
export function defaultRulesFile(year: number): string {
  return `${TEMPLATES_DIR}assessment-${year}.yaml`;
}

/** The rules file cannot be used; the findings say why. */
export class AssessRulesError extends Error {
  constructor(readonly findings: Finding[]) {
    super(findings.map((f) => f.message).join('\n'));
    this.name = 'AssessRulesError';
  }
}

/** Validates rules given as data (zod), naming each bad field. Throws AssessRulesError. */
export function parseAssessmentRules(raw: unknown, file: string): AssessmentRules {
  useVietnameseSchemaErrors();
  const result = AssessmentRulesSchema.safeParse(raw);
  if (result.success) return result.data;
  throw new AssessRulesError(
    result.error.issues.map((issue) =>
      makeFinding('assess/rules-invalid', { file, path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)) }, {
        field: issue.path.map(String).join('.'),
        reason: issue.message,
      }),
    ),
  );
}

/**
 * The rules for a year's assessment: `file`, or templates/assessment-<year>.yaml. A rules file
 * written for another year is refused (each year is graded by its own rules). Throws AssessRulesError.
 */
export async function loadAssessmentRules(year: number, file?: string): Promise<AssessmentRules> {
  const path = file ?? defaultRulesFile(year);
  if (!file && !existsSync(path)) throw new AssessRulesError([makeFinding('assess/rules-missing', { file: path }, { year, file: path })]);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 1 : 0;
    throw new AssessRulesError([makeFinding('assess/rules-unreadable', { file: path }, { missing, reason: describeError(error) })]);
  }
  let raw: unknown;
  try {
    raw = parseYaml(text.normalize('NFC')) ?? {};
  } catch (error) {
    const reason = error instanceof YAMLParseError ? REPORT_TEXT.yamlSyntax(error.linePos?.[0]?.line ?? 0, yamlErrorText(error)) : describeError(error);
    throw new AssessRulesError([makeFinding('assess/rules-unreadable', { file: path }, { reason })]);
  }
  const rules = parseAssessmentRules(raw, path);
  if (rules.year !== year) {
    throw new AssessRulesError([makeFinding('assess/rules-year', { file: path }, { id: rules.id, rulesYear: rules.year, year })]);
  }
  return rules;
}
