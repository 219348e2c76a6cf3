import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { z } from 'zod';
import { allotmentJsonPath, allotmentTable, loadAllotment, readAllotmentTable, saveAllotment, sharesFor, writeAllotmentTable } from '../../allot/index.ts';
import type { PeriodId } from '../../model/period.ts';
import { periodOf } from '../../vi/period.ts';
import type { Allotment } from '../../model/allot.ts';
import type { Plan } from '../../model/plan.ts';
import { loadPlan } from '../../plan/index.ts';
import type { UnitTree } from '../../units/index.ts';
import { loadUnitsOrSay } from '../units-file.ts';
import { ALLOT_CLI_TEXT as T } from '../../vi/allot-text.ts';
import { type CliContext, EXIT, printJson } from '../context.ts';
import { forceOption, jsonOption, parseOptions, planOption } from '../options.ts';
import { paint, renderFindings } from '../render.ts';

const TemplateOptionsSchema = z.object({
  plan: z.string().min(1),
  units: z.string().min(1),
  unit: z.string().trim().min(1),
  year: z.string().regex(/^\d{4}$/).transform(Number),
  output: z.string().regex(/\.xlsx$/i),
  allotment: z.string().min(1).optional(),
  force: z.boolean().optional(),
  json: z.boolean().optional(),
});

const CheckOptionsSchema = z.object({
  plan: z.string().min(1),
  units: z.string().min(1),
  output: z.string().regex(/\.json$/i).optional(),
  allowOver: z.boolean().optional(),
  force: z.boolean().optional(),
  json: z.boolean().optional(),
});

/** `baocao allot template …` and `baocao allot check …`: allotment of targets to the units below (phân bổ chỉ tiêu). */
export function registerAllotCommands(program: Command, ctx: CliContext): void {
  const allot = program.command('allot').description(T.description);
  allot
    .command('template')
    .description(T.templateDescription)
    .addOption(planOption(T.planOption))
    .requiredOption('--units <tệp>', T.unitsOption)
    .requiredOption('--unit <mã>', T.unitOption)
    .requiredOption('--year <năm>', T.yearOption)
    .requiredOption('-o, --output <tệp.xlsx>', T.outputTemplateOption)
    .option('--allotment <tệp.json>', T.upperOption)
    .addOption(forceOption(T.forceOption))
    .addOption(jsonOption())
    .action(async (raw: Record<string, unknown>) => allotTemplate(ctx, raw));
  allot
    .command('check')
    .description(T.checkDescription)
    .argument('<tệp.xlsx>', T.fileArgument)
    .addOption(planOption(T.planOption))
    .requiredOption('--units <tệp>', T.unitsOption)
    .option('-o, --output <tệp.json>', T.outputCheckOption)
    .option('--allow-over', T.allowOverOption)
    .addOption(forceOption(T.forceOption))
    .addOption(jsonOption())
    .action(async (file: string, raw: Record<string, unknown>) => allotCheck(ctx, file, raw));
}

/** The plan and the units file, or null after a Vietnamese error (exit 2 unreadable, 1 invalid). */
async function planAndUnits(ctx: CliContext, planFile: string, unitsFile: string): Promise<{ plan: Plan; hash: string; units: UnitTree } | null> {
  const loaded = await loadPlan(planFile);
  if (!loaded.ok) {
    ctx.stderr(`${T.planInvalid}\n${renderFindings(loaded.findings, false)}`);
    ctx.exitCode = loaded.findings.some((f) => f.code === 'plan/unreadable') ? EXIT.usage : EXIT.findings;
    return null;
  }
  const units = await loadUnitsOrSay(ctx, unitsFile, loaded.plan);
  return units ? { plan: loaded.plan, hash: loaded.hash, units } : null;
}

/** A saved allotment given with --allotment, checked against the plan; null after a Vietnamese error (exit 2). */
export async function readAllotmentOption(ctx: CliContext, file: string, planId: string, planHash: string): Promise<Allotment | null> {
  const loaded = await loadAllotment(file);
  if (!loaded.ok) {
    ctx.stderr(loaded.problem === 'unreadable' ? T.allotmentUnreadable(file, loaded.reason) : T.allotmentInvalid(file, loaded.reason));
    ctx.exitCode = EXIT.usage;
    return null;
  }
  if (loaded.allotment.planId !== planId || loaded.allotment.planHash !== planHash) {
    ctx.stderr(T.allotmentOtherPlan(file, loaded.allotment.planId));
    ctx.exitCode = EXIT.usage;
    return null;
  }
  return loaded.allotment;
}

