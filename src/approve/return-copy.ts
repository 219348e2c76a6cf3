import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { prepareFile } from '../ingest/index.ts';
import type { ApprovalEvent, ReturnSource } from '../model/approval.ts';
import type { Finding } from '../model/finding.ts';
import { planHash } from '../plan/index.ts';
import { Workbook } from '../xlsx/exceljs.ts';
import { APPROVE_TEXT, RETURN_SHEET_TEXT as T } from '../vi/approve-text.ts';
import { makeFinding } from '../vi/messages/index.ts';
import { periodName } from '../vi/period.ts';
import { formatReceivedAt } from '../vi/status-export-text.ts';
import type { PeriodId } from '../model/period.ts';
import type { ApprovalScope } from './scope.ts';

/** What writing the copies did: the files written, and a warning for each received file that could not be copied. */
export interface ReturnCopies {
  files: string[];
  findings: Finding[];
}

/**
 * The copies to send back with a return: for each received form of the unit (the submissions of
 * its subtree at this level), a copy of the file as received — never the original, which is only
 * read — with a first sheet "Lý do trả lại" (unit, period, file, who returned it, when, why).
 * Written to `outDir` as "<name>_tra-lai.xlsx", or "<name>_tra-lai (2).xlsx" and so on: a copy
 * already there is never replaced. A file no longer where it was received, or changed since
 * (its SHA-256 differs), gets a warning and no copy.
 */
export async function writeReturnCopies(
  scope: ApprovalScope,
  sources: readonly ReturnSource[],
  returned: ApprovalEvent,
  outDir: string,
): Promise<ReturnCopies> {
  const files: string[] = [];
  const findings: Finding[] = [];
  if (sources.length > 0) await mkdir(outDir, { recursive: true });
  const hash = planHash(scope.plan);
  for (const s of sources) {
    const at = { file: s.fileName, org: s.org, period: s.period };
    if (!existsSync(s.fileName)) {
      findings.push(makeFinding('approve/source-missing', at));
      continue;
    }
    const prepared = await prepareFile(s.fileName, scope.plan, hash);
    if (!prepared.xlsx) {
      const reason = prepared.read.findings[0]?.message ?? '';
      findings.push(makeFinding('approve/copy-failed', at, { reason }));
      continue;
    }
    if (prepared.sha256 !== s.sha256) {
      findings.push(makeFinding('approve/copy-failed', at, { reason: APPROVE_TEXT.changedSince }));
      continue;
    }
    const bytes = await withReasonSheet(prepared.xlsx, s, returned, scope);
    files.push(await writeNew(outDir, `${basename(s.fileName, extname(s.fileName))}${T.fileSuffix}`, bytes));
  }
  return { files, findings };
}

async function withReasonSheet(xlsx: Uint8Array, s: ReturnSource, returned: ApprovalEvent, scope: ApprovalScope): Promise<Buffer> {
  const wb = new Workbook();
  await wb.xlsx.load(Buffer.from(xlsx) as unknown as ArrayBuffer);
  const existing = wb.getWorksheet(T.sheetName);
  if (existing) wb.removeWorksheet(existing.id);
  const sheet = wb.addWorksheet(T.sheetName);
  // exceljs writes sheets by orderNo (not in its typings): the reason comes first.
  Object.assign(sheet, { orderNo: -1 });
  sheet.columns = [{ width: 22 }, { width: 90 }];
  sheet.mergeCells('A1:B1');
  sheet.mergeCells('A2:B2');
  sheet.getCell('A1').value = T.title;
  sheet.getCell('A1').font = { name: 'Times New Roman', size: 14, bold: true };
  sheet.getCell('A2').value = T.intro;
  sheet.getCell('A2').font = { name: 'Times New Roman', size: 11, italic: true };
  sheet.getCell('A2').alignment = { wrapText: true, vertical: 'top' };
  sheet.getRow(2).height = 32;
  const org = scope.plan.organizations.find((o) => o.code === s.org);
  const unit = scope.tree.get(returned.unit);
  const rows: [string, string][] = [
    [T.labels.unit, `${unit?.name ?? returned.unitName} (${returned.unit})`],
    [T.labels.period, periodName(s.period as PeriodId)],
    [T.labels.org, org ? `${org.name} (${org.code})` : s.org],
    [T.labels.file, basename(s.fileName)],
    [T.labels.received, formatReceivedAt(s.receivedAt)],
    [T.labels.returnedAt, formatReceivedAt(returned.at)],
    [T.labels.by, returned.actor],
    [T.labels.reason, returned.reason ?? ''],
  ];
  rows.forEach(([label, value], i) => {
    const row = sheet.getRow(4 + i);
    row.getCell(1).value = label;
    row.getCell(1).font = { name: 'Times New Roman', size: 12, bold: true };
    row.getCell(2).value = value;
    row.getCell(2).font = { name: 'Times New Roman', size: 12, bold: label === T.labels.reason, color: label === T.labels.reason ? { argb: 'FFC00000' } : undefined };
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    row.height = Math.max(18, Math.ceil([...value].length / 95) * 16 + 2);
  });
  sheet.pageSetup = { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Writes a new file "<name>.xlsx", or "<name> (n).xlsx" when that exists: nothing is replaced. */
async function writeNew(dir: string, name: string, bytes: Buffer): Promise<string> {
  for (let n = 1; ; n++) {
    const out = join(dir, n === 1 ? `${name}.xlsx` : `${name} (${n}).xlsx`);
    try {
      await writeFile(out, bytes, { flag: 'wx' });
      return out;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}
