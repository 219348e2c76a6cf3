import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessFromSource, writeAssessment } from '../../src/assess/index.ts';
import { loadReportSettings, loadReportWording } from '../../src/report/index.ts';
import { quarterReport, rules2025, yearEnd, yearPlan } from './fixtures.ts';

/** Both outputs of a constructed 2025 (Q4 missing), converted by LibreOffice in one run. */
async function convert(): Promise<{ doc: string; sheet: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'baocao-assess-pdf-'));
  const rules = await rules2025();
  const plan = yearPlan({ tasks: 3, targets: 4 });
  const submissions = [1, 2, 3].map((q) => quarterReport(plan, q, q === 3 ? { cumulative: yearEnd({ 0: 90 }, 4) } : {}));
  const { assessment } = assessFromSource(plan, 2025, { submissions, log: [], now: '2026-02-01T00:00:00+07:00' }, { rules });
  const out = { plan, assessment, rules, settings: await loadReportSettings(undefined, { date: '2026-01-15', signerName: 'Nguyễn Văn A' }), wording: await loadReportWording() };
  const docx = join(dir, 'danh-gia.docx');
  const xlsx = join(dir, 'xep-loai.xlsx');
  await writeAssessment(docx, out);
  await writeAssessment(xlsx, out);
  execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'lo_profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx, xlsx], {
    timeout: 120_000,
    stdio: 'ignore',
  });
  const doc = join(dir, 'danh-gia.pdf');
  const sheet = join(dir, 'xep-loai.pdf');
  if (!existsSync(doc) || !existsSync(sheet)) throw new Error('LibreOffice wrote no PDF');
  return { doc, sheet };
}

const pdfs = await convert();
const text = (pdf: string) => execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).normalize('NFC');

describe('assessment outputs through LibreOffice', () => {
  it('Word → the official header, the title line, the organisation, the provisional proposal, the signer', () => {
    const all = text(pdfs.doc);
    for (const t of ['ĐẢNG CỘNG SẢN VIỆT NAM', 'BÁO CÁO', 'kết quả thực hiện nhiệm vụ năm 2025 và đề xuất xếp loại', '1. Hội Cựu chiến binh tỉnh', '(tạm tính)', 'Nguyễn Văn A']) {
      expect(all, t).toContain(t);
    }
    const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(execFileSync('pdfinfo', [pdfs.doc], { encoding: 'utf8' }))?.slice(1).map(Number);
    expect(size?.[0]).toBeCloseTo(595, 0); // A4 portrait
  });

  it('Excel → the sheet title, the committee columns and the proposal reach the printed page', () => {
    const all = text(pdfs.sheet).replace(/\s+/g, ' ');
    for (const t of ['KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025 VÀ ĐỀ XUẤT XẾP LOẠI', 'HỘI ĐỒNG', 'HCCB']) expect(all, t).toContain(t);
  });
});
