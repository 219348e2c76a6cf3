import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import {
  type ColumnKind,
  type ColumnsConfig,
  ColumnsConfigSchema,
  type InstructionsConfig,
  InstructionsConfigSchema,
} from '../model/template.ts';
import type { ColumnKey } from '../model/workbook-meta.ts';
import { TEMPLATE_CONFIG_TEXT } from '../vi/messages/template.ts';

/** Each column key has one meaning; the YAML may reorder and reword, not redefine. */
const KIND_OF: Record<ColumnKey, ColumnKind> = {
  stt: 'label',
  task: 'label',
  target: 'label',
  unit: 'label',
  previous: 'readonly-number',
  inPeriod: 'number',
  cumulative: 'number',
  ratio: 'formula',
  progress: 'choice',
  result: 'text',
  difficulties: 'text',
  proposals: 'text',
  id: 'id',
};
const REQUIRED: ColumnKey[] = ['stt', 'task', 'target', 'unit', 'inPeriod', 'cumulative', 'progress', 'id'];

const CheckedColumnsSchema = ColumnsConfigSchema.superRefine((cfg, ctx) => {
  const seen = new Set<ColumnKey>();
  cfg.columns.forEach((c, i) => {
    if (seen.has(c.key)) ctx.addIssue({ code: 'custom', path: ['columns', i, 'key'], message: TEMPLATE_CONFIG_TEXT.duplicateColumn(c.key) });
    seen.add(c.key);
    if (KIND_OF[c.key] !== c.kind) {
      ctx.addIssue({ code: 'custom', path: ['columns', i, 'kind'], message: TEMPLATE_CONFIG_TEXT.wrongKind(c.key, KIND_OF[c.key]) });
    }
  });
  for (const key of REQUIRED) {
    if (!seen.has(key)) ctx.addIssue({ code: 'custom', path: ['columns'], message: TEMPLATE_CONFIG_TEXT.missingColumn(key) });
  }
});

const TEMPLATES_DIR = new URL('../../templates/', import.meta.url);

function loadYaml<T>(file: URL, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new Error(TEMPLATE_CONFIG_TEXT.invalidFile(decodeURIComponent(file.pathname), z.prettifyError(parsed.error)));
  }
  return parsed.data;
}

let columnsCache: ColumnsConfig | undefined;
let instructionsCache: InstructionsConfig | undefined;

/**
 * The shipped columns and instructions as this thread holds them, for a worker thread to take
 * (`useFormConfig`) instead of parsing the YAML again: ≈ 25 ms of a worker's start-up, before its
 * first form (bench/README.md). Both were validated by their schemas when loaded here; structured
 * clone copies them exactly.
 */
export function formConfig(): { columns: ColumnsConfig; instructions: InstructionsConfig } {
  return { columns: loadColumns(), instructions: loadInstructions() };
}

/** Takes the shipped columns and instructions another thread loaded (`formConfig`). */
export function useFormConfig(config: { columns: ColumnsConfig; instructions: InstructionsConfig }): void {
  columnsCache = config.columns;
  instructionsCache = config.instructions;
}

/** templates/columns.yaml, validated (column keys, kinds, required columns). */
export function loadColumns(file?: URL): ColumnsConfig {
  if (file) return loadYaml(file, CheckedColumnsSchema);
  columnsCache ??= loadYaml(new URL('columns.yaml', TEMPLATES_DIR), CheckedColumnsSchema);
  return columnsCache;
}

/** templates/instructions.yaml, validated. */
export function loadInstructions(file?: URL): InstructionsConfig {
  if (file) return loadYaml(file, InstructionsConfigSchema);
  instructionsCache ??= loadYaml(new URL('instructions.yaml', TEMPLATES_DIR), InstructionsConfigSchema);
  return instructionsCache;
}

/** "Hạn gửi: {deadline}" + { deadline: "…" } → the text; unknown placeholders stay visible. */
export function fillPlaceholders(text: string, vars: Readonly<Record<string, string>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole).normalize('NFC');
}
