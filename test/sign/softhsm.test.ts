import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { captureContext } from '../helpers/cli.ts';
import { type Pki, makePki, makeReportPdf, opensslVerify, pdfsig } from './tools.ts';

/*
 * A USB token, simulated by SoftHSM: the signer's and the organisation's keys are written onto
 * the token (pkcs11-tool), and `baocao sign --pkcs11` signs with them there; the private keys
 * never leave the token.
 */
const MODULE = '/usr/lib/softhsm/libsofthsm2.so';
const root = mkdtempSync(join(tmpdir(), 'baocao-hsm-'));
let pki: Pki;
let input = '';
let settingsFile = '';
const previousConf = process.env.SOFTHSM2_CONF;

function putOnToken(name: string, id: string): void {
  const der = (args: string[], out: string) => execFileSync('openssl', [...args, '-out', out], { cwd: pki.dir });
  der(['pkcs8', '-topk8', '-nocrypt', '-in', `${name}.key`, '-outform', 'DER'], `${name}.key.der`);
  der(['x509', '-in', `${name}.pem`, '-outform', 'DER'], `${name}.cert.der`);
  const tool = (file: string, type: string) =>
    execFileSync('pkcs11-tool', ['--module', MODULE, '--login', '--pin', '1234', '--write-object', join(pki.dir, file), '--type', type, '--id', id, '--label', name], { stdio: 'pipe' });
  tool(`${name}.key.der`, 'privkey');
  tool(`${name}.cert.der`, 'cert');
}

beforeAll(async () => {
  const tokens = join(root, 'tokens');
  mkdirSync(tokens);
  const conf = join(root, 'softhsm2.conf');
  writeFileSync(conf, `directories.tokendir = ${tokens}\nobjectstore.backend = file\nlog.level = ERROR\n`);
  process.env.SOFTHSM2_CONF = conf;
  execFileSync('softhsm2-util', ['--init-token', '--free', '--label', 'test', '--pin', '1234', '--so-pin', '5678'], { stdio: 'pipe' });
  pki = makePki(join(root, 'pki'), [
    { name: 'signer', cn: 'Trần Thị Bình', o: 'Ban Dân vận Tỉnh ủy Bình Thuận' },
    { name: 'org', cn: 'Ban Dân vận Tỉnh ủy Bình Thuận', o: 'Tỉnh ủy Bình Thuận' },
  ]);
  putOnToken('signer', '01');
  putOnToken('org', '02');
  input = join(root, 'bao-cao.pdf');
  writeFileSync(input, await makeReportPdf());
  settingsFile = join(root, 'report.yaml');
  const samples = join(import.meta.dirname, '..', '..', 'samples', 'ky-so');
  writeFileSync(settingsFile, `signer:\n  title: PHÓ TRƯỞNG BAN\nrecipients: [Lưu]\nsigning:\n  signer:\n    image: ${join(samples, 'chu-ky-mau.png')}\n  organization:\n    seal: ${join(samples, 'con-dau-mau.png')}\n`);
}, 60_000);

afterAll(() => {
  if (previousConf === undefined) delete process.env.SOFTHSM2_CONF;
  else process.env.SOFTHSM2_CONF = previousConf;
});

async function sign(output: string, pin: string) {
  process.env.BAOCAO_TEST_PIN = pin;
  const ctx = captureContext();
  const code = await main(['node', 'baocao', 'sign', input, '-o', output, '--config', settingsFile, '--pkcs11', MODULE,
    '--key-label', 'signer', '--org-key-label', 'org', '--password-env', 'BAOCAO_TEST_PIN', '--org-password-env', 'BAOCAO_TEST_PIN', '--json'], ctx);
  delete process.env.BAOCAO_TEST_PIN;
  return { code, json: JSON.parse(ctx.out.join('')) as { signatures: Array<{ role: string; signerName: string }>; findings: Array<{ code: string }> }, printed: [...ctx.out, ...ctx.err].join('\n') };
}

describe('baocao sign --pkcs11 (SoftHSM token)', () => {
  it('both keys on the token → two signatures that pdfsig and openssl cms accept', async () => {
    const output = join(root, 'signed.pdf');
    const r = await sign(output, '1234');
    expect(r.code).toBe(0);
    expect(r.json.signatures.map((s) => [s.role, s.signerName])).toEqual([['signer', 'Trần Thị Bình'], ['organization', 'Ban Dân vận Tỉnh ủy Bình Thuận']]);
    expect(pdfsig(output)).toEqual(['Signature is Valid.', 'Signature is Valid.']);
    expect(opensslVerify(output, pki.ca, root)).toEqual([true, true]);
  });

  it('wrong PIN → exit 2, sign/wrong-pin, no output file, the PIN never printed', async () => {
    const output = join(root, 'wrong-pin.pdf');
    const r = await sign(output, '98765');
    expect(r.code).toBe(2);
    expect(r.json.findings.map((f) => f.code)).toEqual(['sign/wrong-pin']);
    expect(existsSync(output)).toBe(false);
    expect(r.printed).not.toContain('98765');
  });
});
