import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { versionHistory } from '../../ingest/index.ts';
import { PeriodIdSchema } from '../../model/period.ts';
import type { Plan } from '../../model/plan.ts';
import type { Store } from '../../model/store.ts';
import type { VersionChange, VersionEntry, VersionHistory } from '../../model/versions.ts';
import { findOrg, loadPlan, planIndex } from '../../plan/index.ts';
import { STATUS_TEXT, formatReceivedAt } from '../../vi/status-export-text.ts';
import { PROGRESS_LABEL } from '../../vi/labels.ts';
import { formatViNumber } from '../../vi/number.ts';
import { periodName } from '../../vi/period.ts';
import { VERSIONS_TEXT as T } from '../../vi/versions-text.ts';
import { type CliContext, EXIT, printJson } from '../context.ts';
import { dbOption, jsonOption, parseOptions, periodOption, planOption } from '../options.ts';
import { pad, paint, renderFindings } from '../render.ts';
import { openStoreOrSay } from '../store.ts';
import { restoreRefusal } from '../../approve/index.ts';
import type { ApprovalEvent } from '../../model/approval.ts';
import { APPROVE_TEXT } from '../../vi/approve-text.ts';

const HistoryOptionsSchema = z.object({
  org: z.string().trim().min(1),
  /** The unit the forms were for (a commune…); absent: the office's own. */
  unit: z.string().trim().min(1).optional(),
  period: PeriodIdSchema,
  plan: z.string().trim().min(1).optional(),
  db: z.string().trim().min(1).default('./baocao.db'),
  json: z.boolean().optional(),
});

const RestoreOptionsSchema = z.object({
  version: z.coerce.number().int().min(1),
  db: z.string().trim().min(1).default('./baocao.db'),
  by: z.string().trim().min(1).optional(),
  json: z.boolean().optional(),
});

/** Changes listed under each version; the rest are counted. */
const CHANGES_SHOWN = 10;

export function registerHistoryCommands(program: Command, ctx: CliContext): void {
  program
    .command('history')
    .description(T.historyDescription)
    .requiredOption('--org <mã>', T.orgOption)
    .option('--unit <mã>', T.unitOption)
    .addOption(periodOption(T.periodOption))
    .addOption(planOption(T.planOption, { required: false }))
    .addOption(dbOption())
    .addOption(jsonOption())
    .action(async (raw: unknown) => runHistory(ctx, raw));
  program
    .command('restore')
    .alias('confirm')
    .description(T.restoreDescription)
    .argument('<số-bản>', T.versionArgument)
    .addOption(dbOption())
    .option('--by <họ-tên>', T.byOption)
    .addOption(jsonOption())
    .action((version: string, raw: Record<string, unknown>) => runRestore(ctx, { ...raw, version }));
}

/** An existing store, or null after saying why not (a missing file is a usage error, not an empty store). */
function existingStore(ctx: CliContext, db: string): Store | null {
  if (!existsSync(db)) {
    ctx.stderr(STATUS_TEXT.dbMissing(db));
    ctx.exitCode = EXIT.usage;
    return null;
  }
  return openStoreOrSay(ctx, db);
}

/** `baocao history`: 0 listed (even when nothing was received), 2 bad usage, unreadable plan or store. */
async function runHistory(ctx: CliContext, raw: unknown): Promise<void> {
  const options = parseOptions(HistoryOptionsSchema, raw, ctx);
  if (!options) return;
  let given: { plan: Plan; hash: string } | null = null;
  if (options.plan) {
    const loaded = await loadPlan(options.plan);
    if (!loaded.ok) {
      ctx.stderr(renderFindings(loaded.findings, ctx.isTTY));
      ctx.exitCode = EXIT.usage;
      return;
    }
    given = { plan: loaded.plan, hash: loaded.hash };
  }
  const store = existingStore(ctx, options.db);
  if (!store) return;
  let history: VersionHistory;
  let plan: Plan;
  // The period's approvals and returns (src/approve), every unit's: listed after the versions.
  let approvals: ApprovalEvent[] = [];
  try {
    const found = given ?? store.lastSavedPlan();
    if (!found) {
      // Nothing was ever ingested into this store.
      ctx.stderr(STATUS_TEXT.dbMissing(options.db));
      ctx.exitCode = EXIT.usage;
      return;
    }
    plan = found.plan;
    const org = findOrg(plan, options.org);
    if (!org) {
      ctx.stderr(T.unknownOrg(options.org));
      ctx.exitCode = EXIT.usage;
      return;
    }
    history = versionHistory(store, plan, org.code, options.period, options.unit ?? '');
    approvals = store.approvalLog?.(plan.id, options.period) ?? [];
  } finally {
    store.close();
  }
  if (options.json) {
    printJson(ctx, { ...history, approvals });
    return;
  }
  ctx.stdout(renderHistory(history, plan, ctx.isTTY));
  if (approvals.length > 0) {
    const lines = approvals.map((e) => `  ${APPROVE_TEXT.historyLine(formatReceivedAt(e.at), e.unit, e.unitName, e.action, e.actor, e.reason, e.via)}`);
    ctx.stdout(`\n${APPROVE_TEXT.historyHeading}\n${lines.join('\n')}\n`);
  }
}

const STATUS_COLOUR = { current: 'green', superseded: 'gray', held: 'yellow', rejected: 'red', unreadable: 'red' } as const;

