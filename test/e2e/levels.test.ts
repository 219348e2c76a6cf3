// The whole chain of levels through the CLI, with real forms (issue 16, "Done when"): commune
// forms made by `template --under`, filled and ingested at their district; each district's
// `consolidate --unit`; the province ingests both districts' workbooks; the province's
// `status --unit` totals equal a sum computed here from the numbers typed into the forms, and a
// percent is Σ numerators / Σ denominators, not the average of the communes' percents.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import type { FillData } from '../../src/model/index.ts';
import { fillWorkbook } from '../../src/template/index.ts';
import { captureContext } from '../helpers/cli.ts';

const PLAN = fileURLToPath(new URL('../fixtures/plan-parts.yaml', import.meta.url));
const PERIOD = '2024-Q2';

const UNITS_YAML = `
title: "Tỉnh thử — hai huyện, năm xã"
units:
  - { code: TINH, name: "Ban Dân vận Tỉnh ủy", level: "tỉnh", organizations: [MTTQ, HCCB] }
  - { code: H1, name: "Ban Dân vận Huyện ủy Tuy Phong", level: "huyện", parent: TINH, organizations: [MTTQ, HCCB] }
  - { code: H2, name: "Ban Dân vận Huyện ủy Bắc Bình", level: "huyện", parent: TINH, organizations: [MTTQ, HCCB] }
  - { code: X11, name: "Xã Phước Thể", level: "xã", parent: H1, organizations: [MTTQ, HCCB] }
  - { code: X12, name: "Xã Vĩnh Hảo", level: "xã", parent: H1, organizations: [MTTQ, HCCB] }
  - { code: X21, name: "Xã Phan Rí Thành", level: "xã", parent: H2, organizations: [MTTQ, HCCB] }
  - { code: X22, name: "Xã Hòa Thắng", level: "xã", parent: H2, organizations: [MTTQ, HCCB] }
  - { code: X23, name: "Xã Sông Lũy", level: "xã", parent: H2, organizations: [MTTQ] }
`;

/** What each commune types: a count (MTTQ-2-t1) and two percents with their parts. */
const TYPED: Record<string, { houses: [number, number]; areas: [number, number]; veterans?: [number, number] }> = {
  // houses: [in period, cumulative]; areas and veterans: [numerator, denominator].
  X11: { houses: [3, 5], areas: [9, 10], veterans: [40, 50] },
  X12: { houses: [1, 2], areas: [1, 4], veterans: [300, 400] },
  X21: { houses: [4, 7], areas: [12, 12], veterans: [10, 100] },
  X22: { houses: [0, 1], areas: [3, 6], veterans: [75, 90] },
  X23: { houses: [2, 6], areas: [5, 100] },
};
const pct = ([n, d]: [number, number]) => (n / d) * 100;

const info = { reporterName: 'Nguyễn Thị Lan', reporterPhone: '0252 3822 123', reportDate: '2024-07-03', signerTitle: 'CHỦ TỊCH', signerName: 'Trần Văn Hùng' };

function fillFor(unit: string, org: string): FillData {
  const t = TYPED[unit];
  if (!t) throw new Error(unit);
  if (org === 'MTTQ') {
    return {
      tasks: { 'MTTQ-1': { progress: 'Đang thực hiện' }, 'MTTQ-2': { progress: 'Đang thực hiện' } },
      targets: {
        'MTTQ-1-t1': { cumulative: Math.round(pct(t.areas)), numerator: t.areas[0], denominator: t.areas[1] },
        'MTTQ-2-t1': { inPeriod: t.houses[0], cumulative: t.houses[1] },
      },
      info,
    };
  }
  const v = t.veterans;
  if (!v) throw new Error(`${unit} has no HCCB`);
  return { tasks: { 'HCCB-1': { progress: 'Đang thực hiện' } }, targets: { 'HCCB-1-t1': { cumulative: Math.round(pct(v)), numerator: v[0], denominator: v[1] } }, info };
}

async function cli(...argv: string[]) {
  const ctx = captureContext();
  const code = await main(['node', 'baocao', ...argv], ctx);
  return { code, out: ctx.out.join(''), err: ctx.err.join('') };
}

