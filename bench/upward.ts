// Several levels (issue 16): a province of ~120 communes × 6 organisations under 10 districts.
// Each district's store holds its communes' forms (stored directly: the forms' reading is what
// `npm run bench` measures); the bench times each district's `consolidate` (subtree view +
// workbook), the province's ingest of the 10 workbooks (read, hash check, tree check, overlap
// check, store), and the province's own consolidate over them.
//   node --import tsx bench/upward.ts [--communes 120] [--districts 10]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { consolidatePeriod, writeConsolidated } from '../src/consolidate/index.ts';
import { ingestFiles } from '../src/ingest/index.ts';
import type { NewSubmission, Unit } from '../src/model/index.ts';
import { requirePlan } from '../src/plan/index.ts';
import { openStore } from '../src/store/index.ts';
import { UnitTree } from '../src/units/index.ts';

const { values } = parseArgs({ options: { communes: { type: 'string', default: '120' }, districts: { type: 'string', default: '10' } } });
const COMMUNES = Number(values.communes);
const DISTRICTS = Number(values.districts);
const PERIOD = '2024-Q2';
const { plan, hash } = await requirePlan(new URL('../samples/plan-2024.yaml', import.meta.url).pathname);
const orgOf = new Map(plan.tasks.map((t) => [t.id, t.org]));
const units: Unit[] = [{ code: 'TINH', name: 'Ban Dân vận Tỉnh ủy', level: 'tỉnh' }];
for (let d = 0; d < DISTRICTS; d++) units.push({ code: `H${d}`, name: `Ban Dân vận Huyện ủy ${d}`, level: 'huyện', parent: 'TINH' });
for (let c = 0; c < COMMUNES; c++) units.push({ code: `X${c}`, name: `Xã ${c}`, level: 'xã', parent: `H${c % DISTRICTS}` });
const tree = new UnitTree(units).at(PERIOD);
const dir = mkdtempSync(join(tmpdir(), 'baocao-bench-upward-'));
const ms = (t0: number) => Math.round(performance.now() - t0);

function form(unit: string, org: string, n: number): NewSubmission {
  return {
    planId: plan.id, planHash: hash, org, unit, period: PERIOD, fileName: `${unit}-${org}.xlsx`, sha256: `${unit}-${org}`, receivedAt: '2024-07-04T09:00:00+07:00',
    targets: plan.targets.filter((t) => orgOf.get(t.task) === org).map((t, k) =>
      t.kind === 'percent' || t.kind === 'rate' ? { targetId: t.id, inPeriod: null, cumulative: null, numerator: 5 + ((n + k) % 30), denominator: 40 + (n % 20) } : { targetId: t.id, inPeriod: (n + k) % 17, cumulative: 10 + ((n * k) % 41) }),
    tasks: plan.tasks.filter((t) => t.org === org).slice(0, 3).map((t) => ({ taskId: t.id, progress: 'in_progress' as const, result: `Kết quả ${unit}`, difficulties: '', proposals: '' })),
    info: { reporterName: '', reporterPhone: '', reportDate: null, signerName: '', signerTitle: '', signerAuthority: '' }, findings: [],
  };
}

const orgs = plan.organizations.map((o) => o.code);
let consolidateMs = 0;
const files: string[] = [];
for (let d = 0; d < DISTRICTS; d++) {
  const store = openStore(join(dir, `H${d}.db`));
  store.savePlan(plan, hash);
  tree.childrenOf(`H${d}`).forEach((u, i) => orgs.forEach((org, k) => store.recordAccepted(form(u.code, org, i * 7 + k))));
  const t0 = performance.now();
  const { result, completeness } = consolidatePeriod({ plan, period: PERIOD, store, tree, unit: `H${d}` });
  const file = join(dir, `H${d}.xlsx`);
  await writeConsolidated(file, plan, result, completeness);
  consolidateMs += ms(t0);
  files.push(file);
  store.close();
}
const province = openStore(join(dir, 'tinh.db'));
let t0 = performance.now();
const batch = await ingestFiles(files, { plan, planHash: hash, store: province, receiving: { tree: new UnitTree(units), unit: 'TINH' } });
const ingestMs = ms(t0);
t0 = performance.now();
const top = consolidatePeriod({ plan, period: PERIOD, store: province, tree, unit: 'TINH' });
await writeConsolidated(join(dir, 'TINH.xlsx'), plan, top.result, top.completeness);
const provinceMs = ms(t0);
province.close();
console.log(JSON.stringify({
  communes: COMMUNES, districts: DISTRICTS, forms: COMMUNES * orgs.length,
  districtConsolidateMsTotal: consolidateMs, districtConsolidateMsEach: Math.round(consolidateMs / DISTRICTS),
  provinceIngestMs: ingestMs, accepted: batch.summary.accepted,
  provinceConsolidateMs: provinceMs, provinceRows: top.result.rows.length, provinceIncluded: top.result.identity.included.length, rate: top.completeness.total.rate,
}, null, 2));
rmSync(dir, { recursive: true, force: true });
