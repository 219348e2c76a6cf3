import type { Command } from 'commander';
import { loadPlan } from '../../plan/index.ts';
import { loadUnits, shapesOf, type TreeShape } from '../../units/index.ts';
import { UNITS_TEXT } from '../../vi/units-text.ts';
import { type CliContext, EXIT, printJson } from '../context.ts';
import { jsonOption, planOption } from '../options.ts';
import { paint, planFindingJson, renderFindings } from '../render.ts';

export function registerUnitsCommands(program: Command, ctx: CliContext): void {
  const units = program.command('units').description(UNITS_TEXT.description);
  units
    .command('check')
    .description(UNITS_TEXT.checkDescription)
    .argument('<tệp>', UNITS_TEXT.fileArgument)
    .addOption(planOption(UNITS_TEXT.planOption, { required: false }))
    .addOption(jsonOption())
    .action(async (file: string, options: { plan?: string; json?: boolean }) => unitsCheck(ctx, file, options));
}

/** `baocao units check <file> [--plan <plan>] [--json]`: 0 valid, 1 findings with errors, 2 unreadable. */
async function unitsCheck(ctx: CliContext, file: string, options: { plan?: string; json?: boolean }): Promise<void> {
  let orgs: string[] | undefined;
  if (options.plan) {
    const plan = await loadPlan(options.plan);
    if (!plan.ok) {
      ctx.stderr(renderFindings(plan.findings, false));
      ctx.exitCode = EXIT.usage;
      return;
    }
    orgs = plan.plan.organizations.map((o) => o.code);
  }
  const result = await loadUnits(file, orgs);
  const unreadable = result.findings.some((f) => f.code === 'units/unreadable');
  ctx.exitCode = result.ok ? EXIT.ok : unreadable ? EXIT.usage : EXIT.findings;
  const shapes = result.ok ? shapesOf(result.tree) : [];
  if (options.json) {
    printJson(ctx, {
      ok: result.ok,
      units: result.ok ? result.tree.units.length : 0,
      shapes: shapes.map((s) => ({
        from: s.from,
        to: s.to,
        units: s.tree.units.map((u) => ({ code: u.code, name: u.name, level: u.level, parent: u.parent, depth: s.tree.depthOf(u.code) })),
      })),
      findings: result.findings.map(planFindingJson),
    });
    return;
  }
  const lines: string[] = [];
  if (result.ok) {
    lines.push(paint(ctx.isTTY, 'bold', UNITS_TEXT.heading(result.tree.units.length)), '');
    for (const s of shapes) lines.push(...renderShape(s, ctx.isTTY), '');
  }
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  if (result.findings.length > 0) lines.push(UNITS_TEXT.findingsHeading, renderFindings(result.findings, ctx.isTTY), '');
  lines.push(paint(ctx.isTTY, result.ok ? 'green' : 'red', result.ok ? UNITS_TEXT.valid : unreadable ? UNITS_TEXT.unreadable : UNITS_TEXT.invalid(errors)));
  ctx.stdout(`${lines.join('\n')}\n`);
}

function renderShape(shape: TreeShape, isTTY: boolean): string[] {
  const lines = [paint(isTTY, 'bold', `${UNITS_TEXT.shape(shape.from, shape.to)} — ${UNITS_TEXT.shapeCount(shape.tree.units.length)}`)];
  for (const root of shape.tree.roots()) {
    for (const u of shape.tree.subtreeOf(root.code)) {
      const indent = '  '.repeat(shape.tree.depthOf(u.code) + 1);
      lines.push(`${indent}${UNITS_TEXT.unitLine(u.code, u.name, u.level, u.organizations?.length ?? null)}`);
    }
  }
  return lines;
}
