import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type Plan, PlanSchema } from '../../src/model/plan.ts';
import { importPlan, importPlanFile, loadPlan, planToYaml, writeImportedPlan } from '../../src/plan/index.ts';
import { findTargets } from '../../src/vi/target-phrase.ts';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;
const SEED = fixture('decision-1388-QD-TU-2024.txt');
const SECOND_SHAPE = fixture('ke-hoach-dan-van-la-gi-2024.txt');
const sample = PlanSchema.parse(parse(readFileSync(new URL('../../samples/plan-2024.yaml', import.meta.url), 'utf8')));
const seedText = readFileSync(SEED, 'utf8');
const tmp = () => mkdtempSync(join(tmpdir(), 'baocao-import-'));
const codes = (findings: ReadonlyArray<{ code: string }>) => findings.map((f) => f.code);

const targetKey = (t: { task: string; comparator: string; value: number; max?: number | undefined }) =>
  `${t.task}|${t.comparator}|${t.value}|${t.max ?? ''}`;

/** Sample targets matched by the draft (same task, comparator, value, max), and draft targets the sample does not have. */
function compareTargets(draft: Plan) {
  const pool = draft.targets.map(targetKey);
  let matched = 0;
  for (const t of sample.targets) {
    const i = pool.indexOf(targetKey(t));
    if (i >= 0) {
      matched += 1;
      pool.splice(i, 1);
    }
  }
  return { matched, extra: pool };
}

function expectLikeSample(plan: Plan): void {
  expect(plan.organizations.map((o) => o.code)).toEqual(['MTTQ', 'HLHPN', 'HCCB', 'HND', 'LDLD', 'TDTN']);
  expect(plan.tasks.map((t) => [t.id, t.org, t.number, t.parent ?? null])).toEqual(
    sample.tasks.map((t) => [t.id, t.org, t.number, t.parent ?? null]),
  );
  const { matched, extra } = compareTargets(plan);
  expect(matched / sample.targets.length).toBeGreaterThanOrEqual(0.95);
  expect(extra).toEqual([]);
}

