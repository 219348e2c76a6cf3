import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { type EmbeddedFont, PDF, type PDFImage, type Signer } from '@libpdf/core';
import type { Finding } from '../model/finding.ts';
import type { ReportSettings } from '../model/report.ts';
import { type SignKey, type SignResult, type SignatureRole, type SigningSettings, SigningSettingsSchema } from '../model/sign.ts';
import { describeError } from '../vi/errors.ts';
import { makeFinding } from '../vi/messages/index.ts';
import { SIGN_CLI_TEXT } from '../vi/sign-text.ts';
import { checkCertificate, readCertificate } from './certificate.ts';
import { docxToPdf } from './convert.ts';
import { readSigningFont } from './font.ts';
import { openP12 } from './keys/p12.ts';
import { openToken } from './keys/pkcs11.ts';
import { findSignatureBlock } from './locate.ts';
import { SignError } from './sign-error.ts';
import { listSignatures, signerCertificate } from './signatures.ts';
import { isoVietnam } from './time.ts';
import { SIGN_TEXT } from '../vi/sign-text.ts';
import { drawVisibleSignature } from './visible.ts';

/** A key already opened: the library's signer, and how to let go of it (log out of a token). */
export interface OpenedKey {
  signer: Signer;
  close: () => void;
}

/** A key given directly (the demo's generated key), or where to open one. */
export type KeySource = SignKey | { kind: 'signer'; signer: Signer };

export interface SignInput {
  /** The report as .docx or .pdf bytes, and its name for messages. */
  bytes: Uint8Array;
  file: string;
  /** The report settings (signer title, issuer name, signing:). */
  settings: ReportSettings;
  /** Folder the settings file is in: image paths are relative to it. */
  settingsDir: string;
  keys: Partial<Record<SignatureRole, KeySource>>;
  /** Signing time (default: now). */
  now?: Date;
}

const isPdf = (b: Uint8Array) => Buffer.from(b.subarray(0, 5)).toString('latin1') === '%PDF-';
const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b;

async function openKey(source: KeySource): Promise<OpenedKey> {
  if (source.kind === 'signer') return { signer: source.signer, close: () => {} };
  if (source.kind === 'p12') return { signer: await openP12(source.file, source.password), close: () => {} };
  const opts = { module: source.module, pin: source.pin, ...(source.slot !== undefined ? { slot: source.slot } : {}), ...(source.keyLabel ? { keyLabel: source.keyLabel } : {}) };
  return openToken(opts);
}

async function embedImage(pdf: PDF, file: string | undefined, role: SignatureRole, required: boolean, dir: string): Promise<PDFImage | null> {
  if (!file) {
    if (required) throw new SignError([makeFinding('sign/image-not-set', { path: ['signing', role === 'signer' ? 'signer' : 'organization', role === 'signer' ? 'image' : 'seal'] }, { role })]);
    return null;
  }
  const path = isAbsolute(file) ? file : join(dir, file);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new SignError([makeFinding('sign/image-unreadable', { file: path }, { role, file: path, reason: describeError(error) })]);
  }
  try {
    return pdf.embedImage(bytes);
  } catch {
    throw new SignError([makeFinding('sign/image-unreadable', { file: path }, { role, file: path, reason: SIGN_TEXT.imageNotReadable })]);
  }
}

/** Embeds the images and the font the visible signature needs (throws SignError when one is missing or unreadable). */
async function embedMarks(pdf: PDF, signing: SigningSettings, dir: string): Promise<{ signature: PDFImage | null; seal: PDFImage | null; font: EmbeddedFont | null }> {
  const roles = signing.signatures;
  const signature = roles.includes('signer') ? await embedImage(pdf, signing.signer.image, 'signer', signing.requireImages, dir) : null;
  const seal = roles.includes('organization') ? await embedImage(pdf, signing.organization.seal, 'organization', signing.requireImages, dir) : null;
  let font: EmbeddedFont | null = null;
  if (roles.includes('organization')) {
    const fontBytes = await readSigningFont(signing.font);
    if (!fontBytes) throw new SignError([makeFinding('sign/no-font', {})]);
    font = pdf.embedFont(fontBytes);
  }
  return { signature, seal, font };
}

/**
 * Checks the signing settings before any key is opened (so nobody types a PIN for nothing):
 * the images are set and readable, a font is there. Returns the findings; empty when all is well.
 */
