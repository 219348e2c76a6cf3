import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CellRead } from '../../src/ingest/cells.ts';
import { ingestFiles } from '../../src/ingest/index.ts';
import { readNumberCell } from '../../src/ingest/numbers.ts';
import { TargetSchema, type Target } from '../../src/model/index.ts';
import { openStore } from '../../src/store/index.ts';
import { filledWorkbook, samplePlan, tempDir } from './setup.ts';
import { layoutOf } from './workbook-edit.ts';

const count: Target = TargetSchema.parse({ id: 't', task: 'k', text: 'ít nhất 600 hội viên', comparator: 'gte', value: 600, unit: 'hội viên', kind: 'count' });
const percent: Target = TargetSchema.parse({ id: 'p', task: 'k', text: 'trên 70%', comparator: 'gt', value: 70, unit: '%', kind: 'percent' });
const text = (t: string): CellRead => ({ kind: 'text', text: t });
const read = (t: string, target = count) => {
  const r = readNumberCell(text(t), { at: { sheet: 'Báo cáo', cell: 'F9' }, target, column: 'Lũy kế từ đầu năm' });
  return { value: r.value, remark: r.remark, codes: r.findings.map((f) => f.code) };
};

describe('a number with a remark', () => {
  it.each([
    ['1 (đã đề xuất, chờ ý kiến)', 1, 'đã đề xuất, chờ ý kiến'],
    ['1.200 (ước tính)', 1200, 'ước tính'],
    ['2.500 đoàn viên (số liệu tạm)', 2500, 'số liệu tạm'],
    ['3 - chờ huyện báo cáo', 3, 'chờ huyện báo cáo'],
    ['12; số của 9/10 huyện', 12, 'số của 9/10 huyện'],
    ['7, đang tiếp tục vận động', 7, 'đang tiếp tục vận động'],
    ['1 đã đề xuất Thường trực Tỉnh ủy, chờ ý kiến', 1, 'đã đề xuất Thường trực Tỉnh ủy, chờ ý kiến'],
    ['không phát sinh (chưa có vụ việc)', 0, 'chưa có vụ việc'],
  ])('%j → %d kept, remark %j kept, an info finding', (t, value, remark) => {
    expect(read(t)).toEqual({ value, remark, codes: ['ingest/number-with-remark'] });
  });

  it('"85% (theo số liệu huyện)" in a percent target → 85 and the remark', () => {
    expect(read('85% (theo số liệu huyện)', percent)).toEqual({ value: 85, remark: 'theo số liệu huyện', codes: ['ingest/number-with-remark'] });
  });

  it('a long unit that is the target\'s own ("600 hội viên cựu chiến binh tham gia sinh hoạt") → the unit, no remark', () => {
    expect(read('600 hội viên cựu chiến binh tham gia sinh hoạt')).toEqual({ value: 600, remark: undefined, codes: [] });
  });

  it.each([
    ['2.500 đoàn viên', 2500, count],
    ['1,5', 1.5, percent],
    ['12,5 %', 12.5, percent],
    ['7.800 lượt thanh thiếu nhi', 7800, count],
  ])('%j (a unit, a decimal comma) → no remark, no finding', (t, value, target) => {
    expect(read(t, target)).toEqual({ value, remark: undefined, codes: [] });
  });

  it.each(['12a', '1 - 2', '(5)', 'khoảng 3 (chờ)'])('%j → still not a number', (t) => {
    expect(read(t)).toEqual({ value: null, remark: undefined, codes: ['ingest/not-a-number'] });
  });
});

