import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { SAMPLES_DIR, SAMPLE_FILLED_DIR, loadSampleReceipts } from '../../src/run-demo.ts';
import { requirePlan } from '../../src/plan/index.ts';
import { readConsolidated } from '../../src/consolidate/index.ts';
import { openStore } from '../../src/store/index.ts';
import { EXPORT_SHEET } from '../../src/vi/status-export-text.ts';
import { captureContext as context } from '../helpers/cli.ts';

/*
 * `baocao demo <dir>` end to end, through main(): the shipped samples (6 organisations × Q1/Q2
 * 2024, one flawed HND resubmission, one late TDTN report) into a new folder.
 */
const root = mkdtempSync(join(tmpdir(), 'baocao-demo-'));
const dir = join(root, 'run');
const PLAN_FILE = join(SAMPLES_DIR, 'plan-2024.yaml');
const FLAWED = 'HND_BC_Q2_2024 (ban sua).xlsx';
const ORGS = ['HCCB', 'HLHPN', 'HND', 'LDLD', 'MTTQ', 'TDTN'];


const run = async (...args: string[]) => {
  const ctx = context();
  const code = await main(['node', 'baocao', ...args], ctx);
  return { code, out: ctx.out.join('\n'), err: ctx.err.join('\n') };
};

const docxXml = (file: string) => execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' });

let demo: { code: number; out: string; err: string };
let planId: string;

beforeAll(async () => {
  demo = await run('demo', dir);
  planId = (await requirePlan(PLAN_FILE)).plan.id;
}, 120_000);

