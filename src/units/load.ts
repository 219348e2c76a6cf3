import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { Finding } from '../model/finding.ts';
import { UnitsFileSchema } from '../model/units.ts';
import { describeError, yamlErrorText } from '../vi/errors.ts';
import { formatPath, hasErrors, makeFinding } from '../vi/messages/index.ts';
import '../vi/schema-errors.ts';
import { yamlLocator } from '../util/yaml-locate.ts';
import { checkUnits, type Locate } from './checks.ts';
import { UnitTree } from './tree.ts';

export type UnitsLoadResult = { ok: true; tree: UnitTree; findings: Finding[] } | { ok: false; findings: Finding[] };

/** Thrown by requireUnits when a units file cannot be used; carries every finding. */
export class UnitsError extends Error {
  constructor(readonly findings: Finding[]) {
    super(findings.map((f) => f.message).join('\n'));
    this.name = 'UnitsError';
  }
}


/**
 * Parses a units file (YAML or JSON) and checks it: schema, then the tree in every quarter where
 * something changes. Every problem is reported at once, with its field path and line.
 */
export function parseUnitsText(text: string, fileName = 'units.yaml', planOrganizations?: readonly string[]): UnitsLoadResult {
  const file = basename(fileName);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text.normalize('NFC'), { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      findings: doc.errors.map((e) => {
        const line = lineCounter.linePos(e.pos[0]).line;
        return makeFinding('units/syntax', { file, line }, { file, reason: yamlErrorText({ code: e.code, message: e.message, linePos: [lineCounter.linePos(e.pos[0])] }) });
      }),
    };
  }
  const locate: Locate = yamlLocator(doc, lineCounter, file);
  const parsed = UnitsFileSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    return {
      ok: false,
      findings: parsed.error.issues.map((issue) => {
        const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
        const extra = issue.code === 'unrecognized_keys' ? [issue.keys[0] as string] : [];
        return makeFinding('units/invalid-field', locate([...path, ...extra]), { path: formatPath(path) || '(gốc)', reason: issue.message });
      }),
    };
  }
  const findings = checkUnits(parsed.data.units, locate, planOrganizations);
  if (hasErrors(findings)) return { ok: false, findings };
  return { ok: true, tree: new UnitTree(parsed.data.units), findings };
}


/**
 * Reads and checks a units file. An unreadable file is a finding, not an exception. With the
 * plan's organisation codes, each unit's `organizations` list is checked against them.
 */
export async function loadUnits(fileName: string, planOrganizations?: readonly string[]): Promise<UnitsLoadResult> {
  let text: string;
  try {
    text = await readFile(fileName, 'utf8');
  } catch (error) {
    return { ok: false, findings: [makeFinding('units/unreadable', { file: basename(fileName) }, { file: fileName, reason: describeError(error) })] };
  }
  return parseUnitsText(text, fileName, planOrganizations);
}

/** Like loadUnits, for stages that cannot go on without the tree: throws UnitsError. */
export async function requireUnits(fileName: string, planOrganizations?: readonly string[]): Promise<UnitTree> {
  const result = await loadUnits(fileName, planOrganizations);
  if (!result.ok) throw new UnitsError(result.findings);
  return result.tree;
}
