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
import { TEMPLATES_DIR, templateYaml } from './template-yaml.ts';

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

/** A YAML file's content, checked: `data` is templates/<name> already parsed (./template-yaml.ts). */
function loadYaml<T>(file: URL, schema: z.ZodType<T>, data: unknown = parse(readFileSync(file, 'utf8'))): T {
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    throw new Error(TEMPLATE_CONFIG_TEXT.invalidFile(decodeURIComponent(file.pathname), z.prettifyError(parsed.error)));
  }
  return parsed.data;
}

/** templates/<name>: parsed once when a bundle is made (./template-yaml.ts), checked here. */
function loadTemplate<T>(name: string, schema: z.ZodType<T>): T {
  return loadYaml(new URL(name, TEMPLATES_DIR), schema, templateYaml(name));
}

let columnsCache: ColumnsConfig | undefined;
let instructionsCache: InstructionsConfig | undefined;

/** templates/columns.yaml, validated (column keys, kinds, required columns). */
export function loadColumns(file?: URL): ColumnsConfig {
  if (file) return loadYaml(file, CheckedColumnsSchema);
  columnsCache ??= loadTemplate('columns.yaml', CheckedColumnsSchema);
  return columnsCache;
}

/** templates/instructions.yaml, validated. */
export function loadInstructions(file?: URL): InstructionsConfig {
  if (file) return loadYaml(file, InstructionsConfigSchema);
  instructionsCache ??= loadTemplate('instructions.yaml', InstructionsConfigSchema);
  return instructionsCache;
}

/** "Hạn gửi: {deadline}" + { deadline: "…" } → the text; unknown placeholders stay visible. */
export function fillPlaceholders(text: string, vars: Readonly<Record<string, string>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole).normalize('NFC');
}
