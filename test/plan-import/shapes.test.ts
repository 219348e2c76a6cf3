/**
 * Issue 18: the shapes of plan an office receives, each as .txt and as .docx (built from the
 * same text, tables as real Word tables), drafted into a plan that `plan check` accepts.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Plan, PlanSchema, type Task } from '../../src/model/plan.ts';
import { importPlan, importPlanFile, loadPlan, writeImportedPlan } from '../../src/plan/index.ts';
import { writeFixtureDocx } from './fixture-docx.ts';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;
const seed = (name: string) => new URL(`fixtures/${name}`, import.meta.url).pathname;
const tmp = () => mkdtempSync(join(tmpdir(), 'baocao-shapes-'));

/** Both readings of a fixture: the text file and a Word file made from it. */
async function bothReadings(name: string): Promise<Array<{ kind: string; plan: Plan; codes: string[]; result: Awaited<ReturnType<typeof importPlanFile>> }>> {
  const text = readFileSync(fixture(name), 'utf8');
  const docx = join(tmp(), name.replace(/\.txt$/u, '.docx'));
  await writeFixtureDocx(text, docx);
  const out = [];
  for (const [kind, file] of [['txt', fixture(name)], ['docx', docx]] as const) {
    const result = await importPlanFile(file);
    expect(result.ok).toBe(true);
    out.push({ kind, plan: PlanSchema.parse(result.plan), codes: result.findings.map((f) => f.code), result });
  }
  return out;
}

/** The draft written to YAML and read back as `plan check` does: no error. */
async function passesPlanCheck(result: Awaited<ReturnType<typeof importPlanFile>>): Promise<void> {
  const out = join(tmp(), 'plan.yaml');
  expect(await writeImportedPlan(result, out, { sourceName: 'x' })).toEqual([]);
  const loaded = await loadPlan(out);
  expect(loaded.ok).toBe(true);
  expect(loaded.findings.filter((f) => f.severity === 'error')).toEqual([]);
}

/** Share of the expected task openings found at the start of some task text. */
function found(plan: Plan, openings: readonly string[]): { share: number; missing: string[] } {
  const missing = openings.filter((o) => !plan.tasks.some((t) => t.text.startsWith(o)));
  return { share: (openings.length - missing.length) / openings.length, missing };
}
const byStart = (plan: Plan, opening: string): Task | undefined => plan.tasks.find((t) => t.text.startsWith(opening));

