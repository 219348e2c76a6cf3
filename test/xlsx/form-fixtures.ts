/**
 * Filled forms as other office suites write them, for comparing the fast form reader with exceljs:
 * cells rewritten in the sheet XML the way Excel writes them (shared formulas with cached
 * results, numbers stored as text, rich text, escapes, error and boolean cells, a date), the way
 * WPS does (inline strings, no shared-strings part, absolute part names), re-saved by LibreOffice,
 * and with a comment added by openpyxl.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { goodWorkbook } from '../fixtures/bad-inputs.ts';
import { tempDir } from '../ingest/setup.ts';
import { layoutOf } from '../ingest/workbook-edit.ts';

/** The zip part of a sheet, found by its name through workbook.xml and its relationships. */
async function sheetPart(zip: JSZip, name: string): Promise<string> {
  const book = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const rId = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(book)?.[1];
  const target = new RegExp(`Id="${rId}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${rId}"`).exec(rels)?.[1];
  if (!target) throw new Error(`no part for sheet ${name}`);
  return `xl/${target.replace(/^\/?xl\//, '')}`;
}

/** Replaces one cell element (`<c r="F10" …/>` or `<c r="F10" …>…</c>`), keeping its style. */
function setCell(xml: string, address: string, make: (attrs: string) => string): string {
  const m = new RegExp(`<c r="${address}"([^>]*?)(?:/>|>(.*?)</c>)`).exec(xml);
  if (!m) throw new Error(`no cell ${address}`);
  const s = /\ss="(\d+)"/.exec(m[1] ?? '')?.[1];
  return xml.replace(m[0], make(`r="${address}"${s ? ` s="${s}"` : ''}`));
}

export interface ExcelStyleCells {
  /** Target rows' cells. */
  t1: { inPeriod: string; cumulative: string; id: string };
  t2: { inPeriod: string; cumulative: string; id: string };
  tasks: Array<{ id: string; progress: string; result: string; difficulties: string; proposals: string }>;
  reportDate: string;
}

