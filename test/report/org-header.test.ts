import { describe, expect, it } from 'vitest';
import { buildOrgSummary, loadReportSettings } from '../../src/report/index.ts';
import { paragraphs, unzipText } from './docx-xml.ts';
import { fullInput } from './fixture.ts';

const input = await fullInput({ number: undefined });

/** The texts of the first table (the header block) of an organisation's summary. */
async function headerOf(org: string, settings = input.settings): Promise<string[]> {
  const files = await unzipText(await buildOrgSummary({ ...input, settings, org }));
  const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(files.get('word/document.xml') ?? '')?.[0] ?? '';
  return paragraphs(table).map((p) => p.text).filter((t) => t !== '');
}

describe("an organisation's summary is the organisation's own document", () => {
  it('HCCB → its name with the province under its superior body, the national motto, "Số: …/BC-CCB"; no Party header', async () => {
    const header = await headerOf('HCCB');
    expect(header.slice(0, 3)).toEqual(['HỘI CCB VIỆT NAM', 'HỘI CỰU CHIẾN BINH', 'TỈNH BÌNH THUẬN']);
    expect(header).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(header).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(header.find((t) => t.startsWith('Số'))).toMatch(/^Số:\s+\/BC-CCB$/);
    expect(header).not.toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
  });
  it('Tỉnh Đoàn → "TỈNH ĐOÀN BÌNH THUẬN" under "BAN CHẤP HÀNH ĐOÀN TNCS HỒ CHÍ MINH", "***", the Đoàn\'s own motto line', async () => {
    const header = await headerOf('TDTN');
    expect(header.slice(0, 3)).toEqual(['BAN CHẤP HÀNH ĐOÀN TNCS HỒ CHÍ MINH', 'TỈNH ĐOÀN BÌNH THUẬN', '***']);
    expect(header).toContain('ĐOÀN TNCS HỒ CHÍ MINH');
    expect(header).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(header.find((t) => t.startsWith('Số'))).toMatch(/^Số:\s+-BC\/TĐTN$/);
  });
  it('a number given → on the organisation\'s number line', async () => {
    const header = await headerOf('MTTQ', { ...input.settings, number: 7 });
    expect(header).toContain('Số: 07/BC-MTTQ-BTT');
  });
  it('an organisation without a header in the settings → its plan name under the national motto, a number line with its code', async () => {
    const header = await headerOf('HND', { ...input.settings, orgHeaders: {} });
    expect(header[0]).toBe('HỘI NÔNG DÂN TỈNH');
    expect(header).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(header.find((t) => t.startsWith('Số'))).toMatch(/^Số:\s+\/BC-HND$/);
  });
  it('a header without {number} in its number line → report/config-invalid at that field', async () => {
    const { writeFileSync, mkdtempSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'orgh-')), 'report.yaml');
    writeFileSync(file, readFileSync('templates/report.yaml', 'utf8').replace('"Số: {number}/BC-CCB"', '"Số: /BC-CCB"'));
    const error = await loadReportSettings(file).catch((e: unknown) => e);
    expect((error as { findings: { code: string; path?: unknown[] }[] }).findings[0]).toMatchObject({
      code: 'report/config-invalid', path: ['orgHeaders', 'HCCB', 'numberLine'],
    });
  });
});
