import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { templateBuffer } from '../../src/template/index.ts';
import { samplePlan, tempDir } from './fixtures.ts';

describe('LibreOffice opens a template', () => {
  it('HCCB 2024-Q1 → converts to PDF: A4 landscape pages, Vietnamese title intact, guide and info sheets printed', async () => {
    const { plan, hash } = await samplePlan();
    const dir = tempDir('lo');
    const xlsx = join(dir, '2024-Q1_HCCB.xlsx');
    writeFileSync(xlsx, await templateBuffer(plan, hash, 'HCCB', '2024-Q1'));
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${join(dir, 'lo_profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx],
      { timeout: 90_000, stdio: 'ignore' },
    );
    const pdf = join(dir, '2024-Q1_HCCB.pdf');
    expect(existsSync(pdf)).toBe(true);
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', '1', pdf], { encoding: 'utf8' });
    const [, w, h] = /Page\s+1 size:\s+([\d.]+) x ([\d.]+)/.exec(info) ?? [];
    expect(Number(w)).toBeCloseTo(841.9, 0);
    expect(Number(h)).toBeCloseTo(595.3, 0);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).normalize('NFC');
    expect(text).toContain('BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ TRỌNG TÂM');
    expect(text).toContain('QUÝ I NĂM 2024');
    expect(text).toContain('Hội Cựu chiến binh tỉnh');
    expect(text).toContain('Trang 1/');
    expect(text).toContain('HƯỚNG DẪN ĐIỀN BIỂU MẪU');
    // The metadata sheet is very hidden: not printed.
    expect(text).not.toContain('baocao-template');
  });
});
