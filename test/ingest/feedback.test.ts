import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFeedback } from '../../src/ingest/index.ts';
import type { Finding } from '../../src/model/index.ts';
import { filledWorkbook, tempDir } from './setup.ts';
import { layoutOf } from './workbook-edit.ts';

const SHEET = 'Báo cáo';
const RED = 'FFFFC7CE';
const YELLOW = 'FFFFEB9C';

/** Every cell's fill of the report sheet of each file, read by openpyxl (not by exceljs, which wrote them). */
function fills(paths: string[]): Array<Record<string, [string, string, string] | null>> {
  const script = new URL('./fills_dump.py', import.meta.url).pathname;
  const out = execFileSync('/usr/bin/python3', [script, SHEET, ...paths], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 60_000 });
  return JSON.parse(out) as Array<Record<string, [string, string, string] | null>>;
}

function finding(cell: string, severity: Finding['severity'], code: string): Finding {
  return { code: code as Finding['code'], severity, file: 'hccb.xlsx', sheet: SHEET, cell, message: `${code} ở ô ${cell}` };
}

describe('feedback copy colours', () => {
  it('errors, warnings and a cell with both in cells sharing one style → error cells red, warning-only cells yellow, every other cell as in the form', async () => {
    const buf = await filledWorkbook('HCCB', '2024-Q1', (b) => ({
      ...b,
      targets: { 'HCCB-6-t1': { inPeriod: '-1', cumulative: 1.2 }, 'HCCB-6-t2': { inPeriod: 'đang tổng hợp', cumulative: 120 } },
    }));
    const { cell, meta } = await layoutOf(buf);
    const task = meta.rows.find((r) => r.kind === 'task')?.id as string;
    const errorOnly = [cell('HCCB-6-t1', 'inPeriod'), cell(task, 'progress')];
    const warningOnly = [cell('HCCB-6-t1', 'cumulative'), cell('HCCB-6-t2', 'cumulative')];
    const both = cell('HCCB-6-t2', 'inPeriod');
    // Warnings listed first: the most severe finding of a cell decides its colour, not the order.
    const findings = [
      ...warningOnly.map((c) => finding(c, 'warning', 'test/warning')),
      finding(both, 'warning', 'test/warning'),
      finding(both, 'error', 'test/error'),
      ...errorOnly.map((c) => finding(c, 'error', 'test/error')),
    ];
    const dir = tempDir('feedback-fill-');
    const original = join(dir, 'hccb.xlsx');
    writeFileSync(original, buf);
    const copy = await writeFeedback(buf, original, findings, dir);
    expect(readFileSync(original).equals(buf)).toBe(true);

    const [before, after] = fills([original, copy]) as [Record<string, unknown>, Record<string, [string, string, string] | null>];
    const flagged = new Map<string, string>([...errorOnly.map((c) => [c, RED] as const), [both, RED], ...warningOnly.map((c) => [c, YELLOW] as const)]);
    for (const [address, colour] of flagged) expect([address, after[address]?.[0], after[address]?.[1]]).toEqual([address, 'solid', colour]);
    const changed = Object.keys({ ...before, ...after }).filter((a) => !flagged.has(a) && JSON.stringify(before[a] ?? null) !== JSON.stringify(after[a] ?? null));
    expect(changed).toEqual([]);
    // The flagged cells did share a fill with other cells in the form: the test covers the sharing.
    const sameAsFlagged = Object.keys(before).filter((a) => !flagged.has(a) && JSON.stringify(before[a]) === JSON.stringify(before[errorOnly[0] as string]));
    expect(sameAsFlagged.length).toBeGreaterThan(3);
  });
});
