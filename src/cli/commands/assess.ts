import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { AssessRulesError, assessFromStore, assessmentFormat, decideGrade, loadAssessmentRules, writeAssessment } from '../../assess/index.ts';
import type { AssessmentRules, OrgAssessment, YearAssessment } from '../../model/assessment.ts';
import type { Finding } from '../../model/finding.ts';
import type { Plan } from '../../model/plan.ts';
import type { Store } from '../../model/store.ts';
import { loadPlan } from '../../plan/index.ts';
import { loadDocumentConfig } from '../document-options.ts';
import { ASSESS_TEXT, quartersTimeliness } from '../../vi/assess-text.ts';
import { STATUS_TEXT } from '../../vi/status-export-text.ts';
import { hasErrors, makeFinding } from '../../vi/messages/index.ts';
import { planYears } from '../../vi/period.ts';
import { type CliContext, EXIT, printJson } from '../context.ts';
import { dbOption, flagOf, forceOption, jsonOption, planOption } from '../options.ts';
import { paint, renderFindings } from '../render.ts';
import { openStoreOrSay } from '../store.ts';

const Year = z.string().trim().regex(/^\d{4}$/, 'year').transform(Number);

const CommonSchema = z.object({
  plan: z.string().min(1),
  year: Year,
  db: z.string().min(1).default('./baocao.db'),
  rules: z.string().min(1).optional(),
  json: z.boolean().optional(),
});

const AssessOptionsSchema = CommonSchema.extend({
  unit: z.string().trim().min(1).optional(),
  output: z.string().min(1).refine((f) => assessmentFormat(f) !== null, 'output').optional(),
  config: z.string().min(1).optional(),
  number: z.string().trim().regex(/^\d+$/, 'number').optional(),
  date: z.iso.date('date').optional(),
  signer: z.string().trim().min(1).optional(),
  force: z.boolean().optional(),
});

const DecideOptionsSchema = CommonSchema.extend({
  org: z.string().trim().min(1),
  grade: z.string().trim().min(1),
  reason: z.string().trim().min(1),
});

function parse<S extends z.ZodType>(schema: S, raw: Record<string, unknown>, ctx: CliContext): z.infer<S> | null {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? '');
    const value = typeof raw[field] === 'string' ? (raw[field] as string) : '';
    if (field === 'output') ctx.stderr(ASSESS_TEXT.badOutput(value));
    else if (field === 'year') ctx.stderr(ASSESS_TEXT.badYear(value));
    else ctx.stderr(STATUS_TEXT.badOption(`${flagOf(issue.path[0])}: ${issue.message}`));
  }
  ctx.exitCode = EXIT.usage;
  return null;
}

function fail(ctx: CliContext, json: boolean, findings: Finding[]): null {
  if (json) printJson(ctx, { findings });
  else ctx.stderr(renderFindings(findings, false));
  ctx.exitCode = EXIT.usage;
  return null;
}

/** Plan, rules and store for a year, or null after telling the user why not (exit 2). */
async function openYear(ctx: CliContext, options: z.infer<typeof CommonSchema>): Promise<{ plan: Plan; rules: AssessmentRules; store: Store } | null> {
  const json = Boolean(options.json);
  const loaded = await loadPlan(options.plan);
  if (!loaded.ok) return fail(ctx, json, loaded.findings);
  const { plan } = loaded;
  const years = planYears(plan);
  if (!years.includes(options.year)) {
    const [from, to] = [years[0], years.at(-1)];
    ctx.stderr(ASSESS_TEXT.yearOutsidePlan(options.year, from === to ? String(from) : `${from}–${to}`));
    ctx.exitCode = EXIT.usage;
    return null;
  }
  let rules: AssessmentRules;
  try {
    rules = await loadAssessmentRules(options.year, options.rules);
  } catch (error) {
    if (!(error instanceof AssessRulesError)) throw error;
    return fail(ctx, json, error.findings);
  }
  if (!existsSync(options.db)) {
    ctx.stderr(STATUS_TEXT.dbMissing(options.db));
    ctx.exitCode = EXIT.usage;
    return null;
  }
  const store = openStoreOrSay(ctx, options.db);
  return store ? { plan, rules, store } : null;
}

function renderOrg(o: OrgAssessment, bandNames: ReadonlyMap<string, string>, isTTY: boolean): string[] {
  const t = o.taskCounts;
  const g = o.targetCounts;
  const quarters = quartersTimeliness(o);
  const lines = [
    paint(isTTY, 'bold', ASSESS_TEXT.orgLine(o.name)),
    ASSESS_TEXT.tasksLine(t.doneOnTime, t.doneLate, t.notDone + t.overdue, t.pending, t.noData, t.total),
    ASSESS_TEXT.targetsLine(g.met, g.exceeded, g.missed, g.noData, g.onTrack, g.total),
    ASSESS_TEXT.quartersLine(quarters),
    ASSESS_TEXT.proposalLine(o.proposal.reason),
  ];
  if (o.decision) lines.push(ASSESS_TEXT.decisionLine(bandNames.get(o.decision.band) ?? o.decision.band, o.decision.reason));
  return lines;
}

