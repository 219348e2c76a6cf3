import type { Finding } from './finding.ts';
import type { PlanInput } from './plan.ts';

/** One paragraph of a decision's text, cleaned, with the 1-based line (or paragraph) it starts on. */
export interface SourceParagraph {
  text: string;
  line: number;
}

/** What a paragraph of a decision is, for the importer's outline. */
export type OutlineBlock =
  /** "NỘI DUNG NHIỆM VỤ TRỌNG TÂM NĂM 2024 giao cho Hội Cựu chiến binh tỉnh". */
  | { kind: 'section'; orgName: string; year?: number; line: number }
  /** "II. NHIỆM VỤ TRỌNG TÂM" — a Roman-numeral part; `tasks` false for "MỤC ĐÍCH, YÊU CẦU" and the like. */
  | { kind: 'part'; roman: string; title: string; tasks: boolean; line: number }
  /** "6. Phát triển …" (level 1), "2.1. …" (level 2), "2.4.1- …" (level 3). */
  | { kind: 'item'; number: string; level: number; text: string; line: number }
  /** "- …" (level 1) or "+ …" (level 2) sub-items. */
  | { kind: 'bullet'; level: number; text: string; line: number }
  /** "Chịu trách nhiệm tham mưu: …", "Đơn vị chủ trì: …; phối hợp: …", "Thời gian thực hiện: …", "Lãnh đạo phụ trách: …". */
  | { kind: 'attribute'; fields: AttributeFields; line: number }
  /** "Giao Ban Dân vận Thị ủy chủ trì, phối hợp với …" on a line of its own. */
  | { kind: 'assignment'; responsible: string; supporting?: string; text: string; line: number }
  /** "Nơi nhận:", the signature block: the end of the task content. */
  | { kind: 'end'; line: number }
  | { kind: 'text'; text: string; line: number };

/** What per-task attribute lines give, as written. */
export type AttributeFields = Partial<Record<'responsible' | 'supporting' | 'timeline' | 'lead' | 'roadmap', string>>;

/** The decision's identity as found in its text. */
export interface DecisionIdentity {
  number?: string;
  /** ISO date. */
  date?: string;
  issuer?: string;
  /** "Quyết định về giao nhiệm vụ trọng tâm năm 2024 cho …". */
  title?: string;
  year?: number;
  /** "Ban Dân vận Tỉnh ủy": who follows up and receives the reports. */
  reportingBody?: string;
  /** Where the year came from when the title does not say it (for the review note). */
  yearHow?: string;
  /** A term plan: the years of "nhiệm kỳ 2022 - 2027" in the title. */
  term?: { from: number; to: number };
  /** How the issuer was found when the header was lost (title line, signature block). */
  issuerFrom?: string;
  /** A letter's "Kính gửi" list, one unit (or group) per entry. */
  addressees?: string[];
}

export interface PlanImportOptions {
  /** The year of the plan when the text does not say it (or to override it). */
  year?: number;
  /** File name used in findings. */
  file?: string;
}

export interface PlanImportResult {
  /** The drafted plan; valid against PlanSchema unless a finding 'import/invalid-draft' says otherwise. */
  plan: PlanInput;
  findings: Finding[];
  /** Task ids per organisation code, in document order (for comments in the YAML). */
  tasksByOrg: Record<string, string[]>;
  /** How the year (or term) was inferred when the text does not state it: a person should review it. */
  yearReview?: string;
}

/** The part of mammoth's document model the importer reads (paragraphs, runs, text, numbering). */
export interface DocxElement {
  type: string;
  value?: string | undefined;
  children?: DocxElement[] | undefined;
  /** Word's automatic list numbering of a paragraph: level "0", "1", … and whether it is numbered or bulleted. */
  numbering?: { isOrdered: boolean; level: string } | null | undefined;
  /** Table cells: how many grid columns and rows a (merged) cell covers. */
  colSpan?: number | undefined;
  rowSpan?: number | undefined;
}
