// Public entry of src/sign: PDF rendering, the visible signature, PAdES signing and verification.
// The one place for crypto. Other stages import only this file.
export { signReport, checkSigningSettings, type KeySource, type SignInput } from './sign-pdf.ts';
export { verifyPdf, readTrustedCertificates } from './verify.ts';
export { SignError } from './sign-error.ts';
export { demoSigner } from './demo-key.ts';
export { readCertificate, checkCertificate, type CertificateInfo } from './certificate.ts';
export { isoVietnam } from './time.ts';
export { docxToPdf } from './convert.ts';