describe('shape 2: action programme, header lost, Roman parts, footnote and page break mid-sentence', async () => {
  const readings = await bothReadings('shape2-chuong-trinh-hanh-dong-thi-uy.txt');
  const openings = [
    'Tăng cường công tác tuyên truyền', 'Tổ chức quán triệt Kết luận số 43-KL/TW', 'Đổi mới hình thức tuyên truyền', 'Mỗi quý đăng tải',
    'Biên soạn tài liệu hỏi - đáp', 'Nâng cao chất lượng, hiệu quả', 'Cấp ủy, tổ chức đảng các cấp thường xuyên', 'Thực hiện tốt Quy chế dân chủ',
    'Đẩy mạnh công tác vận động các giai tầng', 'Đối với giai cấp công nhân: Chăm lo', 'Đối với giai cấp nông dân: Vận động', 'Phát huy vai trò xung kích',
    'Tổ chức các hoạt động tình nguyện hè', 'Thực hiện công tác dân vận trong vùng đồng bào', 'Thường xuyên nắm tình hình tư tưởng', 'Vận động chức sắc',
    'Xây dựng và nhân rộng mô hình “Dân vận khéo” trong vùng', 'Tăng cường sự lãnh đạo của cấp ủy', 'Cấp ủy các cấp ban hành nghị quyết', 'Kiện toàn Khối Dân vận',
    'Giao Ban Dân vận Thị ủy chủ trì', 'Đảng đoàn Hội đồng nhân dân', 'Ủy ban Mặt trận Tổ quốc Việt Nam thị xã và các đoàn thể', 'Các chi bộ, đảng bộ cơ sở căn cứ',
  ];
  for (const { kind, plan, codes, result } of readings) {
    it(`${kind}: every task of parts II and III, nothing of part I, no "Căn cứ", no group label, no footnote`, () => {
      expect(found(plan, openings)).toEqual({ share: 1, missing: [] });
      const texts = plan.tasks.map((t) => t.text).join('\n');
      for (const notTask of ['Quán triệt sâu sắc', 'Xác định rõ nhiệm vụ', 'Việc triển khai phải nghiêm túc', 'Căn cứ Kết luận', 'Theo Quy định số 11-QĐi/TW']) {
        expect(texts).not.toContain(notTask);
      }
      expect(plan.tasks.some((t) => t.text === 'Đối với thanh niên:')).toBe(false);
    });

    it(`${kind}: the sentence cut by the footnote block and page number is one task, footnote marks gone`, () => {
      expect(byStart(plan, 'Xây dựng và nhân rộng mô hình “Dân vận khéo” trong vùng')?.text)
        .toMatch(/người có uy tín trong cộng đồng; phấn đấu mỗi xã có ít nhất 02 mô hình được công nhận\.$/u);
      expect(byStart(plan, 'Thực hiện tốt Quy chế dân chủ')?.text).toContain('kiến nghị chính đáng của nhân dân, không để');
      expect(plan.targets.find((t) => t.task === byStart(plan, 'Xây dựng và nhân rộng mô hình “Dân vận khéo” trong vùng')?.id)?.value).toBe(2);
    });

    it(`${kind}: issuer from the title line, year from the latest "Căn cứ" date, both for review`, () => {
      expect(plan.source.issuer).toBe('Ban Chấp hành Đảng bộ thị xã');
      expect(plan.year).toBe(2023);
      expect(codes).toEqual(expect.arrayContaining(['import/issuer-inferred', 'import/inferred-year']));
      expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    });

    it(`${kind}: part III "Giao … chủ trì, phối hợp với …" → responsible and supporting of the tasks it names (1.1, 1.2, 2.4)`, () => {
      for (const opening of ['Tổ chức quán triệt Kết luận số 43-KL/TW', 'Đổi mới hình thức tuyên truyền', 'Thực hiện công tác dân vận trong vùng đồng bào']) {
        expect(byStart(plan, opening)).toMatchObject({ responsible: 'Ban Dân vận Thị ủy', supporting: 'Văn phòng Thị ủy, Ban Tuyên giáo Thị ủy' });
      }
      expect(byStart(plan, 'Cấp ủy, tổ chức đảng các cấp thường xuyên')?.responsible).toBeUndefined();
    });

    it(`${kind}: the draft passes plan check`, async () => passesPlanCheck(result));
  }
});

