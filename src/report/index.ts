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
export { nextPeriod } from './content/sections.ts';
