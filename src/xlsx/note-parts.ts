// exceljs 4.4 reads a worksheet's notes only from parts named as Excel names them
// (xl/comments1.xml, xl/drawings/vmlDrawing1.vml), and finds them through the sheet's
// relationship Target written as Excel writes it ("../comments1.xml"). openpyxl — any script a
// clerk or an IT office runs over the forms — writes xl/comments/comment1.xml and
// xl/drawings/commentsDrawing1.vml with absolute Targets ("/xl/comments/comment1.xml"), both valid
// OOXML; exceljs then fails with "Cannot read properties of undefined (reading 'comments')".
// exceljs also reads a note's text only from rich-text runs (<text><r><t>…</t></r></text>), while
// openpyxl writes plain text (<text><t>…</t></text>, as valid): the note would come out empty, and
// an empty box in the feedback copy where the clerk's note was.
// This module, the one place that works around both, renames such note parts to exceljs's names,
// rewrites the sheet relationships (absolute Targets made relative) and wraps a note's plain text
// in a run, before exceljs reads the zip.
// A workbook that needs none of it is handed on as it came: same bytes, no second zip written.
import { createRequire } from 'node:module';
import { posix } from 'node:path';
import { Readable } from 'node:stream';

interface Relationship {
  Id: string;
  Type: string;
  Target: string;
  TargetMode?: string;
}
interface ZipEntry {
  async(type: 'uint8array'): Promise<Uint8Array>;
  async(type: 'string'): Promise<string>;
}
interface Zip {
  files: Record<string, { dir: boolean }>;
  file(name: string): ZipEntry | null;
  file(name: string, data: Uint8Array | string): Zip;
  remove(name: string): Zip;
  generateAsync(options: { type: 'nodebuffer'; compression: 'DEFLATE' }): Promise<Buffer>;
}
interface RelationshipsXformLike {
  parseStream(stream: Readable): Promise<Relationship[]>;
  toXml(model: Relationship[]): string;
}

const require = createRequire(import.meta.url);
/** exceljs's own jszip and relationship reader, required on first use (see useNotePartsNormalised). */
let exceljsParts:
  | { JSZip: { loadAsync(data: Uint8Array): Promise<Zip> }; RelationshipsXform: new () => RelationshipsXformLike; RelType: { Comments: string; VmlDrawing: string } }
  | undefined;
function fromExceljs(): NonNullable<typeof exceljsParts> {
  if (!exceljsParts) {
    const inExceljs = createRequire(require.resolve('exceljs/lib/utils/zip-stream.js'));
    exceljsParts = {
      JSZip: inExceljs('jszip') as { loadAsync(data: Uint8Array): Promise<Zip> },
      RelationshipsXform: require('exceljs/lib/xlsx/xform/core/relationships-xform.js') as new () => RelationshipsXformLike,
      RelType: require('exceljs/lib/xlsx/rel-type.js') as { Comments: string; VmlDrawing: string },
    };
  }
  return exceljsParts;
}

const SHEET_DIR = 'xl/worksheets';
const SHEET_RELS = /^\/?xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/;
/** The part names exceljs's reader recognises, and the names it gives them (xlsx.js, load). */
const EXCELJS_NAME = {
  comments: { pattern: /^xl\/comments\d+\.xml$/, name: (n: number) => `xl/comments${n}.xml` },
  vml: { pattern: /^xl\/drawings\/vmlDrawing\d+\.vml$/, name: (n: number) => `xl/drawings/vmlDrawing${n}.vml` },
} as const;

/** The workbook's bytes with its note parts named so that exceljs reads them; the same bytes when nothing needs it. */
export async function normaliseNoteParts(data: Uint8Array): Promise<Uint8Array> {
  // Zip entry names are stored uncompressed: no part or Target about notes → nothing to do.
  if (!Buffer.from(data.buffer, data.byteOffset, data.byteLength).includes('comment')) return data;
  const { JSZip, RelationshipsXform, RelType } = fromExceljs();
  const zip = await JSZip.loadAsync(data);
  const names = new Set(Object.keys(zip.files).map((n) => n.replace(/^\//, '')));
  let changed = false;
  for (const relsName of Object.keys(zip.files).filter((n) => SHEET_RELS.test(n))) {
    const rels = await new RelationshipsXform().parseStream(Readable.from([await (zip.file(relsName) as ZipEntry).async('string')]));
    let sheetChanged = false;
    for (const rel of rels ?? []) {
      if (rel.TargetMode === 'External' || !rel.Target) continue;
      const part = rel.Target.startsWith('/') ? posix.normalize(rel.Target.slice(1)) : posix.join(SHEET_DIR, rel.Target);
      const kind = rel.Type === RelType.Comments ? 'comments' : rel.Type === RelType.VmlDrawing ? 'vml' : undefined;
      let target = part;
      if (kind && !EXCELJS_NAME[kind].pattern.test(part) && names.has(part)) {
        let n = 1;
        while (names.has(EXCELJS_NAME[kind].name(n))) n++;
        target = EXCELJS_NAME[kind].name(n);
        const entry = zip.file(part) ?? zip.file(`/${part}`);
        if (!entry) continue;
        zip.file(target, kind === 'comments' ? plainTextAsRuns(await entry.async('string')) : await entry.async('uint8array'));
        zip.remove(part).remove(`/${part}`);
        names.delete(part);
        names.add(target);
      }
      const relative = posix.relative(SHEET_DIR, target);
      if (relative !== rel.Target) {
        rel.Target = relative;
        sheetChanged = true;
      }
    }
    if (sheetChanged) {
      zip.file(relsName, new RelationshipsXform().toXml(rels));
      changed = true;
    }
  }
  for (const name of [...names].filter((n) => EXCELJS_NAME.comments.pattern.test(n))) {
    const entry = zip.file(name);
    if (!entry) continue;
    const xml = await entry.async('string');
    const runs = plainTextAsRuns(xml);
    if (runs !== xml) {
      zip.file(name, runs);
      changed = true;
    }
  }
  return changed ? zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }) : data;
}

/** A comments part with each note's plain text (<text><t>…</t>) as one run (<text><r><t>…</t></r>), the form exceljs reads. */
function plainTextAsRuns(xml: string): string {
  return xml.replace(/<text>(\s*)<t(\s[^>]*)?>([\s\S]*?)<\/t>/g, '<text>$1<r><t$2>$3</t></r>');
}

// Every workbook baocao loads through exceljs (a form at ingest, the copy behind a feedback file,
// a template being filled) goes through exceljs's XLSX.load: normalise there. Installed by
// ./exceljs.ts when the first workbook is made, not on import: requiring exceljs's xlsx reader
// cost an ingest worker that reads only baocao's own forms ≈ 0.06 s as it started (bench/README.md).
type Load = (this: unknown, data: unknown, options?: { base64?: boolean }) => Promise<unknown>;

/** Has exceljs's XLSX.load normalise note parts first (see above); once per process, on exceljs's first use. */
export function useNotePartsNormalised(): void {
  const XLSX = require('exceljs/lib/xlsx/xlsx.js') as { prototype: { load: Load; notePartsNormalised?: true } };
  if (XLSX.prototype.notePartsNormalised) return;
  const load = XLSX.prototype.load;
  XLSX.prototype.load = async function (this: unknown, data: unknown, options?: { base64?: boolean }): Promise<unknown> {
    const bytes = !options?.base64 && data instanceof Uint8Array ? await normaliseNoteParts(data) : data;
    return load.call(this, bytes, options);
  };
  XLSX.prototype.notePartsNormalised = true;
}