describe('shape 3: responsible unit and timeline as fields, in every wording', async () => {
  const readings = await bothReadings('shape3-ke-hoach-truong-trach-nhiem.txt');
  for (const { kind, plan, result } of readings) {
    const task = (n: string) => plan.tasks.find((t) => t.number === n && t.id.includes('-II.'));
    it(`${kind}: "**Chịu trách nhiệm tham mưu:**", "*Đơn vị chủ trì:* …; *phối hợp:* …", "Giao … chủ trì, phối hợp với …" → fields`, () => {
      expect(task('1.1')).toMatchObject({ responsible: 'Phòng Tuyên truyền - Tổng hợp', timeline: 'Thường xuyên; báo cáo hàng quý', recurrence: 'continuous' });
      expect(task('1.1')?.deadline).toBeUndefined();
      expect(task('1.2')).toMatchObject({
        responsible: 'Phòng Tuyên truyền - Tổng hợp', supporting: 'Văn phòng Thị ủy, Trung tâm Chính trị thị xã', timeline: 'Quý II/2024', deadline: '2024-06-30',
      });
      expect(task('2.1')).toMatchObject({
        responsible: 'Phòng Dân vận - Dân tộc - Tôn giáo', supporting: 'Ủy ban Mặt trận Tổ quốc Việt Nam thị xã, các đoàn thể chính trị - xã hội thị xã',
        timeline: 'trước ngày 30/6/2024', deadline: '2024-06-30',
      });
      expect(task('2.2')).toMatchObject({ responsible: 'Ban Dân vận Thị ủy', supporting: 'Văn phòng Thị ủy, Phòng Nội vụ thị xã', timeline: 'Quý III năm 2024', deadline: '2024-09-30' });
      expect(task('2.3')).toMatchObject({ responsible: 'Phòng Dân vận - Dân tộc - Tôn giáo', timeline: 'Từ tháng 3 đến tháng 10 năm 2024', deadline: '2024-10-31' });
      expect(task('3.1')).toMatchObject({ responsible: 'Phòng Dân vận - Dân tộc - Tôn giáo', timeline: 'tháng 9/2024', deadline: '2024-09-30' });
      expect(task('3.2')).toMatchObject({
        responsible: 'Phòng Tuyên truyền - Tổng hợp', supporting: 'Phòng Nội vụ thị xã',
        timeline: 'Thường xuyên; sơ kết vào năm 2024; tổng kết vào năm 2025', recurrence: 'continuous',
      });
      expect(task('3.3')).toMatchObject({ responsible: 'Văn phòng Ban Dân vận Thị ủy', deadline: '2024-12-15', recurrence: 'yearly' });
    });

    it(`${kind}: every numbered task, field lines never become tasks, the units are the organisations`, () => {
      expect(plan.tasks.filter((t) => t.id.includes('-II.')).map((t) => t.number)).toEqual(['1', '1.1', '1.2', '3.2', '2', '2.1', '2.3', '3', '3.1', '2.2', '3.3']);
      expect(plan.tasks.some((t) => /^(?:Chịu trách nhiệm|Đơn vị chủ trì|Thời gian|Giao Ban Dân vận Thị ủy chủ trì, phối hợp với Văn phòng Thị ủy, Phòng)/u.test(t.text))).toBe(false);
      expect(plan.organizations.map((o) => o.code)).toEqual(['PTTTH', 'PDVDTTG', 'BDVU', 'VPBDVU']);
      expect(plan.year).toBe(2024);
    });

    it(`${kind}: the draft passes plan check`, async () => passesPlanCheck(result));
  }
});

describe('shape 4: a plan as a table (STT | Nội dung | chủ trì | phối hợp | thời gian | sản phẩm)', async () => {
  const readings = await bothReadings('shape4-ke-hoach-dang-bang.txt');
  for (const { kind, plan, result } of readings) {
    it(`${kind}: one task per row, cells as fields, group rows are not tasks`, () => {
      expect(plan.tasks.map((t) => [t.org, t.number])).toEqual([
        ['MTTQ', '1'], ['MTTQ', '2'], ['MTTQ', '8'], ['HLHPN', '3'], ['HND', '4'], ['LDLD', '5'], ['HCCB', '6'], ['TDTN', '7'], ['BDVU', '9'],
      ]);
      expect(plan.tasks.every((t) => t.responsible && t.supporting && t.timeline)).toBe(true);
      expect(plan.tasks.find((t) => t.number === '4')).toMatchObject({
        responsible: 'Hội Nông dân huyện', supporting: 'Phòng Nông nghiệp và Phát triển nông thôn huyện', timeline: 'Quý IV/2024', deadline: '2024-12-31',
      });
      expect(plan.tasks.find((t) => t.number === '9')).toMatchObject({ deadline: '2024-12-15', recurrence: 'quarterly' });
      expect(plan.tasks.some((t) => /CÔNG TÁC TUYÊN TRUYỀN|^\(\d\)$|Giao Ban Dân vận Huyện ủy theo dõi/u.test(t.text))).toBe(false);
      expect(plan.targets.map((t) => t.value)).toEqual([4, 100, 3, 300, 10, 5, 120, 3, 15, 2]);
      expect(plan.reporting.body).toBe('Ban Dân vận Huyện ủy');
    });

    it(`${kind}: the draft passes plan check`, async () => passesPlanCheck(result));
  }
});

