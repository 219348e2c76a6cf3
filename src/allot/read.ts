import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type ExcelJS from 'exceljs';
import { ALLOTMENT_IDENTITY_SHEET, type Allotment, AllotmentSchema, type AllotmentTableIdentity, AllotmentTableIdentitySchema } from '../model/allot.ts';
import type { Finding, FindingLocation } from '../model/finding.ts';
import type { Plan } from '../model/plan.ts';
import type { UnitTree } from '../units/index.ts';
import { ALLOT_TEXT } from '../vi/allot-text.ts';
import { describeError } from '../vi/errors.ts';
import { hasErrors, makeFinding } from '../vi/messages/index.ts';
import { formatViNumber, parseViNumber } from '../vi/number.ts';
import '../vi/schema-errors.ts';
import { Workbook } from '../xlsx/exceljs.ts';
import { readJsonCells } from '../xlsx/json-cells.ts';
import { columnIndex } from '../xlsx/columns.ts';
import { targetUnit } from '../template/index.ts';
import { treeOfYear } from './table.ts';
import { ALLOT_ROWS } from './write.ts';

export interface ReadAllotmentOptions {
  plan: Plan;
  planHash: string;
  /** The units file: children and their organisations are checked against the year's tree. */
  units: UnitTree;
  /**
   * Allow the parts of an "at least" / "above" target (gte, gt) to add up to more than the whole
   * ("giao vượt"): then a warning, not an error. Default: the parts must equal the whole.
   */
  allowOver?: boolean;
}

export type ReadAllotmentResult =
  | { ok: true; allotment: Allotment; findings: Finding[]; notApportioned: string[] }
  | { ok: false; allotment: null; findings: Finding[]; notApportioned: string[] };

type Cell = { kind: 'blank' } | { kind: 'number'; value: number } | { kind: 'text'; text: string };

/** A cell as a user left it: blank, a number (typed, or Vietnamese text such as "1.200"), or other text. */
function readCell(cell: ExcelJS.Cell): Cell {
  let v: unknown = cell.value;
  if (v && typeof v === 'object' && 'result' in v) v = (v as { result?: unknown }).result;
  if (v && typeof v === 'object' && 'richText' in v) v = (v as { richText: { text: string }[] }).richText.map((r) => r.text).join('');
  if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) return { kind: 'blank' };
  if (typeof v === 'number' && Number.isFinite(v)) return { kind: 'number', value: v };
  const text = String(v).normalize('NFC').trim();
  const parsed = parseViNumber(text);
  if (parsed && parsed.rest === '' && !parsed.percent) return { kind: 'number', value: parsed.value };
  return { kind: 'text', text };
}

/** Differences of sums are computed on 1e-9 to forget binary fractions (0.1 + 0.2). */
const round = (x: number) => Math.round(x * 1e9) / 1e9;

/**
 * Reads a filled allotment table and checks it: its identity (plan, unit, children of the
 * year's tree), then every row — the whole not edited, each part a number ≥ 0 and only for a
 * child that has the organisation, the parts adding up to the whole. A row left entirely blank
 * is "not apportioned" (info). Every problem names the file, sheet and cell; the allotment is
 * returned only when there is no error.
 */
