/**
 * The "file" group: bytes, containers, encryption, conversion. Its errors mean the file could
 * not be read as a workbook at all (src/ingest/serial.ts counts such a file as unreadable).
 */
export const INGEST_FILE_CODES = {
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
} as const;

/** Finding codes of the ingest stage (src/ingest), with their severity. */
export const INGEST_CODES = {
  // Files: bytes, containers, encryption, conversion.
  ...INGEST_FILE_CODES,
  // Identity.
  'ingest/unknown-workbook': 'error',
  'ingest/consolidated-workbook': 'error',
  'ingest/other-plan-version': 'error',
  'ingest/wrong-period': 'error',
  'ingest/wrong-org': 'error',
  // Units (with --units): the form's unit is not in the tree of its period, or does not have the organisation.
  'ingest/unit-not-in-tree': 'error',
  'ingest/org-not-at-unit': 'error',
  // A unit's form identified by its ID column only: its unit is unknown, it is refused.
  'ingest/unit-identity-lost': 'error',
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
  'ingest/number-with-remark': 'info',
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
  'ingest/period-blank-cumulative-filled': 'warning',
  // Parts of a percent or rate (numerator, denominator rows under the target).
  'ingest/numerator-over-denominator': 'error',
  'ingest/percent-differs-from-parts': 'warning',
  'ingest/percent-from-parts': 'info',
  'ingest/part-missing': 'warning',
  // Store.
  'ingest/duplicate': 'info',
  'ingest/superseded': 'info',
  // Storing the workbook failed (rolled back; the rest of the batch is stored): not the office's fault.
  'ingest/store-failed': 'error',
  // Versions: a new version that would lose what the current one has.
  'ingest/title-changed': 'warning',
  'ingest/figure-removed': 'warning',
  'ingest/held': 'warning',
  'ingest/replacement-refused': 'error',
  'ingest/archived': 'info',
  'ingest/settings-invalid': 'error',
  // Consolidated workbooks from the units below (src/ingest/consolidated.ts).
  'ingest/consolidated-accepted': 'info',
  'ingest/consolidated-archived': 'info',
  'ingest/consolidated-unknown-unit': 'error',
  'ingest/consolidated-not-below': 'error',
  'ingest/consolidated-unit-unchecked': 'warning',
  'ingest/consolidated-units-elsewhere': 'warning',
  'ingest/overlap': 'error',
} as const;
export type IngestCode = keyof typeof INGEST_CODES;
