import { z } from 'zod';
import { PeriodKindSchema } from './period.ts';

const Id = z.string().trim().min(1).regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, {
  message: 'Mã chỉ gồm chữ không dấu, số và các dấu . _ -',
});
const IsoDate = z.iso.date();
const Text = z.string().trim().min(1);

/** How a target compares a result with its value. */
export const ComparatorSchema = z.enum(['gte', 'gt', 'lte', 'lt', 'between', 'eq']);
export type Comparator = z.infer<typeof ComparatorSchema>;

/** count: people, trees, events; percent: a share; money: an amount; rate: an amount per unit. */
export const TargetKindSchema = z.enum(['count', 'percent', 'money', 'rate']);
export type TargetKind = z.infer<typeof TargetKindSchema>;

export const OrganizationSchema = z.strictObject({
  code: Id,
  name: Text,
  shortName: Text,
  /** Parent organisation code, so district/commune levels can be added later. */
  parent: Id.optional(),
  /**
   * false for a unit the plan assigns tasks to but that does not send the quarterly form (a
   * letter's "Ban Cán sự đảng Ủy ban nhân dân tỉnh"): its tasks are kept and shown, no form is
   * made for it and it is never counted as missing. Absent = a reporting organisation.
   */
  reporting: z.boolean().optional(),
});
export type Organization = z.infer<typeof OrganizationSchema>;

export const MilestoneSchema = z.strictObject({ date: IsoDate, text: Text });

/** How often a task recurs ("Thường xuyên", "hàng quý", "hằng năm"). */
export const RecurrenceSchema = z.enum(['continuous', 'monthly', 'quarterly', 'half_yearly', 'yearly']);
export type Recurrence = z.infer<typeof RecurrenceSchema>;

/** A term target's value expected by the end of one year of the term ("năm 2025: 60%"). */
export const YearMilestoneSchema = z.strictObject({ year: z.number().int().min(1945).max(2100), value: z.number().finite(), text: Text.optional() });
export type YearMilestone = z.infer<typeof YearMilestoneSchema>;

export const TaskSchema = z.strictObject({
  id: Id,
  org: Id,
  /** The item number as written in the source document ("6", "2.4.1", "-"). */
  number: z.string().trim(),
  text: Text,
  /** Parent task id for "- " sub-items. */
  parent: Id.optional(),
  /** "Chịu trách nhiệm tham mưu: …", "Đơn vị chủ trì: …" */
  responsible: Text.optional(),
  /** "phối hợp: …", "phối hợp với …": the supporting units, as written. */
  supporting: Text.optional(),
  /** Lãnh đạo phụ trách. */
  lead: Text.optional(),
  /** "Thời gian thực hiện: …" as written. */
  timeline: Text.optional(),
  /** Due date read from the timeline ("trước ngày 30/6/2024", "Quý II/2024" → end of the quarter). */
  deadline: IsoDate.optional(),
  /** Read from the timeline ("Thường xuyên" → continuous, "hàng quý" → quarterly). */
  recurrence: RecurrenceSchema.optional(),
  milestones: z.array(MilestoneSchema).optional(),
});
export type Task = z.infer<typeof TaskSchema>;