describe('remarks and blank period results through ingest and the store', () => {
  it('"1 (đã đề xuất, chờ ý kiến)" in a form → accepted, 1 stored with its remark and an info finding on the cell; read back from a store file', async () => {
    const { plan, hash } = await samplePlan();
    const buf = await filledWorkbook('HCCB', '2024-Q1', (b) => ({
      ...b,
      targets: { 'HCCB-6-t1': { inPeriod: '1 (đã đề xuất, chờ ý kiến)', cumulative: 1 }, 'HCCB-6-t2': { inPeriod: 5, cumulative: 5 } },
    }));
    const dir = tempDir('remark-');
    const path = join(dir, 'hccb.xlsx');
    writeFileSync(path, buf);
    const dbFile = join(dir, 'baocao.db');
    const store = openStore(dbFile);
    const r = await ingestFiles([path], { plan, planHash: hash, store, receivedAt: '2024-04-08T01:00:00.000Z' });
    store.close();
    const { cell } = await layoutOf(buf);
    expect(r.files[0]?.outcome).toBe('accepted');
    expect(r.files[0]?.findings.filter((f) => f.code === 'ingest/number-with-remark').map((f) => [f.severity, f.cell])).toEqual([['info', cell('HCCB-6-t1', 'inPeriod')]]);
    const again = openStore(dbFile);
    const targets = again.currentSubmissions(plan.id, '2024-Q1')[0]?.targets ?? [];
    again.close();
    expect(targets.find((t) => t.targetId === 'HCCB-6-t1')).toEqual({ targetId: 'HCCB-6-t1', inPeriod: 1, cumulative: 1, remark: 'đã đề xuất, chờ ý kiến' });
    expect(targets.find((t) => t.targetId === 'HCCB-6-t2')).toEqual({ targetId: 'HCCB-6-t2', inPeriod: 5, cumulative: 5 });
  });

  it('blank "Kết quả trong kỳ" beside a filled "Lũy kế" → a warning on the blank cell, the form accepted', async () => {
    const { plan, hash } = await samplePlan();
    const buf = await filledWorkbook('HCCB', '2024-Q2', (b) => ({
      ...b,
      targets: { 'HCCB-6-t1': { cumulative: 4 }, 'HCCB-6-t2': { inPeriod: 0, cumulative: 5 }, 'HCCB-6-t3': {} },
    }));
    const dir = tempDir('blank-period-');
    const path = join(dir, 'hccb.xlsx');
    writeFileSync(path, buf);
    const r = await ingestFiles([path], { plan, planHash: hash, store: openStore(':memory:'), receivedAt: '2024-07-03T01:00:00.000Z' });
    const { cell } = await layoutOf(buf);
    expect(r.files[0]?.outcome).toBe('accepted');
    expect(r.files[0]?.findings.filter((f) => f.code === 'ingest/period-blank-cumulative-filled').map((f) => [f.severity, f.cell, f.targetId])).toEqual([
      ['warning', cell('HCCB-6-t1', 'inPeriod'), 'HCCB-6-t1'],
    ]);
  });
});

describe('a remark in the report', () => {
  it('a target reported "1 (đã đề xuất, chờ ý kiến)" → the appendix shows the figure with the remark beside it; other figures bare', async () => {
    const { fullInput } = await import('../report/fixture.ts');
    const { composeReport } = await import('../../src/report/index.ts');
    const input = await fullInput();
    const sub = input.submissions.find((s) => s.org === 'MTTQ');
    const [first, second] = sub?.targets ?? [];
    if (!sub || !first || !second) throw new Error('fixture has no MTTQ targets');
    sub.targets = sub.targets.map((t) => (t === first ? { ...t, remark: 'đã đề xuất, chờ ý kiến' } : t));
    const { content } = composeReport(input);
    const withRemark = content.appendix?.targets.filter((r) => r.value.includes('(')) ?? [];
    const targetText = input.plan.targets.find((t) => t.id === first.targetId)?.text.replace(/\s+/g, ' ').toLowerCase();
    expect(withRemark.map((r) => [r.org, r.target.toLowerCase()])).toEqual([[expect.any(String), targetText]]);
    expect(withRemark[0]?.value).toMatch(/^\d[\d.,]*%? \(đã đề xuất, chờ ý kiến\)$/);
  });
});
