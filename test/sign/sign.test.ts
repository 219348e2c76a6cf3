import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import type { ReportSettings } from '../../src/model/report.ts';
import type { SigningSettingsInput } from '../../src/model/sign.ts';
import { loadReportSettings } from '../../src/report/index.ts';
import { type KeySource, SignError, signReport, verifyPdf } from '../../src/sign/index.ts';
import { captureContext } from '../helpers/cli.ts';
import { type Pki, makePki, makeReportPdf, opensslVerify, pdfsig } from './tools.ts';

/*
 * Signing a report-like PDF (made without LibreOffice) with .p12 keys from a throw-away CA,
 * checked by poppler's pdfsig and by openssl cms, and every bad input refused with its code.
 */
const root = mkdtempSync(join(tmpdir(), 'baocao-sign-'));
const SAMPLES = join(import.meta.dirname, '..', '..', 'samples', 'ky-so');
const IMAGES = { signer: { image: join(SAMPLES, 'chu-ky-mau.png') }, organization: { seal: join(SAMPLES, 'con-dau-mau.png') } };
let pki: Pki;
let pdf: Uint8Array;
let settings: ReportSettings;

beforeAll(async () => {
  pki = makePki(join(root, 'pki'), [
    { name: 'signer', cn: 'Nguyễn Văn Hải', o: 'Ban Dân vận Tỉnh ủy Bình Thuận' },
    { name: 'org', cn: 'Ban Dân vận Tỉnh ủy Bình Thuận', o: 'Tỉnh ủy Bình Thuận' },
    { name: 'encrypt-only', cn: 'Khóa mã hóa', o: 'Test', keyUsage: 'keyEncipherment' },
  ]);
  pdf = await makeReportPdf();
  settings = await loadReportSettings();
}, 60_000);

const p12 = (name: string, password = 'secret'): KeySource => ({ kind: 'p12', file: pki.p12(name), password });
const withSigning = (signing: SigningSettingsInput): ReportSettings => ({ ...settings, signing: signing as ReportSettings['signing'] });
const keys = () => ({ signer: p12('signer'), organization: p12('org') });

async function codesOf(run: Promise<unknown>): Promise<string[]> {
  try {
    await run;
  } catch (error) {
    if (error instanceof SignError) return error.findings.map((f) => f.code);
    throw error;
  }
  return [];
}