describe('importPlan: decision 1388-QĐ/TU (.txt)', () => {
  const result = importPlan(seedText, { file: 'decision.txt' });
  const plan = PlanSchema.parse(result.plan);

  it('seed text → six organisations, every task of the sample, ≥95% of its targets, no false target', () => {
    expectLikeSample(plan);
  });

  it('seed text → identity, year and reporting body of the decision', () => {
    expect(plan.source).toMatchObject({ number: '1388-QĐ/TU', date: '2023-12-27', issuer: 'Ban Thường vụ Tỉnh ủy' });
    expect(plan.year).toBe(2024);
    expect(plan.reporting.body).toBe('Ban Dân vận Tỉnh ủy');
  });

  it('seed text → task texts as in the sample (joined page breaks, no markdown, "./." → ".")', () => {
    const differing = sample.tasks.filter((t) => plan.tasks.find((m) => m.id === t.id)?.text !== t.text).map((t) => t.id);
    expect(differing).toEqual([]);
  });

  it('HCCB list 6, 7, 8, 7 → duplicate-number finding and id HCCB-7b', () => {
    const dup = result.findings.filter((f) => f.code === 'import/duplicate-number');
    expect(dup.map((f) => f.taskId)).toEqual(['HCCB-7b']);
    expect(plan.tasks.some((t) => t.id === 'HCCB-7b' && t.number === '7')).toBe(true);
  });

  it('"Quyết định số 81/2014/QĐ-TTg, ngày 31/12/2024" in a 2023 decision → impossible-date on its line', () => {
    const dates = result.findings.filter((f) => f.code === 'import/impossible-date');
    expect(dates.map((f) => f.actual)).toContain('31/12/2024');
    const line = seedText.split('\n').findIndex((l) => l.includes('81/2014/QĐ-TTg')) + 1;
    expect(dates.find((f) => f.actual === '31/12/2024')?.line).toBe(line);
  });

  it('"Phân đấu" / "Phân đầu" → typo findings (info), text kept as written', () => {
    const typos = result.findings.filter((f) => f.code === 'import/typo');
    expect(typos.length).toBeGreaterThanOrEqual(4);
    expect(typos.every((f) => f.severity === 'info')).toBe(true);
    expect(plan.tasks.some((t) => t.text.startsWith('Phân đấu kết nạp mới'))).toBe(true);
  });

  it('each drafted target text → re-parses to the same comparator, value, max and unit (no phrase mismatch later)', () => {
    const mismatched = plan.targets.filter((t) => !findTargets(t.text).some((c) =>
      c.comparator === t.comparator && c.value === t.value && c.max === t.max && c.unit === t.unit));
    expect(mismatched.map((t) => t.id)).toEqual([]);
  });

  it('seed text → no error finding', () => {
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('importPlanFile: the same decision as .docx', () => {
  it('docx built from the seed text → the same tasks and targets as the .txt', async () => {
    const dir = tmp();
    const file = join(dir, 'decision.docx');
    const paragraphs = seedText.split('\n').map((line) => new Paragraph({ children: [new TextRun(line)] }));
    writeFileSync(file, await Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] })));
    const fromDocx = await importPlanFile(file);
    expect(fromDocx.ok).toBe(true);
    const plan = PlanSchema.parse(fromDocx.plan);
    expectLikeSample(plan);
    const fromTxt = importPlan(seedText);
    expect(plan.tasks).toEqual(PlanSchema.parse(fromTxt.plan).tasks);
    expect(plan.targets).toEqual(PlanSchema.parse(fromTxt.plan).targets);
  });

  it('docx with Word automatic numbering and bullets → numbers written out, restarting in each section', async () => {
    const numbered = (text: string, level = 0) => new Paragraph({ children: [new TextRun(text)], numbering: { reference: 'nv', level } });
    const plain = (text: string) => new Paragraph({ children: [new TextRun(text)] });
    const doc = new Document({
      numbering: {
        config: [{
          reference: 'nv',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.BULLET, text: '-', alignment: AlignmentType.LEFT },
          ],
        }],
      },
      sections: [{
        children: [
          plain('NỘI DUNG NHIỆM VỤ TRỌNG TÂM NĂM 2024 giao cho Hội Nông dân tỉnh'),
          numbered('Chấp hành nghiêm túc các nhiệm vụ được giao.'),
          numbered('Phát triển ít nhất 1.500 hội viên mới.'),
          numbered('Xây dựng 20 mô hình kinh tế tập thể.', 1),
          plain('NỘI DUNG NHIỆM VỤ TRỌNG TÂM NĂM 2024 giao cho Hội Cựu chiến binh tỉnh'),
          numbered('Phát triển ít nhất 600 hội viên cựu chiến binh.'),
        ],
      }],
    });
    const file = join(tmp(), 'auto.docx');
    writeFileSync(file, await Packer.toBuffer(doc));
    const result = await importPlanFile(file);
    const plan = PlanSchema.parse(result.plan);
    expect(plan.tasks.map((t) => [t.id, t.number, t.parent ?? null])).toEqual([
      ['HND-1', '1', null], ['HND-2', '2', null], ['HND-2.1', '-', 'HND-2'], ['HCCB-1', '1', null],
    ]);
    expect(plan.targets.map((t) => [t.task, t.value])).toEqual([['HND-2', 1500], ['HND-2.1', 20], ['HCCB-1', 600]]);
    expect(codes(result.findings)).not.toContain('import/duplicate-number');
  });

  it('docx with the official header table (issuer | motto, number | place and date) → identity from the cells', async () => {
    const cell = (...lines: string[]) => new TableCell({ children: lines.map((l) => new Paragraph({ children: [new TextRun(l)] })) });
    const header = new Table({
      rows: [
        new TableRow({ children: [cell('TỈNH ỦY BÌNH THUẬN', '*'), cell('ĐẢNG CỘNG SẢN VIỆT NAM')] }),
        new TableRow({ children: [cell('Số 1402-QĐ/TU'), cell('Phan Thiết, ngày 05 tháng 01 năm 2025')] }),
      ],
    });
    const body = [
      'QUYẾT ĐỊNH', 'về giao nhiệm vụ trọng tâm năm 2025',
      'NỘI DUNG NHIỆM VỤ TRỌNG TÂM NĂM 2025', 'giao cho Hội Nông dân tỉnh',
      '1. Phát triển ít nhất 1.000 hội viên.',
    ].map((l) => new Paragraph({ children: [new TextRun(l)] }));
    const file = join(tmp(), 'header.docx');
    writeFileSync(file, await Packer.toBuffer(new Document({ sections: [{ children: [header, ...body] }] })));
    const plan = PlanSchema.parse((await importPlanFile(file)).plan);
    expect(plan.source).toMatchObject({ number: '1402-QĐ/TU', date: '2025-01-05', title: 'Quyết định về giao nhiệm vụ trọng tâm năm 2025' });
    expect(plan.year).toBe(2025);
    expect(plan.targets.map((t) => [t.task, t.value])).toEqual([['HND-1', 1000]]);
  });

  it('old binary .doc bytes → import/unreadable, ok false', async () => {
    const file = join(tmp(), 'old.doc');
    writeFileSync(file, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]));
    const result = await importPlanFile(file);
    expect(result.ok).toBe(false);
    expect(codes(result.findings)).toEqual(['import/unreadable']);
  });
});

