import { createRequire } from 'node:module';

// Loaded on first use: only OLE (.xls or encrypted) files need it, and it adds ≈ 0.1 s to the
// start of every ingest worker otherwise. Required, not imported: the package is CommonJS, and an
// ingest worker runs as one CommonJS script through node:vm (bin/code-cache.cjs), where import()
// has no module loader to call.
type OfficeCrypto = typeof import('officecrypto-tool');
const require = createRequire(import.meta.url);
let loaded: OfficeCrypto | undefined;
const officeCryptoLib = async (): Promise<OfficeCrypto> => (loaded ??= require('officecrypto-tool') as OfficeCrypto);

/** Excel's default password for "read-only recommended" workbooks: always tried first. */
export const EXCEL_DEFAULT_PASSWORD = 'VelvetSweatshop';

export type DecryptResult =
  | { state: 'plain' }
  | { state: 'decrypted'; bytes: Buffer }
  | { state: 'locked'; wrongPassword: boolean };

function isEncrypted(officeCrypto: OfficeCrypto, bytes: Uint8Array): boolean {
  try {
    return officeCrypto.isEncrypted(Buffer.from(bytes));
  } catch {
    return false;
  }
}

/** Opens an encrypted workbook with Excel's default password, then with the one given. */
export async function decryptWorkbook(bytes: Uint8Array, password?: string): Promise<DecryptResult> {
  const officeCrypto = await officeCryptoLib();
  if (!isEncrypted(officeCrypto, bytes)) return { state: 'plain' };
  const candidates = [EXCEL_DEFAULT_PASSWORD, ...(password ? [password] : [])];
  for (const candidate of candidates) {
    try {
      const out = await officeCrypto.decrypt(Buffer.from(bytes), { password: candidate });
      // An encrypted .xlsx decrypts to a zip; an encrypted .xls to a plain .xls (converted later).
      const zip = out[0] === 0x50 && out[1] === 0x4b;
      const cfb = out[0] === 0xd0 && out[1] === 0xcf;
      if (out.length > 4 && (zip || cfb) && !isEncrypted(officeCrypto, out)) return { state: 'decrypted', bytes: out };
    } catch {
      // wrong password or unsupported scheme: try the next one
    }
  }
  return { state: 'locked', wrongPassword: password !== undefined };
}
