import { createHash } from 'node:crypto';
import { endianness } from 'node:os';
import type { DigestAlgorithm, KeyType, SignatureAlgorithm, Signer } from '@libpdf/core';
import pkcs11js from 'pkcs11js';
import { createCMSECDSASignature } from 'pkijs';
import { describeError } from '../../vi/errors.ts';
import { makeFinding } from '../../vi/messages/index.ts';
import { SignError } from '../sign-error.ts';

/** A key on a token: the signer for the PDF library, and close() to log out and unload the module. */
export interface TokenKey {
  signer: Signer;
  close: () => void;
}

export interface TokenOptions {
  module: string;
  /** Index among the slots holding a token (0 = the first). */
  slot?: number;
  keyLabel?: string;
  pin: string;
}

const RSA_MECHANISM: Record<DigestAlgorithm, number> = {
  'SHA-256': pkcs11js.CKM_SHA256_RSA_PKCS,
  'SHA-384': pkcs11js.CKM_SHA384_RSA_PKCS,
  'SHA-512': pkcs11js.CKM_SHA512_RSA_PKCS,
};
const NODE_HASH: Record<DigestAlgorithm, string> = { 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };

/** A CK_ULONG attribute as the token returns it: native byte order, 4 or 8 bytes. */
function ulong(value: Buffer | undefined): number | null {
  if (!value || value.length < 4) return null;
  return endianness() === 'LE' ? value.readUInt32LE(0) : value.readUInt32BE(value.length - 4);
}

function findOne(p: pkcs11js.PKCS11, session: Buffer, template: pkcs11js.Attribute[]): Buffer | null {
  p.C_FindObjectsInit(session, template);
  try {
    return p.C_FindObjects(session);
  } finally {
    p.C_FindObjectsFinal(session);
  }
}

/**
 * Opens the key on a USB token through its PKCS#11 module: logs in with the PIN, finds the
 * private key (by label, or the first one) and the certificate with the same CKA_ID. The
 * private key never leaves the token; the token signs (RSA PKCS#1 v1.5 with the digest, or ECDSA).
 */
/**
 * A PKCS#11 module is initialised once per process: the signer's and the organisation's keys
 * may sit on two tokens of one module, so the module is shared and finalised with its last key.
 */
const modules = new Map<string, { p: pkcs11js.PKCS11; users: number }>();

function acquireModule(path: string): pkcs11js.PKCS11 {
  const known = modules.get(path);
  if (known) {
    known.users += 1;
    return known.p;
  }
  const p = new pkcs11js.PKCS11();
  try {
    p.load(path);
    p.C_Initialize();
  } catch (error) {
    throw new SignError([makeFinding('sign/pkcs11-module', {}, { module: path, reason: describeError(error) })]);
  }
  modules.set(path, { p, users: 1 });
  return p;
}

function releaseModule(path: string): void {
  const known = modules.get(path);
  if (!known) return;
  known.users -= 1;
  if (known.users > 0) return;
  modules.delete(path);
  try {
    known.p.C_Finalize();
  } catch {
    /* already finalised */
  }
}

export function openToken(options: TokenOptions): TokenKey {
  const p = acquireModule(options.module);
  let session: Buffer | null = null;
  let released = false;
  const close = () => {
    if (released) return;
    released = true;
    try {
      if (session) p.C_CloseSession(session);
    } catch {
      /* already closed */
    }
    session = null;
    releaseModule(options.module);
  };
  try {
    const slots = p.C_GetSlotList(true);
    const index = options.slot ?? 0;
    const slot = slots[index];
    if (!slot) throw new SignError([makeFinding('sign/pkcs11-no-token', {}, { slot: index, count: slots.length })]);
    session = p.C_OpenSession(slot, pkcs11js.CKF_SERIAL_SESSION);
    try {
      p.C_Login(session, pkcs11js.CKU_USER, options.pin);
    } catch (error) {
      const code = (error as { code?: number }).code;
      if (code === pkcs11js.CKR_PIN_LOCKED) throw new SignError([makeFinding('sign/pin-locked', {}, { slot: index })]);
      if (code === pkcs11js.CKR_PIN_INCORRECT || code === pkcs11js.CKR_PIN_INVALID || code === pkcs11js.CKR_PIN_LEN_RANGE) {
        throw new SignError([makeFinding('sign/wrong-pin', {}, { slot: index })]);
      }
      if (code !== pkcs11js.CKR_USER_ALREADY_LOGGED_IN) throw error;
    }
    const keyTemplate: pkcs11js.Attribute[] = [{ type: pkcs11js.CKA_CLASS, value: pkcs11js.CKO_PRIVATE_KEY }];
    if (options.keyLabel) keyTemplate.push({ type: pkcs11js.CKA_LABEL, value: options.keyLabel });
    const key = findOne(p, session, keyTemplate);
    if (!key) throw new SignError([makeFinding('sign/pkcs11-no-key', {}, { label: options.keyLabel })]);
    const [idAttr, typeAttr] = p.C_GetAttributeValue(session, key, [{ type: pkcs11js.CKA_ID }, { type: pkcs11js.CKA_KEY_TYPE }]);
    const certHandle = findOne(p, session, [
      { type: pkcs11js.CKA_CLASS, value: pkcs11js.CKO_CERTIFICATE },
      ...(idAttr?.value ? [{ type: pkcs11js.CKA_ID, value: idAttr.value as Buffer }] : []),
    ]);
    if (!certHandle) throw new SignError([makeFinding('sign/pkcs11-no-key', {}, { label: options.keyLabel })]);
    const certificate = p.C_GetAttributeValue(session, certHandle, [{ type: pkcs11js.CKA_VALUE }])[0]?.value as Buffer;
    const isEc = ulong(typeAttr?.value as Buffer | undefined) === pkcs11js.CKK_EC;
    const open = session;
    const keyType: KeyType = isEc ? 'EC' : 'RSA';
    const signatureAlgorithm: SignatureAlgorithm = isEc ? 'ECDSA' : 'RSASSA-PKCS1-v1_5';
    const signer: Signer = {
      certificate: new Uint8Array(certificate),
      keyType,
      signatureAlgorithm,
      async sign(data: Uint8Array, algorithm: DigestAlgorithm): Promise<Uint8Array> {
        if (isEc) {
          // The token signs the digest; CMS wants ECDSA as DER SEQUENCE { r, s } (pkijs converts).
          p.C_SignInit(open, { mechanism: pkcs11js.CKM_ECDSA }, key);
          const digest = createHash(NODE_HASH[algorithm]).update(data).digest();
          const raw = p.C_Sign(open, digest, Buffer.alloc(256));
          return new Uint8Array(createCMSECDSASignature(new Uint8Array(raw).buffer));
        }
        p.C_SignInit(open, { mechanism: RSA_MECHANISM[algorithm] }, key);
        return new Uint8Array(p.C_Sign(open, Buffer.from(data), Buffer.alloc(1024)));
      },
    };
    return { signer, close };
  } catch (error) {
    close();
    throw error;
  }
}
