import { basename, join } from 'node:path';
import type { Finding } from '../model/finding.ts';
import type { PeriodId } from '../model/period.ts';
import type { Plan } from '../model/plan.ts';
import type { TemplateFile } from '../model/template.ts';
import type { FormUnit } from '../model/workbook-meta.ts';
import type { UnitTree } from '../units/index.ts';
import { makeFinding } from '../vi/messages/index.ts';
import { periodNameLower } from '../vi/period.ts';
import { type WriteTemplatesOptions, writeTemplates } from './write.ts';

/** Which units get forms: one unit (`--unit`), or every unit below one (`--under`). */
export type UnitSelection = { unit: string } | { under: string };

/** The forms of one unit: the unit as the form names it, its organisations, and its subfolder (null: the output folder itself). */
export interface UnitForms {
  unit: FormUnit;
  orgs: string[];
  dir: string | null;
}

/**
 * The units and organisations to make forms for, in the tree of the period (a unit moved from
 * 2025-Q3 is under its new parent only from then). `--unit`: that unit's organisations (the
 * units file's list, or every reporting organisation of the plan), written into the output folder.
 * `--under`: every unit below, each into a subfolder named by its code — a clerk sending 120
 * communes their forms sends each commune its folder, and the file names carry the unit code as
 * well (templateFileName), so forms coming back into one mailbox never share a name.
 */
export function selectUnitForms(
  plan: Plan,
  tree: UnitTree,
  period: PeriodId,
  selection: UnitSelection,
  unitsFile: string,
  /** Organisations asked for by --org (all the unit's when absent). */
  orgs?: readonly string[],
): { forms: UnitForms[]; findings: Finding[] } {
  const at = tree.at(period);
  const code = 'unit' in selection ? selection.unit : selection.under;
  const periodText = periodNameLower(period);
  const found = at.get(code);
  if (!found) {
    const unit = tree.units.find((u) => u.code === code);
    if (!unit) return { forms: [], findings: [makeFinding('template/unknown-unit', { unit: code, period }, { unit: code, file: basename(unitsFile) })] };
    return {
      forms: [],
      findings: [
        makeFinding('template/unit-not-in-period', { unit: code, period }, {
          unit: code,
          name: unit.name,
          period: periodText,
          from: unit.validFrom ? periodNameLower(unit.validFrom) : undefined,
          to: unit.validTo ? periodNameLower(unit.validTo) : undefined,
        }),
      ],
    };
  }
  const reporting = plan.organizations.filter((o) => o.reporting !== false).map((o) => o.code);
  const findings: Finding[] = [];
  const formsOf = (u: { code: string; name: string; parent: string | null }, dir: string | null): UnitForms => {
    const expected = at.organizationsOf(u.code, reporting).filter((o) => plan.organizations.some((p) => p.code === o));
    const chosen = orgs ? orgs.filter((o) => expected.includes(o)) : expected;
    // With --unit, an organisation asked for by name that the unit does not have is said so.
    if (orgs && 'unit' in selection) {
      for (const o of orgs.filter((x) => !expected.includes(x))) {
        findings.push(makeFinding('template/org-not-at-unit', { unit: u.code, org: o, period }, { unit: u.code, name: u.name, org: o, orgs: expected.join(', ') }));
      }
    }
    const parent = u.parent === null ? undefined : at.get(u.parent);
    return { unit: { code: u.code, name: u.name, ...(parent ? { submitTo: parent.name } : {}) }, orgs: chosen, dir };
  };
  if ('unit' in selection) return { forms: [formsOf(found, null)], findings };
  const below = at.subtreeOf(code).slice(1);
  if (below.length === 0) return { forms: [], findings: [makeFinding('template/no-units-below', { unit: code, period }, { unit: code, name: found.name, period: periodText })] };
  return { forms: below.map((u) => formsOf(u, u.code)).filter((f) => f.orgs.length > 0), findings };
}

/** writeTemplates for each unit selected: one failure never stops the rest; files and findings of every unit. */
export async function writeUnitTemplates(
  plan: Plan,
  planHash: string,
  tree: UnitTree,
  selection: UnitSelection,
  unitsFile: string,
  options: WriteTemplatesOptions,
): Promise<{ files: TemplateFile[]; findings: Finding[]; units: number }> {
  const selected = selectUnitForms(plan, tree, options.period, selection, unitsFile, options.orgs);
  const files: TemplateFile[] = [];
  const findings = [...selected.findings];
  for (const f of selected.forms) {
    if (f.orgs.length === 0) continue;
    const out = await writeTemplates(plan, planHash, {
      ...options,
      orgs: f.orgs,
      unit: f.unit,
      outDir: f.dir ? join(options.outDir, f.dir) : options.outDir,
    });
    files.push(...out.files);
    // The period warning is the same for every unit: once.
    findings.push(...out.findings.filter((x) => x.code !== 'template/period-not-reported' || !findings.some((y) => y.code === x.code)));
  }
  return { files, findings, units: selected.forms.length };
}
