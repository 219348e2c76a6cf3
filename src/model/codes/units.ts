/** Finding codes of the tree of units (src/units), with their severity. */
export const UNITS_CODES = {
  'units/unreadable': 'error',
  'units/syntax': 'error',
  'units/invalid-field': 'error',
  'units/duplicate-code': 'error',
  'units/unknown-parent': 'error',
  'units/cycle': 'error',
  'units/extra-root': 'error',
  'units/no-root': 'error',
  'units/validity-order': 'error',
  'units/parent-not-valid': 'error',
  'units/unknown-org': 'error',
  'units/unknown-unit': 'error',
} as const;
export type UnitsCode = keyof typeof UNITS_CODES;
