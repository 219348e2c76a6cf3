import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Finding, PlanSchema, type TargetEvaluation } from '../../src/model/index.ts';
import {
  checkAuthority,
  composeOrgSummary,
  composeReport,
  condense,
  loadReportSettings,
  loadReportWording,
  numberLine,
  placeDateLine,
  resultPhrase,
  targetSentence,
} from '../../src/report/index.ts';
import { fullInput } from './fixture.ts';

const wording = await loadReportWording();
const settings = await loadReportSettings();

const target = (text: string, value: number, extra: Record<string, unknown> = {}) =>
  PlanSchema.parse({
    id: 'p', title: 'x', year: 2024,
    source: { number: '1-QĐ/TU', date: '2023-12-27', issuer: 'Ban Thường vụ Tỉnh ủy' },
    reporting: { body: 'Ban Dân vận Tỉnh ủy', deadline: { daysAfterEnd: 5 } },
    organizations: [{ code: 'A', name: 'Hội A', shortName: 'A' }],
    tasks: [{ id: 't', org: 'A', number: '1', text: 'x' }],
    targets: [{ id: 'g', task: 't', text, comparator: 'gte', value, unit: 'hội viên', kind: 'count', ...extra }],
  }).targets[0]!;

const ev = (value: number | null, ratio: number | null): TargetEvaluation => ({
  targetId: 'g', taskId: 't', org: 'A', value, inPeriod: value, expected: null, ratio, status: value === null ? 'no_data' : 'on_track',
});

describe('target sentences', () => {
  it('assigned number in the sentence → replaced by the result, comparator and leading words dropped', () => {
    expect(resultPhrase(target('Phấn đấu phát triển ít nhất 600 hội viên cựu chiến binh', 600), 312, wording)).toBe(
      'phát triển 312 hội viên cựu chiến binh',
    );
  });
  it('number written "01" → the result keeps the leading zero', () => {
    expect(resultPhrase(target('giải quyết ít nhất 01 vụ việc phát sinh mới', 1), 2, wording)).toBe('giải quyết 02 vụ việc phát sinh mới');
  });
  it('count result below ten → leading zero even when the target was written without one; zero stays "0"', () => {
    expect(resultPhrase(target('xây dựng, sửa chữa 20 nhà mái ấm đồng đội', 20), 8, wording)).toBe('xây dựng, sửa chữa 08 nhà mái ấm đồng đội');
    expect(resultPhrase(target('xây dựng, sửa chữa 20 nhà mái ấm đồng đội', 20), 0, wording)).toBe('xây dựng, sửa chữa 0 nhà mái ấm đồng đội');
  });
  it('sentence starting with a name or an abbreviation → keeps its capital as a clause', () => {
    expect(resultPhrase(target('Ủy ban nhân dân tỉnh hỗ trợ 20 nhà', 20), 5, wording)).toBe('Ủy ban nhân dân tỉnh hỗ trợ 05 nhà');
    expect(resultPhrase(target('UBND tỉnh hỗ trợ 20 nhà', 20), 5, wording)).toBe('UBND tỉnh hỗ trợ 05 nhà');
  });
  it('grouped number "2.500" → found and replaced with a grouped result', () => {
    expect(resultPhrase(target('kết nạp mới ít nhất 2.500 đoàn viên', 2500), 1312, wording)).toBe('kết nạp mới 1.312 đoàn viên');
  });
  it('range "từ 15 - 20%" → the whole range replaced', () => {
    const t = target('xóa nghèo trong hội viên từ 15 - 20% trên tổng số hộ nghèo', 15, { comparator: 'between', max: 20, unit: '%', kind: 'percent' });
    expect(resultPhrase(t, 13, wording)).toBe('xóa nghèo trong hội viên 13% trên tổng số hộ nghèo');
  });
  it('number absent from the sentence → null, and the clause falls back to the result value', () => {
    const t = target('Phát triển hội viên', 600);
    expect(resultPhrase(t, 312, wording)).toBeNull();
    expect(targetSentence(t, ev(312, 0.52), wording)).toContain('312 hội viên');
  });
  it('cumulative count with ratio 0.52 → clause carries "52%"; ahead of target → still the ratio', () => {
    const t = target('Phát triển ít nhất 600 hội viên', 600);
    expect(targetSentence(t, ev(312, 0.52), wording)).toMatch(/312 hội viên.*52%/);
    expect(targetSentence(t, ev(720, 1.2), wording)).toMatch(/720 hội viên.*120%/);
  });
  it('no result → the target named as unreported', () => {
    const t = target('Phát triển ít nhất 600 hội viên', 600);
    expect(targetSentence(t, ev(null, null), wording)).toContain('Phát triển ít nhất 600 hội viên');
  });
});