/** `allot template`: 0 written, 2 bad usage or unreadable input. */
async function allotTemplate(ctx: CliContext, raw: Record<string, unknown>): Promise<void> {
  const options = parseOptions(TemplateOptionsSchema, raw, ctx, (issues) =>
    issues
      .map((i) => (i.path[0] === 'year' ? T.badYear(String(raw.year)) : i.path[0] === 'output' ? T.outputNotXlsx(String(raw.output)) : `--${String(i.path[0])}: ${i.message}`))
      .join('\n'),
  );
  if (!options) return;
  if (existsSync(options.output) && !options.force) {
    ctx.stderr(T.outputExists(options.output));
    ctx.exitCode = EXIT.usage;
    return;
  }
  const inputs = await planAndUnits(ctx, options.plan, options.units);
  if (!inputs) return;
  const { plan, hash, units } = inputs;
  let upper: Allotment | undefined;
  if (options.allotment) {
    const read = await readAllotmentOption(ctx, options.allotment, plan.id, hash);
    if (!read) return;
    if (read.year !== options.year) {
      ctx.stderr(T.allotmentOtherYear(options.allotment, read.year, options.year));
      ctx.exitCode = EXIT.usage;
      return;
    }
    upper = read;
  }
  const table = allotmentTable({ plan, planHash: hash, units, unit: options.unit, year: options.year, ...(upper ? { upper } : {}) });
  if (!table) {
    ctx.stderr(T.unknownUnit(options.unit, options.year));
    ctx.exitCode = EXIT.usage;
    return;
  }
  if (table.children.length === 0) {
    ctx.stderr(T.noChildren(options.unit, options.year));
    ctx.exitCode = EXIT.usage;
    return;
  }
  await writeAllotmentTable(options.output, table, { force: Boolean(options.force) });
  ctx.exitCode = EXIT.ok;
  if (options.json) {
    printJson(ctx, {
      file: options.output,
      unit: table.unit.code,
      year: table.year,
      children: table.children.map((c) => c.code),
      targets: table.rows.map((r) => ({ targetId: r.target.id, org: r.org, total: r.total, open: r.open })),
      notApportioned: table.levels.map((t) => t.id),
      notGiven: table.notGiven.map((t) => t.id),
      findings: table.findings,
    });
    return;
  }
  const lines = [paint(ctx.isTTY, 'bold', T.written(options.output, table.rows.length, table.children.length))];
  if (table.findings.length > 0) lines.push('', T.findingsHeading, renderFindings(table.findings, ctx.isTTY));
  ctx.stdout(`${lines.join('\n')}\n`);
}

/** `allot check`: 0 valid (allotment saved), 1 findings with errors, 2 bad usage or unreadable input. */
async function allotCheck(ctx: CliContext, file: string, raw: Record<string, unknown>): Promise<void> {
  const options = parseOptions(CheckOptionsSchema, raw, ctx, (issues) =>
    issues.map((i) => (i.path[0] === 'output' ? T.outputNotJson(String(raw.output)) : `--${String(i.path[0])}: ${i.message}`)).join('\n'),
  );
  if (!options) return;
  const output = options.output ?? allotmentJsonPath(file);
  const inputs = await planAndUnits(ctx, options.plan, options.units);
  if (!inputs) return;
  const result = await readAllotmentTable(file, { plan: inputs.plan, planHash: inputs.hash, units: inputs.units, allowOver: Boolean(options.allowOver) });
  const unreadable = result.findings.some((f) => f.code === 'allot/unreadable');
  let saved: string | null = null;
  if (result.ok) {
    if (existsSync(output) && !options.force) {
      ctx.stderr(T.outputExists(output));
      ctx.exitCode = EXIT.usage;
      return;
    }
    await saveAllotment(output, result.allotment, { force: Boolean(options.force) });
    saved = output;
  }
  ctx.exitCode = result.ok ? EXIT.ok : unreadable ? EXIT.usage : EXIT.findings;
  if (options.json) {
    printJson(ctx, { ok: result.ok, file, saved, allotment: result.allotment, notApportioned: result.notApportioned, findings: result.findings });
    return;
  }
  const lines: string[] = [];
  if (result.findings.length > 0) lines.push(T.findingsHeading, renderFindings(result.findings, ctx.isTTY), '');
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  if (result.ok) lines.push(paint(ctx.isTTY, 'green', T.checkedOk(output, Object.keys(result.allotment.shares).length, result.notApportioned.length)));
  else lines.push(paint(ctx.isTTY, 'red', T.checkedBad(errors)));
  ctx.stdout(`${lines.join('\n')}\n`);
}

/**
 * `--allotment <file>` of `baocao template` (and `--unit <code>`, unless the command has it
 * already): the forms of a unit show its share of each allotted target.
 */
export function addAllotmentOptions(cmd: Command | undefined, description: string = T.allotmentOption): void {
  if (!cmd) return;
  cmd.option('--allotment <tệp.json>', description);
  if (!cmd.options.some((o) => o.long === '--unit')) cmd.option('--unit <mã>', T.templateUnitOption);
}

const AllotmentOptionSchema = z.object({ allotment: z.string().min(1).optional(), unit: z.string().trim().min(1).optional() });

/**
 * The unit's shares for `template --allotment <file> --unit <code>`: undefined without
 * --allotment, null after a Vietnamese error (exit 2): no --unit, an allotment of another plan
 * or year, or one that gives the unit nothing.
 */
export async function allotmentSharesOption(ctx: CliContext, raw: unknown, plan: Plan, planHash: string, period: PeriodId): Promise<Map<string, number> | undefined | null> {
  const options = AllotmentOptionSchema.parse(raw);
  if (!options.allotment) return undefined;
  if (!options.unit) {
    ctx.stderr(T.allotmentNeedsUnit);
    ctx.exitCode = EXIT.usage;
    return null;
  }
  const allotment = await readAllotmentOption(ctx, options.allotment, plan.id, planHash);
  if (!allotment) return null;
  const year = periodOf(period).year;
  if (allotment.year !== year) {
    ctx.stderr(T.allotmentOtherYear(options.allotment, allotment.year, year));
    ctx.exitCode = EXIT.usage;
    return null;
  }
  const shares = sharesFor(allotment, options.unit);
  if (shares.size === 0) {
    ctx.stderr(T.allotmentNoShare(options.allotment, options.unit));
    ctx.exitCode = EXIT.usage;
    return null;
  }
  return shares;
}
