import { Certificate } from 'pkijs';
import type { Finding } from '../model/finding.ts';
import type { SignatureRole } from '../model/sign.ts';
import { makeFinding } from '../vi/messages/index.ts';
import { isoVietnam } from './time.ts';

/** What a user needs to know of a certificate: who, which organisation, when it is valid. */
export interface CertificateInfo {
  commonName: string;
  organization: string;
  notBefore: Date;
  notAfter: Date;
  /** The key usage allows signing documents (digitalSignature or nonRepudiation), or is not restricted. */
  canSign: boolean;
}

const OID = { commonName: '2.5.4.3', organization: '2.5.4.10', keyUsage: '2.5.29.15' } as const;

export function readCertificate(der: Uint8Array): CertificateInfo {
  const cert = Certificate.fromBER(new Uint8Array(der).buffer);
  const field = (oid: string) => {
    const value = cert.subject.typesAndValues.find((t) => t.type === oid)?.value.valueBlock.value;
    return typeof value === 'string' ? value.normalize('NFC') : '';
  };
  // KeyUsage is a BIT STRING parsed by pkijs; its first byte holds digitalSignature (bit 0)
  // and nonRepudiation (bit 1), RFC 5280 §4.2.1.3.
  const usage = cert.extensions?.find((e) => e.extnID === OID.keyUsage)?.parsedValue as
    | { valueBlock: { valueHexView: Uint8Array } }
    | undefined;
  const firstByte = usage?.valueBlock.valueHexView[0];
  return {
    commonName: field(OID.commonName),
    organization: field(OID.organization),
    notBefore: cert.notBefore.value,
    notAfter: cert.notAfter.value,
    canSign: usage === undefined || ((firstByte ?? 0) & 0xc0) !== 0,
  };
}

/** Refuses a certificate that is expired or not yet valid at `at`, or not meant for signing. */
export function checkCertificate(der: Uint8Array, at: Date, role: SignatureRole): Finding[] {
  const info = readCertificate(der);
  const subject = info.commonName;
  const findings: Finding[] = [];
  if (at.getTime() > info.notAfter.getTime()) {
    findings.push(makeFinding('sign/cert-expired', {}, { role, subject, notAfter: isoVietnam(info.notAfter) }));
  } else if (at.getTime() < info.notBefore.getTime()) {
    findings.push(makeFinding('sign/cert-not-yet-valid', {}, { role, subject, notBefore: isoVietnam(info.notBefore) }));
  }
  if (!info.canSign) findings.push(makeFinding('sign/cert-key-usage', {}, { role, subject }));
  return findings;
}