describe('condensing reported text', () => {
  it('bullets, repeats and blank lines → clean unique sentences', () => {
    expect(condense('- Tổ chức 12 hội nghị\n\n+ Tổ chức 12 hội nghị;\n• Thăm 300 hộ', 600, '…')).toEqual([
      'Tổ chức 12 hội nghị.',
      'Thăm 300 hộ.',
    ]);
  });
  it('text longer than the cap → cut at a word with an ellipsis, within the cap', () => {
    const items = condense('một hai ba '.repeat(100), 100, '…');
    expect(items).toHaveLength(1);
    expect(items[0]!.length).toBeLessThanOrEqual(101);
    expect(items[0]!.endsWith('…')).toBe(true);
  });
});

describe('number, date and signing', () => {
  it('party number 5 → "Số 05-BC/BDVTU" (no colon); none → blank before the symbol', () => {
    expect(numberLine({ ...settings, number: 5 }, wording)).toBe('Số 05-BC/BDVTU');
    expect(numberLine({ ...settings, number: undefined }, wording)).toMatch(/^Số\s{4,}-BC\/BDVTU$/);
  });
  it('state profile → "Số: 15/BC-BDVTU"', () => {
    expect(numberLine({ ...settings, profile: 'state', number: 15 }, wording)).toBe('Số: 15/BC-BDVTU');
  });
  it('no date → place with blank day and month and the year', () => {
    expect(placeDateLine({ ...settings, date: undefined }, wording, 2024)).toMatch(/^Bình Thuận, ngày\s+tháng\s+năm 2024$/);
    expect(placeDateLine({ ...settings, date: '2024-04-05' }, wording, 2024)).toBe('Bình Thuận, ngày 05 tháng 4 năm 2024');
  });
  it('authority rules → codes', () => {
    const codes = (authority: string, organ = 'BDVTU', profile: 'party' | 'state' = 'party') =>
      checkAuthority({ ...settings, profile, symbol: { type: 'BC', organ }, signer: { authority, title: 'X', name: 'Y' } }).map((f) => f.code);
    expect(codes('K/T TRƯỞNG BAN')).toEqual([]);
    expect(codes('')).toEqual([]);
    expect(codes('T/M BAN THƯỜNG VỤ')).toEqual(['report/authority-mismatch']);
    expect(codes('K/T BÍ THƯ', 'TU')).toEqual(['report/authority-mismatch']);
    expect(codes('T/M BAN THƯỜNG VỤ', 'TU')).toEqual([]);
    expect(codes('KT. TRƯỞNG BAN')).toEqual(['report/authority-form']);
    expect(codes('K/T TRƯỞNG BAN', 'BDVTU', 'state')).toEqual(['report/authority-form']);
  });
});

