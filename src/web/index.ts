// Public entry of src/web: the web page of `baocao serve`. Other parts import only this file.
export { buildServer, DEFAULT_LIMITS, type ServeOptions } from './server.ts';
export type { SignedPdfHook } from './signed-pdf.ts';
export { signedPdfHook } from './sign-hook.ts';
export type { UploadLimits } from './uploads.ts';
export { safeFileName, displayName } from './uploads.ts';
