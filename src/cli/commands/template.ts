import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { type Command, Option } from 'commander';
import { z } from 'zod';
import { PeriodIdSchema } from '../../model/period.ts';
import type { Store } from '../../model/store.ts';
import { findOrg, loadPlan } from '../../plan/index.ts';
import { type UnitSelection, writeTemplates, writeUnitTemplates } from '../../template/index.ts';
import type { UnitTree } from '../../units/index.ts';
import { loadUnitsOrSay } from '../units-file.ts';
import { makeFinding } from '../../vi/messages/index.ts';
import { TEMPLATE_CLI_TEXT as T } from '../../vi/messages/template.ts';
import { periodName } from '../../vi/period.ts';
import { type CliContext, EXIT, printJson } from '../context.ts';
import { dbOption, forceOption, jsonOption, parseOptions, periodOption } from '../options.ts';
import { pad, paint, renderFindings } from '../render.ts';
import { allotmentSharesOption } from './allot.ts';
import { dbPathProblem, openStoreOrSay } from '../store.ts';

/** Findings of --unit / --under that mean the command was asked for a unit it cannot make forms for (exit 2). */
const UNIT_USAGE = new Set<string>(['template/unknown-unit', 'template/unit-not-in-period', 'template/no-units-below']);

/** The protection password may also come from the environment, so it stays out of shell history. */
const PASSWORD_ENV = 'BAOCAO_TEMPLATE_PASSWORD';

const OptionsSchema = z.object({
  period: PeriodIdSchema,
  /** "--org HCCB HND", "--org HCCB --org HND" and "--org HCCB,HND" all work. */
  org: z
    .array(z.string())
    .optional()
    .transform((codes) => codes?.flatMap((c) => c.split(',')).map((c) => c.trim()).filter(Boolean)),
  out: z.string().trim().min(1),
  force: z.boolean().optional(),
  password: z.string().min(1).optional(),
  db: z.string().trim().min(1).optional(),
  json: z.boolean().optional(),
  units: z.string().trim().min(1).optional(),
  unit: z.string().trim().min(1).optional(),
  under: z.string().trim().min(1).optional(),
});

export function registerTemplateCommand(program: Command, ctx: CliContext): void {
  program
    .command('template')
    .description(T.description)
    .argument('<kế-hoạch>', T.planArgument)
    .addOption(periodOption(T.periodOption))
    .addOption(variadic(new Option('--org <mã...>', T.orgOption)))
    .requiredOption('-o, --out <thư-mục>', T.outOption)
    .addOption(forceOption(T.forceOption))
    .option('--password <mật-khẩu>', T.passwordOption)
    .addOption(dbOption(T.dbOption))
    .option('--units <tệp>', T.unitsOption)
    .option('--unit <mã>', T.unitOption)
    .option('--under <mã>', T.underOption)
    .addOption(jsonOption())
    .action(async (file: string, raw: unknown) => runTemplate(ctx, file, raw));
}

/** Commander recognises "<name...>" as variadic only for ASCII names. */
function variadic(option: Option): Option {
  option.variadic = true;
  return option;
}

