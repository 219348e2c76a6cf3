import { describe, expect, it } from 'vitest';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { buildOrgSummary, buildReport, writeReport } from '../../src/report/index.ts';
import { effectiveXml, paragraphs, unzipText } from './docx-xml.ts';
import { fullInput } from './fixture.ts';

const input = await fullInput();
const files = await unzipText(await buildReport(input));
const doc = files.get('word/document.xml') ?? '';
const styles = files.get('word/styles.xml') ?? '';
const paras = paragraphs(doc);
const indexOfText = (text: string) => paras.findIndex((p) => p.text.startsWith(text));

describe('page and fonts', () => {
  it('first section → A4 portrait 11906×16838, margins 1134/1134/1701/850, different first page', () => {
    const first = /<w:sectPr[\s\S]*?<\/w:sectPr>/.exec(doc)?.[0] ?? '';
    expect(first).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(first).toMatch(/<w:pgMar w:top="1134"[^>]*w:right="850" w:bottom="1134" w:left="1701"/);
    expect(first).toContain('<w:titlePg/>');
  });
  it('default run → Times New Roman 14 pt in every font slot', () => {
    const styles = files.get('word/styles.xml') ?? '';
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? '';
    expect(defaults).toMatch(/<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/>/);
    expect(defaults).toContain('<w:sz w:val="28"/>');
  });
  it('page number → in the default header only; the first-page header is empty', () => {
    const headers = [...files.entries()].filter(([name]) => /word\/header\d+\.xml/.test(name)).map(([, xml]) => xml);
    expect(headers.filter((h) => h.includes('PAGE'))).not.toHaveLength(0);
    expect(headers.some((h) => !h.includes('PAGE') && !/<w:t/.test(h))).toBe(true);
  });
  it('body paragraph → justified, first-line indent 567, 6 pt after, line 1.15 (through its paragraph style)', () => {
    const own = paras[indexOfText('Thực hiện Quyết định')]?.xml ?? '';
    expect(own).toMatch(/<w:pStyle w:val="[^"]+"\/>/);
    const body = effectiveXml(own, styles);
    expect(/<w:jc w:val="(\w+)"\/>/.exec(body)?.[1]).toBe('both');
    expect(body).toMatch(/<w:ind w:firstLine="567"\/>/);
    expect(body).toMatch(/<w:spacing w:after="120" w:line="276" w:lineRule="auto"\/>/);
  });
});

