import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { parseDocument } from 'yaml';
import { prepareBytes } from '../../src/ingest/prepare-file.ts';
import { inspectZip } from '../../src/ingest/zip-inspect.ts';
import { openStore } from '../../src/store/index.ts';
import { ExplainedError, describeError, fileErrorText, yamlErrorText } from '../../src/vi/errors.ts';
import { goodWorkbook } from '../fixtures/bad-inputs.ts';
import { samplePlan } from '../ingest/setup.ts';

/** Words of the libraries' and Node's English messages that Vietnamese text never has. */
const ENGLISH = /\b(the|not|no|such|file|found|is|of|permission|denied|directory|signature|unexpected|invalid|database|error)\b/i;

const dir = mkdtempSync(join(tmpdir(), 'errors-'));

/** The error a real call throws. */
function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('errors in Vietnamese', () => {
  it("Node's file errors → Vietnamese with the system's code, none of Node's English", () => {
    const missing = describeError(thrown(() => readFileSync(join(dir, 'khong-co.xlsx'))));
    expect(missing).toBe('không tìm thấy tệp hoặc thư mục (mã lỗi ENOENT)');
    const folder = describeError(thrown(() => readFileSync(dir)));
    expect(folder).toBe('đây là thư mục, không phải tệp (mã lỗi EISDIR)');
    for (const text of [missing, folder]) expect(text).not.toMatch(ENGLISH);
    expect(fileErrorText(new Error('plain'))).toBeUndefined();
  });

  it('a truncated or garbled zip → why in Vietnamese, not yauzl\'s message', async () => {
    const zip = Buffer.from('UEsDBAoAAAAAAAAAIQAAAAAAAAAAAAAAAAAAAAAAAAA=', 'base64'); // a local header, cut short
    for (const bytes of [zip, Buffer.concat([zip, Buffer.alloc(200, 7)])]) {
      const r = await inspectZip(bytes);
      expect(r.ok).toBe(false);
      if (r.ok || r.problem !== 'truncated') throw new Error('expected truncated');
      expect(r.reason).toMatch(/tệp nén|bị cắt ngắn|bị hỏng/);
      expect(r.reason).not.toMatch(ENGLISH);
    }
  });

  it('a workbook whose sheet XML is cut off → "nội dung XML bên trong tệp bị hỏng", not the XML parser\'s English', async () => {
    const zip = await JSZip.loadAsync(await goodWorkbook());
    for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
      const xml = await zip.file(name)!.async('string');
      zip.file(name, `${xml.slice(0, xml.indexOf('<sheetData>') + 200).replace(/<[^<]*$/, '')}</c></row>`);
    }
    const { plan, hash } = await samplePlan();
    const prepared = await prepareBytes(await zip.generateAsync({ type: 'nodebuffer' }), 'xml-hong.xlsx', plan, hash);
    expect(prepared.read.findings.map((f) => [f.code, f.message])).toEqual([
      ['ingest/unreadable', 'Không đọc được nội dung bảng tính: nội dung XML bên trong tệp bị hỏng.'],
    ]);
  });

  it('YAML syntax errors → what to fix, in Vietnamese, with the column', () => {
    const first = (text: string) => {
      const e = parseDocument(text, { prettyErrors: true, uniqueKeys: true }).errors[0];
      if (!e) throw new Error(`no error for ${JSON.stringify(text)}`);
      return yamlErrorText(e);
    };
    expect(first('id: a\n\tyear: 2024\n')).toBe('thụt lề bằng phím Tab; chỉ được thụt lề bằng dấu cách (cột 1)');
    expect(first('id: a\nid: b\n')).toMatch(/^một trường được khai báo hai lần/);
    expect(first('title: [chưa đóng\nyear: 2024\n')).toMatch(/^dấu ngoặc \[ hoặc \{ chưa được đóng/);
    expect(first('title: "chưa đóng\n')).toMatch(/^thiếu ký tự đóng/);
    for (const text of ['a:\n  - b\n c: 1', 'key value\nx: 1']) expect(first(text)).not.toMatch(ENGLISH);
  });

  it('SQLite: a file that is not a database, a store from a newer baocao → Vietnamese, the file untouched', () => {
    const bogus = join(dir, 'khong-phai.db');
    writeFileSync(bogus, 'không phải SQLite '.repeat(100));
    const before = readFileSync(bogus);
    expect(describeError(thrown(() => openStore(bogus)))).toBe('tệp không phải cơ sở dữ liệu của baocao');
    expect(readFileSync(bogus)).toEqual(before);

    const newer = join(dir, 'moi-hon.db');
    openStore(newer).close();
    const db = new Database(newer);
    db.pragma('user_version = 999');
    db.close();
    expect(describeError(thrown(() => openStore(newer)))).toMatch(/^tệp được tạo bởi phiên bản baocao mới hơn/);
  });

  it('an error nobody foresaw → "lỗi không xác định" with its first line as a labelled technical note; an ExplainedError as it is', () => {
    expect(describeError(new TypeError('Cannot read properties of undefined (reading "x")\n    at f (a.js:1:1)'))).toBe(
      'lỗi không xác định (chi tiết kỹ thuật: Cannot read properties of undefined (reading "x"))',
    );
    expect(describeError(new ExplainedError('luồng đọc tệp dừng đột ngột'))).toBe('luồng đọc tệp dừng đột ngột');
    expect(describeError('')).toBe('lỗi không xác định');
  });
});