describe('levels end to end: commune forms → district workbooks → province', () => {
  const dir = mkdtempSync(join(tmpdir(), 'baocao-levels-'));
  const units = join(dir, 'units.yaml');
  const province = join(dir, 'tinh.db');

  beforeAll(async () => {
    writeFileSync(units, UNITS_YAML);
    for (const district of ['H1', 'H2']) {
      const blank = join(dir, `bieu-mau-${district}`);
      const made = await cli('template', PLAN, '--period', PERIOD, '--units', units, '--under', district, '-o', blank);
      expect(made.code, made.err).toBe(0);
      const sent = join(dir, `gui-${district}`);
      const { mkdirSync } = await import('node:fs');
      mkdirSync(sent);
      for (const unit of readdirSync(blank)) {
        for (const file of readdirSync(join(blank, unit))) {
          const org = file.includes('_MTTQ') ? 'MTTQ' : 'HCCB';
          writeFileSync(join(sent, file), await fillWorkbook(readFileSync(join(blank, unit, file)), fillFor(unit, org)));
        }
      }
      const db = join(dir, `${district}.db`);
      const ingested = await cli('ingest', sent, '--plan', PLAN, '--units', units, '--db', db, '--received-at', '2024-07-03T02:00:00.000Z', '--json');
      expect(ingested.code, ingested.out).toBe(0);
      const up = await cli('consolidate', '--plan', PLAN, '--period', PERIOD, '--units', units, '--unit', district, '--db', db, '-o', join(dir, `${district}.xlsx`));
      expect(up.code, up.err).toBe(0);
    }
    const received = await cli('ingest', join(dir, 'H1.xlsx'), join(dir, 'H2.xlsx'), '--plan', PLAN, '--units', units, '--unit', 'TINH', '--db', province, '--received-at', '2024-07-04T02:00:00.000Z', '--json');
    expect(received.code, received.out).toBe(0);
  }, 240_000);

  async function provinceStatus() {
    const r = await cli('status', '--plan', PLAN, '--period', PERIOD, '--units', units, '--unit', 'TINH', '--db', province, '--json');
    expect(r.code, r.err).toBe(0);
    return JSON.parse(r.out) as {
      organizations: Array<{ code: string; targets: Array<{ id: string; value: number | null }> }>;
      units: Array<{ code: string; expected: number; received: number; missing: number }>;
      total: { expected: number; received: number };
    };
  }

  const valueOf = (s: Awaited<ReturnType<typeof provinceStatus>>, org: string, id: string) =>
    s.organizations.find((o) => o.code === org)?.targets.find((t) => t.id === id)?.value;

  it('the count is the sum of the five communes\' forms', async () => {
    const s = await provinceStatus();
    const sum = Object.values(TYPED).reduce((n, t) => n + t.houses[1], 0);
    expect(valueOf(s, 'MTTQ', 'MTTQ-2-t1')).toBe(sum);
  });

  it('each percent is Σ numerators / Σ denominators over the communes, not the average of their percents', async () => {
    const s = await provinceStatus();
    const all = Object.values(TYPED);
    const areas = (all.reduce((n, t) => n + t.areas[0], 0) / all.reduce((n, t) => n + t.areas[1], 0)) * 100;
    const average = all.reduce((n, t) => n + pct(t.areas), 0) / all.length;
    expect(Math.abs(areas - average)).toBeGreaterThan(5);
    expect(valueOf(s, 'MTTQ', 'MTTQ-1-t1')).toBeCloseTo(areas, 6);
    const vets = all.flatMap((t) => (t.veterans ? [t.veterans] : []));
    const veterans = (vets.reduce((n, v) => n + v[0], 0) / vets.reduce((n, v) => n + v[1], 0)) * 100;
    expect(valueOf(s, 'HCCB', 'HCCB-1-t1')).toBeCloseTo(veterans, 6);
  });

  it('completeness: every commune received through its district\'s workbook; the districts\' and the province\'s own organisations missing', async () => {
    const s = await provinceStatus();
    const byCode = new Map(s.units.map((u) => [u.code, u]));
    for (const code of ['X11', 'X12', 'X21', 'X22']) expect(byCode.get(code)).toMatchObject({ expected: 2, received: 2, missing: 0 });
    expect(byCode.get('X23')).toMatchObject({ expected: 1, received: 1, missing: 0 });
    for (const code of ['TINH', 'H1', 'H2']) expect(byCode.get(code)).toMatchObject({ expected: 2, received: 0, missing: 2 });
    expect(s.total).toMatchObject({ expected: 15, received: 9 });
  });

  it('the same district\'s workbook sent again → a duplicate; nothing is counted twice', async () => {
    const again = await cli('ingest', join(dir, 'H1.xlsx'), '--plan', PLAN, '--units', units, '--unit', 'TINH', '--db', province, '--json');
    const json = JSON.parse(again.out) as { files: Array<{ outcome: string }> };
    expect(json.files.map((f) => f.outcome)).toEqual(['duplicate']);
    const s = await provinceStatus();
    expect(valueOf(s, 'MTTQ', 'MTTQ-2-t1')).toBe(Object.values(TYPED).reduce((n, t) => n + t.houses[1], 0));
  });

  it('a commune\'s own form sent to the province beside its district\'s workbook → ingest/overlap, refused', async () => {
    const form = join(dir, 'gui-H1', readdirSync(join(dir, 'gui-H1')).find((f) => f.includes('X11') && f.includes('MTTQ')) ?? '');
    const r = await cli('ingest', form, '--plan', PLAN, '--units', units, '--unit', 'TINH', '--db', province, '--json');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out) as { files: Array<{ outcome: string; findings: Array<{ code: string }> }> };
    expect(json.files[0]?.outcome).toBe('rejected');
    expect(json.files[0]?.findings.map((f) => f.code)).toContain('ingest/overlap');
  });

  it('report --unit TINH → the province\'s report over its subtree is written (exit 0)', async () => {
    const out = join(dir, 'bao-cao-tinh.docx');
    const r = await cli('report', '--plan', PLAN, '--period', PERIOD, '--units', units, '--unit', 'TINH', '--db', province, '-o', out, '--json');
    expect(r.code, r.err).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });
});
