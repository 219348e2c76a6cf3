import type { ReportContent, ReportSettings, ReportWording } from '../../model/report.ts';
import { countStatuses } from '../../evaluate/index.ts';
import { TARGET_STATUSES, type TargetEvaluation, type TargetStatus } from '../../model/evaluation.ts';
import type { PeriodId } from '../../model/period.ts';
import { formatViDateShort } from '../../vi/date.ts';
import { COMPLETENESS_LABEL, NOT_ALLOTTED_LABEL, TARGET_STATUS_LABEL } from '../../vi/labels.ts';
import { formatViNumber, formatViRatio } from '../../vi/number.ts';
import { periodNameLower, periodOf } from '../../vi/period.ts';
import { cleanText } from '../../vi/text.ts';
import { upperFirst } from './condense.ts';
import { fill, upper } from './fill.ts';
import type { ReportIndex } from './lookup.ts';
import { attachedLine } from './signing.ts';
import { formatPlanned } from './target-sentence.ts';

type Appendix = NonNullable<ReportContent['appendix']>;

/** Whether the appendix lists every target (false: one row per organisation, detail in the Excel file). */
export function appendixListsTargets(orgCount: number, settings: ReportSettings): boolean {
  return orgCount <= settings.appendixDetailMaxOrgs;
}

/** The result cell: "318", "52,5%", or a carried figure with its quarter ("318 (đến hết quý II)"). */
function appendixValue(ev: TargetEvaluation | undefined, unit: string, wording: ReportWording): string {
  if (ev?.value == null) return '';
  const value = `${formatViNumber(ev.value)}${unit === '%' ? '%' : ''}`;
  if (ev.status !== 'carried' || !ev.fromQuarter) return value;
  return fill(wording.appendix.carriedValue, { value, from: periodNameLower(ev.fromQuarter).replace(/ năm \d+$/, '') });
}

/** One row per organisation: how many targets it has, and how many are at each status; then the total. */
function byOrgTable(ix: ReportIndex, wording: ReportWording): NonNullable<Appendix['byOrg']> {
  const w = wording.appendix;
  const row = (no: string, org: string, counts: Record<TargetStatus, number>) => {
    const all = TARGET_STATUSES.reduce((sum, s) => sum + counts[s], 0);
    const n = (v: number) => formatViNumber(v);
    return { no, org, targets: n(all), achieved: n(counts.achieved), onTrack: n(counts.on_track), behind: n(counts.behind), carried: n(counts.carried), noData: n(counts.no_data) };
  };
  const statusOf = (id: string): TargetStatus => ix.targetEval(id)?.status ?? 'no_data';
  const perOrg = ix.orgs.map((org) => countStatuses(ix.targetsOf(org.code).map((t) => statusOf(t.id))));
  const rows = ix.orgs.map((org, i) => row(String(i + 1), org.name, perOrg[i]!));
  const total = Object.fromEntries(TARGET_STATUSES.map((s) => [s, perOrg.reduce((sum, c) => sum + c[s], 0)])) as Record<TargetStatus, number>;
  return {
    columns: [...w.orgTargetColumns, ...TARGET_STATUSES.map((s) => TARGET_STATUS_LABEL[s])],
    rows,
    total: row('', w.total, total),
    note: w.detailInExcel,
  };
}

/** The office's words beside the figure ("1 (đã đề xuất, chờ ý kiến)"), as " (…)"; "" when none. */
function remarkOf(ix: ReportIndex, org: string, targetId: string): string {
  const remark = ix.submission(org)?.targets.find((r) => r.targetId === targetId)?.remark;
  return remark ? ` (${remark})` : '';
}

/**
 * The appendix: every target of every organisation (or, for more organisations than
 * settings.appendixDetailMaxOrgs, their counts per organisation), then who reported when.
 */
export function appendixContent(
  ix: ReportIndex,
  period: PeriodId,
  settings: ReportSettings,
  wording: ReportWording,
): Appendix {
  const w = wording.appendix;
  const detail = appendixListsTargets(ix.orgs.length, settings);
  let no = 0;
  const targets = !detail ? [] : ix.orgs.flatMap((org) =>
    ix.targetsOf(org.code).map((t) => {
      const ev = ix.targetEval(t.id);
      return {
        no: String(++no),
        org: org.shortName,
        target: upperFirst(cleanText(t.text).replace(/\s+/g, ' ')),
        planned: formatPlanned(t),
        value: ev?.value == null ? '' : `${appendixValue(ev, t.unit, wording)}${remarkOf(ix, org.code, t.id)}`,
        ratio: ev?.ratio == null ? '' : formatViRatio(ev.ratio),
        status: ev?.notAllotted ? NOT_ALLOTTED_LABEL : TARGET_STATUS_LABEL[ev?.status ?? 'no_data'],
      };
    }),
  );
  const completeness = ix.orgs.map((org, i) => {
    const ev = ix.orgEval(org.code);
    return {
      no: String(i + 1),
      org: org.name,
      status: COMPLETENESS_LABEL[ev?.completeness ?? 'missing'],
      receivedAt: ev?.receivedAt ? formatViDateShort(ev.receivedAt.slice(0, 10)) : '',
      deadline: ev ? formatViDateShort(ev.deadline) : '',
      note: ev?.rejectedReasons.join('; ') ?? '',
    };
  });
  return {
    label: w.label,
    title: upper(fill(w.title, { period: periodNameLower(period) })),
    attached: attachedLine(settings, wording, periodOf(period).year),
    targetsTitle: detail ? w.targetsTitle : w.orgTargetsTitle,
    targetColumns: w.targetColumns,
    targets,
    byOrg: detail ? null : byOrgTable(ix, wording),
    completenessTitle: w.completenessTitle,
    completenessColumns: w.completenessColumns,
    completeness,
  };
}
