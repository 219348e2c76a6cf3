// The consolidated workbook's data hash: written by src/consolidate, checked by ingest when the workbook comes back up.
import { createHash } from 'node:crypto';
import type { DataRow, TextRow } from '../model/consolidate.ts';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** One data row as hashed: the fields joined by tabs, the number as JavaScript writes it. */
export const dataLine = (r: DataRow): string => ['D', r.unit, r.org, r.targetId, r.measure, String(r.value)].join('\t');
export const textLine = (r: TextRow): string => ['T', r.unit, r.org, r.taskId, r.field, r.text.normalize('NFC')].join('\t');

/** Short hash of a row: enough to tell which cell changed, not a security measure on its own. */
export const rowHash = (line: string): string => sha256(line).slice(0, 16);

/** SHA-256 of the data: every data row then every text row, one line each, in sheet order. */
export function dataSha256(rows: readonly DataRow[], texts: readonly TextRow[]): string {
  return sha256([...rows.map(dataLine), ...texts.map(textLine)].join('\n'));
}