export async function checkSigningSettings(settings: ReportSettings, settingsDir: string): Promise<Finding[]> {
  try {
    await embedMarks(PDF.create(), SigningSettingsSchema.parse(settings.signing ?? {}), settingsDir);
    return [];
  } catch (error) {
    if (error instanceof SignError) return error.findings;
    throw error;
  }
}

/**
 * Signs a report: renders a .docx to PDF (LibreOffice), refuses a PDF that is already signed,
 * opens the keys and checks their certificates, draws the visible signature (signature image,
 * seal, organisation name and ISO signing time), then adds the PAdES signatures (CAdES
 * detached, SHA-256): the signer's, then the organisation's as a second incremental revision.
 * Throws SignError with findings when anything is wrong; returns the signed bytes otherwise.
 */
export async function signReport(input: SignInput): Promise<SignResult> {
  const signing = SigningSettingsSchema.parse(input.settings.signing ?? {});
  const now = input.now ?? new Date();
  const { file } = input;
  let pdfBytes: Uint8Array;
  if (isPdf(input.bytes)) pdfBytes = input.bytes;
  else if (isZip(input.bytes)) pdfBytes = await docxToPdf(input.bytes, file);
  else throw new SignError([makeFinding('sign/input-kind', { file }, { file })]);

  let pdf: PDF;
  try {
    pdf = await PDF.load(pdfBytes);
  } catch {
    throw new SignError([makeFinding('sign/input-unreadable', { file }, { file, reason: SIGN_CLI_TEXT.notPdf })]);
  }
  const existing = listSignatures(pdf);
  if (existing.length > 0) {
    const names = existing.map((e) => describeSigner(e.contents)).join(', ');
    throw new SignError([makeFinding('sign/already-signed', { file }, { file, signers: names })]);
  }
  const roles = signing.signatures;
  const missing = roles.filter((r) => !input.keys[r]);
  if (missing.length > 0) throw new SignError(missing.map((role) => makeFinding('sign/key-missing', {}, { role })));

  const { signature, seal, font } = await embedMarks(pdf, signing, input.settingsDir);
  const block = signature || seal ? findSignatureBlock(pdf, input.settings.signer.title) : null;
  if ((signature || seal) && !block) throw new SignError([makeFinding('sign/block-not-found', { file }, { title: input.settings.signer.title })]);

  const opened: Partial<Record<SignatureRole, OpenedKey>> = {};
  try {
    const findings: Finding[] = [];
    for (const role of roles) {
      let key: OpenedKey;
      try {
        key = await openKey(input.keys[role] as KeySource);
      } catch (error) {
        if (error instanceof SignError) throw error;
        // A token that fails in a way we did not foresee: said in Vietnamese, with its technical note.
        throw new SignError([makeFinding('sign/signing-failed', {}, { role, reason: describeError(error) })]);
      }
      opened[role] = key;
      findings.push(...checkCertificate(key.signer.certificate, now, role));
    }
    if (findings.length > 0) throw new SignError(findings);
    const signedAt = isoVietnam(now);
    const orgName = signing.organization.name ?? input.settings.issuerName;
    const drawn = drawVisibleSignature(pdf, block, { signature, seal, orgText: font ? { name: orgName, signedAt, font } : null }, signing);
    const signed: SignResult['signed'] = [];
    let bytes: Uint8Array = new Uint8Array();
    for (const role of roles) {
      const key = opened[role] as OpenedKey;
      const settings = role === 'signer' ? signing.signer : signing.organization;
      try {
        const result = await pdf.sign({
          signer: key.signer,
          reason: settings.reason,
          location: signing.location,
          signingTime: now,
          fieldName: role === 'signer' ? 'ChuKyNguoiKy' : 'ChuKyCoQuan',
          subFilter: 'ETSI.CAdES.detached',
          digestAlgorithm: 'SHA-256',
          estimatedSize: 16384,
        });
        bytes = result.bytes;
      } catch (error) {
        if (error instanceof SignError) throw error;
        throw new SignError([makeFinding('sign/signing-failed', {}, { role, reason: describeError(error) })]);
      }
      const cert = readCertificate(key.signer.certificate);
      signed.push({ role, signerName: cert.commonName, organization: cert.organization, signedAt });
    }
    return { bytes, signed, findings: drawn };
  } finally {
    for (const key of Object.values(opened)) key?.close();
  }
}

/** "Nguyễn Văn A" from a signature's CMS, for the already-signed message; "(không rõ)" when unreadable. */
function describeSigner(contents: Uint8Array): string {
  const der = signerCertificate(contents);
  return (der && readCertificate(der).commonName) || SIGN_TEXT.unknownSigner;
}
