// Public entry of src/template. Other stages import only this file.
export { buildTemplate, templateBuffer } from './build.ts';
export { writeTemplates, templateFileName, type WriteTemplatesOptions } from './write.ts';
export { fillWorkbook } from './fill.ts';
export { selectUnitForms, writeUnitTemplates, type UnitForms, type UnitSelection } from './units.ts';
export { landscapePrintSetup } from './styles.ts';
// The form contract lives in src/form; re-exported here for callers of the template API.
export { layoutRows, loadColumns, loadInstructions, readTemplateMeta, targetPhrase, targetUnit, templateVars } from '../form/index.ts';
export { columnLetter } from '../xlsx/columns.ts';
// The look of baocao's workbooks, for other tables written in the same style (src/allot).
export { BOX, CENTER, HEADER_FILL, INPUT_FILL, READONLY_FILL, ACHIEVED_FILL, BEHIND_FILL, WRAP_TOP, fitHeight, font } from './styles.ts';
export { addColumnValidation, nonNegative, protectSheet } from './validation.ts';
