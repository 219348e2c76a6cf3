import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDF, rgb } from '@libpdf/core';

/*
 * Test tools for signing: a throw-away PKI made with the openssl CLI, a small report-like PDF
 * made without LibreOffice, and the two independent verifiers (poppler's pdfsig, openssl cms).
 */

export interface Pki {
  dir: string;
  ca: string;
  p12: (name: string) => string;
  pem: (name: string) => string;
  key: (name: string) => string;
}

const openssl = (args: string[], cwd: string) => execFileSync('openssl', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });

/** A CA and leaf certificates signed by it; each leaf also as a .p12 with password "secret". */
export function makePki(dir: string, leaves: Array<{ name: string; cn: string; o: string; keyUsage?: string; days?: number }>): Pki {
  mkdirSync(dir, { recursive: true });
  openssl(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '30', '-subj', '/CN=CA thử nghiệm/O=Test', '-utf8',
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign'], dir);
  for (const leaf of leaves) {
    writeFileSync(join(dir, `${leaf.name}.ext`), `basicConstraints=CA:FALSE\nkeyUsage=critical,${leaf.keyUsage ?? 'digitalSignature,nonRepudiation'}\n`);
    openssl(['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${leaf.name}.key`, '-out', `${leaf.name}.csr`, '-subj', `/CN=${leaf.cn}/O=${leaf.o}`, '-utf8'], dir);
    openssl(['x509', '-req', '-in', `${leaf.name}.csr`, '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', `${leaf.name}.pem`,
      '-days', String(leaf.days ?? 10), '-extfile', `${leaf.name}.ext`], dir);
    openssl(['pkcs12', '-export', '-inkey', `${leaf.name}.key`, '-in', `${leaf.name}.pem`, '-certfile', 'ca.pem', '-out', `${leaf.name}.p12`, '-passout', 'pass:secret', '-name', leaf.name], dir);
  }
  return { dir, ca: join(dir, 'ca.pem'), p12: (n) => join(dir, `${n}.p12`), pem: (n) => join(dir, `${n}.pem`), key: (n) => join(dir, `${n}.key`) };
}

export const FONT = '/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf';

/** An A4 page with a signature block like the report's: authority, title, room, name; text left and above. */
export async function makeReportPdf(): Promise<Uint8Array> {
  const pdf = PDF.create();
  const page = pdf.addPage({ size: 'a4' });
  const font = pdf.embedFont(readFileSync(FONT));
  const text = (t: string, x: number, y: number) => page.drawText(t, { x, y, font, size: 14, color: rgb(0, 0, 0) });
  text('ĐẢNG CỘNG SẢN VIỆT NAM', 330, 780);
  text('BÁO CÁO kết quả thực hiện nhiệm vụ trọng tâm', 120, 700);
  text('Nơi nhận:', 85, 420);
  text('- Thường trực Tỉnh ủy (b/c),', 85, 402);
  text('K/T TRƯỞNG BAN', 380, 420);
  text('PHÓ TRƯỞNG BAN', 378, 402);
  text('Nguyễn Văn Hải', 385, 290);
  return pdf.save();
}

/** pdfsig's verdict per signature ("Signature is Valid.", "Digest Mismatch.", …); its exit code means nothing. */
export function pdfsig(file: string): string[] {
  const out = spawnSync('pdfsig', ['-nocert', file], { encoding: 'utf8' }).stdout;
  return [...out.matchAll(/Signature Validation: (.*)/g)].map((m) => (m[1] ?? '').trim());
}

/** Every signature's ByteRange and DER /Contents, read from the file's bytes. */
export function signatureParts(bytes: Buffer): Array<{ data: Buffer; der: Buffer }> {
  const text = bytes.toString('latin1');
  return [...text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)].map((m) => {
    const [o1, l1, o2, l2] = m.slice(1, 5).map(Number) as [number, number, number, number];
    const data = Buffer.concat([bytes.subarray(o1, o1 + l1), bytes.subarray(o2, o2 + l2)]);
    const hex = bytes.subarray(l1 + 1, o2 - 1).toString('latin1');
    const padded = Buffer.from(hex, 'hex');
    // The DER is followed by zero padding: keep the SEQUENCE's own length (30 82 LL LL …).
    const length = padded[1] === 0x82 ? 4 + padded.readUInt16BE(2) : padded[1] === 0x83 ? 5 + padded.readUIntBE(2, 3) : 2 + (padded[1] ?? 0);
    return { data, der: padded.subarray(0, length) };
  });
}

/** `openssl cms -verify` of each signature over its signed bytes, with the test CA: true when it verifies. */
export function opensslVerify(file: string, ca: string, workDir: string): boolean[] {
  return signatureParts(readFileSync(file)).map((part, i) => {
    const data = join(workDir, `range-${i}.bin`);
    const der = join(workDir, `sig-${i}.der`);
    writeFileSync(data, part.data);
    writeFileSync(der, part.der);
    const r = spawnSync('openssl', ['cms', '-verify', '-binary', '-inform', 'DER', '-in', der, '-content', data, '-CAfile', ca, '-purpose', 'any', '-out', '/dev/null'], { encoding: 'utf8' });
    return r.status === 0 && /Verification successful/.test(r.stderr);
  });
}