function renderHistory(h: VersionHistory, plan: Plan, isTTY: boolean): string {
  const orgName = plan.organizations.find((o) => o.code === h.org)?.name ?? h.org;
  const name = periodName(h.period);
  if (h.versions.length === 0) return `${T.none(orgName, name)}\n`;
  const c = T.columns;
  const fileWidth = Math.min(40, Math.max(c.file.length, ...h.versions.map((v) => [...basename(v.fileName)].length)));
  const lines = [paint(isTTY, 'bold', T.heading(orgName, name))];
  lines.push(`  ${pad(c.id, 4)} ${pad(c.file, fileWidth)}  ${pad(c.received, 16)}  ${pad(c.sha, 8)}  ${c.status}`);
  for (const v of h.versions) {
    const status = paint(isTTY, STATUS_COLOUR[v.status], T.status[v.status]);
    const notes = [v.supersededBy !== null ? T.replacedBy(v.supersededBy) : '', changeSummary(v)].filter(Boolean).join('; ');
    lines.push(
      `  ${pad(v.id === null ? '–' : String(v.id), 4)} ${pad(basename(v.fileName), fileWidth)}  ${pad(formatReceivedAt(v.receivedAt), 16)}  ${pad(v.sha256.slice(0, 8), 8)}  ${status}${notes ? ` — ${notes}` : ''}`,
    );
    for (const change of v.changes.slice(0, CHANGES_SHOWN)) lines.push(`         ${describeChange(change, plan)}`);
    if (v.changes.length > CHANGES_SHOWN) lines.push(`         ${T.moreChanges(v.changes.length - CHANGES_SHOWN)}`);
    if (v.id === null) for (const f of v.findings.slice(0, 3)) lines.push(`         ${T.findingLine(f.cell, f.message)}`);
  }
  if (h.events.length > 0) {
    lines.push('', T.eventsHeading);
    for (const e of h.events) lines.push(`  ${T.event(formatReceivedAt(e.at), e.actor, e.action, e.submissionId, e.replacedId)}`);
  }
  const held = h.versions.filter((v) => v.status === 'held' && v.id !== null).map((v) => v.id as number);
  if (held.length > 0) lines.push('', T.heldHint(held));
  return `${lines.join('\n')}\n`;
}

function changeSummary(v: VersionEntry): string {
  if (v.comparedWith === null) return '';
  return v.changes.length === 0 ? T.noChange(v.comparedWith) : T.changesFrom(v.changes.length, v.comparedWith);
}

/** What changed, named as the form names it: the target's wording or the task's number. */
function describeChange(c: VersionChange, plan: Plan): string {
  const index = planIndex(plan);
  const target = c.kind === 'target' ? index.targetById.get(c.id) : undefined;
  const task = c.kind === 'task' ? index.taskById.get(c.id) : undefined;
  const name = target ? T.targetName(target.text) : task ? T.taskName(task.number) : c.id;
  const show = (value: number | string | null): string => {
    if (value === null) return T.empty;
    if (typeof value === 'number') return formatViNumber(value, 6);
    if (c.field === 'progress') return PROGRESS_LABEL[value as keyof typeof PROGRESS_LABEL] ?? value;
    return `"${value.length > 60 ? `${value.slice(0, 59)}…` : value}"`;
  };
  return T.change(c, `${name}, ${T.fieldLabel[c.field]}`, show(c.before), show(c.after));
}

/** `baocao restore <số-bản>`: 0 done (or already current), 2 no such version, bad usage or unreadable store. */
function runRestore(ctx: CliContext, raw: unknown): void {
  const options = parseOptions(RestoreOptionsSchema, raw, ctx);
  if (!options) return;
  const store = existingStore(ctx, options.db);
  if (!store) return;
  let result: ReturnType<Store['restoreVersion']>;
  try {
    // An approved unit's versions are locked (src/approve): refused until the unit is returned.
    const wanted = store.submissionById(options.version);
    const refusal = wanted ? restoreRefusal(store, wanted) : null;
    if (refusal) {
      if (options.json) printJson(ctx, { restored: null, replacedId: null, changed: false, event: null, findings: [refusal] });
      ctx.stderr(renderFindings([refusal], ctx.isTTY));
      ctx.exitCode = EXIT.findings;
      return;
    }
    result = store.restoreVersion(options.version, { actor: options.by ?? whoAmI(), at: new Date().toISOString() });
  } finally {
    store.close();
  }
  if (!result) {
    if (options.json) printJson(ctx, { restored: null, replacedId: null, changed: false, event: null });
    ctx.stderr(T.notFound(options.version));
    ctx.exitCode = EXIT.usage;
    return;
  }
  const { restored, replacedId, changed, event } = result;
  if (options.json) {
    const { id, fileName, org, period, receivedAt, sha256, status } = restored;
    printJson(ctx, { restored: { id, fileName, org, period, receivedAt, sha256, status }, replacedId, changed, event });
    return;
  }
  ctx.stdout(
    changed
      ? `${T.restored(restored.id, basename(restored.fileName), replacedId, event?.action === 'confirmed')}\n`
      : `${T.alreadyCurrent(restored.id, basename(restored.fileName))}\n`,
  );
}

/** The computer's user name, for the version log when --by is not given. */
export function whoAmI(): string {
  try {
    return userInfo().username || T.unknownActor;
  } catch {
    return T.unknownActor;
  }
}
