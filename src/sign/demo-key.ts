import { webcrypto } from 'node:crypto';
import { CryptoKeySigner, type Signer } from '@libpdf/core';
import { BitString, Integer, Utf8String } from 'asn1js';
import { AttributeTypeAndValue, Certificate, Extension } from 'pkijs';
import type { SignatureRole } from '../model/sign.ts';
import { SIGN_TEXT } from '../vi/sign-text.ts';

const ALGORITHM = { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' } as const;
const DAY = 24 * 60 * 60 * 1000;

/**
 * A throw-away self-signed key and certificate for the demo, built with pkijs: its common name
 * says it is a test signature without legal value, so a demo PDF is never taken for a signed one.
 */
export async function demoSigner(role: SignatureRole, now: Date = new Date()): Promise<Signer> {
  const keys = (await webcrypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify'])) as webcrypto.CryptoKeyPair;
  const cert = new Certificate();
  cert.version = 2;
  cert.serialNumber = new Integer({ value: Math.floor(now.getTime() / 1000) + (role === 'organization' ? 1 : 0) });
  const name = [
    ['2.5.4.6', 'VN'],
    ['2.5.4.10', SIGN_TEXT.demoOrganization],
    ['2.5.4.3', role === 'signer' ? SIGN_TEXT.demoCommonName : `${SIGN_TEXT.demoCommonName}${SIGN_TEXT.demoSealSuffix}`],
  ] as const;
  for (const [type, value] of name) {
    cert.subject.typesAndValues.push(new AttributeTypeAndValue({ type, value: new Utf8String({ value }) }));
    cert.issuer.typesAndValues.push(new AttributeTypeAndValue({ type, value: new Utf8String({ value }) }));
  }
  cert.notBefore.value = new Date(now.getTime() - DAY);
  cert.notAfter.value = new Date(now.getTime() + 30 * DAY);
  // Key usage: digitalSignature and nonRepudiation (the two high bits).
  const usage = new BitString({ valueHex: new Uint8Array([0xc0]).buffer, unusedBits: 6 });
  cert.extensions = [new Extension({ extnID: '2.5.29.15', critical: true, extnValue: usage.toBER(false) })];
  await cert.subjectPublicKeyInfo.importKey(keys.publicKey as never);
  await cert.sign(keys.privateKey as never, 'SHA-256');
  const der = new Uint8Array(cert.toSchema(true).toBER(false));
  return new CryptoKeySigner(keys.privateKey as never, der, 'RSA', 'RSASSA-PKCS1-v1_5');
}
