import { webcrypto } from 'node:crypto';
import { PDF } from '@libpdf/core';
import { Certificate, CryptoEngine, setEngine } from 'pkijs';
import type { SignatureCheck } from '../model/sign.ts';
import { readCertificate } from './certificate.ts';
import { listSignatures, pageFingerprints, pdfDateToIso, readCms, type SignatureEntry } from './signatures.ts';

function signedBytes(bytes: Uint8Array, range: number[]): Uint8Array | null {
  const [o1, l1, o2, l2] = range;
  if (range.length !== 4 || [o1, l1, o2, l2].some((n) => n === undefined || !Number.isInteger(n) || n < 0)) return null;
  if (o1 !== 0 || (o2 as number) < (l1 as number) || (o2 as number) + (l2 as number) > bytes.length) return null;
  const out = new Uint8Array((l1 as number) + (l2 as number));
  out.set(bytes.subarray(0, l1), 0);
  out.set(bytes.subarray(o2, (o2 as number) + (l2 as number)), l1 as number);
  return out;
}

/** The gap between the two ranges must be exactly the /Contents hex string: nothing else left unsigned. */
function gapIsContents(bytes: Uint8Array, range: number[]): boolean {
  const [, l1 = 0, o2 = 0] = range;
  const gap = Buffer.from(bytes.subarray(l1, o2)).toString('latin1');
  return /^<[0-9a-fA-F]*>$/.test(gap);
}

/**
 * pkijs keeps one crypto engine per process, and @libpdf/core installs its own (for PKCS#12
 * decryption) when it signs; that one cannot verify. Verification installs Node's WebCrypto
 * engine first; @libpdf/core puts its engine back by itself the next time it needs it.
 */
function useNodeCryptoEngine(): void {
  setEngine('node-webcrypto', new CryptoEngine({ name: 'node-webcrypto', crypto: webcrypto as never }));
}

/** Certificates of a .pem (one or more) or .cer/.der file, as DER. */
export function readTrustedCertificates(bytes: Uint8Array): Uint8Array[] {
  const text = Buffer.from(bytes).toString('latin1');
  const pems = [...text.matchAll(/-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g)];
  if (pems.length === 0) return [bytes];
  return pems.map((m) => new Uint8Array(Buffer.from((m[1] ?? '').replace(/\s+/g, ''), 'base64')));
}

/** pkijs builds the signer's chain up to one of `trusted` and checks it at the signing time. */
async function checkTrust(entry: SignatureEntry, data: Uint8Array, trusted: Uint8Array[], at: Date | null): Promise<boolean> {
  const { signed } = readCms(entry.contents);
  try {
    const result = await signed.verify({
      signer: 0,
      data: new Uint8Array(data).buffer,
      checkChain: true,
      trustedCerts: trusted.map((der) => Certificate.fromBER(new Uint8Array(der).buffer)),
      ...(at ? { checkDate: at } : {}),
      extendedMode: true,
    });
    return result.signatureVerified === true && result.signerCertificateVerified !== false;
  } catch {
    return false;
  }
}

async function checkCms(entry: SignatureEntry, data: Uint8Array) {
  useNodeCryptoEngine();
  const { signed, certificate } = readCms(entry.contents);
  let verified = false;
  let digestOk = true;
  try {
    const result = await signed.verify({ signer: 0, data: new Uint8Array(data).buffer, checkChain: false, extendedMode: true });
    verified = result.signatureVerified === true;
  } catch (error) {
    // pkijs reports a message-digest mismatch (the signed bytes changed) only by its text.
    if (/Message digest doesn't match/i.test(String((error as { message?: string }).message ?? ''))) digestOk = false;
  }
  return { verified, digestOk, der: certificate };
}

/**
 * Checks every signature of a signed PDF with pkijs (CMS signature and message digest over
 * the signed byte ranges), and tells for each whether the document was changed after it:
 * nothing appended, only additions (later signatures, annotations), or page content changed.
 * The trust chain is checked only against the certificates given in `options.trusted` (the
 * CA's own certificate, e.g. of Ban Cơ yếu Chính phủ); no trust store is assumed.
 */
export async function verifyPdf(bytes: Uint8Array, options: { trusted?: Uint8Array[] } = {}): Promise<SignatureCheck[]> {
  const pdf = await PDF.load(bytes);
  const entries = listSignatures(pdf);
  const finalPages = pageFingerprints(pdf);
  const checks: SignatureCheck[] = [];
  for (const [index, entry] of entries.entries()) {
    const data = signedBytes(bytes, entry.byteRange);
    const end = entry.byteRange.length === 4 ? (entry.byteRange[2] as number) + (entry.byteRange[3] as number) : 0;
    const base: SignatureCheck = {
      index: index + 1,
      field: entry.field,
      signerName: '',
      organization: '',
      signedAt: pdfDateToIso(entry.signingTime),
      reason: entry.reason,
      location: entry.location,
      subFilter: entry.subFilter,
      valid: false,
      problem: null,
      certificateValidAtSigning: null,
      trusted: null,
      changedAfter: 'none',
      coversWholeFile: end === bytes.length,
    };
    if (!data || !gapIsContents(bytes, entry.byteRange)) {
      checks.push({ ...base, problem: 'byte-range' });
      continue;
    }
    let cms;
    try {
      cms = await checkCms(entry, data);
    } catch {
      checks.push({ ...base, problem: 'unreadable' });
      continue;
    }
    const cert = cms.der ? readCertificate(cms.der) : null;
    const at = base.signedAt ? new Date(base.signedAt) : null;
    let changedAfter: SignatureCheck['changedAfter'] = 'none';
    if (end < bytes.length) {
      changedAfter = 'additions';
      try {
        const before = pageFingerprints(await PDF.load(bytes.subarray(0, end)));
        if (before.length !== finalPages.length || before.some((f, i) => f !== finalPages[i])) changedAfter = 'content';
      } catch {
        changedAfter = 'content';
      }
    }
    checks.push({
      ...base,
      signerName: cert?.commonName ?? '',
      organization: cert?.organization ?? '',
      valid: cms.verified,
      problem: cms.verified ? null : cms.digestOk ? 'signature' : 'digest',
      certificateValidAtSigning: cert && at ? at >= cert.notBefore && at <= cert.notAfter : null,
      trusted: options.trusted && cms.verified ? await checkTrust(entry, data, options.trusted, at) : null,
      changedAfter,
    });
  }
  return checks;
}
