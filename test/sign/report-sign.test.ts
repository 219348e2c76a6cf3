import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { SAMPLES_DIR, runDemo } from '../../src/run-demo.ts';
import { captureContext } from '../helpers/cli.ts';
import { type Pki, makePki, opensslVerify, pdfsig } from './tools.ts';

/*
 * The demo's consolidated report, written and signed in one go (`report … --sign`): LibreOffice
 * renders the .docx, the signature and seal are placed in its signature block, two .p12 keys sign.
 */
const root = mkdtempSync(join(tmpdir(), 'baocao-report-sign-'));
let pki: Pki;
let db = '';
let settingsFile = '';

beforeAll(async () => {
  // The demo's store only: its own signing step is left out (no LibreOffice for it).
  const previous = process.env.BAOCAO_SOFFICE;
  process.env.BAOCAO_SOFFICE = 'none';
  try {
    db = (await runDemo({ dir: join(root, 'demo') })).paths.db;
  } finally {
    if (previous === undefined) delete process.env.BAOCAO_SOFFICE;
    else process.env.BAOCAO_SOFFICE = previous;
  }
  pki = makePki(join(root, 'pki'), [
    { name: 'signer', cn: 'Nguyễn Văn Hải', o: 'Ban Dân vận Tỉnh ủy Bình Thuận' },
    { name: 'org', cn: 'Ban Dân vận Tỉnh ủy Bình Thuận', o: 'Tỉnh ủy Bình Thuận' },
  ]);
  const report = execFileSync('cat', [join(import.meta.dirname, '..', '..', 'templates', 'report.yaml')], { encoding: 'utf8' });
  settingsFile = join(root, 'report.yaml');
  writeFileSync(
    settingsFile,
    report
      .replace('signatureBlankLines: 4', 'signatureBlankLines: 7')
      .replace('# image: ../samples/ky-so/chu-ky-mau.png', `image: ${join(SAMPLES_DIR, 'ky-so', 'chu-ky-mau.png')}`)
      .replace('# seal: ../samples/ky-so/con-dau-mau.png', `seal: ${join(SAMPLES_DIR, 'ky-so', 'con-dau-mau.png')}`),
  );
}, 120_000);

describe('baocao report --sign', () => {
  it('demo report signed with two .p12 keys → .docx and .pdf; pdfsig, openssl and baocao verify accept both signatures', async () => {
    const docx = join(root, 'bao-cao.docx');
    const pdf = join(root, 'bao-cao.pdf');
    process.env.BAOCAO_TEST_PW = 'secret';
    const ctx = captureContext();
    const code = await main(['node', 'baocao', 'report', '--plan', join(SAMPLES_DIR, 'plan-2024.yaml'), '--period', '2024-Q2', '--db', db, '-o', docx,
      '--config', settingsFile, '--signer', 'Nguyễn Văn Hải', '--sign', '--p12', pki.p12('signer'), '--org-p12', pki.p12('org'),
      '--password-env', 'BAOCAO_TEST_PW', '--org-password-env', 'BAOCAO_TEST_PW', '--json'], ctx);
    delete process.env.BAOCAO_TEST_PW;
    const out = JSON.parse(ctx.out.join('')) as { signed: { path: string; signatures: Array<{ role: string }> }; findings: Array<{ code: string }> };
    expect(code).toBe(0);
    expect(out.signed.path).toBe(pdf);
    expect(out.findings.map((f) => f.code)).not.toContain('sign/mark-shrunk');
    expect(pdfsig(pdf)).toEqual(['Signature is Valid.', 'Signature is Valid.']);
    expect(opensslVerify(pdf, pki.ca, root)).toEqual([true, true]);
    const verify = captureContext();
    expect(await main(['node', 'baocao', 'verify', pdf], verify)).toBe(0);
    // The page holding the signature block carries both images; the first page the signing text.
    const page = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).split('\f').findIndex((p) => p.normalize('NFC').includes('PHÓ TRƯỞNG BAN')) + 1;
    const images = execFileSync('pdfimages', ['-list', '-f', String(page), '-l', String(page), pdf], { encoding: 'utf8' }).split('\n').filter((l) => l.trim().split(/\s+/)[2] === 'image');
    expect(images).toHaveLength(2);
    expect(execFileSync('pdftotext', ['-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' }).normalize('NFC')).toMatch(/Thời gian ký: \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00/);
  });
});
