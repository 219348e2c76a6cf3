// Public entry of src/form: the form contract, what a baocao workbook looks like (columns, rows,
// title block, info cells, the identity sheet) and the reference ingest compares a returned one
// with. src/template writes a form through it, src/ingest reads one through it.
export { fillPlaceholders, loadColumns, loadInstructions } from './config.ts';
export { type LayoutRow, type PlacedColumn, SHEET_ROWS, columnByKey, layoutRows, placeColumns, applyShares, planWithShares, targetPhrase, targetUnit } from './layout.ts';
export { INFO_FIRST_ROW, infoCells } from './info-cells.ts';
export { cellValue } from './cell-value.ts';
export { templateVars } from './vars.ts';
export { type MetaRead, readMeta, readTemplateMeta, templateMeta, writeIdentitySheet } from './identity-sheet.ts';
export { type Reference, referenceTemplate } from './reference.ts';
