import { z } from 'zod';

/** Period ids of the design contract: 2024-Q1…Q4, 2024-H1, 2024-9M, 2024-Y. */
export const PERIOD_ID_PATTERN = /^(\d{4})-(Q[1-4]|H1|9M|Y)$/;
export const PeriodIdSchema = z.string().regex(PERIOD_ID_PATTERN, {
  message: 'Mã kỳ báo cáo phải có dạng 2024-Q1…2024-Q4, 2024-H1, 2024-9M hoặc 2024-Y',
});
export type PeriodId = z.infer<typeof PeriodIdSchema>;

export const PeriodKindSchema = z.enum(['Q1', 'Q2', 'Q3', 'Q4', 'H1', '9M', 'Y']);
export type PeriodKind = z.infer<typeof PeriodKindSchema>;

export interface Period {
  id: PeriodId;
  year: number;
  kind: PeriodKind;
  /** First and last day covered, ISO dates (yyyy-mm-dd). */
  start: string;
  end: string;
  /** Number of quarters since the start of the year covered by the end of this period (1–4). */
  quartersElapsed: number;
}
