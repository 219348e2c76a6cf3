import type { Plan } from '../model/plan.ts';
import { type UnitTree, loadUnits } from '../units/index.ts';
import { UNIT_STATUS_TEXT } from '../vi/units-text.ts';
import { type CliContext, EXIT } from './context.ts';
import { renderFindings } from './render.ts';

/**
 * The `--units` file of a command, checked against the plan's organisations; null after printing
 * its findings under one Vietnamese line (exit code 2). Every command that takes the file reads
 * it here.
 */
export async function loadUnitsOrSay(ctx: CliContext, file: string, plan: Plan): Promise<UnitTree | null> {
  const loaded = await loadUnits(file, plan.organizations.map((o) => o.code));
  if (loaded.ok) return loaded.tree;
  ctx.stderr(`${UNIT_STATUS_TEXT.badUnits(file)}\n${renderFindings(loaded.findings, ctx.isTTY)}`);
  ctx.exitCode = EXIT.usage;
  return null;
}
