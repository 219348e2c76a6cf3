import { createHash } from 'node:crypto';
import { ContentInfo, SignedData } from 'pkijs';
import { type PDF, type PDFPage, PdfArray, PdfNumber, type PdfObject, PdfRef, PdfStream, PdfString } from '@libpdf/core';

/** The signature dictionary of one signed field, as written in the PDF. */
export interface SignatureEntry {
  field: string;
  byteRange: number[];
  contents: Uint8Array;
  subFilter: string;
  /** /M as written ("D:20240712093000+07'00'"). */
  signingTime: string | null;
  reason: string | null;
  location: string | null;
}

const text = (o: PdfObject | undefined): string | null => (o instanceof PdfString ? o.asString().normalize('NFC') : null);

/** Every signed signature field of a PDF, in the order of the form's fields. */
export function listSignatures(pdf: PDF): SignatureEntry[] {
  const form = pdf.getForm();
  if (!form) return [];
  const out: SignatureEntry[] = [];
  for (const field of form.getSignatureFields()) {
    if (!field.isSigned()) continue;
    const dict = field.getSignatureDict();
    if (!dict) continue;
    const range = dict.getArray('ByteRange');
    const contents = dict.getString('Contents');
    out.push({
      field: field.name,
      byteRange: range ? range.toArray().map((n) => (n instanceof PdfNumber ? n.value : Number.NaN)) : [],
      contents: contents ? contents.bytes : new Uint8Array(),
      subFilter: dict.getName('SubFilter')?.value ?? '',
      signingTime: text(dict.get('M')),
      reason: text(dict.get('Reason')),
      location: text(dict.get('Location')),
    });
  }
  return out;
}

/** A fingerprint of each page's content streams, to tell whether a later revision changed what a page shows. */
export function pageFingerprints(pdf: PDF): string[] {
  return pdf.getPages().map((page: PDFPage) => {
    const hash = createHash('sha256');
    const add = (o: PdfObject | null | undefined) => {
      const resolved = o instanceof PdfRef ? pdf.getObject(o) : o;
      if (resolved instanceof PdfStream) hash.update(resolved.getDecodedData());
      else if (resolved instanceof PdfArray) resolved.toArray().forEach(add);
    };
    add(page.dict.get('Contents'));
    return hash.digest('hex');
  });
}

/** "D:20240712093000+07'00'" → "2024-07-12T09:30:00+07:00" (the PDF date syntax, ISO 32000 §7.9.4). */
export function pdfDateToIso(value: string | null): string | null {
  if (!value) return null;
  const m = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(Z|[+-]\d{2}'?\d{2}'?)?/.exec(value);
  if (!m) return null;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', zone] = m;
  const offset = !zone || zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.replace(/'/g, '').slice(3, 5) || '00'}`;
  return `${y}-${mo}-${d}T${h}:${mi}:${s}${offset}`;
}

/** The CMS of a /Contents value, and the DER of the certificate that signed it (null when unreadable). */
export function readCms(contents: Uint8Array): { signed: SignedData; certificate: Uint8Array | null } {
  const signed = new SignedData({ schema: ContentInfo.fromBER(new Uint8Array(contents).buffer).content });
  const certificates = (signed.certificates ?? []).filter((c) => 'subjectPublicKeyInfo' in c);
  const sid = signed.signerInfos[0]?.sid as { serialNumber?: { isEqual: (x: unknown) => boolean } } | undefined;
  const cert = certificates.find((c) => sid?.serialNumber?.isEqual((c as { serialNumber: unknown }).serialNumber)) ?? certificates[0];
  return { signed, certificate: cert ? new Uint8Array(cert.toSchema().toBER(false)) : null };
}

export function signerCertificate(contents: Uint8Array): Uint8Array | null {
  try {
    return readCms(contents).certificate;
  } catch {
    return null;
  }
}
