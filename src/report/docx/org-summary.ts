import type { Finding } from '../../model/finding.ts';
import type { OrgSummaryInput } from '../../model/report.ts';
import { periodOf } from '../../vi/period.ts';
import { composeOrgSummary } from '../content/org-summary.ts';
import { orgIdentity, placeDateLine } from '../content/signing.ts';
import { renderDocument } from './report.ts';

/**
 * One organisation's 1–2 page summary: its name heads the left column, the date is the one it
 * wrote on its "Thông tin" sheet, and it is signed by its own signer from that sheet.
 */
export async function writeOrgSummary(input: OrgSummaryInput): Promise<{ buffer: Buffer; findings: Finding[] }> {
  const { settings, wording, plan, org } = input;
  const { content, signer, findings } = composeOrgSummary(input);
  const organization = plan.organizations.find((o) => o.code === org);
  const sub = input.submissions.find((s) => s.org === org && s.supersededBy === null);
  const reportDate = sub?.info.reportDate;
  const dated = { ...settings, date: reportDate && /^\d{4}-\d{2}-\d{2}$/.test(reportDate) ? reportDate : undefined };
  const out = await renderDocument(
    content,
    {
      identity: { ...orgIdentity(settings, wording, org, organization?.name ?? org), placeDate: placeDateLine(dated, wording, periodOf(input.period).year) },
      signer,
      recipients: wording.orgRecipients,
    },
    { ...settings, appendix: false },
    wording,
  );
  return { buffer: out.buffer, findings: [...findings, ...out.findings] };
}

export async function buildOrgSummary(input: OrgSummaryInput): Promise<Buffer> {
  return (await writeOrgSummary(input)).buffer;
}