describe('shape 5: letters with numbered requests to addressees', () => {
  it('seed letter 394-CV/TU without --year → issuer from the header, the six + the other addressees, every request', async () => {
    const result = await importPlanFile(seed('letter-394-CV-TU-2022.txt'));
    const plan = PlanSchema.parse(result.plan);
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(plan.source).toMatchObject({ number: '394-CV/TU', date: '2022-03-09', issuer: 'Tỉnh ủy Bình Thuận' });
    expect(plan.year).toBe(2022);
    expect(result.findings.map((f) => f.code)).toContain('import/inferred-year');
    expect(plan.organizations.map((o) => [o.code, o.reporting ?? true])).toEqual([
      ['MTTQ', true], ['HLHPN', true], ['HCCB', true], ['HND', true], ['LDLD', true], ['TDTN', true], ['BCSD-UBND', false], ['CAPUY-HUYEN', false],
    ]);
    for (const org of ['MTTQ', 'HLHPN', 'HND', 'LDLD']) expect(plan.tasks.filter((t) => t.org === org).map((t) => t.id)).toEqual([`${org}-1.1`, `${org}-1.2`, `${org}-1.3`]);
    // "Riêng Hội Cựu chiến binh tỉnh và Tỉnh đoàn Thanh niên …": only theirs.
    for (const org of ['HCCB', 'TDTN']) expect(plan.tasks.filter((t) => t.org === org).map((t) => t.id)).toContain(`${org}-1.4`);
    expect(plan.tasks.find((t) => t.id === 'BCSD-UBND-2')?.text).toMatch(/giám sát, phản biện xã hội, tham gia góp ý xây dựng Đảng/u);
    expect(plan.tasks.find((t) => t.id === 'CAPUY-HUYEN-3')?.text).toMatch(/^Chỉ đạo Mặt trận Tổ quốc/u);
    expect(plan.tasks.some((t) => /Tại Chỉ thị số 09-CT\/TU|⁽/u.test(t.text))).toBe(false);
    expect(plan.reporting.body).toBe('Ban Dân vận Tỉnh ủy');
    await passesPlanCheck(result);
  });

  it('seed letter 2078-CV/ĐUK without --year → issuer under "ĐẢNG BỘ TỈNH", the "Kính gửi" units, request 1 to each', async () => {
    const result = await importPlanFile(seed('letter-2078-CV-DUK-2024.txt'));
    const plan = PlanSchema.parse(result.plan);
    expect(plan.source).toMatchObject({ number: '2078-CV/ĐUK', date: '2024-03-07', issuer: 'Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh' });
    expect(plan.year).toBe(2024);
    expect(plan.organizations.map((o) => o.name)).toEqual([
      'Cấp ủy các chi, đảng bộ cơ sở', 'Ban Thường vụ Đoàn Khối', 'Hội Cựu Chiến binh Khối', 'Ban Tuyên giáo - Dân vận Đảng ủy Khối',
    ]);
    for (const org of plan.organizations.slice(0, 3)) {
      expect(plan.tasks.filter((t) => t.org === org.code).map((t) => t.number)).toEqual(['1', '-', '-', '-', '-', '-', '-']);
    }
    const models = plan.tasks.find((t) => t.text.startsWith('Lựa chọn, xây dựng, nhân rộng'));
    expect(models?.text).toMatch(/mô hình “Dân vận khéo” theo Hướng dẫn số 08-HD\/BDVTU/u);
    expect(plan.organizations.at(-1)?.reporting).toBe(false);
    expect(plan.tasks.find((t) => t.org === plan.organizations.at(-1)?.code)?.number).toBe('2');
    await passesPlanCheck(result);
  });

  it('own letter (.txt and .docx) one level down: the six of the thị xã, a non-reporting Ban cán sự đảng, footnote joined', async () => {
    for (const { plan, result } of await bothReadings('shape5-cong-van-thi-uy.txt')) {
      expect(plan.source.issuer).toBe('Thị ủy La Gi');
      expect(plan.organizations.map((o) => o.name)).toEqual([
        'Ủy ban Mặt trận Tổ quốc Việt Nam thị xã', 'Hội Liên hiệp Phụ nữ thị xã', 'Hội Cựu chiến binh thị xã', 'Hội Nông dân thị xã',
        'Liên đoàn Lao động thị xã', 'Đoàn Thanh niên thị xã', 'Ban cán sự đảng Ủy ban nhân dân thị xã', 'Các chi, đảng bộ cơ sở',
      ]);
      expect(plan.tasks.filter((t) => t.org === 'MTTQ').map((t) => t.id)).toEqual(['MTTQ-1.1', 'MTTQ-1.2', 'MTTQ-1.4']);
      expect(plan.tasks.filter((t) => t.org === 'HND').map((t) => t.id)).toEqual(['HND-1.1', 'HND-1.2', 'HND-1.3', 'HND-1.4']);
      expect(plan.tasks.find((t) => t.id === 'MTTQ-1.1')).toMatchObject({ timeline: 'từ nay đến hết Quý IV/2024; báo cáo kết quả trước ngày 10/12/2024', deadline: '2024-12-10' });
      expect(plan.tasks.find((t) => t.id === 'BCSD-UBND-2')?.text).toMatch(/mô hình tự quản về trật tự đô thị và bảo vệ môi trường tại khu dân cư\.$/u);
      expect(plan.organizations.find((o) => o.code === 'BCSD-UBND')?.reporting).toBe(false);
      await passesPlanCheck(result);
    }
  });
});