function renderAssessment(a: YearAssessment, rules: AssessmentRules, isTTY: boolean): string {
  const bandNames = new Map(rules.bands.map((b) => [b.id, b.name]));
  const head = [paint(isTTY, 'bold', ASSESS_TEXT.title(a.year)), ASSESS_TEXT.rules(a.rules.title, a.rules.version)];
  if (a.rules.note) head.push(a.rules.note);
  return [...head, '', ...a.organizations.flatMap((o) => [...renderOrg(o, bandNames, isTTY), ''])].join('\n');
}

export function registerAssessCommand(program: Command, ctx: CliContext): void {
  const assess = program
    .command('assess')
    .description(ASSESS_TEXT.description)
    // --plan, --year, --db, --rules and --json are the options of "assess" and also serve "decide"
    // (commander hands them to the parent wherever they are typed); the schemas check them, not
    // commander's required options, which would be demanded before "decide" is even reached.
    .addOption(planOption(ASSESS_TEXT.planOption, { required: false }))
    .option('--year <năm>', ASSESS_TEXT.yearOption)
    .option('--unit <mã>', ASSESS_TEXT.unitOption)
    .addOption(dbOption())
    .option('--rules <tệp>', ASSESS_TEXT.rulesOption)
    .option('-o, --output <tệp>', ASSESS_TEXT.outputOption)
    .option('--config <tệp>', ASSESS_TEXT.configOption)
    .option('--number <số>', ASSESS_TEXT.numberOption)
    .option('--date <yyyy-mm-dd>', ASSESS_TEXT.dateOption)
    .option('--signer <họ-tên>', ASSESS_TEXT.signerOption)
    .addOption(forceOption(ASSESS_TEXT.forceOption))
    .addOption(jsonOption())
    .action(async (raw: Record<string, unknown>) => {
      const options = parse(AssessOptionsSchema, raw, ctx);
      if (!options) return;
      const json = Boolean(options.json);
      if (options.output && existsSync(options.output) && !options.force) {
        fail(ctx, json, [makeFinding('assess/output-exists', { file: options.output }, { file: options.output })]);
        return;
      }
      let settings;
      let wording;
      if (options.output && assessmentFormat(options.output) === 'docx') {
        const config = await loadDocumentConfig({ ...options, wording: undefined });
        if ('findings' in config) {
          fail(ctx, json, config.findings);
          return;
        }
        ({ settings, wording } = config);
      }
      const opened = await openYear(ctx, options);
      if (!opened) return;
      const { plan, rules, store } = opened;
      let result;
      try {
        result = assessFromStore(plan, options.year, store, rules, { now: new Date().toISOString() });
      } finally {
        store.close();
      }
      const findings = [...result.findings];
      if (options.output) {
        await mkdir(dirname(options.output), { recursive: true });
        findings.push(...(await writeAssessment(options.output, { plan, assessment: result.assessment, rules, force: Boolean(options.force), ...(settings ? { settings } : {}), ...(wording ? { wording } : {}) })));
      }
      if (json) printJson(ctx, { path: options.output ?? null, unit: options.unit ?? null, assessment: result.assessment, findings });
      else {
        if (options.unit) ctx.stdout(ASSESS_TEXT.unitNote(options.unit));
        ctx.stdout(renderAssessment(result.assessment, rules, ctx.isTTY));
        const shown = findings.filter((f) => f.severity !== 'info');
        if (shown.length > 0) ctx.stderr(renderFindings(shown, ctx.isTTY));
        if (options.output) ctx.stdout(ASSESS_TEXT.written(options.output));
      }
      ctx.exitCode = hasErrors(findings) ? EXIT.findings : EXIT.ok;
    });

  assess
    .command('decide')
    .description(ASSESS_TEXT.decideDescription)
    .requiredOption('--org <mã>', ASSESS_TEXT.orgOption)
    .requiredOption('--grade <mức>', ASSESS_TEXT.gradeOption)
    .requiredOption('--reason <lý-do>', ASSESS_TEXT.reasonOption)
    .action(async (_raw: Record<string, unknown>, command: Command) => {
      const options = parse(DecideOptionsSchema, command.optsWithGlobals(), ctx);
      if (!options) return;
      const json = Boolean(options.json);
      const opened = await openYear(ctx, options);
      if (!opened) return;
      const { plan, rules, store } = opened;
      let out;
      try {
        out = decideGrade(plan, options.year, store, { org: options.org, grade: options.grade, reason: options.reason, rules });
      } finally {
        store.close();
      }
      if (!out.decision) {
        fail(ctx, json, out.findings);
        return;
      }
      const d = out.decision;
      const names = new Map(rules.bands.map((b) => [b.id, b.name]));
      if (json) printJson(ctx, { decision: d, findings: [] });
      else {
        ctx.stdout(ASSESS_TEXT.recorded(plan.organizations.find((o) => o.code === d.org)?.name ?? d.org, names.get(d.band) ?? d.band));
        if (d.proposedBand !== d.band) ctx.stdout(ASSESS_TEXT.differs(d.proposedBand ? (names.get(d.proposedBand) ?? d.proposedBand) : '—'));
      }
      ctx.exitCode = EXIT.ok;
    });
}