describe('header, title and order', () => {
  it('"ĐẢNG CỘNG SẢN VIỆT NAM" → 15 pt bold underlined; number without colon; italic place and date', () => {
    const party = paras.find((p) => p.text === 'ĐẢNG CỘNG SẢN VIỆT NAM')?.xml ?? '';
    expect(party).toContain('<w:b/>');
    expect(party).toContain('<w:u w:val="single"/>');
    expect(party).toContain('<w:sz w:val="30"/>');
    expect(paras.some((p) => p.text === 'Số 15-BC/BDVTU')).toBe(true);
    const date = paras.find((p) => p.text === 'Bình Thuận, ngày 05 tháng 4 năm 2024')?.xml ?? '';
    expect(date).toContain('<w:i/>');
  });
  it('header block → a borderless two-column table, left 40% of the text width', () => {
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(doc)?.[0] ?? '';
    expect(table).toContain('TỈNH ỦY BÌNH THUẬN');
    expect(table).toMatch(/<w:gridCol w:w="3742"\/><w:gridCol w:w="5613"\/>/);
    expect(table).toMatch(/<w:top w:val="none"/);
  });
  it('header table → number and place/date in a second row (same baseline); signature row never splits', () => {
    const tables = [...doc.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    const header = tables[0] ?? '';
    const rows = [...header.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain('Số 15-BC/BDVTU');
    expect(rows[1]).toContain('Bình Thuận, ngày 05 tháng 4 năm 2024');
    const signature = tables.find((t) => t.includes('Nơi nhận:')) ?? '';
    expect(signature).toContain('<w:cantSplit/>');
    expect(paras[indexOfText('Trên đây là báo cáo')]?.xml).toContain('<w:keepNext/>');
  });
  it('title "BÁO CÁO" → 16 pt bold centred; summary line 14 bold lower case', () => {
    const title = paras.find((p) => p.text === 'BÁO CÁO')?.xml ?? '';
    expect(title).toContain('<w:sz w:val="32"/>');
    expect(title).toContain('<w:jc w:val="center"/>');
    const summary = paras.find((p) => p.text === 'kết quả thực hiện nhiệm vụ trọng tâm quý I năm 2024')?.xml ?? '';
    expect(summary).toContain('<w:b/>');
  });
  it('header → title → I → II → III → closing → Nơi nhận → authority → name → appendix, in this order', () => {
    const order = [
      'TỈNH ỦY BÌNH THUẬN', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'BÁO CÁO', '-----', 'I. KẾT QUẢ', 'II. ĐÁNH GIÁ', 'III. KHÓ KHĂN',
      'Trên đây là báo cáo', 'Nơi nhận:', '- Lưu Văn phòng Ban.', 'K/T TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN', 'Lê Văn Minh', 'PHỤ LỤC',
    ].map(indexOfText);
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
  it('Nơi nhận → 14 underlined; items 12 pt, "," except the last "."', () => {
    expect(paras[indexOfText('Nơi nhận:')]?.xml).toContain('<w:u w:val="single"/>');
    const items = paras.filter((p) => p.text.startsWith('- ') && p.xml.includes('<w:sz w:val="24"/>')).map((p) => p.text);
    expect(items.length).toBe(input.settings.recipients.length);
    expect(items.slice(0, -1).every((t) => t.endsWith(','))).toBe(true);
    expect(items.at(-1)?.endsWith('.')).toBe(true);
  });
});

describe('appendix', () => {
  it('→ its own landscape section (portrait size with orient="landscape" swapped by the library)', () => {
    const sects = [...doc.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(sects).toHaveLength(2);
    expect(sects[1]).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/);
  });
  it('→ header row repeated, numbers right-aligned, one row per target plus the completeness table', () => {
    const tables = [...doc.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    const targets = tables.find((t) => t.includes('Kết quả lũy kế')) ?? '';
    expect(targets).toContain('<w:tblHeader/>');
    expect((targets.match(/<w:tr>/g) ?? []).length).toBe(input.plan.targets.length + 1);
    const grouped = paragraphs(targets).filter((p) => /^\d{1,3}(\.\d{3})+$/.test(p.text));
    expect(grouped).not.toHaveLength(0);
    expect(grouped.every((p) => /<w:jc w:val="(\w+)"\/>/.exec(effectiveXml(p.xml, styles))?.[1] === 'right')).toBe(true);
    expect(tables.some((t) => t.includes('Tình trạng') && t.includes('<w:tblHeader/>'))).toBe(true);
    expect(paras.some((p) => p.text === '(Kèm theo Báo cáo số 15-BC/BDVTU, ngày 05/4/2024 của Ban Dân vận Tỉnh ủy)')).toBe(true);
  });
});

describe('profiles, blanks and image', () => {
  it('state profile → national motto, "Số: 15/BC-BDVTU", no "ĐẢNG CỘNG SẢN"', async () => {
    const xml = (await unzipText(await buildReport({ ...input, settings: { ...input.settings, profile: 'state', signer: { ...input.settings.signer, authority: 'KT. TRƯỞNG BAN' } } }))).get('word/document.xml') ?? '';
    const texts = paragraphs(xml).map((p) => p.text);
    expect(texts).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(texts).toContain('Số: 15/BC-BDVTU');
    expect(texts).toContain('KT. TRƯỞNG BAN');
    expect(texts).not.toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
  });
  it('practice settings → title line bold, no page numbers, other blank lines when asked', async () => {
    const out = await unzipText(await buildReport({ ...input, settings: { ...input.settings, signatureTitleBold: true, pageNumbers: false, signatureBlankLines: 2 } }));
    const p = paragraphs(out.get('word/document.xml') ?? '');
    expect(p.find((x) => x.text === 'PHÓ TRƯỞNG BAN')?.xml).toContain('<w:b/>');
    expect(paras.find((x) => x.text === 'PHÓ TRƯỞNG BAN')?.xml).not.toContain('<w:b/>');
    expect([...out.entries()].some(([name, xml]) => name.startsWith('word/header') && xml.includes('PAGE'))).toBe(false);
    const gap = (list: { text: string }[]) => list.findIndex((x) => x.text === 'Lê Văn Minh') - list.findIndex((x) => x.text === 'PHÓ TRƯỞNG BAN');
    expect(gap(p)).toBe(3);
    expect(gap(paras)).toBe(5);
  });
  it('no number, no date → blanks kept for the clerk (spaces preserved)', async () => {
    const xml = (await unzipText(await buildReport({ ...input, settings: { ...input.settings, number: undefined, date: undefined } }))).get('word/document.xml') ?? '';
    const texts = paragraphs(xml).map((p) => p.text);
    expect(texts.some((t) => /^Số {4,}-BC\/BDVTU$/.test(t))).toBe(true);
    expect(texts.some((t) => /^Bình Thuận, ngày {4,}tháng {4,}năm 2024$/.test(t))).toBe(true);
  });
  it('signature image → embedded as media; a missing image → warning, document still written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'baocao-report-'));
    const png = join(dir, 'sig.png');
    writeFileSync(png, onePixelPng());
    const withImage = await unzipText(await buildReport({ ...input, settings: { ...input.settings, signer: { ...input.settings.signer, image: png } } }));
    expect([...withImage.keys()].some((k) => k.startsWith('word/media/'))).toBe(true);
    const missing = await writeReport({ ...input, settings: { ...input.settings, signer: { ...input.settings.signer, image: join(dir, 'none.png') } } });
    expect(missing.findings.map((f) => f.code)).toContain('report/signature-image-missing');
    expect(missing.buffer.length).toBeGreaterThan(1000);
  });
  it('org summary → the organisation\'s own header heads the left column, its signer signs, no appendix section', async () => {
    const xml = (await unzipText(await buildOrgSummary({ ...input, org: 'MTTQ' }))).get('word/document.xml') ?? '';
    const texts = paragraphs(xml).map((p) => p.text);
    expect(texts.slice(0, 3)).toEqual(['ỦY BAN MTTQ VIỆT NAM', 'TỈNH BÌNH THUẬN', 'BAN THƯỜNG TRỰC']);
    expect(texts).toContain('K/T CHỦ TỊCH');
    expect(texts).toContain('Trần Văn Bình');
    expect(texts).toContain('Bình Thuận, ngày 02 tháng 4 năm 2024');
    expect([...xml.matchAll(/<w:sectPr/g)]).toHaveLength(1);
  });
});

/** A valid 1×1 PNG built with zlib (no binary fixture in the repo). */
function onePixelPng(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = (crcTable[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.from([0, 255, 0, 0]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
