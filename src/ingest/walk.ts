import { readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { SPREADSHEET_EXTENSIONS } from './sniff.ts';

/** Office lock and temp files that sit next to open workbooks. */
const LOCK_FILE = /^(~\$|\.~lock\.|\._)/;
/**
 * What is not an organisation's document: hidden files, Windows' thumbnails and folder settings,
 * and a database with its journals (a store such as baocao.db is often kept in the same folder).
 */
const NOT_A_DOCUMENT = /^\.|^thumbs\.db$|^desktop\.ini$|\.(db|sqlite3?)(-wal|-shm|-journal)?$/i;

/**
 * Expands the paths given: files are taken as they are (their bytes decide), folders are walked
 * and only spreadsheet files taken. Order: as given, folder contents sorted by name. `skipped`:
 * the other files found in the folders (a PDF or a Word file an organisation sent instead of its
 * form), for the user to see; lock files, the system's files and databases are left out of it.
 * `exclude`: folders not to walk into — the feedback folder, when it sits inside a folder being
 * ingested, holds baocao's own annotated copies, not forms received.
 */
export async function expandPaths(
  paths: readonly string[],
  options: { exclude?: readonly string[] } = {},
): Promise<{ files: string[]; missing: string[]; skipped: string[] }> {
  const exclude = new Set((options.exclude ?? []).map((d) => resolve(d)));
  const files: string[] = [];
  const missing: string[] = [];
  const skipped: string[] = [];
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
        files.push(...(await walk(p, skipped, exclude)));
      } catch {
        missing.push(p); // a folder that cannot be listed (permissions): reported, the batch goes on
      }
    }
  }
  return { files: [...new Set(files)], missing, skipped: [...new Set(skipped)] };
}

async function walk(dir: string, skipped: string[], exclude: ReadonlySet<string>): Promise<string[]> {
  const out: string[] = [];
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory()) {
      if (!exclude.has(resolve(full))) out.push(...(await walk(full, skipped, exclude)));
    }
    else if (!e.isFile() || LOCK_FILE.test(e.name)) continue;
    else if (SPREADSHEET_EXTENSIONS.includes(extname(e.name).toLowerCase())) out.push(full);
    else if (!NOT_A_DOCUMENT.test(e.name)) skipped.push(full);
  }
  return out;
}
