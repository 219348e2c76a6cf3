import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { DEFAULT_SETTINGS_FILE } from '../../src/report/index.ts';
import { captureContext } from '../helpers/cli.ts';
import { SAMPLE_PLAN } from './fixture.ts';
import { paragraphs, unzipText } from './docx-xml.ts';
import { FORMS, unitStore } from './unit-fixture.ts';

const store = unitStore();

async function report(...args: string[]) {
  const ctx = captureContext();
  const code = await main(['node', 'baocao', 'report', '--plan', SAMPLE_PLAN, '--period', '2024-Q1', '--db', store.db, ...args], ctx);
  return { code, out: ctx.out.join(''), err: ctx.err.join('\n') };
}

const documentXml = async (file: string) => (await unzipText(readFileSync(file))).get('word/document.xml') ?? '';
const texts = async (file: string) => paragraphs(await documentXml(file)).map((p) => p.text);
/** Every table row of the document as its cells' texts (independent of the docx library). */
const rows = async (file: string) =>
  [...(await documentXml(file)).matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((tr) =>
    [...tr[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((tc) => [...tc[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')),
  );

/** The figures the test recorded for La Gi's communes, added up here (not by the code under test). */
function lagiSum(targetId: string): number {
  return FORMS.filter((f) => f.unit.startsWith('LG-')).reduce((n, f) => n + (f.counts[targetId] ?? 0), 0);
}
function lagiPercent(targetId: string): number {
  const parts = FORMS.filter((f) => f.unit.startsWith('LG-')).flatMap((f) => (f.parts?.[targetId] ? [f.parts[targetId]] : []));
  return (100 * parts.reduce((n, p) => n + p[0], 0)) / parts.reduce((n, p) => n + p[1], 0);
}
/** The appendix's result cell of a target, found by the target's text. */
function resultOf(table: string[][], targetStart: string): string | undefined {
  return table.find((r) => r.length === 7 && r[2]?.startsWith(targetStart))?.[4];
}

describe('baocao report --unit', () => {
  const lagi = join(store.dir, 'lagi.docx');
  const ready = report('--unit', 'LAGI', '--units', store.units, '--config', store.config, '-o', lagi, '--number', '3', '--date', '2024-04-10', '--json');

  it('LAGI → exit 0; the totals are the sum of La Gi’s communes only (not Phan Thiết’s, not the province’s own form)', async () => {
    const r = await ready;
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ path: lagi, unit: 'LAGI', total: { expected: 8, received: 3, missing: 5 } });
    const table = await rows(lagi);
    expect(lagiSum('HCCB-6-t1')).toBe(42);
    expect(resultOf(table, 'Phát triển ít nhất 600 hội viên')).toBe(String(lagiSum('HCCB-6-t1')));
    expect(resultOf(table, 'Xây dựng, sửa chữa 20 nhà')).toBe(String(lagiSum('HCCB-6-t4')));
    expect(resultOf(table, 'Phát triển mới 17.000 đoàn viên')).toBe(String(lagiSum('TDTN-7.2-t1')));
  });

  it('a percent over communes is Σ numerators / Σ denominators (55%), not the average of their percents (50%)', async () => {
    await ready;
    expect(lagiPercent('HCCB-8.3-t1')).toBe(55);
    expect(resultOf(await rows(lagi), 'Nâng tỷ lệ tập hợp cựu quân nhân')).toBe('55%');
  });

  it('the unit’s settings make the header, number, place and signer', async () => {
    await ready;
    const t = await texts(lagi);
    expect(t.slice(0, 3)).toEqual(expect.arrayContaining(['THỊ ỦY LA GI', 'BAN DÂN VẬN']));
    expect(t).toContain('Số 03-BC/BDVThU');
    expect(t).toContain('La Gi, ngày 10 tháng 4 năm 2024');
    expect(t).toContain('Nguyễn Văn Hùng');
    expect(t).not.toContain('TỈNH ỦY BÌNH THUẬN');
  });

  it('the appendix lists La Gi’s communes by level with their reporting rates, and the total', async () => {
    await ready;
    expect(await texts(lagi)).toContain('2. Tình hình gửi báo cáo theo đơn vị, theo cấp');
    expect(await texts(lagi)).toContain('1. Kết quả thực hiện các chỉ tiêu (tổng hợp từ 3/8 báo cáo phải gửi, tỷ lệ 38%)');
    const table = (await rows(lagi)).filter((r) => r.length === 8);
    const row = (name: string) => table.find((r) => r[1] === name)?.slice(2);
    // Phải gửi, Đã nhận, Đúng hạn, Trễ hạn, Chưa nhận, Tỷ lệ
    expect(row('Phường Phước Hội')).toEqual(['2', '2', '2', '0', '0', '100%']);
    expect(row('Xã Tân Hải')).toEqual(['2', '1', '0', '1', '1', '50%']);
    expect(row('Xã Tân Tiến')).toEqual(['2', '0', '0', '0', '2', '0%']);
    expect(row('Cấp xã (2 đơn vị)')).toEqual(['4', '1', '0', '1', '3', '25%']);
    expect(row('Tổng cộng')).toEqual(['8', '3', '2', '1', '5', '38%']);
    expect(table.some((r) => r[1] === 'Phường Mũi Né')).toBe(false);
  });

  it('the units that sent nothing are named in the text; a unit that sent part, with what is missing', async () => {
    await ready;
    const line = (await texts(lagi)).find((t) => t.startsWith('Chưa nhận được báo cáo của:')) ?? '';
    expect(line).toContain('Xã Tân Tiến');
    expect(line).toMatch(/Xã Tân Hải \(chưa có báo cáo của [^)]*Đoàn/);
    expect(line).not.toContain('Phường Phước Hội');
    expect(line).not.toContain('Phú Thủy');
  });

  it('the closing line counts the units whose reports came (2 of La Gi’s 4) and reports to the unit above', async () => {
    await ready;
    const closing = (await texts(lagi)).find((t) => t.startsWith('Trên đây là báo cáo')) ?? '';
    expect(closing).toContain('tổng hợp từ báo cáo của 2 đơn vị');
    expect(closing).toContain('kính báo cáo Ban Dân vận Tỉnh ủy Bình Thuận');
  });

  it('a unit without settings of its own → its names from the units file, a warning, exit 0', async () => {
    const file = join(store.dir, 'pt.docx');
    const r = await report('--unit', 'PHANTHIET', '--units', store.units, '-o', file, '--json');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { findings: { code: string }[] }).findings.map((f) => f.code)).toContain('report/unit-settings-missing');
    const t = await texts(file);
    expect(t).toContain('BAN DÂN VẬN THÀNH ỦY PHAN THIẾT');
    expect(t).toContain('BAN DÂN VẬN TỈNH ỦY BÌNH THUẬN');
    expect(resultOf(await rows(file), 'Phát triển ít nhất 600 hội viên')).toBe('500');
  });

  it('a bad unit entry in the settings → exit 2, the field named with the unit’s key', async () => {
    const cfg = join(store.dir, 'bad-units.yaml');
    writeFileSync(cfg, `${readFileSync(DEFAULT_SETTINGS_FILE, 'utf8')}\nunits:\n  LAGI:\n    signer: { name: Ai đó }\n`);
    const r = await report('--unit', 'LAGI', '--units', store.units, '--config', cfg, '-o', join(store.dir, 'bad.docx'), '--json');
    expect(r.code).toBe(2);
    const findings = (JSON.parse(r.out) as { findings: { code: string; message: string }[] }).findings;
    expect(findings.map((f) => f.code)).toEqual(['report/config-invalid']);
    expect(findings[0]?.message).toContain('units.LAGI.signer.title');
  });

  it('--units without --unit → the root’s report: the province’s own form and both districts’ communes', async () => {
    const file = join(store.dir, 'root.docx');
    const r = await report('--units', store.units, '-o', file, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ unit: 'BDVTU', total: { received: FORMS.length } });
    const all = FORMS.reduce((n, f) => n + (f.counts['HCCB-6-t1'] ?? 0), 0);
    expect(resultOf(await rows(file), 'Phát triển ít nhất 600 hội viên')).toBe(all.toLocaleString('de-DE'));
  });

  it('an unknown unit, or --unit with --org → exit 2', async () => {
    expect((await report('--unit', 'NOWHERE', '--units', store.units, '-o', join(store.dir, 'x.docx'))).code).toBe(2);
    expect((await report('--unit', 'LAGI', '--org', 'HCCB', '--units', store.units, '-o', join(store.dir, 'y.docx'))).code).toBe(2);
  });

  it('without --unit → the province’s report as before: the organisations’ completeness table, no units table, no rate line', async () => {
    const file = join(store.dir, 'province.docx');
    expect((await report('-o', file)).code).toBe(0);
    const t = await texts(file);
    expect(t).toContain('2. Tình hình gửi báo cáo của các đơn vị');
    expect(t).not.toContain('2. Tình hình gửi báo cáo theo đơn vị, theo cấp');
    expect(t.some((x) => x.startsWith('Tình hình báo cáo:'))).toBe(false);
  });
});

describe('baocao report --unit: targets allotted or not', () => {
  const PLAN_TARGET = 'Phát triển ít nhất 600 hội viên';

  it('a count target not allotted to La Gi → its figure reported "chưa phân bổ cho đơn vị", never measured against the province’s 600', async () => {
    const out = join(store.dir, 'lagi-not-allotted.docx');
    const r = await report('--unit', 'LAGI', '--units', store.units, '--config', store.config, '-o', out);
    expect(r.code, r.err).toBe(0);
    const row = (await rows(out)).find((x) => x.length === 7 && x[2]?.startsWith(PLAN_TARGET));
    expect(row?.[4]).toBe(String(lagiSum('HCCB-6-t1')));
    expect([row?.[5], row?.[6]]).toEqual(['', 'Chưa phân bổ cho đơn vị']);
    const body = (await texts(out)).join('\n');
    expect(body).toContain(`${lagiSum('HCCB-6-t1')} hội viên cựu chiến binh (chỉ tiêu chưa phân bổ cho đơn vị)`);
  });

  it('--allotment giving La Gi 84 of the 600 → the figure is judged against 84', async () => {
    const { planHash, requirePlan } = await import('../../src/plan/index.ts');
    const { plan } = await requirePlan(SAMPLE_PLAN);
    const file = join(store.dir, 'phan-bo.json');
    writeFileSync(file, JSON.stringify({ format: 'baocao-allotment/1', planId: plan.id, planHash: planHash(plan), unit: 'BDVTU', year: 2024, children: ['LAGI'], shares: { 'HCCB-6-t1': { LAGI: 84 } } }));
    const out = join(store.dir, 'lagi-allotted.docx');
    const r = await report('--unit', 'LAGI', '--units', store.units, '--config', store.config, '--allotment', file, '-o', out);
    expect(r.code, r.err).toBe(0);
    const row = (await rows(out)).find((x) => x.length === 7 && x[2]?.startsWith(PLAN_TARGET));
    // 42 of 84 = 50%, computed here; the status is a judgment, no longer "not allotted".
    expect(lagiSum('HCCB-6-t1') / 84).toBe(0.5);
    expect(row?.[5]).toBe('50%');
    expect(row?.[6]).not.toBe('Chưa phân bổ cho đơn vị');
  });
});

describe('baocao report --unit: the organisations as the unit calls them', () => {
  it('La Gi (a thị xã) → "Hội Cựu chiến binh thị xã", never the province\'s "… tỉnh"; the province\'s own report keeps "tỉnh"', async () => {
    const out = join(store.dir, 'lagi-names.docx');
    expect((await report('--unit', 'LAGI', '--units', store.units, '--config', store.config, '-o', out)).code).toBe(0);
    const body = (await texts(out)).join('\n');
    expect(body).toContain('Hội Cựu chiến binh thị xã');
    expect(body).not.toContain('Hội Cựu chiến binh tỉnh');
    const root = join(store.dir, 'root-names.docx');
    expect((await report('--units', store.units, '--config', store.config, '-o', root)).code).toBe(0);
    expect((await texts(root)).join('\n')).toContain('Hội Cựu chiến binh tỉnh');
  });
});
