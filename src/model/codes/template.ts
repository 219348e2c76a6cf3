/** Finding codes of the template stage (src/template), with their severity. */
export const TEMPLATE_CODES = {
  /** The output file exists and --force was not given: left untouched. */
  'template/file-exists': 'error',
  /** An organisation code asked for is not in the plan. */
  'template/unknown-org': 'error',
  /** Writing the workbook failed (permissions, disk). */
  'template/write-failed': 'error',
  /** The organisation has no task in the plan: the workbook has an empty table. */
  'template/no-tasks': 'warning',
  /** The period kind is not one the plan's offices report (reporting.periods). */
  'template/period-not-reported': 'warning',
  /** With a store: no accepted report of the previous quarter, the "previous" column stays empty. */
  'template/no-previous': 'info',
} as const;
export type TemplateCode = keyof typeof TEMPLATE_CODES;
