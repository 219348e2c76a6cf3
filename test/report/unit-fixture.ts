// A store of commune forms from two districts (La Gi, Phan Thiết), recorded through the store
// with their unit, plus one form of the province's own (no unit): for report/status --unit.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NewSubmission } from '../../src/model/store.ts';
import { planHash } from '../../src/plan/index.ts';
import { DEFAULT_SETTINGS_FILE } from '../../src/report/index.ts';
import { openStore } from '../../src/store/index.ts';
import { samplePlanSync } from '../helpers/sample-plan.ts';

export const UNITS_YAML = `units:
  - { code: BDVTU, name: "Ban Dân vận Tỉnh ủy Bình Thuận", level: "tỉnh" }
  - { code: LAGI, name: "Ban Dân vận Thị ủy La Gi", level: "thị xã", parent: BDVTU, organizations: [HCCB, TDTN] }
  - { code: PHANTHIET, name: "Ban Dân vận Thành ủy Phan Thiết", level: "thành phố", parent: BDVTU, organizations: [HCCB, TDTN] }
  - { code: LG-PHUOCHOI, name: "Phường Phước Hội", level: "phường", parent: LAGI, organizations: [HCCB, TDTN] }
  - { code: LG-TANHAI, name: "Xã Tân Hải", level: "xã", parent: LAGI, organizations: [HCCB, TDTN] }
  - { code: LG-TANTIEN, name: "Xã Tân Tiến", level: "xã", parent: LAGI, organizations: [HCCB, TDTN] }
  - { code: PT-MUINE, name: "Phường Mũi Né", level: "phường", parent: PHANTHIET, organizations: [HCCB, TDTN] }
  - { code: PT-PHUTHUY, name: "Phường Phú Thủy", level: "phường", parent: PHANTHIET, organizations: [HCCB, TDTN] }
`;

/** La Gi's own report settings, appended to a copy of templates/report.yaml. */
export const LAGI_SETTINGS = `
units:
  LAGI:
    upperBody: [THỊ ỦY LA GI]
    issuer: [BAN DÂN VẬN]
    issuerName: Ban Dân vận Thị ủy La Gi
    symbol: { type: BC, organ: BDVThU }
    place: La Gi
    signer: { authority: K/T TRƯỞNG BAN, title: PHÓ TRƯỞNG BAN, name: Nguyễn Văn Hùng }
`;

/** One form's figures: count targets as [in period, cumulative], the percent as [numerator, denominator]. */
export interface CommuneForm {
  unit: string;
  org: 'HCCB' | 'TDTN';
  counts: Record<string, number>;
  parts?: Record<string, [number, number]>;
  receivedAt: string;
}

export const FORMS: CommuneForm[] = [
  { unit: 'LG-PHUOCHOI', org: 'HCCB', counts: { 'HCCB-6-t1': 30, 'HCCB-6-t4': 2 }, parts: { 'HCCB-8.3-t1': [45, 60] }, receivedAt: '2024-04-03T09:00:00+07:00' },
  { unit: 'LG-PHUOCHOI', org: 'TDTN', counts: { 'TDTN-7.2-t1': 120 }, receivedAt: '2024-04-04T09:00:00+07:00' },
  { unit: 'LG-TANHAI', org: 'HCCB', counts: { 'HCCB-6-t1': 12, 'HCCB-6-t4': 1 }, parts: { 'HCCB-8.3-t1': [10, 40] }, receivedAt: '2024-04-20T09:00:00+07:00' },
  { unit: 'PT-MUINE', org: 'HCCB', counts: { 'HCCB-6-t1': 500, 'HCCB-6-t4': 7 }, parts: { 'HCCB-8.3-t1': [90, 100] }, receivedAt: '2024-04-03T09:00:00+07:00' },
  { unit: 'PT-MUINE', org: 'TDTN', counts: { 'TDTN-7.2-t1': 900 }, receivedAt: '2024-04-03T09:00:00+07:00' },
  // The province's own form (no unit): never part of a district's figures.
  { unit: '', org: 'HCCB', counts: { 'HCCB-6-t1': 9999, 'HCCB-6-t4': 99 }, parts: { 'HCCB-8.3-t1': [1, 1] }, receivedAt: '2024-04-03T09:00:00+07:00' },
];

/** A store with FORMS for 2024-Q1, the units file, and a settings copy with La Gi's entry. */
export function unitStore(): { dir: string; db: string; units: string; config: string } {
  const dir = mkdtempSync(join(tmpdir(), 'baocao-unit-report-'));
  const db = join(dir, 'baocao.db');
  const units = join(dir, 'units.yaml');
  const config = join(dir, 'report.yaml');
  writeFileSync(units, UNITS_YAML);
  writeFileSync(config, readFileSync(DEFAULT_SETTINGS_FILE, 'utf8') + LAGI_SETTINGS);
  const plan = samplePlanSync();
  const hash = planHash(plan);
  const store = openStore(db);
  store.savePlan(plan, hash);
  FORMS.forEach((f, i) => {
    const sub: NewSubmission = {
      planId: plan.id,
      planHash: hash,
      org: f.org,
      unit: f.unit,
      period: '2024-Q1',
      fileName: `${f.unit || 'tinh'}-${f.org}.xlsx`,
      sha256: `sha-${i}`,
      receivedAt: f.receivedAt,
      targets: [
        ...Object.entries(f.counts).map(([targetId, v]) => ({ targetId, inPeriod: v, cumulative: v })),
        ...Object.entries(f.parts ?? {}).map(([targetId, [num, den]]) => ({ targetId, inPeriod: (num / den) * 100, cumulative: (num / den) * 100, numerator: num, denominator: den })),
      ],
      tasks: [{ taskId: 'HCCB-6', progress: 'in_progress', result: `Kết quả của ${f.unit || 'tỉnh'}`, difficulties: '', proposals: '' }],
      info: { reporterName: 'Nguyễn Thị Lan', reporterPhone: '', reportDate: null, signerName: 'Trần Văn Bình', signerTitle: 'Chủ tịch', signerAuthority: '' },
      findings: [],
    };
    store.recordAccepted(sub);
  });
  store.close();
  return { dir, db, units, config };
}