describe('signReport with .p12 keys', () => {
  let file = '';
  beforeAll(async () => {
    const result = await signReport({ bytes: pdf, file: 'bao-cao.pdf', settings: withSigning(IMAGES), settingsDir: root, keys: keys() });
    file = join(root, 'signed.pdf');
    writeFileSync(file, result.bytes);
  }, 60_000);

  it('signer then organisation → pdfsig says both signatures are valid', () => {
    expect(pdfsig(file)).toEqual(['Signature is Valid.', 'Signature is Valid.']);
  });

  it('each signature → openssl cms -verify over its byte ranges succeeds with the test CA', () => {
    expect(opensslVerify(file, pki.ca, root)).toEqual([true, true]);
  });

  it('verifyPdf → two valid signatures, names from the certificates, the first followed only by additions', async () => {
    const checks = await verifyPdf(readFileSync(file));
    expect(checks.map((c) => [c.valid, c.signerName, c.changedAfter, c.coversWholeFile])).toEqual([
      [true, 'Nguyễn Văn Hải', 'additions', false],
      [true, 'Ban Dân vận Tỉnh ủy Bình Thuận', 'none', true],
    ]);
    expect(checks.map((c) => c.location)).toEqual(['Bình Thuận', 'Bình Thuận']);
  });

  it('visible signature → the signature and seal images on the page, the organisation and ISO time as text', () => {
    const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).split('\n').filter((l) => /^\s*1\s+\d+\s+image/.test(l));
    expect(images).toHaveLength(2);
    const text = execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' }).normalize('NFC');
    expect(text).toContain('Ký số bởi: Ban Dân vận Tỉnh ủy');
    expect(text).toMatch(/Thời gian ký: \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00/);
  });

  it('one byte changed inside the signed range → pdfsig, openssl and baocao verify all say invalid', async () => {
    const bytes = readFileSync(file);
    const at = bytes.indexOf('stream') + 20; // inside the first page's content, covered by both signatures
    bytes[at] = (bytes[at] as number) ^ 0x01;
    const tampered = join(root, 'tampered.pdf');
    writeFileSync(tampered, bytes);
    expect(pdfsig(tampered).every((v) => v !== 'Signature is Valid.')).toBe(true);
    expect(pdfsig(tampered)).toHaveLength(2);
    expect(opensslVerify(tampered, pki.ca, root)).toEqual([false, false]);
    const ctx = captureContext();
    const code = await main(['node', 'baocao', 'verify', tampered, '--json'], ctx);
    const out = JSON.parse(ctx.out.join('')) as { valid: boolean; signatures: Array<{ valid: boolean; problem: string }> };
    expect(code).toBe(1);
    expect(out.valid).toBe(false);
    expect(out.signatures.map((s) => [s.valid, s.problem])).toEqual([[false, 'digest'], [false, 'digest']]);
  });

  it('baocao verify of the signed file → exit 0, two signatures in the JSON', async () => {
    const ctx = captureContext();
    const code = await main(['node', 'baocao', 'verify', file, '--json'], ctx);
    expect(code).toBe(0);
    expect((JSON.parse(ctx.out.join('')) as { signatures: unknown[] }).signatures).toHaveLength(2);
  });

  it('verify --ca with the test CA → every signature trusted; --ca of another CA → not trusted, exit 1', async () => {
    const other = makePki(join(root, 'other-ca'), []);
    const trusted = captureContext();
    expect(await main(['node', 'baocao', 'verify', file, '--ca', pki.ca, '--json'], trusted)).toBe(0);
    expect((JSON.parse(trusted.out.join('')) as { signatures: Array<{ trusted: boolean }> }).signatures.map((x) => x.trusted)).toEqual([true, true]);
    const foreign = captureContext();
    expect(await main(['node', 'baocao', 'verify', file, '--ca', other.ca, '--json'], foreign)).toBe(1);
    expect((JSON.parse(foreign.out.join('')) as { signatures: Array<{ trusted: boolean }> }).signatures.map((x) => x.trusted)).toEqual([false, false]);
  });

  it('a signed PDF signed again → sign/already-signed', async () => {
    expect(await codesOf(signReport({ bytes: readFileSync(file), file: 'x.pdf', settings: withSigning(IMAGES), settingsDir: root, keys: keys() }))).toEqual(['sign/already-signed']);
  });
});

describe('signReport refuses bad input', () => {
  const sign = (over: Partial<Parameters<typeof signReport>[0]>) =>
    codesOf(signReport({ bytes: pdf, file: 'bao-cao.pdf', settings: withSigning(IMAGES), settingsDir: root, keys: keys(), ...over }));
  const DAY = 86_400_000;

  it('wrong .p12 password → sign/wrong-password', async () => {
    expect(await sign({ keys: { signer: p12('signer', 'sai-mat-khau'), organization: p12('org') } })).toEqual(['sign/wrong-password']);
  });
  it('signing time after the certificate expired → sign/cert-expired for both keys', async () => {
    expect(await sign({ now: new Date(Date.now() + 60 * DAY) })).toEqual(['sign/cert-expired', 'sign/cert-expired']);
  });
  it('signing time before the certificate is valid → sign/cert-not-yet-valid', async () => {
    expect(await sign({ now: new Date(Date.now() - 5 * DAY) })).toEqual(['sign/cert-not-yet-valid', 'sign/cert-not-yet-valid']);
  });
  it('certificate for key encipherment only → sign/cert-key-usage', async () => {
    expect(await sign({ keys: { signer: p12('encrypt-only'), organization: p12('org') } })).toEqual(['sign/cert-key-usage']);
  });
  it('signature image that is not an image → sign/image-unreadable', async () => {
    const bad = join(root, 'hong.png');
    writeFileSync(bad, 'không phải ảnh');
    expect(await sign({ settings: withSigning({ ...IMAGES, signer: { image: bad } }) })).toEqual(['sign/image-unreadable']);
  });
  it('seal image missing on disk → sign/image-unreadable', async () => {
    expect(await sign({ settings: withSigning({ ...IMAGES, organization: { seal: join(root, 'khong-co.png') } }) })).toEqual(['sign/image-unreadable']);
  });
  it('no image set while images are required → sign/image-not-set', async () => {
    expect(await sign({ settings: withSigning({}) })).toEqual(['sign/image-not-set']);
  });
  it('organisation signature wanted but no key for it → sign/key-missing', async () => {
    expect(await sign({ keys: { signer: p12('signer') } })).toEqual(['sign/key-missing']);
  });
  it('a file that is neither PDF nor docx → sign/input-kind', async () => {
    expect(await sign({ bytes: new TextEncoder().encode('xin chào') })).toEqual(['sign/input-kind']);
  });
});