describe('baocao demo', () => {
  it('year-end assessment of the Q1–Q2 store → every organisation provisional, Q3 and Q4 named missing, a grade proposed', async () => {
    const r = await run('assess', '--plan', PLAN_FILE, '--year', '2024', '--db', join(dir, 'baocao.db'), '--json');
    expect(r.code).toBe(0);
    const { assessment } = JSON.parse(r.out) as { assessment: { organizations: Array<{ org: string; missingQuarters: string[]; proposal: { band: string | null; provisional: boolean } }> } };
    expect(assessment.organizations.map((o) => o.org).sort()).toEqual(ORGS);
    for (const o of assessment.organizations) {
      expect(o.missingQuarters).toEqual(['2024-Q3', '2024-Q4']);
      expect(o.proposal.provisional).toBe(true);
      expect(o.proposal.band).not.toBeNull();
    }
  });

  it('fresh folder → exit code 0 although the flawed file was rejected, nothing on stderr', () => {
    expect(demo.err).toBe('');
    expect(demo.code).toBe(0);
    expect(demo.out).toContain(FLAWED);
  });

  it('fresh folder → tells how to open the demo on the web page (serve with its store), starts no server', () => {
    expect(demo.out).toMatch(new RegExp(`baocao serve --plan "[^"]+plan-2024\\.yaml" --db "${join(dir, 'baocao.db').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`));
    expect(demo.out).toContain('http://127.0.0.1:8080/?ky=2024-Q2');
  });

  it('fresh folder → every output exists where the run says', () => {
    const outputs = [
      join(dir, 'baocao.db'),
      join(dir, 'tong-hop-2024-Q2.xlsx'),
      join(dir, 'bao-cao-2024-Q2.docx'),
      join(dir, 'bao-cao-HCCB-2024-Q2.docx'),
      join(dir, 'cong-van-don-doc-2024-Q3.docx'),
      join(dir, 'danh-gia-xep-loai-2024.docx'),
      join(dir, 'danh-gia-xep-loai-2024.xlsx'),
    ];
    for (const file of outputs) {
      expect(existsSync(file), file).toBe(true);
      expect(demo.out).toContain(file);
    }
    expect(readdirSync(join(dir, 'bieu-mau-2024-Q2')).sort()).toEqual(ORGS.map((o) => `2024-Q2_${o}.xlsx`).sort());
    // Only the rejected workbook gets an annotated copy: the good files have no warnings.
    expect(readdirSync(join(dir, 'phan-hoi'))).toHaveLength(1);
    expect(readdirSync(join(dir, 'phan-hoi'))[0]).toContain('HND_BC_Q2_2024 (ban sua)');
  });

  it('levels → the province consolidated workbook, read back by the upper level unchanged, naming BDVTU and the districts below as missing', async () => {
    const file = join(dir, 'tong-hop-gui-cap-tren-2024-Q2.xlsx');
    expect(demo.out).toContain(file);
    const plan = (await requirePlan(PLAN_FILE)).plan;
    const read = await readConsolidated(file, { planId: plan.id });
    expect(read.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(read.identity?.unit.code).toBe('BDVTU');
    // The six organisations at the province reported, and Phú Quý's 21 forms (its three communes'
    // 15 and its own 6) came up in the district's workbook; the other districts (LAGI among them)
    // are expected and missing.
    expect(read.identity?.included.length).toBe(6 + 21);
    expect(new Set(read.identity?.included.map((i) => i.unit))).toEqual(new Set(['BDVTU', 'PHUQUY', 'PQ-NGUPHUNG', 'PQ-LONGHAI', 'PQ-TAMTHANH']));
    expect(read.identity?.missing.some((m) => m.unit === 'LAGI')).toBe(true);
  });

  it('levels → Phú Quý\'s workbook went up: accepted at the province, which approved the district on it', () => {
    const store = openStore(join(dir, 'baocao.db'));
    try {
      const up = store.ingestLog({ planId }).filter((e) => e.file.includes('cap-duoi-PHUQUY'));
      expect(up.map((e) => [basename(e.file), e.outcome, e.unit])).toEqual([['tong-hop-PHUQUY-2024-Q2.xlsx', 'accepted', 'PHUQUY']]);
      expect(store.approvalStates?.(planId, '2024-Q2').map((a) => [a.unit, a.action])).toEqual([['PHUQUY', 'approved']]);
    } finally {
      store.close();
    }
    // The district approved its three communes in its own store.
    const district = openStore(join(dir, 'cap-duoi-PHUQUY', 'huyen.db'));
    try {
      expect(district.approvalStates?.(planId, '2024-Q2').map((a) => a.unit).sort()).toEqual(['PQ-LONGHAI', 'PQ-NGUPHUNG', 'PQ-TAMTHANH']);
    } finally {
      district.close();
    }
  });

  it('reminder letter for quarter III (nobody has reported it) → addressed to all six organisations', async () => {
    const plan = (await requirePlan(PLAN_FILE)).plan;
    const xml = docxXml(join(dir, 'cong-van-don-doc-2024-Q3.docx'));
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    for (const o of plan.organizations) expect(text).toContain(o.name);
    expect(text).toContain('05/10/2024');
  });

  it('store → 12 current submissions, one per organisation and quarter, the good HND Q2 kept', () => {
    const store = openStore(join(dir, 'baocao.db'));
    try {
      const q1 = store.currentSubmissions(planId, '2024-Q1');
      const q2 = store.currentSubmissions(planId, '2024-Q2');
      expect(q1.map((s) => s.org).sort()).toEqual(ORGS);
      expect(q2.map((s) => s.org).sort()).toEqual(ORGS);
      expect(basename(q2.find((s) => s.org === 'HND')?.fileName ?? '')).toBe('HND_BC_Q2_2024.xlsx');
      expect(store.submissionHistory(planId, 'HND', '2024-Q2')).toHaveLength(1);
      // Numbers typed as Vietnamese text in the good files are stored as numbers.
      const ldld = q2.find((s) => s.org === 'LDLD')?.targets.find((t) => t.targetId === 'LDLD-6.1-t1');
      expect(ldld).toEqual({ targetId: 'LDLD-6.1-t1', inPeriod: 1038, cumulative: 1650 });
      const trees = q2.find((s) => s.org === 'TDTN')?.targets.find((t) => t.targetId === 'TDTN-5.3-t1');
      expect(trees?.cumulative).toBe(84700);
    } finally {
      store.close();
    }
  });

  it('flawed HND resubmission → rejected with each planted error at its task or target', () => {
    const store = openStore(join(dir, 'baocao.db'));
    try {
      const entries = store.ingestLog({ planId }).filter((e) => basename(e.file) === FLAWED);
      expect(entries.map((e) => e.outcome)).toEqual(['rejected']);
      const found = (entries[0]?.findings ?? []).map((f) => [f.code, f.targetId ?? f.taskId ?? '']).sort();
      expect(found).toEqual(
        [
          ['ingest/cumulative-below-period', 'HND-6.1-t1'],
          ['ingest/fraction-in-whole-unit', 'HND-6.4-t1'],
          ['ingest/missing-progress', 'HND-6.2'],
          ['ingest/negative', 'HND-6.4-t1'],
          ['ingest/not-a-number', 'HND-6.4-t2'],
          ['ingest/percent-over-100', 'HND-6.4-t2'],
        ].sort(),
      );
      // Every other sample file was accepted with no error and no warning.
      // (The district's workbook from below is the levels test's.)
      const others = store.ingestLog({ planId }).filter((e) => basename(e.file) !== FLAWED && !e.file.includes('cap-duoi-'));
      expect(others).toHaveLength(12);
      expect(others.filter((e) => e.outcome !== 'accepted' || e.findings.some((f) => f.severity !== 'info'))).toEqual([]);
    } finally {
      store.close();
    }
  });

  it('levels → the province returns Phú Quý: the district\'s workbook comes back as a copy with the reason, and the district is unlocked', async () => {
    // On a copy of the demo's store, so the other tests see the demo as it ran.
    const db = join(root, 'return.db');
    copyFileSync(join(dir, 'baocao.db'), db);
    const units = join(SAMPLES_DIR, 'units-2024.yaml');
    const out = join(root, 'tra-lai');
    const r = await run('return', '--plan', PLAN_FILE, '--period', '2024-Q2', '--units', units, '--unit', 'PHUQUY', '--reason', 'Xã Long Hải báo cáo thiếu số liệu quỹ hội', '--by', 'Lê Thị Hoa', '--db', db, '-o', out, '--json');
    expect(r.code, r.err).toBe(0);
    const json = JSON.parse(r.out) as { files: string[] };
    expect(json.files.map((f) => basename(f))).toEqual(['tong-hop-PHUQUY-2024-Q2_tra-lai.xlsx']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(json.files[0] ?? '');
    const reasons = wb.getWorksheet('Lý do trả lại');
    const texts: string[] = [];
    reasons?.eachRow((row) => row.eachCell((c) => void texts.push(String(c.value))));
    expect(texts.join(' ')).toContain('Xã Long Hải báo cáo thiếu số liệu quỹ hội');
    const store = openStore(db);
    try {
      expect(store.approvalStates?.(planId, '2024-Q2').map((a) => [a.unit, a.action])).toEqual([['PHUQUY', 'returned']]);
      expect(store.lockOf?.(planId, '2024-Q2', 'PQ-LONGHAI')).toBeNull();
    } finally {
      store.close();
    }
  });

  it('status --json of 2024-Q2 → only TDTN late, nobody missing or rejected', async () => {
    const status = await run('status', '--plan', PLAN_FILE, '--period', '2024-Q2', '--db', join(dir, 'baocao.db'), '--json');
    expect(status.code).toBe(0);
    const json = JSON.parse(status.out) as { organizations: Array<{ code: string; reported: boolean; late: boolean; rejected: boolean }> };
    expect(json.organizations.filter((o) => o.late).map((o) => o.code)).toEqual(['TDTN']);
    expect(json.organizations.every((o) => o.reported && !o.rejected)).toBe(true);
  });

  it('report and organisation summary → .docx that unzip opens, titled "BÁO CÁO"', () => {
    const report = docxXml(join(dir, 'bao-cao-2024-Q2.docx'));
    expect(report).toContain('BÁO CÁO');
    expect(report).toContain('Hội Cựu chiến binh tỉnh');
    expect(report).toContain('PHỤ LỤC');
    const summary = docxXml(join(dir, 'bao-cao-HCCB-2024-Q2.docx'));
    expect(summary).toContain('BÁO CÁO');
    // The organisation's own signer from its workbook's "Thông tin" sheet.
    expect(summary).toContain('Lê Văn Hùng');
  });

  it('signed PDF → two signatures pdfsig accepts, both certificates named as a test signature', () => {
    const pdf = join(dir, 'bao-cao-2024-Q2-da-ky-so-THU-NGHIEM.pdf');
    const out = execFileSync('pdfsig', ['-nocert', pdf], { encoding: 'utf8' });
    expect([...out.matchAll(/Signature Validation: (.*)/g)].map((m) => m[1])).toEqual(['Signature is Valid.', 'Signature is Valid.']);
    expect([...out.matchAll(/Common Name: (.*)/g)].map((m) => (m[1] ?? '').normalize('NFC').startsWith('CHỮ KÝ THỬ NGHIỆM — không có giá trị pháp lý'))).toEqual([true, true]);
  });

  it('export → the summary sheet lists the organisations', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'tong-hop-2024-Q2.xlsx'));
    const sheet = wb.getWorksheet(EXPORT_SHEET.summary);
    expect(sheet).toBeDefined();
    expect(sheet?.rowCount).toBeGreaterThan(40);
    for (const code of ORGS) expect(wb.getWorksheet(code), code).toBeDefined();
  });

  it('folder that is not empty → refused with exit code 2, nothing written', async () => {
    const busy = join(root, 'busy');
    mkdirSync(busy);
    writeFileSync(join(busy, 'ghi-chu.txt'), 'dữ liệu thật');
    const again = await run('demo', busy);
    expect(again.code).toBe(2);
    expect(again.err).toContain(busy);
    expect(readdirSync(busy)).toEqual(['ghi-chu.txt']);
  });
});

describe('samples', () => {
  it('received.yaml and samples/filled → the same files, one receipt each, the late one after its deadline', async () => {
    const receipts = await loadSampleReceipts();
    const listed = Object.values(receipts.periods).flatMap((files) => Object.keys(files)).sort();
    const shipped = readdirSync(join(SAMPLES_DIR, SAMPLE_FILLED_DIR)).filter((f) => f.endsWith('.xlsx')).sort();
    expect(listed).toEqual(shipped);
    expect(listed).toHaveLength(13);
    expect(receipts.periods['2024-Q2']?.['Tinh Doan - BC quy 2.2024.xlsx']).toBe('2024-07-09T08:50:00+07:00');
  });
});