describe('importPlan: mistakes in the document', () => {
  it('the LDLD section twice → duplicate-section, one LDLD, its tasks once', () => {
    const start = seedText.indexOf('NỘI DUNG NHIỆM VỤ TRỌNG TÂM NĂM 2024\ngiao cho Liên đoàn Lao động tỉnh');
    const end = seedText.indexOf('NỘI DUNG NHIỆM VỤ TRỌNG TÂM NĂM 2024\ngiao cho Tỉnh Đoàn Thanh niên');
    expect(start).toBeGreaterThan(0);
    const doubled = `${seedText.slice(0, end)}${seedText.slice(start, end)}${seedText.slice(end)}`;
    const result = importPlan(doubled);
    expect(codes(result.findings)).toContain('import/duplicate-section');
    const plan = PlanSchema.parse(result.plan);
    expect(plan.organizations.filter((o) => o.code === 'LDLD')).toHaveLength(1);
    expect(plan.tasks.filter((t) => t.org === 'LDLD')).toHaveLength(sample.tasks.filter((t) => t.org === 'LDLD').length);
  });

  it('items 1, 2, 4 → skipped-number naming the missing 3', () => {
    const text = [
      'NỘI DUNG NHIỆM VỤ TRỌNG TÂM NĂM 2025 giao cho Hội Nông dân tỉnh',
      '1. Nhiệm vụ một.', '2. Phát triển ít nhất 500 hội viên.', '4. Nhiệm vụ bốn.',
    ].join('\n');
    const result = importPlan(text);
    const skipped = result.findings.find((f) => f.code === 'import/skipped-number');
    expect(skipped?.taskId).toBe('HND-4');
    expect(skipped?.message).toContain('3');
    expect(result.plan.year).toBe(2025);
    expect(result.plan.targets?.map((t) => [t.comparator, t.value, t.unit])).toEqual([['gte', 500, 'hội viên']]);
  });

  it('an unknown organisation → code from its initials and a derived-org-code finding', () => {
    const result = importPlan('NỘI DUNG NHIỆM VỤ TRỌNG TÂM NĂM 2024 giao cho Hội Người cao tuổi tỉnh\n1. Tổ chức ít nhất 02 hội nghị.');
    expect(result.plan.organizations.map((o) => o.code)).toEqual(['HNCT']);
    expect(codes(result.findings)).toContain('import/derived-org-code');
  });

  it('no year anywhere and no --year → a draft all the same: current year, inferred-year warning, no error; --year 2026 → no warning', () => {
    const text = 'NỘI DUNG NHIỆM VỤ TRỌNG TÂM giao cho Hội Nông dân tỉnh\n1. Phát triển 300 hội viên.';
    const result = importPlan(text);
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result.findings.find((f) => f.code === 'import/inferred-year')?.severity).toBe('warning');
    expect(result.plan.year).toBe(new Date().getFullYear());
    expect(planToYaml(result, 'x.txt')).toMatch(/# cần xem lại: [^\n]*\nyear:/u);
    const withYear = importPlan(text, { year: 2026 });
    expect(codes(withYear.findings)).not.toContain('import/inferred-year');
    expect(withYear.plan.year).toBe(2026);
  });

  it('text without any numbered item → no-tasks error', () => {
    expect(codes(importPlan('Một đoạn văn không có nhiệm vụ nào.').findings)).toContain('import/no-tasks');
  });
});

