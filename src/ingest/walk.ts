import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { SPREADSHEET_EXTENSIONS } from './sniff.ts';

/** Office lock and temp files that sit next to open workbooks. */
const LOCK_FILE = /^(~\$|\.~lock\.|\._)/;

/**
 * Expands the paths given: files are taken as they are (their bytes decide), folders are walked
 * and only spreadsheet files taken. Order: as given, folder contents sorted by name.
 */
export async function expandPaths(paths: readonly string[]): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = (await stat(p)).isDirectory();
    } catch {
      missing.push(p);
      continue;
    }
    if (!isDir) files.push(p);
    else {
      try {
        files.push(...(await walk(p)));
      } catch {
        missing.push(p); // a folder that cannot be listed (permissions): reported, the batch goes on
      }
    }
  }
  return { files: [...new Set(files)], missing };
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(full)));
    else if (e.isFile() && !LOCK_FILE.test(e.name) && SPREADSHEET_EXTENSIONS.includes(extname(e.name).toLowerCase())) out.push(full);
  }
  return out;
}
