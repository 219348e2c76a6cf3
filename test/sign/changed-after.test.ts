import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDF, rgb } from '@libpdf/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadReportSettings } from '../../src/report/index.ts';
import { isoVietnam, signReport, verifyPdf } from '../../src/sign/index.ts';
import { type Pki, makePki, makeReportPdf } from './tools.ts';

const root = mkdtempSync(join(tmpdir(), 'baocao-changed-'));
let pki: Pki;
let signed: Uint8Array;

beforeAll(async () => {
  pki = makePki(join(root, 'pki'), [{ name: 'signer', cn: 'Nguyễn Văn Hải', o: 'Ban Dân vận' }]);
  const settings = { ...(await loadReportSettings()), signing: { signatures: ['signer' as const], requireImages: false } };
  const result = await signReport({ bytes: await makeReportPdf(), file: 'x.pdf', settings: settings as never, settingsDir: root, keys: { signer: { kind: 'p12', file: pki.p12('signer'), password: 'secret' } } });
  signed = result.bytes;
}, 60_000);

describe('verifyPdf: changes after signing', () => {
  it('nothing appended → changedAfter none', async () => {
    expect((await verifyPdf(signed)).map((c) => [c.valid, c.changedAfter])).toEqual([[true, 'none']]);
  });

  it('text drawn on the page in a later incremental revision → still a valid CMS, but changedAfter content', async () => {
    const pdf = await PDF.load(signed);
    pdf.getPage(0)?.drawText('Sửa sau khi ký', { x: 100, y: 100, size: 12, color: rgb(0, 0, 0) });
    const edited = await pdf.save({ incremental: true });
    expect((await verifyPdf(edited)).map((c) => [c.valid, c.changedAfter, c.coversWholeFile])).toEqual([[true, 'content', false]]);
  });
});

describe('isoVietnam', () => {
  it('02:30 UTC → 09:30 the same day, +07:00', () => {
    expect(isoVietnam(new Date('2024-07-12T02:30:00Z'))).toBe('2024-07-12T09:30:00+07:00');
  });
  it('20:00 UTC → 03:00 the next day in Vietnam', () => {
    expect(isoVietnam(new Date('2024-12-31T20:00:00Z'))).toBe('2025-01-01T03:00:00+07:00');
  });
});