describe('importPlan: second plan shape (Roman parts, multi-level items, responsible and timeline lines)', () => {
  const result = importPlan(readFileSync(SECOND_SHAPE, 'utf8'), { file: 'ke-hoach.txt' });
  const plan = PlanSchema.parse(result.plan);
  const task = (number: string) => plan.tasks.find((t) => t.number === number);

  it('no per-organisation sections → the units named as responsible become the organisations', () => {
    expect(plan.organizations.map((o) => [o.code, o.name])).toEqual([
      ['PDVDTTG', 'Phòng Dân vận - Dân tộc - Tôn giáo'],
      ['PMTDT', 'Phòng Mặt trận - Đoàn thể'],
      // Part III's items name no responsible unit: they stay with the issuer.
      ['BDVU', 'Ban Dân vận Thị ủy'],
    ]);
    expect(codes(result.findings)).toContain('import/no-sections');
  });

  it('items of "I. MỤC ĐÍCH, YÊU CẦU" and the "- Căn cứ" lines are not tasks; "III. TỔ CHỨC THỰC HIỆN" items are (issue 18)', () => {
    // Grouped by organisation, document order inside each.
    expect(plan.tasks.map((t) => `${t.org}:${t.number}`)).toEqual([
      'PDVDTTG:1', 'PDVDTTG:1.1', 'PDVDTTG:2', 'PDVDTTG:2.1', 'PDVDTTG:3', 'PDVDTTG:3.1', 'PDVDTTG:3.1.1', 'PDVDTTG:+', 'PDVDTTG:+',
      'PMTDT:1.2', 'PMTDT:2.3', 'PMTDT:3.1.2', 'BDVU:1', 'BDVU:2',
    ]);
    expect(plan.tasks.find((t) => t.id === 'BDVU-III.2')?.text).toMatch(/^Văn phòng Ban Dân vận Thị ủy theo dõi/u);
  });

  it('multi-level numbers → parent links inside one organisation; "+ " details under their item', () => {
    expect(task('1.1')?.parent).toBe(task('1')?.id);
    expect(task('3.1.1')?.parent).toBe(task('3.1')?.id);
    expect(plan.tasks.filter((t) => t.number === '+').every((t) => t.parent === task('3.1.1')?.id)).toBe(true);
    for (const t of plan.tasks) if (t.parent) expect(plan.tasks.find((p) => p.id === t.parent)?.org).toBe(t.org);
  });

  it('"Chịu trách nhiệm tham mưu" / "Thời gian thực hiện" → responsible, timeline, deadline of the item above', () => {
    expect(task('1.1')).toMatchObject({
      org: 'PDVDTTG', responsible: 'Phòng Dân vận - Dân tộc - Tôn giáo',
      timeline: 'Quý II năm 2024, hoàn thành trước ngày 30/6/2024', deadline: '2024-06-30',
    });
    expect(task('1.2')).toMatchObject({ org: 'PMTDT', timeline: 'Thường xuyên; tổng kết vào năm 2025' });
    expect(task('3.1.1')?.responsible).toBe('Phòng Dân vận - Dân tộc - Tôn giáo');
    expect(plan.tasks.filter((t) => t.number === '+').every((t) => t.responsible === undefined)).toBe(true);
  });

  it('numbering 2.1 → 2.3 → skipped-number; identity from the header lines', () => {
    expect(result.findings.filter((f) => f.code === 'import/skipped-number').map((f) => f.taskId)).toEqual([task('2.3')?.id]);
    expect(plan.source).toMatchObject({ number: '45-KH/BDVTU', date: '2024-01-15', issuer: 'Ban Dân vận Thị ủy' });
    expect(plan.year).toBe(2024);
    expect(plan.reporting.body).toBe('Ban Dân vận Thị ủy');
  });

  it('targets → values and comparators; "05 năm", dates and document numbers → none; number words → review', () => {
    expect(plan.targets.map((t) => [t.comparator, t.value, t.max ?? null, t.unit, t.kind, t.review ?? false])).toEqual([
      ['gte', 4, null, 'xã', 'count', false],
      ['between', 5, 7, 'mô hình', 'count', false],
      ['gte', 10, null, 'điển hình', 'count', false],
      ['gte', 2, null, 'lần', 'rate', false],
      ['gte', 100, null, '%', 'percent', false],
      ['gte', 1, null, 'mô hình', 'count', true],
      ['gte', 500_000_000, null, 'đồng', 'money', false],
    ]);
    const reparsed = plan.targets.filter((t) => findTargets(t.text).some((c) => c.comparator === t.comparator && c.value === t.value && c.unit === t.unit));
    expect(reparsed).toHaveLength(plan.targets.length);
    const low = result.findings.filter((f) => f.code === 'import/low-confidence-target');
    expect(low.map((f) => [f.taskId, f.line])).toEqual([[task('2.3')?.id, 47]]);
  });
});