describe('composed report', () => {
  it('sections I–III in order, IV absent without plan.focus, closing ends "./."', async () => {
    const { content } = composeReport(await fullInput());
    const h1 = content.body.filter((b) => b.kind === 'h1').map((b) => b.text.split(' ')[0]);
    expect(h1).toEqual(['I.', 'II.', 'III.']);
    expect(content.body.at(-1)?.text.endsWith('./.')).toBe(true);
    expect(content.body[0]?.text).toContain('Quyết định số 1388-QĐ/TU, ngày 27/12/2023 của Ban Thường vụ Tỉnh ủy');
  });
  it('plan with focus for the next quarter → section IV lists it; heading style "I-" honoured', async () => {
    const input = await fullInput();
    const plan = { ...input.plan, focus: [{ period: 'Q2' as const, text: 'tập trung phát triển hội viên' }, { period: 'Q4' as const, text: 'không lấy' }] };
    const { content } = composeReport({ ...input, plan, settings: { ...input.settings, headingStyle: 'I-' } });
    const h1 = content.body.filter((b) => b.kind === 'h1').map((b) => b.text.split(' ')[0]);
    expect(h1).toEqual(['I-', 'II-', 'III-', 'IV-']);
    const texts = content.body.map((b) => b.text).join('\n');
    expect(texts).toContain('Tập trung phát triển hội viên.');
    expect(texts).not.toContain('không lấy');
  });
  it('no placeholder left unfilled in any block or appendix cell', async () => {
    const { content } = composeReport(await fullInput());
    const all = [...content.body.map((b) => b.text), content.appendix?.title ?? '', content.appendix?.attached ?? ''];
    expect(all.filter((t) => /\{\w+\}/.test(t))).toEqual([]);
  });
  it('missing, late and rejected organisations → named under shortcomings', async () => {
    const { content } = composeReport(await fullInput());
    const ii = content.body.findIndex((b) => b.text.startsWith('II.'));
    const iii = content.body.findIndex((b) => b.text.startsWith('III.'));
    const part = content.body.slice(ii, iii).map((b) => b.text).join('\n');
    expect(part).toContain('Hội Nông dân tỉnh'); // missing
    expect(part).toContain('Liên đoàn Lao động tỉnh'); // rejected
    expect(part).toContain('Hội Cựu chiến binh tỉnh'); // late
  });
  it('appendix → one row per target of the plan, numbers Vietnamese-formatted', async () => {
    const input = await fullInput();
    const { content } = composeReport(input);
    expect(content.appendix?.targets).toHaveLength(input.plan.targets.length);
    expect(content.appendix?.completeness.map((r) => r.org)).toHaveLength(6);
    expect(content.appendix?.targets.some((r) => /^\d{1,3}(\.\d{3})+$/.test(r.value))).toBe(true);
    expect(content.appendix?.targets.some((r) => /^\d+(,\d+)?%$/.test(r.value))).toBe(true);
    expect(content.appendix?.targets.every((r) => r.ratio === '' || /^[\d.]+(,\d)?%$/.test(r.ratio))).toBe(true);
  });
  it('same difficulty from several organisations → one item naming them all', async () => {
    const { content } = composeReport(await fullInput());
    const iii = content.body.findIndex((b) => b.text.startsWith('III.'));
    const items = content.body.slice(iii).filter((b) => b.kind === 'dash' && b.text.includes('kinh phí hoạt động'));
    expect(items).toHaveLength(1);
    for (const name of ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'Hội Liên hiệp Phụ nữ tỉnh', 'Tỉnh Đoàn Thanh niên']) expect(items[0]?.text).toContain(name);
  });
  it('missing report not yet due → not listed among shortcomings', async () => {
    const input = await fullInput();
    const evaluation = {
      ...input.evaluation,
      organizations: input.evaluation.organizations.map((o) => (o.org === 'HND' ? { ...o, overdue: false } : o)),
    };
    const { content } = composeReport({ ...input, evaluation });
    const ii = content.body.findIndex((b) => b.text.startsWith('II.'));
    const iii = content.body.findIndex((b) => b.text.startsWith('III.'));
    expect(content.body.slice(ii, iii).some((b) => b.text.includes('Hội Nông dân tỉnh'))).toBe(false);
  });
  it('data findings of an organisation → counted once each under shortcomings', async () => {
    const input = await fullInput();
    const f = { code: 'plan/syntax' as const, severity: 'warning' as const, message: 'x', org: 'TDTN', cell: 'F9' };
    const { content } = composeReport({ ...input, findings: [f, f, { ...f, cell: 'F10' }, { ...f, cell: 'F11', severity: 'info' as const }] });
    const ii = content.body.findIndex((b) => b.text.startsWith('II.'));
    const iii = content.body.findIndex((b) => b.text.startsWith('III.'));
    const line = content.body.slice(ii, iii).find((b) => b.text.startsWith('Số liệu') && b.text.includes('Tỉnh Đoàn Thanh niên'));
    expect(line?.text).toMatch(/\b2\b/);
  });
  it('more behind targets than listLimit → only the worst named, then one line for the rest', async () => {
    const input = await fullInput();
    const behind = input.evaluation.organizations.flatMap((o) => o.targets).filter((t) => t.status === 'behind').length;
    expect(behind).toBeGreaterThan(3);
    const { content } = composeReport({ ...input, wording: { ...input.wording, listLimit: 3 } });
    const ii = content.body.findIndex((b) => b.text.startsWith('2. '));
    const iii = content.body.findIndex((b) => b.text.startsWith('III.'));
    const part = content.body.slice(ii, iii);
    expect(part.filter((b) => b.text.includes('chậm so với tiến độ'))).toHaveLength(3);
    expect(part.some((b) => b.kind === 'p' && b.text.includes(String(behind - 3)))).toBe(true);
  });
  it('no submissions → report/no-submissions warning', async () => {
    const input = await fullInput();
    expect(composeReport({ ...input, submissions: [] }).findings.map((f) => f.code)).toContain('report/no-submissions');
  });
  it('org summary → signed by the workbook signer; an org without signer → org-signer-missing', async () => {
    const input = await fullInput();
    const mttq = composeOrgSummary({ ...input, org: 'MTTQ' });
    expect(mttq.signer).toMatchObject({ name: 'Trần Văn Bình', authority: 'K/T CHỦ TỊCH' });
    expect(mttq.findings).toEqual([]);
    expect(composeOrgSummary({ ...input, org: 'HCCB' }).findings.map((f) => f.code)).toEqual(['report/org-signer-missing']);
  });
});

