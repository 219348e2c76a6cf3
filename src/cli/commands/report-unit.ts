import type { ReportSettings, ReportWording } from '../../model/report.ts';
import type { LoadedPeriod } from '../period.ts';
import { type UnitReportResult, writeUnitReport } from '../../unit-report/index.ts';
import { type CliContext } from '../context.ts';
import { openStoreOrSay } from '../store.ts';
import { resolveUnit } from './status-units.ts';
import { allotmentSharesOption } from './allot.ts';
import { planHash } from '../../plan/index.ts';

/**
 * `report --unit <code> [--units <file>]`: the unit's report over its subtree (src/unit-report).
 * Null after printing a Vietnamese error (unknown unit, bad units file, unreadable store: exit 2).
 */
export async function unitReport(
  ctx: CliContext,
  raw: Record<string, unknown>,
  loaded: LoadedPeriod,
  options: { db: string; signer?: string | undefined },
  settings: ReportSettings,
  wording: ReportWording,
): Promise<(UnitReportResult & { unitName: string }) | null> {
  const { plan, evaluation } = loaded;
  const resolved = await resolveUnit(ctx, raw, plan, evaluation.period);
  if (!resolved) return null;
  const shares = await allotmentSharesOption(ctx, raw, plan, planHash(plan), evaluation.period);
  if (shares === null) return null;
  const store = openStoreOrSay(ctx, options.db);
  if (!store) return null;
  try {
    const result = await writeUnitReport({
      store,
      plan,
      period: evaluation.period,
      tree: resolved.at,
      unit: resolved.code,
      settings,
      wording,
      ...(shares ? { shares } : {}),
      ...(options.signer !== undefined ? { signerName: options.signer } : {}),
      now: new Date().toISOString(),
    });
    return { ...result, unitName: resolved.at.get(resolved.code)?.name ?? resolved.code };
  } finally {
    store.close();
  }
}