describe('signing settings', () => {
  it('requireImages false and no images → both signatures valid, no image drawn', async () => {
    const result = await signReport({ bytes: pdf, file: 'x.pdf', settings: withSigning({ requireImages: false }), settingsDir: root, keys: keys() });
    const file = join(root, 'no-images.pdf');
    writeFileSync(file, result.bytes);
    expect(pdfsig(file)).toEqual(['Signature is Valid.', 'Signature is Valid.']);
    expect(execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' })).not.toMatch(/^\s*1\s+\d+\s+image/m);
  });
  it('signatures [signer] → one signature, the organisation needs no key', async () => {
    const result = await signReport({ bytes: pdf, file: 'x.pdf', settings: withSigning({ ...IMAGES, signatures: ['signer'] }), settingsDir: root, keys: { signer: p12('signer') } });
    expect(result.signed.map((s) => s.role)).toEqual(['signer']);
  });
});

describe('baocao sign', () => {
  it('wrong password → exit 2, sign/wrong-password, no output file, the password never printed', async () => {
    const settingsFile = join(root, 'report.yaml');
    writeFileSync(settingsFile, `signer:\n  title: PHÓ TRƯỞNG BAN\nrecipients: [Lưu]\nsigning:\n  requireImages: false\n`);
    const input = join(root, 'input.pdf');
    writeFileSync(input, pdf);
    const output = join(root, 'out-wrong.pdf');
    process.env.BAOCAO_TEST_PW = 'mat-khau-sai-123';
    const ctx = captureContext();
    const code = await main(['node', 'baocao', 'sign', input, '-o', output, '--config', settingsFile, '--p12', pki.p12('signer'), '--org-p12', pki.p12('org'),
      '--password-env', 'BAOCAO_TEST_PW', '--org-password-env', 'BAOCAO_TEST_PW', '--json'], ctx);
    delete process.env.BAOCAO_TEST_PW;
    expect(code).toBe(2);
    const out = JSON.parse(ctx.out.join('')) as { findings: Array<{ code: string }> };
    expect(out.findings.map((f) => f.code)).toContain('sign/wrong-password');
    expect(existsSync(output)).toBe(false);
    expect([...ctx.out, ...ctx.err].join('\n')).not.toContain('mat-khau-sai-123');
  });

  it('no signature image set → sign/image-not-set before any password is asked for', async () => {
    const settingsFile = join(root, 'report-no-image.yaml');
    writeFileSync(settingsFile, `signer:\n  title: PHÓ TRƯỞNG BAN\nrecipients: [Lưu]\n`);
    const input = join(root, 'input-2.pdf');
    writeFileSync(input, pdf);
    const ctx = captureContext();
    const code = await main(['node', 'baocao', 'sign', input, '-o', join(root, 'out-2.pdf'), '--config', settingsFile, '--p12', pki.p12('signer'), '--org-p12', pki.p12('org'),
      '--password-env', 'BAOCAO_UNSET_VARIABLE', '--json'], ctx);
    expect(code).toBe(2);
    expect((JSON.parse(ctx.out.join('')) as { findings: Array<{ code: string }> }).findings.map((f) => f.code)).toEqual(['sign/image-not-set']);
  });

  it('settings with only the organisation signature → --p12 serves the organisation, one signature', async () => {
    const settingsFile = join(root, 'report-org.yaml');
    writeFileSync(settingsFile, `signer:\n  title: PHÓ TRƯỞNG BAN\nrecipients: [Lưu]\nsigning:\n  signatures: [organization]\n  requireImages: false\n`);
    const input = join(root, 'input-3.pdf');
    writeFileSync(input, pdf);
    const output = join(root, 'out-3.pdf');
    process.env.BAOCAO_TEST_PW = 'secret';
    const ctx = captureContext();
    const code = await main(['node', 'baocao', 'sign', input, '-o', output, '--config', settingsFile, '--p12', pki.p12('org'), '--password-env', 'BAOCAO_TEST_PW', '--json'], ctx);
    delete process.env.BAOCAO_TEST_PW;
    expect(code).toBe(0);
    expect((JSON.parse(ctx.out.join('')) as { signatures: Array<{ role: string }> }).signatures.map((x) => x.role)).toEqual(['organization']);
    expect(pdfsig(output)).toEqual(['Signature is Valid.']);
  });
});
