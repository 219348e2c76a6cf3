import { readFile, writeFile } from 'node:fs/promises';
import { type Allotment, AllotmentSchema } from '../model/allot.ts';
import { describeError } from '../vi/errors.ts';
import '../vi/schema-errors.ts';

export type LoadAllotmentResult = { ok: true; allotment: Allotment } | { ok: false; problem: 'unreadable' | 'invalid'; reason: string };

/** Reads a saved allotment (.json from `allot check`) through its schema. */
export async function loadAllotment(file: string): Promise<LoadAllotmentResult> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return { ok: false, problem: 'unreadable', reason: describeError(error) };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: 'invalid', reason: describeError(error) };
  }
  const parsed = AllotmentSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problem: 'invalid', reason: parsed.error.issues.map((i) => `${i.path.join('.') || '(gốc)'}: ${i.message}`).join('; ') };
  return { ok: true, allotment: parsed.data };
}

/** Saves a checked allotment as JSON; refuses to replace an existing file unless `force` (throws EEXIST). */
export async function saveAllotment(file: string, allotment: Allotment, options: { force?: boolean } = {}): Promise<void> {
  await writeFile(file, `${JSON.stringify(AllotmentSchema.parse(allotment), null, 2)}\n`, { flag: options.force ? 'w' : 'wx' });
}

/** "phan-bo.xlsx" → "phan-bo.json": the allotment is saved beside its table. */
export function allotmentJsonPath(tableFile: string): string {
  return tableFile.replace(/\.xlsx$/i, '') + '.json';
}
