import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

/** TrueType fonts with Vietnamese glyphs, where Debian, Windows and macOS keep them. */
const CANDIDATES = [
  '/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf',
  'C:\\Windows\\Fonts\\times.ttf',
  '/Library/Fonts/Times New Roman.ttf',
  '/System/Library/Fonts/Supplemental/Times New Roman.ttf',
];

/** The font file to write the signing text with: the setting's, else the first one installed; null when none. */
export async function readSigningFont(configured: string | undefined): Promise<Uint8Array | null> {
  const files = configured ? [configured] : CANDIDATES;
  for (const file of files) {
    if (!existsSync(file)) continue;
    try {
      return await readFile(file);
    } catch {
      /* try the next one */
    }
  }
  return null;
}
