// A small tree for the approval tests: a province, one district, two communes where only the
// veterans' association (HCCB) reports; forms are the sample plan's HCCB form, filled in code.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { prepareFile, type PrepareFn } from '../../src/ingest/index.ts';
import type { Plan } from '../../src/model/index.ts';
import { parseUnitsText } from '../../src/units/index.ts';
import { filledWorkbook, tempDir } from '../ingest/setup.ts';

export const PERIOD = '2024-Q2';

export const UNITS_YAML = `
units:
  - { code: TINH, name: "Ban Dân vận Tỉnh ủy", level: "tỉnh" }
  - { code: HUYEN, name: "Ban Dân vận Huyện ủy Hàm Thuận Bắc", level: "huyện", parent: TINH, organizations: [HCCB] }
  - { code: XA-1, name: "Xã Hàm Chính", level: "xã", parent: HUYEN, organizations: [HCCB] }
  - { code: XA-2, name: "Xã Hàm Liêm", level: "xã", parent: HUYEN, organizations: [HCCB] }
`;

export function unitsTree(plan: Plan) {
  const loaded = parseUnitsText(UNITS_YAML, 'units.yaml', plan.organizations.map((o) => o.code));
  if (!loaded.ok) throw new Error(loaded.findings.map((f) => f.message).join('\n'));
  return loaded.tree.at(PERIOD);
}

/** A folder with units.yaml written in it. */
export function workDir(): { dir: string; units: string } {
  const dir = tempDir('approve-');
  const units = join(dir, 'units.yaml');
  writeFileSync(units, UNITS_YAML);
  return { dir, units };
}

/** The HCCB form for 2024-Q2 with one target's figures: a different number is a different file. */
export async function hccbForm(dir: string, name: string, members: number): Promise<string> {
  const bytes = await filledWorkbook('HCCB', PERIOD, (base) => ({ ...base, targets: { 'HCCB-6-t1': { inPeriod: members, cumulative: members } } }));
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

/**
 * Forms do not carry their unit yet (the forms change adds it): until then, ingest is given the
 * unit through its `prepare` hook, as the form's identity will give it.
 */
export function asUnit(plan: Plan, hash: string, unit: string): PrepareFn {
  return async (path) => {
    const prepared = await prepareFile(path, plan, hash);
    if (prepared.read.data) Object.assign(prepared.read.data, { unit });
    return prepared;
  };
}

/** Rows of a table, counted straight from the SQLite file (not through the store). */
export function countRows(dbFile: string, table: 'submissions' | 'approvals' | 'reported_targets'): number {
  const db = new Database(dbFile, { readonly: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/** SHA-256 of a file's bytes. */
export const sha256Of = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');
