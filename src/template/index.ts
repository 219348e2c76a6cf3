// Public entry of src/template. Other stages import only this file.
export { buildTemplate, templateBuffer } from './build.ts';
export { writeTemplates, templateFileName, type WriteTemplatesOptions } from './write.ts';
export { fillWorkbook } from './fill.ts';
export { selectUnitForms, writeUnitTemplates, type UnitForms, type UnitSelection } from './units.ts';
export { landscapePrintSetup } from './styles.ts';
// The form contract lives in src/form; re-exported here for callers of the template API.
export { layoutRows, loadColumns, loadInstructions, readTemplateMeta, targetPhrase, targetUnit, templateVars } from '../form/index.ts';
export { columnLetter } from '../xlsx/columns.ts';