describe('writeImportedPlan / planToYaml', () => {
  it('draft of the seed → YAML that loadPlan accepts unchanged, with review comments and organisation headers', async () => {
    const dir = tmp();
    const out = join(dir, 'plan.yaml');
    const result = importPlan(seedText, { file: 'decision.txt' });
    expect(await writeImportedPlan(result, out, { sourceName: 'decision.txt' })).toEqual([]);
    const loaded = await loadPlan(out);
    expect(loaded.ok).toBe(true);
    expect(loaded.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    const yaml = readFileSync(out, 'utf8');
    expect(yaml).toContain('# ── HCCB');
    expect(yaml.startsWith('#')).toBe(true);
  });

  it('existing output without force → output-exists, file untouched; with force → written', async () => {
    const out = join(tmp(), 'plan.yaml');
    writeFileSync(out, 'giữ nguyên');
    const result = importPlan(seedText);
    expect(codes(await writeImportedPlan(result, out, { sourceName: 'x.txt' }))).toEqual(['import/output-exists']);
    expect(readFileSync(out, 'utf8')).toBe('giữ nguyên');
    expect(await writeImportedPlan(result, out, { sourceName: 'x.txt', force: true })).toEqual([]);
    expect(readFileSync(out, 'utf8')).toContain('1388-QĐ/TU');
  });

  it('a target with low confidence → "review: true" and a comment above it', () => {
    const result = importPlan('NỘI DUNG NHIỆM VỤ TRỌNG TÂM NĂM 2024 giao cho Hội Nông dân tỉnh\n1. Xây dựng ít nhất một mô hình điểm.');
    const yaml = planToYaml(result, 'x.txt');
    const doc = parse(yaml) as { targets: Array<{ review?: boolean; value: number }> };
    expect(doc.targets).toEqual([expect.objectContaining({ value: 1, review: true })]);
    expect(yaml).toMatch(/#[^\n]*\n\s+- id: HND-1-t1/u);
  });
});

describe('importPlan: other section headings', () => {
  it('"NHIỆM VỤ TRỌNG TÂM NĂM 2025 CỦA HỘI NÔNG DÂN TỈNH" → HND with its usual name, tasks and targets', () => {
    const text = [
      'NHIỆM VỤ TRỌNG TÂM NĂM 2025 CỦA HỘI NÔNG DÂN TỈNH',
      '1. Phát triển mới ít nhất 1.200 hội viên.',
      '2. Vận động xây dựng 30 căn nhà “Mái ấm nông dân”.',
    ].join('\n');
    const plan = PlanSchema.parse(importPlan(text).plan);
    expect(plan.organizations).toEqual([{ code: 'HND', name: 'Hội Nông dân tỉnh', shortName: 'Hội Nông dân' }]);
    expect(plan.year).toBe(2025);
    expect(plan.targets.map((t) => [t.task, t.comparator, t.value, t.unit])).toEqual([
      ['HND-1', 'gte', 1200, 'hội viên'],
      ['HND-2', 'gte', 30, 'căn nhà'],
    ]);
  });
});

describe('importPlan: heading and organisation on separate capitalised lines', () => {
  it('"NỘI DUNG NHIỆM VỤ TRỌNG TÂM NĂM 2024" + "GIAO CHO LIÊN ĐOÀN LAO ĐỘNG TỈNH" → LDLD', () => {
    const text = ['NỘI DUNG NHIỆM VỤ TRỌNG TÂM NĂM 2024', 'GIAO CHO LIÊN ĐOÀN LAO ĐỘNG TỈNH', '1. Thành lập mới 10 công đoàn cơ sở.'].join('\n');
    const plan = PlanSchema.parse(importPlan(text).plan);
    expect(plan.organizations).toEqual([{ code: 'LDLD', name: 'Liên đoàn Lao động tỉnh', shortName: 'Liên đoàn Lao động' }]);
    expect(plan.tasks.map((t) => t.id)).toEqual(['LDLD-1']);
  });
});

describe('importPlan: a plan without sections and without responsible units', () => {
  it('numbered tasks only → one organisation, the issuer named in the opening sentence', () => {
    const text = [
      'KẾ HOẠCH',
      'công tác Hội năm 2025',
      'Ban Thường vụ Hội Cựu chiến binh huyện Hàm Tân xây dựng kế hoạch công tác năm 2025 như sau:',
      '1. Phát triển ít nhất 120 hội viên mới.',
      '2. Xây dựng 05 nhà nghĩa tình đồng đội.',
      '- Mỗi xã, thị trấn vận động ít nhất 01 nhà.',
    ].join('\n');
    const result = importPlan(text);
    const plan = PlanSchema.parse(result.plan);
    expect(plan.organizations).toHaveLength(1);
    expect(plan.organizations[0]?.name).toBe('Ban Thường vụ Hội Cựu chiến binh huyện Hàm Tân');
    const code = plan.organizations[0]?.code as string;
    expect(plan.tasks.map((t) => [t.id, t.parent ?? null])).toEqual([[`${code}-1`, null], [`${code}-2`, null], [`${code}-2.1`, `${code}-2`]]);
    expect(plan.targets.map((t) => [t.value, t.unit])).toEqual([[120, 'hội viên'], [5, 'nhà'], [1, 'nhà']]);
    expect(plan.year).toBe(2025);
  });
});