export async function readAllotmentTable(source: string | Buffer, options: ReadAllotmentOptions, fileName?: string): Promise<ReadAllotmentResult> {
  const file = fileName ?? (typeof source === 'string' ? basename(source) : 'phan-bo.xlsx');
  const fail = (findings: Finding[]): ReadAllotmentResult => ({ ok: false, allotment: null, findings, notApportioned: [] });
  const wb = new Workbook();
  try {
    const buffer = typeof source === 'string' ? await readFile(source) : source;
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (error) {
    return fail([makeFinding('allot/unreadable', { file }, { file, reason: describeError(error) })]);
  }
  const idSheet = wb.getWorksheet(ALLOTMENT_IDENTITY_SHEET);
  if (!idSheet) return fail([makeFinding('allot/not-allotment', { file })]);
  const identity = readIdentity(idSheet, file);
  if ('finding' in identity) return fail([identity.finding]);
  const id = identity.identity;
  const { plan } = options;
  const idAt = { file, sheet: ALLOTMENT_IDENTITY_SHEET };
  if (id.planId !== plan.id || id.planHash !== options.planHash) {
    return fail([makeFinding('allot/wrong-plan', { ...idAt, actual: `${id.planId} (${id.planHash.slice(0, 12)})`, expected: `${plan.id} (${options.planHash.slice(0, 12)})` })]);
  }
  const tree = treeOfYear(options.units, id.year);
  const unit = tree.get(id.unit);
  if (!unit) return fail([makeFinding('allot/unknown-unit', { ...idAt, actual: id.unit }, { year: id.year })]);
  const ws = wb.getWorksheet(id.sheet);
  if (!ws) return fail([makeFinding('allot/bad-identity', idAt, { reason: ALLOT_TEXT.reasons.noSheet(id.sheet) })]);

  const findings: Finding[] = [];
  const sheetAt = (cell: string): FindingLocation => ({ file, sheet: ws.name, cell, row: Number(/\d+$/.exec(cell)?.[0]), col: columnIndex(/^[A-Z]+/.exec(cell)?.[0] ?? 'A') });
  const treeChildren = new Map(tree.childrenOf(unit.code).map((c) => [c.code, c]));
  const headerRow = ALLOT_ROWS.header;
  const known = new Set<string>();
  for (const { code, letter } of id.children) {
    if (treeChildren.has(code)) known.add(code);
    else findings.push(makeFinding('allot/unknown-child', { ...sheetAt(`${letter}${headerRow}`), actual: code }, { name: String(ws.getCell(`${letter}${headerRow}`).value ?? code), unit: unit.code, year: id.year }));
  }
  for (const [code, c] of treeChildren) {
    if (!id.children.some((x) => x.code === code)) findings.push(makeFinding('allot/child-missing', { ...idAt, actual: code }, { name: c.name }));
  }

  const orgCodes = plan.organizations.map((o) => o.code);
  const orgName = new Map(plan.organizations.map((o) => [o.code, o.shortName]));
  const targets = new Map(plan.targets.map((t) => [t.id, t]));
  const shares: Allotment['shares'] = {};
  const notApportioned: string[] = [];
  for (const r of id.rows) {
    const target = targets.get(r.targetId);
    if (!target) {
      findings.push(makeFinding('allot/bad-identity', idAt, { reason: ALLOT_TEXT.reasons.unknownTarget(r.targetId) }));
      continue;
    }
    const at = { targetId: r.targetId, org: r.org };
    const totalCell = readCell(ws.getCell(`${id.columns.total}${r.row}`));
    if (totalCell.kind !== 'number' || round(totalCell.value) !== round(r.total)) {
      const actual = totalCell.kind === 'number' ? formatViNumber(totalCell.value) : totalCell.kind === 'text' ? totalCell.text : ALLOT_TEXT.reasons.blank;
      findings.push(makeFinding('allot/total-changed', { ...sheetAt(`${id.columns.total}${r.row}`), ...at, actual, expected: formatViNumber(r.total) }));
    }
    const parts: Record<string, number> = {};
    let filled = 0;
    let bad = false;
    for (const { code, letter } of id.children) {
      const address = `${letter}${r.row}`;
      const cell = readCell(ws.getCell(address));
      if (cell.kind === 'blank') continue;
      filled += 1;
      const child = treeChildren.get(code);
      const name = child?.name ?? code;
      if (cell.kind === 'text') {
        findings.push(makeFinding('allot/not-a-number', { ...sheetAt(address), ...at, actual: cell.text.slice(0, 60) }, { name }));
        bad = true;
        continue;
      }
      if (cell.value < 0) {
        findings.push(makeFinding('allot/negative-share', { ...sheetAt(address), ...at, actual: formatViNumber(cell.value) }, { name }));
        bad = true;
        continue;
      }
      // Whether the child has the organisation is the units file's say, now; the greyed cells followed it when the table was made.
      const hasOrg = child ? tree.organizationsOf(code, orgCodes).includes(r.org) : r.open.includes(code);
      if (!hasOrg && cell.value !== 0) {
        findings.push(makeFinding('allot/share-without-org', { ...sheetAt(address), ...at, actual: formatViNumber(cell.value) }, { name, org: orgName.get(r.org) ?? r.org }));
        bad = true;
        continue;
      }
      if (!known.has(code)) continue;
      if (target.kind === 'count' && !Number.isInteger(cell.value)) {
        findings.push(makeFinding('allot/fractional-share', { ...sheetAt(address), ...at, actual: formatViNumber(cell.value) }, { name, unitOfMeasure: targetUnit(target) }));
      }
      if (hasOrg) parts[code] = cell.value;
    }
    if (filled === 0) {
      notApportioned.push(r.targetId);
      findings.push(makeFinding('allot/not-apportioned', { ...sheetAt(`${id.children[0]?.letter ?? id.columns.total}${r.row}`), ...at }, { target: target.text }));
      continue;
    }
    if (bad) continue;
    const sum = round(Object.values(parts).reduce((a, b) => a + b, 0));
    const difference = round(sum - r.total);
    if (difference !== 0) {
      const over = difference > 0 && options.allowOver && (target.comparator === 'gte' || target.comparator === 'gt');
      const args = { difference: `${difference > 0 ? '+' : ''}${formatViNumber(difference)}` };
      findings.push(makeFinding(over ? 'allot/over-allotted' : 'allot/sum-mismatch', { ...sheetAt(`${id.columns.sum}${r.row}`), ...at, actual: formatViNumber(sum), expected: formatViNumber(r.total) }, args));
    }
    shares[r.targetId] = parts;
  }
  if (hasErrors(findings)) return { ok: false, allotment: null, findings, notApportioned };
  const allotment = AllotmentSchema.parse({ format: 'baocao-allotment/1', planId: plan.id, planHash: options.planHash, unit: unit.code, year: id.year, children: id.children.map((c) => c.code), shares });
  return { ok: true, allotment, findings, notApportioned };
}

function readIdentity(ws: ExcelJS.Worksheet, file: string): { identity: AllotmentTableIdentity } | { finding: Finding } {
  const at = { file, sheet: ALLOTMENT_IDENTITY_SHEET };
  const json = readJsonCells((row) => ws.getCell(`A${row}`).value);
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    return { finding: makeFinding('allot/bad-identity', at, { reason: describeError(error) }) };
  }
  const parsed = AllotmentTableIdentitySchema.safeParse(raw);
  if (!parsed.success) return { finding: makeFinding('allot/bad-identity', at, { reason: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') }) };
  return { identity: parsed.data };
}