/** A good HCCB 2024-Q1 form whose cells are rewritten as Excel writes them. */
export async function excelStyle(): Promise<{ bytes: Buffer; cells: ExcelStyleCells }> {
  const good = await goodWorkbook();
  const { meta, cell } = await layoutOf(good);
  const targets = meta.rows.filter((r) => r.kind === 'target').slice(0, 2);
  const tasks = meta.rows.filter((r) => r.kind === 'task').slice(0, 3);
  const t = (i: number) => ({ id: targets[i]!.id, inPeriod: cell(targets[i]!.id, 'inPeriod'), cumulative: cell(targets[i]!.id, 'cumulative') });
  const cells: ExcelStyleCells = {
    t1: t(0),
    t2: t(1),
    tasks: tasks.map((r) => ({ id: r.id, progress: cell(r.id, 'progress'), result: cell(r.id, 'result'), difficulties: cell(r.id, 'difficulties'), proposals: cell(r.id, 'proposals') })),
    reportDate: meta.info.reportDate ?? 'B5',
  };
  const zip = await JSZip.loadAsync(good);
  let sst = await zip.file('xl/sharedStrings.xml')!.async('string');
  let count = (sst.match(/<si>/g) ?? []).length;
  const addString = (inner: string): number => {
    sst = sst.replace('</sst>', `<si>${inner}</si></sst>`);
    return count++;
  };
  const report = await sheetPart(zip, meta.sheet);
  let xml = await zip.file(report)!.async('string');
  const [k1, k2, k3] = cells.tasks as [ExcelStyleCells['tasks'][0], ExcelStyleCells['tasks'][0], ExcelStyleCells['tasks'][0]];
  // A number stored as text, as Excel keeps "1.200" typed into a text-formatted cell.
  const asText = addString('<t>1.200</t>');
  xml = setCell(xml, cells.t1.inPeriod, (a) => `<c ${a} t="s"><v>${asText}</v></c>`);
  // A shared formula: its master's cached result is 0 (exceljs's cell.value drops it), the other cell's 1200.
  const col = cells.t1.cumulative.replace(/\d+/g, '');
  const ref = `${cells.t1.cumulative}:${col}${cells.t2.cumulative.replace(/\D+/g, '')}`;
  xml = setCell(xml, cells.t1.cumulative, (a) => `<c ${a}><f t="shared" ref="${ref}" si="0">${cells.t1.inPeriod}*0</f><v>0</v></c>`);
  xml = setCell(xml, cells.t2.cumulative, (a) => `<c ${a}><f t="shared" si="0"/><v>1200</v></c>`);
  xml = setCell(xml, cells.t2.inPeriod, (a) => `<c ${a} t="n"><v>12.5</v></c>`);
  // Rich text: two runs, a font on the first.
  const rich = addString('<r><rPr><b/><sz val="12"/><rFont val="Times New Roman"/></rPr><t xml:space="preserve">Đang </t></r><r><t>thực hiện</t></r>');
  xml = setCell(xml, k1.progress, (a) => `<c ${a} t="s"><v>${rich}</v></c>`);
  // Excel's escape of a carriage return.
  const escaped = addString('<t xml:space="preserve">Dòng một_x000D_\nDòng hai</t>');
  xml = setCell(xml, k1.result, (a) => `<c ${a} t="s"><v>${escaped}</v></c>`);
  // A run typed in a VNI font: decoded and reported as legacy encoding.
  const vni = addString('<r><rPr><rFont val="VNI-Times"/></rPr><t>Ñang thöïc hieän</t></r>');
  xml = setCell(xml, k2.progress, (a) => `<c ${a} t="s"><v>${vni}</v></c>`);
  xml = setCell(xml, k2.difficulties, (a) => `<c ${a} t="e"><v>#N/A</v></c>`);
  xml = setCell(xml, k2.proposals, (a) => `<c ${a} t="b"><v>1</v></c>`);
  // A formula with a text result (exceljs decodes entities in it once more) and an inline rich text.
  xml = setCell(xml, k3.result, (a) => `<c ${a} t="str"><f>"a"&amp;"b"</f><v>x &amp;amp; y</v></c>`);
  xml = setCell(xml, k3.difficulties, (a) => `<c ${a} t="inlineStr"><is><r><t xml:space="preserve">Thiếu </t></r><r><rPr><rFont val="Arial"/></rPr><t>kinh phí</t></r></is></c>`);
  zip.file(report, xml);
  zip.file('xl/sharedStrings.xml', sst);
  // A date: the serial number 45387 in a cell with Excel's built-in date format 14.
  let styles = await zip.file('xl/styles.xml')!.async('string');
  const xfCount = Number(/<cellXfs count="(\d+)"/.exec(styles)![1]);
  styles = styles.replace('</cellXfs>', '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/></cellXfs>').replace(/<cellXfs count="\d+"/, `<cellXfs count="${xfCount + 1}"`);
  zip.file('xl/styles.xml', styles);
  const info = await sheetPart(zip, 'Thông tin');
  zip.file(info, setCell(await zip.file(info)!.async('string'), cells.reportDate, () => `<c r="${cells.reportDate}" s="${xfCount}"><v>45387</v></c>`));
  return { bytes: await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }), cells };
}

