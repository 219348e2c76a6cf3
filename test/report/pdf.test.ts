import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/index.ts';
import { fullInput } from './fixture.ts';

/** One LibreOffice conversion for the whole file (each costs ≈1.5 s on shared cores). */
async function convert(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'baocao-report-pdf-'));
  const docx = join(dir, 'bao-cao.docx');
  writeFileSync(docx, await buildReport(await fullInput()));
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${join(dir, 'lo_profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx],
    { timeout: 90_000, stdio: 'ignore' },
  );
  const pdf = join(dir, 'bao-cao.pdf');
  if (!existsSync(pdf)) throw new Error('LibreOffice wrote no PDF');
  return pdf;
}

const pdf = await convert();
const pageText = (page: number) => execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', pdf, '-'], { encoding: 'utf8' });
const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0);
const pageSize = (page: number) =>
  /Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/.exec(execFileSync('pdfinfo', ['-f', String(page), '-l', String(page), pdf], { encoding: 'utf8' }))?.slice(1).map(Number) ?? [];

describe('report through LibreOffice', () => {
  it('PDF text → header, title, date and organisation names with diacritics intact', () => {
    const all = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).normalize('NFC');
    for (const text of [
      'TỈNH ỦY BÌNH THUẬN', 'BAN DÂN VẬN', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Số 15-BC/BDVTU', 'Bình Thuận, ngày 05 tháng 4 năm 2024',
      'BÁO CÁO', 'kết quả thực hiện nhiệm vụ trọng tâm quý I năm 2024', 'Hội Cựu chiến binh tỉnh', 'Nơi nhận:', 'K/T TRƯỞNG BAN',
      'PHỤ LỤC', 'Đạt/Vượt chỉ tiêu',
    ]) {
      expect(all, text).toContain(text);
    }
  });
  it('page 1 → no page number; page 2 → "2" alone on the first line', () => {
    expect(pages).toBeGreaterThan(2);
    const first = pageText(1).split('\n').find((l) => l.trim()) ?? '';
    const second = pageText(2).split('\n').find((l) => l.trim()) ?? '';
    expect(first.trim()).not.toMatch(/^\d+$/);
    expect(second.trim()).toBe('2');
  });
  it('first page portrait A4, last page (appendix) landscape A4', () => {
    const [w1, h1] = pageSize(1);
    const [wl, hl] = pageSize(pages);
    expect(Math.round(w1 ?? 0)).toBe(595);
    expect(Math.round(h1 ?? 0)).toBe(842);
    expect(Math.round(wl ?? 0)).toBe(842);
    expect(Math.round(hl ?? 0)).toBe(595);
  });
});
