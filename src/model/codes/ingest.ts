/** Finding codes of the ingest stage (src/ingest), with their severity. */
export const INGEST_CODES = {
  // Files: bytes, containers, encryption, conversion.
  'ingest/not-found': 'error',
  'ingest/empty-file': 'error',
  'ingest/not-a-spreadsheet': 'error',
  'ingest/truncated': 'error',
  'ingest/encrypted': 'error',
  'ingest/too-large': 'error',
  'ingest/zip-bomb': 'error',
  'ingest/needs-libreoffice': 'error',
  'ingest/conversion-failed': 'error',
  'ingest/unreadable': 'error',
  'ingest/converted': 'info',
  'ingest/decrypted': 'info',
  // Identity.
  'ingest/unknown-workbook': 'error',
  'ingest/other-plan-version': 'error',
  'ingest/wrong-period': 'error',
  'ingest/wrong-org': 'error',
  'ingest/meta-missing': 'warning',
  'ingest/meta-invalid': 'warning',
  'ingest/rows-changed': 'warning',
  'ingest/columns-changed': 'warning',
  'ingest/row-missing': 'error',
  'ingest/locked-content-changed': 'error',
  // Cells.
  'ingest/not-a-number': 'error',
  'ingest/excel-error': 'error',
  'ingest/negative': 'error',
  'ingest/percent-over-100': 'error',
  'ingest/ambiguous-number': 'warning',
  'ingest/fraction-in-whole-unit': 'warning',
  'ingest/legacy-encoding': 'warning',
  'ingest/invalid-progress': 'error',
  'ingest/missing-progress': 'error',
  // Consistency.
  'ingest/cumulative-below-period': 'error',
  'ingest/cumulative-decreased': 'error',
  'ingest/done-below-target': 'warning',
  'ingest/not-started-with-result': 'warning',
  'ingest/far-beyond-target': 'warning',
  'ingest/missing-reporter': 'warning',
  // Store.
  'ingest/duplicate': 'info',
  'ingest/superseded': 'info',
} as const;
export type IngestCode = keyof typeof INGEST_CODES;
