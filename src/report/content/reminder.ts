import type { ReminderAddressee, ReminderContent, ReportBlock, ReportInput } from '../../model/report.ts';
import { formatViDateShort } from '../../vi/date.ts';
import { periodNameLower } from '../../vi/period.ts';
import { citeSource } from './compose.ts';
import { fill } from './fill.ts';

const p = (text: string): ReportBlock => ({ kind: 'p', text });

/** How many of a rejected file's reasons the letter quotes (the feedback copy has them all). */
const REASONS_SHOWN = 2;

/** The organisations that have not sent a report for the period, or whose report was rejected, in plan order. */
export function reminderAddressees(input: Pick<ReportInput, 'plan' | 'evaluation'>): ReminderAddressee[] {
  const names = new Map(input.plan.organizations.map((o) => [o.code, o.name]));
  return input.evaluation.organizations.flatMap((o): ReminderAddressee[] =>
    o.completeness === 'missing' || o.completeness === 'rejected' ? [{ org: o.org, name: names.get(o.org) ?? o.org, reason: o.completeness }] : [],
  );
}

/**
 * The công văn đôn đốc: to each organisation without a valid report for the period, naming each
 * (and, for a rejected one, why) and the deadline. Null when every organisation has reported.
 */
export function composeReminder(input: Omit<ReportInput, 'submissions'>): ReminderContent | null {
  const { plan, period, evaluation, settings, wording } = input;
  const w = wording.reminder;
  const addressees = reminderAddressees(input);
  if (addressees.length === 0) return null;
  const deadline = evaluation.organizations[0]?.deadline ?? '';
  const periodText = periodNameLower(period);
  const { citation, about } = citeSource(plan, wording);
  const common = { issuerName: settings.issuerName, reportTo: plan.source.issuer, period: periodText, deadline: formatViDateShort(deadline) };
  const byOrg = new Map(evaluation.organizations.map((o) => [o.org, o]));
  const missing = addressees.filter((a) => a.reason === 'missing').map((a) => a.name).join(', ');
  const status: ReportBlock[] = !missing
    ? []
    : [p(settings.date ? fill(w.statusLineDated, { ...common, orgs: missing, date: formatViDateShort(settings.date) }) : fill(w.statusLine, { ...common, orgs: missing }))];
  const rejected = addressees.filter((a) => a.reason === 'rejected').map((a) => {
    const ev = byOrg.get(a.org);
    return p(fill(w.rejectedItem, {
      ...common,
      org: a.name,
      received: ev?.receivedAt ? formatViDateShort(ev.receivedAt.slice(0, 10)) : '',
      reasons: (ev?.rejectedReasons ?? []).slice(0, REASONS_SHOWN).join('; ') || '…',
    }));
  });
  return {
    about: fill(w.about, { period: periodText }),
    addressees,
    deadline,
    body: [
      p(fill(w.opening, { ...common, citation, about })),
      ...status,
      ...rejected,
      p(fill(w.request, common)),
      p(fill(w.closing, common)),
    ],
    recipients: w.recipients,
  };
}