/** A form as WPS-style writers save it: inline strings (no shared-strings part), "str" texts, explicit number types, absolute part names. */
export async function wpsStyle(source: Uint8Array): Promise<Buffer> {
  const zip = await JSZip.loadAsync(source);
  const sst = await zip.file('xl/sharedStrings.xml')!.async('string');
  const strings = [...sst.matchAll(/<si>(.*?)<\/si>/gs)].map((m) => m[1]!);
  const plain = (inner: string) => inner.replace(/<[^>]+>/g, '');
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
    let xml = await zip.file(name)!.async('string');
    const info = name.endsWith('sheet3.xml');
    xml = xml.replace(/<c ([^>]*?)t="s"([^>]*)><v>(\d+)<\/v><\/c>/g, (_m, a: string, b: string, i: string) =>
      info ? `<c ${a}t="str"${b}><v>${plain(strings[Number(i)]!)}</v></c>` : `<c ${a}t="inlineStr"${b}><is>${strings[Number(i)]!}</is></c>`,
    );
    xml = xml.replace(/<c ([^>]*?)><v>([-\d.E]+)<\/v><\/c>/g, (m, a: string, v: string) => (a.includes(' t=') ? m : `<c ${a} t="n"><v>${v}</v></c>`));
    zip.file(name, xml);
  }
  zip.remove('xl/sharedStrings.xml');
  let rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  rels = rels.replace(/<Relationship [^>]*sharedStrings[^>]*\/>/, '').replace(/Target="worksheets\//g, 'Target="/xl/worksheets/');
  zip.file('xl/_rels/workbook.xml.rels', rels);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The form with a note on one cell of the report sheet, added and saved by openpyxl (Debian's python3-openpyxl). */
export function openpyxlComment(source: Uint8Array, address: string): Buffer {
  const dir = tempDir('openpyxl-');
  const input = join(dir, 'in.xlsx');
  const output = join(dir, 'out.xlsx');
  writeFileSync(input, source);
  const script = [
    'import sys, openpyxl',
    'from openpyxl.comments import Comment',
    'wb = openpyxl.load_workbook(sys.argv[1])',
    `wb['Báo cáo'][sys.argv[3]].comment = Comment('Đã kiểm tra lại số liệu', 'Văn thư')`,
    'wb.save(sys.argv[2])',
  ].join('\n');
  execFileSync('/usr/bin/python3', ['-c', script, input, output, address], { timeout: 60_000 });
  return readFileSync(output);
}

/** The same workbook without its sheets' comment relationships (exceljs 4.4 fails on openpyxl's absolute ones; a note changes no value). */
export async function withoutComments(source: Uint8Array): Promise<Buffer> {
  const zip = await JSZip.loadAsync(source);
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/_rels\//.test(n))) {
    const rels = await zip.file(name)!.async('string');
    zip.file(name, rels.replace(/<Relationship [^>]*(comments|vmlDrawing)[^>]*\/>/g, ''));
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/**
 * Workbooks re-saved as .xlsx by LibreOffice (headless, its own profile), all in one run: one
 * start of LibreOffice instead of one per file (the machine is shared; each start is seconds).
 */
export function libreOfficeResave(sources: readonly Uint8Array[]): Buffer[] {
  const dir = tempDir('lo-forms-');
  const inputs = sources.map((s, i) => {
    const file = join(dir, `in${i}.xlsx`);
    writeFileSync(file, s);
    return file;
  });
  const out = join(dir, 'out');
  execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', out, ...inputs], {
    timeout: 180_000,
    stdio: 'ignore',
  });
  return inputs.map((_, i) => {
    const file = join(out, `in${i}.xlsx`);
    if (!existsSync(file)) throw new Error('LibreOffice wrote no xlsx');
    return readFileSync(file);
  });
}

/** A form whose report sheet's XML is broken among the cells. */
export async function brokenSheet(source: Uint8Array): Promise<Buffer> {
  const zip = await JSZip.loadAsync(source);
  const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  zip.file('xl/worksheets/sheet1.xml', xml.replace('</row>', '</rowx>'));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/**
 * The form with XML the plain scanner leaves to saxes (src/xlsx/plain-xml.ts), as hand edits and
 * other writers leave it: a comment among the report sheet's cells, a shared string in CDATA,
 * Windows line ends inside a shared string, a `&#x…;` reference, attributes in single quotes with
 * spaces around `=`.
 */
export async function xmlOutsidePlain(source: Uint8Array): Promise<{ comment: Buffer; cdata: Buffer; crlf: Buffer; quotes: Buffer }> {
  const edit = async (name: string, change: (xml: string) => string): Promise<Buffer> => {
    const zip = await JSZip.loadAsync(source);
    const xml = await zip.file(name)!.async('string');
    const changed = change(xml);
    if (changed === xml) throw new Error(`nothing changed in ${name}`);
    zip.file(name, changed);
    return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  };
  const zip = await JSZip.loadAsync(source);
  const report = await sheetPart(zip, 'Báo cáo');
  return {
    comment: await edit(report, (xml) => xml.replace('</row>', '</row><!-- sửa tay: Văn thư -->')),
    cdata: await edit('xl/sharedStrings.xml', (xml) => xml.replace(/<si><t>([^<&]+)<\/t><\/si>/, '<si><t><![CDATA[$1 & <ghi chú>]]></t></si>')),
    crlf: await edit('xl/sharedStrings.xml', (xml) => xml.replace(/<si><t>([^<]+?) ([^<]+)<\/t><\/si>/, '<si><t xml:space="preserve">$1\r\n$2 &#x1EA1;</t></si>')),
    quotes: await edit(report, (xml) => xml.replace(/<c r="([A-Z]+\d+)" s="(\d+)"/g, "<c r = '$1'  s='$2'")),
  };
}
