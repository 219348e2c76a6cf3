import { existsSync } from 'node:fs';
import { periodFromStore } from '../evaluate/index.ts';
import type { StoredPeriod } from '../model/evaluation.ts';
import type { PeriodId } from '../model/period.ts';
import type { Plan } from '../model/plan.ts';
import type { Store } from '../model/store.ts';
import { loadPlan } from '../plan/index.ts';
import { STATUS_TEXT } from '../vi/status-export-text.ts';
import { inPlan, planYears } from '../vi/period.ts';
import { type CliContext, EXIT } from './context.ts';
import { type StoreOptions, StoreOptionsSchema, optionsInOneLine, parseOptions } from './options.ts';
import { renderFindings } from './render.ts';
import { dbPathProblem, openStoreOrSay } from './store.ts';

/** The period's evaluation, submissions and log, with the plan they were read for. */
export interface LoadedPeriod extends StoredPeriod {
  plan: Plan;
}

/**
 * Shared by status and export: validates the options, loads the plan, opens the store (which
 * must exist: a missing file is a usage error, not an empty store) and evaluates the period.
 * Returns null after printing a Vietnamese error and setting exit code 2.
 */
export async function loadPeriod(ctx: CliContext, raw: unknown): Promise<(LoadedPeriod & { options: StoreOptions }) | null> {
  const opened = await openPeriod(ctx, raw);
  if (!opened) return null;
  const { plan, store, options } = opened;
  try {
    return { plan, ...periodFromStore(plan, options.period, store, { now: new Date().toISOString() }), options };
  } finally {
    store.close();
  }
}

/**
 * The checks of loadPeriod without the evaluation: the plan, the period within it, the store
 * opened (the caller closes it). Null after printing a Vietnamese error (exit code 2).
 */
export async function openPeriod(ctx: CliContext, raw: unknown): Promise<{ plan: Plan; store: Store; options: StoreOptions & { period: PeriodId } } | null> {
  const options = parseOptions(StoreOptionsSchema, raw, ctx, optionsInOneLine);
  if (!options) return null;
  const loaded = await loadPlan(options.plan);
  if (!loaded.ok) {
    ctx.stderr(renderFindings(loaded.findings, false));
    ctx.exitCode = EXIT.usage;
    return null;
  }
  const { plan } = loaded;
  if (!inPlan(plan, options.period as PeriodId)) {
    const years = planYears(plan);
    const [from, to] = [years[0], years.at(-1)];
    ctx.stderr(STATUS_TEXT.periodOutsidePlan(options.period, from === to ? String(from) : `${from}–${to}`));
    ctx.exitCode = EXIT.usage;
    return null;
  }
  if (!existsSync(options.db)) {
    ctx.stderr(dbPathProblem(options.db) ?? STATUS_TEXT.dbMissing(options.db));
    ctx.exitCode = EXIT.usage;
    return null;
  }
  const store = openStoreOrSay(ctx, options.db);
  if (!store) return null;
  return { plan, store, options: { ...options, period: options.period as PeriodId } };
}
