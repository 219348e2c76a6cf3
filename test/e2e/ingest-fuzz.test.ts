import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { ingestFiles } from '../../src/ingest/index.ts';
import { openStore } from '../../src/store/index.ts';
import { goodWorkbook, seededRandom } from '../fixtures/bad-inputs.ts';
import { samplePlan, tempDir } from '../ingest/setup.ts';

const RAW_VARIANTS = 150;
const XML_VARIANTS = 150;

/** Flips, drops, duplicates or truncates bytes of the zip itself. */
function mutateBytes(good: Buffer, rnd: () => number): Buffer {
  const b = Buffer.from(good);
  const kind = Math.floor(rnd() * 4);
  if (kind === 0) {
    for (let i = 0, n = 1 + Math.floor(rnd() * 20); i < n; i++) b[Math.floor(rnd() * b.length)] = Math.floor(rnd() * 256);
    return b;
  }
  const at = Math.floor(rnd() * b.length);
  if (kind === 1) return b.subarray(0, at);
  if (kind === 2) return Buffer.concat([b.subarray(0, at), b.subarray(Math.min(b.length, at + 1 + Math.floor(rnd() * 64)))]);
  return Buffer.concat([b.subarray(0, at), b.subarray(at, Math.min(b.length, at + 64)), b.subarray(at)]);
}

/** Changes characters inside the XML parts (sheets, shared strings, workbook), then zips again: a valid zip with damaged content. */
async function mutateXml(good: Buffer, rnd: () => number): Promise<Buffer> {
  const zip = await JSZip.loadAsync(good);
  const parts = Object.keys(zip.files).filter((n) => /^xl\/(worksheets\/sheet\d+|sharedStrings|workbook|styles)\.xml$/.test(n));
  const part = parts[Math.floor(rnd() * parts.length)] as string;
  const xml = await zip.file(part)?.async('string') ?? '';
  const chars = [...xml];
  const alphabet = '<>/="\'0123456789.-,abcdefghijklmnopqrstuvwxyz ';
  for (let i = 0, n = 1 + Math.floor(rnd() * 12); i < n; i++) {
    const at = Math.floor(rnd() * chars.length);
    const op = rnd();
    if (op < 0.4) chars[at] = alphabet[Math.floor(rnd() * alphabet.length)] as string;
    else if (op < 0.7) chars.splice(at, 1 + Math.floor(rnd() * 40));
    else chars.splice(at, 0, ...chars.slice(Math.max(0, at - 30), at));
  }
  zip.file(part, chars.join(''));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('byte-mutation fuzz', () => {
  it(`${RAW_VARIANTS + XML_VARIANTS} damaged variants of a valid workbook → never throws, every stored submission complete`, async () => {
    const { plan, hash } = await samplePlan();
    const good = await goodWorkbook();
    const rnd = seededRandom(20240327);
    const dir = tempDir('fuzz-');
    for (let i = 0; i < RAW_VARIANTS; i++) writeFileSync(join(dir, `raw-${String(i).padStart(3, '0')}.xlsx`), mutateBytes(good, rnd));
    for (let i = 0; i < XML_VARIANTS; i++) writeFileSync(join(dir, `xml-${String(i).padStart(3, '0')}.xlsx`), await mutateXml(good, rnd));

    const store = openStore(join(dir, 'fuzz.db'));
    const result = await ingestFiles([dir], { plan, planHash: hash, store });
    expect(result.files).toHaveLength(RAW_VARIANTS + XML_VARIANTS);
    for (const f of result.files) {
      expect(['accepted', 'superseded', 'duplicate', 'rejected', 'unreadable']).toContain(f.outcome);
      // A refused file always says why.
      if (f.outcome === 'rejected' || f.outcome === 'unreadable') expect(f.findings.some((x) => x.severity === 'error')).toBe(true);
    }
    const taskIds = plan.tasks.filter((t) => t.org === 'HCCB').map((t) => t.id);
    const targetIds = plan.targets.filter((t) => taskIds.includes(t.task)).map((t) => t.id);
    const stored = store.submissionHistory(plan.id, 'HCCB', '2024-Q1');
    for (const s of stored) {
      expect(s.tasks.map((t) => t.taskId).sort()).toEqual([...taskIds].sort());
      expect(s.targets.map((t) => t.targetId).sort()).toEqual([...targetIds].sort());
    }
    expect(store.currentSubmissions(plan.id, '2024-Q1').length).toBeLessThanOrEqual(1);
    expect(store.ingestLog()).toHaveLength(RAW_VARIANTS + XML_VARIANTS);
    store.close();
  }, 180_000);
});