export const TargetSchema = z
  .strictObject({
    id: Id,
    task: Id,
    /** The phrase as written in the source ("kết nạp mới ít nhất 2.500 đoàn viên công đoàn"). */
    text: Text,
    comparator: ComparatorSchema,
    value: z.number().finite(),
    /** Upper bound, for comparator "between" only. */
    max: z.number().finite().optional(),
    /** Unit as the offices count it ("hội viên", "%", "đồng"). */
    unit: Text,
    kind: TargetKindSchema,
    /** The "per" unit of a rate ("hội viên" in "900.000 đồng/hội viên"; "năm" in "02 lần/năm"). */
    per: Text.optional(),
    /** What the value is relative to ("so với năm 2023", "trên tổng số hộ nghèo cuối năm 2023"). */
    baseline: Text.optional(),
    /** Whether results add up over the year (counts, money) or are a level (percent, rate). */
    cumulative: z.boolean().optional(),
    /** Set by the importer when the parser was unsure; a person should review the target. */
    review: z.boolean().optional(),
    /**
     * How a target is expected to progress during the year (src/evaluate). Default: "pro_rata"
     * (value × q/4 at the end of quarter q) for cumulative targets, the value itself for levels
     * (percent, rate). "year_end" expects the whole value only at the end of the year (an event
     * held in Q4, "100% khu dân cư tổ chức Ngày hội Đại đoàn kết" in November).
     */
    pace: z.enum(['pro_rata', 'year_end']).optional(),
    /**
     * A key target (chỉ tiêu chủ yếu): the year-end assessment (src/assess) lists key targets
     * separately. Absent = false (optional, not defaulted, so existing plans keep their hash).
     */
    key: z.boolean().optional(),
    /** Term plans: the leader in charge of the target ("đồng chí Phó Chủ tịch …"). */
    lead: Text.optional(),
    /** Term plans: the value expected by the end of each year of the term. */
    milestones: z.array(YearMilestoneSchema).optional(),
    /**
     * The parts a percent or rate is computed from, named as the offices count them: the form
     * asks for both ("Số khu dân cư đã tổ chức", "Tổng số khu dân cư") so that the level above
     * recomputes the percent from summed parts. Optional (not defaulted): plans without it keep
     * their hash.
     */
    parts: z.strictObject({ numerator: Text, denominator: Text }).optional(),
  })
  .refine((t) => (t.comparator === 'between') === (t.max !== undefined), {
    message: 'Chỉ tiêu dạng khoảng ("between") phải có "max"; các dạng khác không có "max"',
    path: ['max'],
  })
  .refine((t) => t.max === undefined || t.max >= t.value, {
    message: '"max" phải lớn hơn hoặc bằng "value"',
    path: ['max'],
  })
  .refine((t) => t.parts === undefined || t.kind === 'percent' || t.kind === 'rate', {
    message: 'Chỉ chỉ tiêu tỷ lệ (percent) hoặc định mức (rate) mới có "parts" (tử số, mẫu số)',
    path: ['parts'],
  });
export type Target = z.infer<typeof TargetSchema>;

export const SourceDocumentSchema = z.strictObject({
  /** Number and symbol as written: "1388-QĐ/TU". */
  number: Text,
  date: IsoDate,
  /** "Ban Thường vụ Tỉnh ủy". */
  issuer: Text,
  /** Document type and summary: "Quyết định về giao nhiệm vụ trọng tâm năm 2024 …". */
  title: Text.optional(),
});
export type SourceDocument = z.infer<typeof SourceDocumentSchema>;

export const DeadlineRuleSchema = z.strictObject({
  /** Report due this many days after the period ends. */
  daysAfterEnd: z.number().int().min(0).max(365),
});
export type DeadlineRule = z.infer<typeof DeadlineRuleSchema>;

export const ReportingSchema = z.strictObject({
  /** Ban Dân vận Tỉnh ủy, or the district's Ban Dân vận one level down. */
  body: Text,
  /** Periods the offices report (quarters usually); H1/9M/Y views are derived. */
  periods: z.array(PeriodKindSchema).min(1).default(['Q1', 'Q2', 'Q3', 'Q4']),
  deadline: DeadlineRuleSchema,
  /** Overrides of the deadline rule per period kind, e.g. { Q4: { daysAfterEnd: 0 } }. */
  deadlineOverrides: z.partialRecord(PeriodKindSchema, DeadlineRuleSchema).optional(),
  /** Where and how to send the filled workbook; shown in the template's instructions. */
  submitTo: Text.optional(),
});
export type Reporting = z.infer<typeof ReportingSchema>;

export const TermSchema = z
  .strictObject({ from: z.number().int().min(1945).max(2100), to: z.number().int().min(1945).max(2100) })
  .refine((t) => t.to >= t.from, { message: '"to" phải lớn hơn hoặc bằng "from"', path: ['to'] });

export const FocusSchema = z.strictObject({
  /** Period kind the focus applies to (the period after the one reported), or any. */
  period: PeriodKindSchema.optional(),
  org: Id.optional(),
  text: Text,
});

export const PlanSchema = z
  .strictObject({
    id: Id,
    title: Text,
    /** The single year the plan covers… */
    year: z.number().int().min(1945).max(2100).optional(),
    /** …or a term of several years, as congress resolutions do (2022–2027). */
    term: TermSchema.optional(),
    source: SourceDocumentSchema,
    reporting: ReportingSchema,
    organizations: z.array(OrganizationSchema).min(1),
    tasks: z.array(TaskSchema),
    targets: z.array(TargetSchema).default([]),
    /** Next-period focus points, used in section IV of the report. */
    focus: z.array(FocusSchema).optional(),
  })
  .refine((p) => (p.year === undefined) !== (p.term === undefined), {
    message: 'Kế hoạch phải có đúng một trong hai: "year" (một năm) hoặc "term" (nhiệm kỳ nhiều năm)',
    path: ['year'],
  });
export type Plan = z.infer<typeof PlanSchema>;
export type PlanInput = z.input<typeof PlanSchema>;
