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
  /** --unit / --under names a code that is not in the units file. */
  'template/unknown-unit': 'error',
  /** --unit / --under names a unit that does not exist in the period (it starts later or ended). */
  'template/unit-not-in-period': 'error',
  /** --under names a unit with no unit below it in the period: no form to make. */
  'template/no-units-below': 'error',
  /** --org with --unit: an organisation the units file does not expect at that unit; no form made for it. */
  'template/org-not-at-unit': 'warning',
} as const;
export type TemplateCode = keyof typeof TEMPLATE_CODES;