describe('shape 6: term targets with a lead and yearly milestones', async () => {
  const readings = await bothReadings('shape6-ke-hoach-nhiem-ky-hccb.txt');
  for (const { kind, plan, codes, result } of readings) {
    it(`${kind}: "nhiệm kỳ 2022 - 2027" → a term plan, marked for review`, () => {
      expect(plan.term).toEqual({ from: 2022, to: 2027 });
      expect(plan.year).toBeUndefined();
      expect(codes).toContain('import/inferred-year');
    });

    it(`${kind}: each target has its lead and its milestones; the roadmap goes to the target it reaches`, () => {
      const t = (id: string) => plan.targets.find((x) => x.id === id);
      expect(t('HCCB-II.1-t1')).toMatchObject({ value: 3000, lead: 'đồng chí Nguyễn Văn Hòa, Phó Chủ tịch Thường trực' });
      expect(t('HCCB-II.1-t1')?.milestones?.map((m) => [m.year, m.value])).toEqual([[2023, 600], [2024, 1200], [2025, 1800], [2026, 2400], [2027, 3000]]);
      expect(t('HCCB-II.3-t1')?.milestones).toBeUndefined();
      expect(t('HCCB-II.3-t2')?.milestones?.map((m) => m.value)).toEqual([60, 70, 75, 80]);
      expect(t('HCCB-II.5-t1')?.milestones?.map((m) => m.value)).toEqual([600_000, 800_000, 1_000_000]);
      expect(plan.tasks.filter((x) => x.id.includes('-II.')).every((x) => x.deadline === '2027-12-31' && x.lead)).toBe(true);
    });

    it(`${kind}: the draft passes plan check`, async () => passesPlanCheck(result));
  }
});

