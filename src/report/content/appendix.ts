import type { ReportContent, ReportSettings, ReportWording } from '../../model/report.ts';
import type { PeriodId } from '../../model/period.ts';
import { formatViDateShort } from '../../vi/date.ts';
import { COMPLETENESS_LABEL, TARGET_STATUS_LABEL } from '../../vi/labels.ts';
import { formatViNumber, formatViPercent } from '../../vi/number.ts';
import { periodNameLower, periodOf } from '../../vi/period.ts';
import { cleanText } from '../../vi/text.ts';
import { upperFirst } from './condense.ts';
import { fill, upper } from './fill.ts';
import type { ReportIndex } from './lookup.ts';
import { attachedLine } from './signing.ts';
import { formatPlanned } from './target-sentence.ts';

/** The appendix: every target of every organisation, then who reported when. */
export function appendixContent(
  ix: ReportIndex,
  period: PeriodId,
  settings: ReportSettings,
  wording: ReportWording,
): NonNullable<ReportContent['appendix']> {
  const w = wording.appendix;
  let no = 0;
  const targets = ix.orgs.flatMap((org) =>
    ix.targetsOf(org.code).map((t) => {
      const ev = ix.targetEval(t.id);
      return {
        no: String(++no),
        org: org.shortName,
        target: upperFirst(cleanText(t.text).replace(/\s+/g, ' ')),
        planned: formatPlanned(t),
        value: ev?.value == null ? '' : `${formatViNumber(ev.value)}${t.unit === '%' ? '%' : ''}`,
        ratio: ev?.ratio == null ? '' : formatViPercent(ev.ratio),
        status: TARGET_STATUS_LABEL[ev?.status ?? 'no_data'],
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
    targetsTitle: w.targetsTitle,
    targetColumns: w.targetColumns,
    targets,
    completenessTitle: w.completenessTitle,
    completenessColumns: w.completenessColumns,
    completeness,
  };
}
