// Public entry of src/report. Other stages import only this file.
export * from './xlsx/index.ts';
export { buildReport, writeReport } from './docx/report.ts';
export { buildOrgSummary, writeOrgSummary } from './docx/org-summary.ts';
export {
  loadReportSettings,
  loadReportWording,
  ReportConfigError,
  DEFAULT_SETTINGS_FILE,
  DEFAULT_WORDING_FILE,
} from './content/settings.ts';
export { composeReport } from './content/compose.ts';
export { composeOrgSummary } from './content/org-summary.ts';
export { checkAuthority, numberLine, placeDateLine, symbolText } from './content/signing.ts';
export { condense } from './content/condense.ts';
export { targetSentence, resultPhrase, formatPlanned } from './content/target-sentence.ts';
export { composeReminder, reminderAddressees } from './content/reminder.ts';
export { writeReminder } from './docx/reminder.ts';
// Document builders other outputs share (src/assess): the header, title, signature block, page
// setup, styles and lines of the official format, and how a plan's source document is cited.
export { headerBlock, titleBlock, type HeaderIdentity } from './docx/header-block.ts';
export { signatureBlock, readSignatureImage } from './docx/signature-block.ts';
export { portraitSection, textWidth } from './docx/page.ts';
export { documentStyles, TABLE_STYLE } from './docx/styles.ts';
export { line, bodyParagraph } from './docx/text.ts';
export { citeSource } from './content/compose.ts';
