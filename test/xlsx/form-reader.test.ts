import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { prepareBytes } from '../../src/ingest/prepare-file.ts';
import { Workbook } from '../../src/xlsx/exceljs.ts';
import { readForm } from '../../src/xlsx/form-reader.ts';
import type { WorkbookAccess } from '../../src/xlsx/sheet-access.ts';
import { goodWorkbook, writeBadInputs } from '../fixtures/bad-inputs.ts';
import { baseFill, samplePlan, tempDir } from '../ingest/setup.ts';
import { fileURLToPath } from 'node:url';
import type { Plan } from '../../src/model/index.ts';
import { requirePlan } from '../../src/plan/index.ts';
import { fillWorkbook, templateBuffer } from '../../src/template/index.ts';
import { type ExcelStyleCells, brokenSheet, excelStyle, libreOfficeResave, openpyxlComment, withoutComments, wpsStyle, xmlOutsidePlain } from './form-fixtures.ts';
import { snapshot } from './snapshot.ts';
import JSZip from 'jszip';
import { saxesWalk } from '../../src/xlsx/form-xml.ts';
import { PlainXmlOnly, plainWalk } from '../../src/xlsx/plain-xml.ts';
import { readPlainCells, readPlainStrings } from '../../src/xlsx/plain-cells.ts';
import { parseSharedStrings, parseStyles } from '../../src/xlsx/form-parts.ts';
import { parseSheet } from '../../src/xlsx/form-sheet.ts';
import { withSaxes } from '../../src/xlsx/form-xml.ts';
import { walkEvents } from './walk-events.ts';

/** A part read with the plain scanner, or with saxes when it is outside the plain subset (as the reader does). */
function withoutPlainXml<T>(xml: string, read: (xml: string) => T): T {
  try {
    return read(xml);
  } catch (error) {
    if (error instanceof PlainXmlOnly) return withSaxes(() => read(xml));
    throw error;
  }
}


const SAMPLES = join(import.meta.dirname, '../../samples/filled');

interface Case {
  name: string;
  bytes: Buffer;
  /** What exceljs is given instead, when exceljs 4.4 cannot load the file itself (values unchanged). */
  forExceljs?: Buffer;
  /** One of baocao's forms the fast reader takes; false: it must leave the file to exceljs. */
  fast: boolean;
  /** The plan the form is read against, when not the sample plan. */
  plan?: { plan: Plan; hash: string };
}

