import { writeFile } from 'node:fs/promises';
import type { AssessmentRules, YearAssessment } from '../model/assessment.ts';
import type { Finding } from '../model/finding.ts';
import type { Plan } from '../model/plan.ts';
import type { ReportSettings, ReportWording } from '../model/report.ts';
import { writeAssessmentDocx } from './docx.ts';
import { writeAssessmentXlsx } from './xlsx.ts';

export interface AssessmentOutput {
  plan: Plan;
  assessment: YearAssessment;
  rules: AssessmentRules;
  /** The Word document's settings and wording (templates/report.yaml, report-wording.yaml); .docx only. */
  settings?: ReportSettings;
  wording?: ReportWording;
  force?: boolean;
}

/** The output's kind by its file name: the Word report (.docx) or the committee's sheet (.xlsx). */
export function assessmentFormat(file: string): 'docx' | 'xlsx' | null {
  if (/\.docx$/i.test(file)) return 'docx';
  if (/\.xlsx$/i.test(file)) return 'xlsx';
  return null;
}

/** Writes the assessment as .docx or .xlsx; never replaces a file unless `force` (throws EEXIST). */
export async function writeAssessment(file: string, out: AssessmentOutput): Promise<Finding[]> {
  const format = assessmentFormat(file);
  if (!format) throw new Error(`not a .docx or .xlsx file: ${file}`);
  const flag = out.force ? 'w' : 'wx';
  if (format === 'xlsx') {
    await writeFile(file, await writeAssessmentXlsx(out.assessment, out.rules), { flag });
    return [];
  }
  if (!out.settings || !out.wording) throw new Error('the Word output needs the report settings and wording');
  const { buffer, findings } = await writeAssessmentDocx({
    plan: out.plan,
    assessment: out.assessment,
    settings: out.settings,
    wording: out.wording,
    judgement: new Map(out.rules.bands.map((b) => [b.id, b.judgement])),
    bandNames: new Map(out.rules.bands.map((b) => [b.id, b.name])),
  });
  await writeFile(file, buffer, { flag });
  return findings;
}
