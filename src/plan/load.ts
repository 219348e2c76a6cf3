import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { describeError, yamlErrorText } from '../vi/errors.ts';
import type { Finding } from '../model/finding.ts';
import { type Plan, PlanSchema } from '../model/plan.ts';
import { formatPath, hasErrors, makeFinding } from '../vi/messages/index.ts';
import '../vi/schema-errors.ts';
import { yamlLocator } from '../util/yaml-locate.ts';
import { planHash } from './hash.ts';
import { checkPhrases } from './phrases.ts';
import { checkReferences } from './references.ts';
import { checkReview } from './review.ts';

export type PlanLoadResult =
  | { ok: true; plan: Plan; hash: string; findings: Finding[] }
  | { ok: false; findings: Finding[] };

/** Thrown by requirePlan when a plan cannot be used; carries every finding. */
export class PlanError extends Error {
  constructor(readonly findings: Finding[]) {
    super(findings.map((f) => f.message).join('\n'));
    this.name = 'PlanError';
  }
}


/**
 * Parses plan text (YAML, or JSON — JSON is YAML, so both get line numbers) and checks it:
 * schema, then cross references. Every problem is reported at once, with its path and line.
 */
export function parsePlanText(text: string, fileName = 'plan.yaml'): PlanLoadResult {
  const file = basename(fileName);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text.normalize('NFC'), { lineCounter, prettyErrors: false, uniqueKeys: true });
  const format = /\.json$/i.test(fileName) ? 'JSON' : 'YAML';
  if (doc.errors.length > 0) {
    return {
      ok: false,
      findings: doc.errors.map((e) =>
        makeFinding('plan/syntax', { file, line: lineCounter.linePos(e.pos[0]).line }, {
          file,
          format,
          line: lineCounter.linePos(e.pos[0]).line,
          reason: yamlErrorText({ code: e.code, message: e.message, linePos: [lineCounter.linePos(e.pos[0])] }),
        }),
      ),
    };
  }

  const locate = yamlLocator(doc, lineCounter, file);

  const raw: unknown = doc.toJS();
  const references = checkReferences(raw, locate);
  const parsed = PlanSchema.safeParse(raw);
  if (!parsed.success) {
    const schemaFindings = parsed.error.issues.map((issue) => {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      const extra = issue.code === 'unrecognized_keys' ? [issue.keys[0] as string] : [];
      return makeFinding('plan/invalid-field', locate([...path, ...extra]), {
        path: formatPath(path) || '(gốc)',
        reason: issue.message,
      });
    });
    return { ok: false, findings: [...schemaFindings, ...references] };
  }
  const plan = parsed.data;
  if (hasErrors(references)) return { ok: false, findings: references };
  return { ok: true, plan, hash: planHash(plan), findings: [...references, ...checkPhrases(plan, locate), ...checkReview(plan, locate)] };
}


/** Reads and checks a plan file. An unreadable file is a finding, not an exception. */
export async function loadPlan(fileName: string): Promise<PlanLoadResult> {
  let text: string;
  try {
    text = await readFile(fileName, 'utf8');
  } catch (error) {
    const reason = describeError(error);
    return { ok: false, findings: [makeFinding('plan/unreadable', { file: basename(fileName) }, { file: fileName, reason })] };
  }
  return parsePlanText(text, fileName);
}

/** Like loadPlan, for stages that cannot go on without a valid plan: throws PlanError. */
export async function requirePlan(fileName: string): Promise<{ plan: Plan; hash: string; findings: Finding[] }> {
  const result = await loadPlan(fileName);
  if (!result.ok) throw new PlanError(result.findings);
  return result;
}
