import { z } from 'zod';
import type { Completeness } from './evaluation.ts';

/** A quarter id: units come and go from a quarter on (2025-Q3), never mid-quarter. */
export const QuarterIdSchema = z.string().regex(/^\d{4}-Q[1-4]$/, {
  message: 'Kỳ phải là một quý, dạng 2025-Q3',
});
export type QuarterId = z.infer<typeof QuarterIdSchema>;

const Code = z
  .string()
  .trim()
  .min(1)
  .regex(/^[A-Za-z0-9_.-]+$/, { message: 'Mã chỉ gồm chữ không dấu, số, "-", "_" hoặc "."' });
const Text = z.string().trim().min(1);

/** From a quarter on, the unit sits elsewhere in the tree, or is renamed, or changes level. */
export const UnitChangeSchema = z
  .object({
    from: QuarterIdSchema,
    /** New parent from this quarter on; null makes the unit a root. */
    parent: Code.nullable().optional(),
    name: Text.optional(),
    level: Text.optional(),
  })
  .strict();
export type UnitChange = z.infer<typeof UnitChangeSchema>;

/**
 * One unit of the tree: a Party committee's office (Ban Dân vận of a province, a district or a
 * town, a bloc committee, a commune) where organisations (MTTQ, HND, …) report.
 */
export const UnitSchema = z
  .object({
    code: Code,
    name: Text,
    /** The level's name as the office says it: "tỉnh", "huyện", "thị xã", "xã", "phường", "khối"… */
    level: Text,
    /** Code of the unit it reports to; absent for the root. */
    parent: Code.optional(),
    /** First quarter the unit exists in (absent: always did). */
    validFrom: QuarterIdSchema.optional(),
    /** Last quarter the unit exists in (absent: still does). */
    validTo: QuarterIdSchema.optional(),
    /** Later moves, renames or level changes, in order. */
    changes: z.array(UnitChangeSchema).optional(),
    /** Organisations that report at this unit; absent: every organisation of the plan. */
    organizations: z.array(Code).min(1).optional(),
  })
  .strict();
export type Unit = z.infer<typeof UnitSchema>;

export const UnitsFileSchema = z
  .object({
    /** Free description of the file ("Bình Thuận, 2024 và từ quý III/2025"). */
    title: Text.optional(),
    units: z.array(UnitSchema).min(1),
  })
  .strict();
export type UnitsFile = z.infer<typeof UnitsFileSchema>;

/** A unit as it stands in one quarter. */
export interface UnitAt {
  code: string;
  name: string;
  level: string;
  parent: string | null;
  organizations: string[] | null;
}

/** One organisation's report at one unit, as completeness sees it. */
export interface UnitReport {
  unit: string;
  org: string;
  completeness: Completeness;
}

/** Counts of expected and received reports, with the reporting rate (received / expected). */
export interface CompletenessCounts {
  expected: number;
  received: number;
  onTime: number;
  late: number;
  /** Received but rejected: counted in `missing` too, since nothing usable came. */
  rejected: number;
  missing: number;
  /** received / expected (0–1), null when nothing is expected. */
  rate: number | null;
}

export interface UnitCompleteness extends CompletenessCounts {
  code: string;
  name: string;
  level: string;
  parent: string | null;
  /** 0 for the unit asked about, 1 for its children… */
  depth: number;
  /** Organisations expected at the unit that sent nothing usable. */
  missingOrgs: string[];
  /** The unit and everything below it. */
  subtree: CompletenessCounts;
}

export interface LevelCompleteness extends CompletenessCounts {
  level: string;
  /** Depth of the level's first unit below the unit asked about. */
  depth: number;
  units: number;
}

export interface SubtreeCompleteness {
  unit: string;
  units: UnitCompleteness[];
  levels: LevelCompleteness[];
  total: CompletenessCounts;
}