async function loadExceljs(bytes: Uint8Array): Promise<WorkbookAccess> {
  const wb = new Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

const corpus: Case[] = [];
let excel: { bytes: Buffer; cells: ExcelStyleCells };

beforeAll(async () => {
  for (const f of readdirSync(SAMPLES).sort()) corpus.push({ name: `samples/${f}`, bytes: readFileSync(join(SAMPLES, f)), fast: true });
  const dir = tempDir('bad-inputs-');
  const expected = await writeBadInputs(dir);
  for (const f of Object.keys(expected).sort()) {
    // The forms carry the identity sheet (the zip bomb is a form with padding; ingest refuses it before reading); 08 had it deleted.
    corpus.push({ name: `bad-inputs/${f}`, bytes: readFileSync(join(dir, f)), fast: ['06-zip-bomb.xlsx', '07-wrong-period.xlsx', '09-good.xlsx', '10-duplicate-of-good.xlsx'].includes(f) });
  }
  excel = await excelStyle();
  const good = await goodWorkbook();
  const commented = openpyxlComment(good, 'J10');
  const [resaved, resavedExcel] = libreOfficeResave([good, excel.bytes]);
  corpus.push(
    { name: 'excel-style', bytes: excel.bytes, fast: true },
    { name: 'wps-style', bytes: await wpsStyle(excel.bytes), fast: true },
    { name: 'libreoffice-resaved', bytes: resaved!, fast: true },
    { name: 'libreoffice-resaved excel-style', bytes: resavedExcel!, fast: true },
    { name: 'openpyxl comment', bytes: commented, forExceljs: await withoutComments(commented), fast: true },
    { name: 'broken sheet XML', bytes: await brokenSheet(good), fast: false },
  );
  // XML outside the plain scanner's subset: the whole workbook is read again with saxes, still without exceljs.
  const outside = await xmlOutsidePlain(good);
  for (const [name, bytes] of Object.entries(outside)) corpus.push({ name: `outside the plain subset: ${name}`, bytes, fast: true });
  // A commune's form (the unit in its identity and title block) and a form with percent parts, filled.
  const sample = await samplePlan();
  const unitForm = await templateBuffer(sample.plan, sample.hash, 'HCCB', '2024-Q2', { unit: { code: 'LG-PHUOCHOI', name: 'Phường Phước Hội' } });
  corpus.push({
    name: 'per-unit form',
    bytes: await fillWorkbook(unitForm, { ...baseFill(sample.plan, 'HCCB'), targets: { 'HCCB-6-t1': { inPeriod: 12, cumulative: '30 hội viên' }, 'HCCB-6-t2': { cumulative: '12,5' } } }),
    fast: true,
  });
  const parts = await requirePlan(fileURLToPath(new URL('../fixtures/plan-parts.yaml', import.meta.url)));
  const partsForm = await templateBuffer(parts.plan, parts.hash, 'HCCB', '2024-Q2', { unit: { code: 'LG-TANHAI', name: 'Xã Tân Hải' } });
  corpus.push({
    name: 'per-unit form with percent parts',
    bytes: await fillWorkbook(partsForm, { ...baseFill(parts.plan, 'HCCB'), targets: { 'HCCB-1-t1': { cumulative: 80, numerator: '750', denominator: '1.000' }, 'HCCB-1-t2': { numerator: 450000000, denominator: 500 } } }),
    fast: true,
    plan: parts,
  });
}, 300_000);

describe('fast form reader against exceljs', () => {
  it('every workbook of the corpus → the fast reader takes exactly the forms, and reads what exceljs reads', async () => {
    const taken: string[] = [];
    for (const c of corpus) {
      const fast = await readForm(c.bytes);
      expect(fast !== null, c.name).toBe(c.fast);
      if (!fast) continue;
      taken.push(c.name);
      const reference = await loadExceljs(c.forExceljs ?? c.bytes);
      expect(snapshot(fast), c.name).toEqual(snapshot(reference));
    }
    expect(taken.length).toBe(corpus.filter((c) => c.fast).length);
  }, 120_000);

  it('every workbook of the corpus → ingest gives the same data and findings with the fast path on and off', async () => {
    const sample = await samplePlan();
    for (const c of corpus) {
      const { plan, hash } = c.plan ?? sample;
      const on = await prepareBytes(c.bytes, 'x.xlsx', plan, hash);
      const off = await prepareBytes(c.forExceljs ?? c.bytes, 'x.xlsx', plan, hash, { fastRead: false });
      expect(on.read, c.name).toEqual(off.read);
      // The per-unit forms are read, not both rejected alike: their unit and parts come through.
      if (c.name.startsWith('per-unit')) expect(on.read.data?.unit, c.name).toMatch(/^LG-/);
      if (c.plan) expect(on.read.data?.targets.find((t) => t.targetId === 'HCCB-1-t1'), c.name).toMatchObject({ numerator: 750, denominator: 1000 });
    }
  }, 120_000);

  it('every XML part of the corpus → the plain scanner gives exactly the events saxes gives, or leaves the part to saxes (only the parts outside its subset)', async () => {
    const left: string[] = [];
    let parts = 0;
    for (const c of corpus.filter((x) => x.fast)) {
      const zip = await JSZip.loadAsync(c.bytes);
      for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.xml') || n.endsWith('.rels'))) {
        const xml = await zip.file(name)!.async('string');
        const bySaxes = walkEvents(saxesWalk, xml);
        let plain: unknown[];
        try {
          plain = walkEvents(plainWalk, xml);
        } catch (error) {
          expect(error, `${c.name} ${name}`).toBeInstanceOf(PlainXmlOnly);
          left.push(c.name);
          continue;
        }
        parts++;
        expect(plain, `${c.name} ${name}`).toEqual(bySaxes);
      }
    }
    expect(parts).toBeGreaterThan(150);
    // Every part Excel-, WPS-, LibreOffice-, openpyxl- and baocao-written is plain; the hand edits are not.
    expect(left.sort()).toEqual([
      'outside the plain subset: cdata',
      'outside the plain subset: comment',
      'outside the plain subset: crlf',
    ]);
  }, 60_000);

  it('every sheet and shared-strings part of the corpus → the plain cell and string readers give what the walk gives, or leave the part to it', async () => {
    const taken: string[] = [];
    const walked: string[] = [];
    for (const c of corpus.filter((x) => x.fast)) {
      const zip = await JSZip.loadAsync(c.bytes);
      const text = async (name: string) => zip.file(name)?.async('string');
      const sst = await text('xl/sharedStrings.xml');
      const strings = sst === undefined ? null : withoutPlainXml(sst, (x) => parseSharedStrings(x, { plainStrings: false }));
      if (sst !== undefined) {
        const plain = withoutPlainXml(sst, (x) => parseSharedStrings(x));
        expect(plain, c.name).toEqual(strings);
        (readPlainStrings(sst) ? taken : walked).push(`${c.name}: strings`);
      }
      const styles = parseStyles((await text('xl/styles.xml'))!);
      for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
        const xml = (await text(name))!;
        const one = (plainCells: boolean) => {
          const sheet = withoutPlainXml(xml, (x) => parseSheet(name, x, styles, strings, false, { plainCells }));
          return snapshot({ worksheets: [sheet], getWorksheet: () => sheet });
        };
        expect(one(true), `${c.name} ${name}`).toEqual(one(false));
        (readPlainCells(xml) ? taken : walked).push(`${c.name}: ${name}`);
      }
    }
    // baocao's own forms, as issued and filled, are read by the plain readers throughout.
    expect(walked.filter((w) => w.startsWith('samples/'))).toEqual([]);
    expect(taken.filter((w) => w.startsWith('samples/')).length).toBeGreaterThan(20);
    // Excel's shared formulas and rich text, WPS's inline strings: walked.
    expect(walked).toEqual(expect.arrayContaining(['excel-style: strings', 'wps-style: xl/worksheets/sheet1.xml']));
  }, 60_000);

  it('Excel-style cells → shared-formula results (0 too), numbers stored as text, rich text, escapes, errors, booleans and a date read as typed', async () => {
    const { plan, hash } = await samplePlan();
    const { read } = await prepareBytes(excel.bytes, 'excel.xlsx', plan, hash);
    expect(read.data).not.toBeNull();
    const target = (id: string) => read.data!.targets.find((t) => t.targetId === id);
    const task = (i: number) => read.data!.tasks.find((t) => t.taskId === excel.cells.tasks[i]!.id);
    expect(target(excel.cells.t1.id)).toMatchObject({ inPeriod: 1200, cumulative: 0 });
    expect(target(excel.cells.t2.id)).toMatchObject({ inPeriod: 12.5, cumulative: 1200 });
    expect(task(0)).toMatchObject({ progress: 'in_progress', result: 'Dòng một\nDòng hai' });
    expect(task(1)).toMatchObject({ progress: 'in_progress', difficulties: '#N/A', proposals: 'TRUE' });
    expect(task(2)).toMatchObject({ result: 'x & y', difficulties: 'Thiếu kinh phí' });
    expect(read.data!.info.reportDate).toBe('2024-04-05');
    const legacy = read.findings.filter((f) => f.code === 'ingest/legacy-encoding');
    expect(legacy.map((f) => f.cell)).toEqual([excel.cells.tasks[1]!.progress]);
  }, 60_000);

  it('a workbook without the identity sheet, or with broken sheet XML → left to exceljs (null)', async () => {
    const noMeta = corpus.find((c) => c.name === 'bad-inputs/08-meta-deleted.xlsx')!;
    const broken = corpus.find((c) => c.name === 'broken sheet XML')!;
    expect(await readForm(noMeta.bytes)).toBeNull();
    expect(await readForm(broken.bytes)).toBeNull();
    expect(await readForm(Buffer.from('not a zip'))).toBeNull();
  });
});