/** `baocao template`: 0 all written, 1 findings with errors (a file left untouched), 2 bad usage or plan unreadable. */
async function runTemplate(ctx: CliContext, file: string, raw: unknown): Promise<void> {
  const given = parseOptions(OptionsSchema, raw, ctx);
  if (!given) return;
  const options = { ...given, password: given.password ?? (process.env[PASSWORD_ENV] || undefined) };
  const loaded = await loadPlan(file);
  if (!loaded.ok) {
    ctx.stderr(T.planInvalid);
    ctx.stderr(renderFindings(loaded.findings, ctx.isTTY));
    ctx.exitCode = loaded.findings.some((f) => f.code === 'plan/unreadable') ? EXIT.usage : EXIT.findings;
    return;
  }
  const { plan, hash } = loaded;
  const known = plan.organizations.map((o) => o.code);
  // Codes as the plan spells them, whatever the case typed ("hccb" → "HCCB"), as `report --org` takes them.
  const orgs = (options.org ?? []).map((c) => findOrg(plan, c)?.code ?? c);
  const unknown = orgs.filter((c) => !known.includes(c));
  if (unknown.length > 0) {
    for (const org of unknown) ctx.stderr(makeFinding('template/unknown-org', { org }, { org, valid: known.join(', ') }).message);
    ctx.exitCode = EXIT.usage;
    return;
  }
  const selection: UnitSelection | null = options.unit ? { unit: options.unit } : options.under ? { under: options.under } : null;
  if (options.unit && options.under) {
    ctx.stderr(T.unitOrUnder);
    ctx.exitCode = EXIT.usage;
    return;
  }
  if (selection && !options.units) {
    ctx.stderr(T.unitsNeeded);
    ctx.exitCode = EXIT.usage;
    return;
  }
  let tree: UnitTree | null = null;
  if (options.units) {
    tree = await loadUnitsOrSay(ctx, options.units, plan);
    if (!tree) return;
  }
  if (options.db && !existsSync(options.db)) {
    ctx.stderr(dbPathProblem(options.db) ?? T.dbMissing(options.db));
    ctx.exitCode = EXIT.usage;
    return;
  }
  const shares = await allotmentSharesOption(ctx, raw, plan, hash, options.period);
  if (shares === null) return;
  const store: Store | null | undefined = options.db ? openStoreOrSay(ctx, options.db) : undefined;
  if (store === null) return;
  try {
    const writeOptions = {
      period: options.period,
      outDir: options.out,
      ...(orgs.length > 0 ? { orgs } : {}),
      ...(options.force ? { force: true } : {}),
      ...(options.password ? { password: options.password } : {}),
      ...(store ? { store } : {}),
      ...(shares ? { shares } : {}),
    };
    const written =
      selection && tree && options.units
        ? await writeUnitTemplates(plan, hash, tree, selection, options.units, writeOptions)
        : { ...(await writeTemplates(plan, hash, writeOptions)), units: 0 };
    const { files, findings } = written;
    // A unit that is not in the units file, or not in the period: bad usage, nothing written.
    if (findings.some((f) => UNIT_USAGE.has(f.code))) {
      if (options.json) printJson(ctx, { files, findings });
      else ctx.stderr(renderFindings(findings, ctx.isTTY));
      ctx.exitCode = EXIT.usage;
      return;
    }
    // Targets an import left for a person to check: the forms ask for them as the plan has them.
    findings.unshift(...loaded.findings.filter((f) => f.code === 'plan/needs-review'));
    ctx.exitCode = findings.some((f) => f.severity === 'error') ? EXIT.findings : EXIT.ok;
    if (options.json) {
      printJson(ctx, { files, findings });
      return;
    }
    const lines: string[] = [];
    if (files.length === 0) lines.push(paint(ctx.isTTY, 'red', T.none));
    else {
      const heading = written.units > 0 ? T.unitHeading(files.length, written.units, periodName(options.period), options.out) : T.heading(files.length, periodName(options.period), options.out);
      lines.push(paint(ctx.isTTY, 'bold', heading));
      const c = T.columns;
      // Files under a unit's subfolder are shown with it ("LG-PHUOCHOI/2024-Q2_LG-PHUOCHOI_MTTQ.xlsx").
      const shown = (f: (typeof files)[number]) => relative(options.out, f.path);
      const fileWidth = Math.max(c.file.length, ...files.map((f) => shown(f).length));
      lines.push(`  ${pad(c.org, 8)} ${pad(c.file, fileWidth)} ${pad(c.tasks, 9, 'right')} ${pad(c.targets, 9, 'right')}`);
      for (const f of files) {
        lines.push(`  ${pad(f.org, 8)} ${pad(shown(f), fileWidth)} ${pad(String(f.tasks), 9, 'right')} ${pad(String(f.targets), 9, 'right')}`);
      }
    }
    if (findings.length > 0) lines.push('', T.findingsHeading, renderFindings(findings, ctx.isTTY));
    ctx.stdout(`${lines.join('\n')}\n`);
  } finally {
    store?.close();
  }
}