describe('an unrecognised shape still gives a draft', () => {
  it('paragraphs without numbers, title or parts → one task per paragraph, one organisation, a note; never an error', () => {
    const text = [
      'Đề nghị các đơn vị tiếp tục tuyên truyền, vận động đoàn viên, hội viên tham gia xây dựng nông thôn mới.',
      'Các đơn vị tổ chức kiểm tra, giám sát việc thực hiện Quy chế dân chủ ở cơ sở trong quý III.',
    ].join('\n\n');
    const result = importPlan(text);
    const plan = PlanSchema.parse(result.plan);
    expect(plan.tasks).toHaveLength(2);
    expect(plan.organizations).toHaveLength(1);
    expect(result.findings.map((f) => f.code)).toContain('import/unrecognised-shape');
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('shape 4 in Word with merged cells', () => {
  it('a group row merged across and a unit merged down two rows → the unit and deadline for both tasks, no group task', async () => {
    const { Document, Packer, Paragraph, Table, TableCell, TableRow } = await import('docx');
    const { writeFileSync } = await import('node:fs');
    const cell = (text: string, span: { rowSpan?: number; columnSpan?: number } = {}) => new TableCell({ children: [new Paragraph(text)], ...span });
    const table = new Table({
      rows: [
        new TableRow({ children: ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'].map((t) => cell(t)) }),
        new TableRow({ children: [cell('I. CÔNG TÁC TUYÊN TRUYỀN', { columnSpan: 5 })] }),
        new TableRow({ children: [cell('1'), cell('Tổ chức ít nhất 04 hội nghị tuyên truyền pháp luật.'), cell('Hội Nông dân huyện', { rowSpan: 2 }), cell('Phòng Tư pháp huyện'), cell('Quý II/2024', { rowSpan: 2 })] }),
        new TableRow({ children: [cell('2'), cell('Phát triển ít nhất 300 hội viên mới.'), cell('Các chi hội')] }),
      ],
    });
    const body = ['KẾ HOẠCH', 'công tác Hội năm 2024'].map((t) => new Paragraph(t));
    const file = join(tmp(), 'merged.docx');
    writeFileSync(file, await Packer.toBuffer(new Document({ sections: [{ children: [...body, table] }] })));
    const plan = PlanSchema.parse((await importPlanFile(file)).plan);
    expect(plan.tasks.map((t) => [t.number, t.responsible, t.supporting, t.timeline, t.deadline])).toEqual([
      ['1', 'Hội Nông dân huyện', 'Phòng Tư pháp huyện', 'Quý II/2024', '2024-06-30'],
      ['2', 'Hội Nông dân huyện', 'Các chi hội', 'Quý II/2024', '2024-06-30'],
    ]);
    expect(plan.organizations.map((o) => o.code)).toEqual(['HND']);
  });
});

describe('letters: "Đề nghị …" requests and a "Kính gửi" entry with "chính trị - xã hội" in it', () => {
  it('"- Các đoàn thể chính trị - xã hội thị xã" is one addressee (the five unions); "2. Đề nghị Hội Nông dân thị xã vận động …" goes to HND only', () => {
    const text = [
      'THỊ ỦY LA GI', 'Số 301-CV/TU', 'V/v chuẩn bị Ngày hội Đại đoàn kết toàn dân tộc năm 2024', 'La Gi, ngày 01 tháng 10 năm 2024',
      'Kính gửi: - Ủy ban Mặt trận Tổ quốc Việt Nam thị xã;', '- Các đoàn thể chính trị - xã hội thị xã.',
      'Ban Thường vụ Thị ủy đề nghị:',
      '1. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thị xã và các đoàn thể chính trị - xã hội thị xã: phối hợp tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở 100% khu dân cư.',
      '2. Đề nghị Hội Nông dân thị xã vận động nông dân tham gia ít nhất 02 phiên chợ nông sản.',
      'Nơi nhận:',
    ].join('\n');
    const plan = PlanSchema.parse(importPlan(text).plan);
    expect(plan.organizations.map((o) => o.code)).toEqual(['MTTQ', 'HLHPN', 'HCCB', 'HND', 'LDLD', 'TDTN']);
    expect(plan.tasks.filter((t) => t.number === '2').map((t) => t.id)).toEqual(['HND-2']);
    expect(plan.tasks.filter((t) => t.number === '1')).toHaveLength(6);
  });
});

describe('page breaks before a capitalised word', () => {
  it('"… phối hợp với" + page break + "Ủy ban Mặt trận …" → one task; an item without its full stop + a new paragraph → two', () => {
    const text = [
      'KẾ HOẠCH', 'công tác dân vận năm 2024', 'II. NHIỆM VỤ',
      '1. Tổ chức Hội nghị đối thoại giữa người đứng đầu cấp ủy với nhân dân, phối hợp với',
      '⁽¹⁾ Theo Quy định số 11-QĐi/TW, ngày 18/02/2019 của Bộ Chính trị.',
      '3',
      'Ủy ban Mặt trận Tổ quốc Việt Nam thị xã chuẩn bị nội dung.',
      '2. Kiểm tra việc thực hiện Quy chế dân chủ ở cơ sở tại các xã, phường trên địa bàn thị xã trong năm',
      'Biểu dương các tập thể, cá nhân tiêu biểu.',
    ].join('\n');
    const plan = PlanSchema.parse(importPlan(text).plan);
    expect(plan.tasks.map((t) => t.text)).toEqual([
      'Tổ chức Hội nghị đối thoại giữa người đứng đầu cấp ủy với nhân dân, phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam thị xã chuẩn bị nội dung.',
      'Kiểm tra việc thực hiện Quy chế dân chủ ở cơ sở tại các xã, phường trên địa bàn thị xã trong năm',
      'Biểu dương các tập thể, cá nhân tiêu biểu.',
    ]);
  });
});
