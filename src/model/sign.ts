import { z } from 'zod';
import type { Finding } from './finding.ts';

const Text = z.string().trim().min(1);

/** The two digital signatures of a report: the person who signs, then the organisation (its seal). */
export const SignatureRoleSchema = z.enum(['signer', 'organization']);
export type SignatureRole = z.infer<typeof SignatureRoleSchema>;

/** Millimetre offset of a visible mark from where baocao places it (+x right, +y up). */
const OffsetSchema = z.strictObject({ x: z.number().min(-100).max(100).default(0), y: z.number().min(-100).max(100).default(0) });

/**
 * `signing:` in templates/report.yaml: what `baocao sign` draws and signs. Image paths are
 * relative to the settings file's folder.
 */
export const SigningSettingsSchema = z.strictObject({
  /** Which digital signatures, in order: the person's first, the organisation's second. */
  signatures: z.array(SignatureRoleSchema).min(1).max(2).default(['signer', 'organization']),
  /** /Location of each signature. */
  location: Text.default('Bình Thuận'),
  /** When false, a signature whose image is not set is signed without a visible image. */
  requireImages: z.boolean().default(true),
  /** TrueType font for the signing text (Vietnamese); default: Liberation Serif / DejaVu Serif / Times New Roman. */
  font: Text.optional(),
  signer: z
    .strictObject({
      /** PNG of the handwritten signature (blue, transparent background). */
      image: Text.optional(),
      reason: Text.default('Ký duyệt báo cáo'),
      /** Width of the signature image, mm (shrunk when the room between title and name is smaller). */
      widthMm: z.number().min(10).max(80).default(40),
      offsetMm: OffsetSchema.default({ x: 0, y: 0 }),
    })
    .default({ reason: 'Ký duyệt báo cáo', widthMm: 40, offsetMm: { x: 0, y: 0 } }),
  organization: z
    .strictObject({
      /** The organisation's name as shown with its digital signature; default: the report's issuerName. */
      name: Text.optional(),
      /** PNG of the seal (red, round, transparent background). */
      seal: Text.optional(),
      reason: Text.default('Đóng dấu của cơ quan ban hành'),
      /** Seal diameter, mm: true size, shrunk when it would cover text. */
      sealMm: z.number().min(10).max(60).default(35),
      offsetMm: OffsetSchema.default({ x: 0, y: 0 }),
      /** Where the organisation's name and signing time are written. */
      textAt: z.enum(['top-right', 'signature-block']).default('top-right'),
    })
    .default({ reason: 'Đóng dấu của cơ quan ban hành', sealMm: 35, offsetMm: { x: 0, y: 0 }, textAt: 'top-right' }),
});
export type SigningSettings = z.infer<typeof SigningSettingsSchema>;
export type SigningSettingsInput = z.input<typeof SigningSettingsSchema>;

/** Where a key is: a PKCS#12 file, or a token through its PKCS#11 module. The secret is never logged. */
export type SignKey =
  | { kind: 'p12'; file: string; password: string }
  | { kind: 'pkcs11'; module: string; slot?: number; keyLabel?: string; pin: string };

/** What the signature block looks like in the PDF, found from its text (points, origin bottom left). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One signature of a signed PDF, as `baocao verify` reports it. */
export interface SignatureCheck {
  index: number;
  field: string;
  signerName: string;
  organization: string;
  /** ISO 8601 signing time claimed by the signature (/M), or null. */
  signedAt: string | null;
  reason: string | null;
  location: string | null;
  subFilter: string;
  /** The CMS signature and the digest of the signed bytes agree. */
  valid: boolean;
  /** Why not valid: 'digest' (bytes changed), 'signature', 'byte-range', 'unreadable'. */
  problem: 'digest' | 'signature' | 'byte-range' | 'unreadable' | null;
  /** The certificate was within its validity period at the signing time. */
  certificateValidAtSigning: boolean | null;
  /** The certificate chains up to one of the trusted certificates given (verify --ca); null when none given. */
  trusted: boolean | null;
  /** Nothing after this signature / only other signatures and annotations / page content changed. */
  changedAfter: 'none' | 'additions' | 'content';
  /** Bytes covered / file size. */
  coversWholeFile: boolean;
}

export interface VerifyResult {
  file: string;
  signatures: SignatureCheck[];
  findings: Finding[];
}

export interface SignResult {
  bytes: Uint8Array;
  /** Who signed, in order. */
  signed: Array<{ role: SignatureRole; signerName: string; organization: string; signedAt: string }>;
  findings: Finding[];
}
