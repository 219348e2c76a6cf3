// Public entry of src/template. Other stages import only this file.
export { buildTemplate, templateBuffer, templateVars } from './build.ts';
export { writeTemplates, templateFileName, type WriteTemplatesOptions } from './write.ts';
export { fillWorkbook } from './fill.ts';
export { readTemplateMeta } from './meta-sheet.ts';
export { loadColumns, loadInstructions } from './config.ts';
export { columnLetter, layoutRows, targetPhrase, targetUnit } from './layout.ts';
export { landscapePrintSetup } from './styles.ts';
