import { z } from 'zod';
import { ColumnKeySchema, type FormUnit, InfoKeySchema } from './workbook-meta.ts';
import { PeriodIdSchema } from './period.ts';

/** Version stamped into every generated workbook's metadata (bump when the layout contract changes). */
export const TEMPLATE_VERSION = 1;

/** What a report-sheet column holds; each column key has exactly one kind (checked on load). */
export const ColumnKindSchema = z.enum(['label', 'number', 'readonly-number', 'formula', 'choice', 'text', 'id']);
export type ColumnKind = z.infer<typeof ColumnKindSchema>;

export const RowKindSchema = z.enum(['task', 'target']);
export type RowKind = z.infer<typeof RowKindSchema>;

const Text = z.string().trim().min(1);

/** One column of templates/columns.yaml. */
export const ColumnSpecSchema = z.strictObject({
  key: ColumnKeySchema,
  header: Text,
  /** Excel column width (characters of the default font). */
  width: z.number().min(2).max(120),
  kind: ColumnKindSchema,
  /** Row types where the column has a cell (an input cell for input kinds). */
  rows: z.array(RowKindSchema).min(1),
  /** Data-validation prompt and error shown by Excel/LibreOffice on input cells. */
  prompt: z.string().trim().max(255).optional(),
  error: z.string().trim().max(255).optional(),
  /** Text length limit of a text column. */
  maxLength: z.number().int().min(1).max(32000).optional(),
});
export type ColumnSpec = z.infer<typeof ColumnSpecSchema>;

export const ColumnsConfigSchema = z.strictObject({
  columns: z.array(ColumnSpecSchema).min(1),
});
export type ColumnsConfig = z.infer<typeof ColumnsConfigSchema>;

export const InfoFieldSchema = z.strictObject({
  label: Text,
  prompt: Text,
  maxLength: z.number().int().min(1).max(1000),
});
export type InfoField = z.infer<typeof InfoFieldSchema>;

/** templates/instructions.yaml: the workbook's wording. Placeholders: {period}, {org}, {deadline}, {submitTo}, {source}, {previous}. */
export const InstructionsConfigSchema = z.strictObject({
  /** How the plan's source document is cited; placeholders {number}, {date}, {issuer}. */
  sourceRef: Text,
  report: z.strictObject({
    title: Text,
    periodLine: Text,
    orgLine: Text,
    sourceLine: Text,
    legend: Text,
    /** Footer of the printed page, Excel header/footer codes allowed (&P, &N). */
    footer: Text,
    /** Validation titles (short). */
    promptTitle: Text,
    errorTitle: Text,
    /** Validation texts of number cells of percent targets (0–100). */
    percentPrompt: Text,
    percentError: Text,
    /** Validation texts of the numerator and denominator cells of a percent or rate target (the column's own when absent). */
    partPrompt: Text.max(255).optional(),
    partError: Text.max(255).optional(),
    /** How the unit's name and the organisation's make the {org} of a form made for a unit: "{unit} — {org}". */
    unitOrg: Text.optional(),
  }),
  guide: z.strictObject({
    title: Text,
    /** One paragraph per item; "# " starts a heading line. */
    lines: z.array(Text).min(1),
    previousLine: Text,
    /** Shown only on forms with numerator and denominator rows (targets with parts). */
    partsLine: Text.optional(),
  }),
  info: z.strictObject({
    title: Text,
    note: Text,
    /** Every InfoKey must have a label (z.record over an enum is exhaustive). */
    fields: z.record(InfoKeySchema, InfoFieldSchema),
  }),
});
export type InstructionsConfig = z.infer<typeof InstructionsConfigSchema>;

/** Values a test or a demo types into a generated template (numbers or text, as a user would). */
const CellInput = z.union([z.number(), z.string()]).nullable();
export const FillDataSchema = z.strictObject({
  targets: z
    .record(
      z.string(),
      // numerator / denominator: the part rows of a percent or rate target that declares parts.
      z.strictObject({ inPeriod: CellInput.optional(), cumulative: CellInput.optional(), numerator: CellInput.optional(), denominator: CellInput.optional() }),
    )
    .optional(),
  tasks: z
    .record(
      z.string(),
      z.strictObject({
        progress: z.string().optional(),
        result: z.string().optional(),
        difficulties: z.string().optional(),
        proposals: z.string().optional(),
      }),
    )
    .optional(),
  info: z.partialRecord(InfoKeySchema, z.string()).optional(),
});
export type FillData = z.infer<typeof FillDataSchema>;

export interface TemplateOptions {
  password?: string;
  /** The unit the form is for (a commune, a district…); absent: the office's own unit. */
  unit?: FormUnit;
  /** Previous quarter's accepted cumulative result per target id (shown read-only). */
  previous?: Map<string, number | null>;
  /** The unit's share of each allotted target (src/allot sharesFor): the row says it, "Tỷ lệ đạt" compares with it. */
  shares?: ReadonlyMap<string, number>;
}

/** One workbook written by writeTemplates. */
export const TemplateFileSchema = z.object({
  org: z.string(),
  /** The unit the form is for, when made for one. */
  unit: z.string().optional(),
  period: PeriodIdSchema,
  path: z.string(),
  tasks: z.number().int(),
  targets: z.number().int(),
});
export type TemplateFile = z.infer<typeof TemplateFileSchema>;