describe('settings', () => {
  it('overrides → applied over the file', async () => {
    const s = await loadReportSettings(undefined, { number: '15', date: '2024-04-05', signerName: 'Lê Văn Minh', profile: 'state' });
    expect(s).toMatchObject({ number: '15', date: '2024-04-05', profile: 'state', signer: { name: 'Lê Văn Minh', authority: 'K/T TRƯỞNG BAN' } });
    expect(s.margins).toEqual({ top: 1134, bottom: 1134, left: 1701, right: 850 });
    expect(s.lineSpacing).toBe(1.15);
  });
  it('invalid date override → ReportConfigError with report/config-invalid at "date"', async () => {
    const error = await loadReportSettings(undefined, { date: '2024-02-30x' }).catch((e: unknown) => e);
    expect((error as { findings: { code: string; path?: unknown[] }[] }).findings[0]).toMatchObject({ code: 'report/config-invalid', path: ['date'] });
  });
  it('missing file → report/config-unreadable', async () => {
    const error = await loadReportSettings('/nonexistent/report.yaml').catch((e: unknown) => e);
    expect((error as { findings: { code: string }[] }).findings.map((f) => f.code)).toEqual(['report/config-unreadable']);
  });
  it('a YAML syntax error in the settings → its line and what to fix, in Vietnamese, with the hint to fix the line', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'settings-')), 'report.yaml');
    writeFileSync(file, 'number: "15"\nsigner:\n\tname: Lê Văn Minh\n');
    const error = await loadReportSettings(file).catch((e: unknown) => e);
    const [finding] = (error as { findings: Finding[] }).findings;
    expect(finding?.message).toBe('Không đọc được tệp thiết lập báo cáo: sai cú pháp YAML ở dòng 3: thụt lề bằng phím Tab; chỉ được thụt lề bằng dấu cách (cột 1).');
    expect(finding?.hint).toMatch(/^Sửa dòng được chỉ ra/);
  });
});
