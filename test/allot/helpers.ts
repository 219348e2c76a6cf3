import { fileURLToPath } from 'node:url';
import { allotmentWorkbook, allotmentTable } from '../../src/allot/index.ts';
import type { AllotmentTableIdentity } from '../../src/model/index.ts';
import { requireUnits, type UnitTree } from '../../src/units/index.ts';
import { Workbook } from '../../src/xlsx/exceljs.ts';
import { sharedSamplePlan } from '../helpers/sample-plan.ts';

export const UNITS_FILE = fileURLToPath(new URL('../../samples/units-2024.yaml', import.meta.url));
export const PLAN_FILE = fileURLToPath(new URL('../../samples/plan-2024.yaml', import.meta.url));

let units: Promise<UnitTree> | undefined;
export const sampleUnits = (): Promise<UnitTree> => (units ??= requireUnits(UNITS_FILE));

/** A generated allotment table of the sample plan and units: its bytes and its identity. */
export async function generated(unit: string, year: number): Promise<{ buffer: Buffer; identity: AllotmentTableIdentity }> {
  const { plan, hash } = await sharedSamplePlan();
  const table = allotmentTable({ plan, planHash: hash, units: await sampleUnits(), unit, year });
  if (!table) throw new Error(`no unit ${unit} in ${year}`);
  const { workbook, identity } = await allotmentWorkbook(table);
  return { buffer: Buffer.from(await workbook.xlsx.writeBuffer()), identity };
}

/** The cell of a target's row in a child's column (from the table's identity). */
export function cellOf(identity: AllotmentTableIdentity, targetId: string, child: string): string {
  const row = identity.rows.find((r) => r.targetId === targetId)?.row;
  const letter = identity.children.find((c) => c.code === child)?.letter;
  if (!row || !letter) throw new Error(`no cell for ${targetId} × ${child}`);
  return `${letter}${row}`;
}

/** Types values into the table as a user would: only the given cells (exceljs, no formula recalculated). */
export async function typeInto(buffer: Buffer, sheet: string, values: Record<string, string | number | null>): Promise<Buffer> {
  const wb = new Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  for (const [cell, value] of Object.entries(values)) ws.getCell(cell).value = value;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
