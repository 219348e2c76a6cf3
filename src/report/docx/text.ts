import { AlignmentType, LineRuleType, Paragraph, TextRun, UnderlineType } from 'docx';
import type { ReportSettings } from '../../model/report.ts';

/** Points → docx half-points. */
export const pt = (points: number) => Math.round(points * 2);

export interface LineStyle {
  size: number;
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
  align?: 'center' | 'left' | 'right' | 'justify';
  /** Points after the paragraph (0 inside header tables). */
  after?: number;
  before?: number;
}

const ALIGN = {
  center: AlignmentType.CENTER,
  left: AlignmentType.LEFT,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

/** A single-spaced line of a header, title or signature block. */
export function line(text: string, style: LineStyle): Paragraph {
  return new Paragraph({
    alignment: ALIGN[style.align ?? 'center'],
    spacing: { before: Math.round((style.before ?? 0) * 20), after: Math.round((style.after ?? 0) * 20), line: 240, lineRule: LineRuleType.AUTO },
    children: [
      new TextRun({
        text,
        size: pt(style.size),
        bold: style.bold,
        italics: style.italics,
        underline: style.underline ? { type: UnderlineType.SINGLE } : undefined,
      }),
    ],
  });
}

/** A body paragraph: 14 pt, justified, first-line indent, spacing and line spacing from the settings. */
export function bodyParagraph(
  text: string,
  settings: ReportSettings,
  run: { bold?: boolean; italics?: boolean; keepNext?: boolean } = {},
): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    keepNext: run.keepNext,
    indent: { firstLine: settings.firstLineIndent },
    spacing: {
      after: Math.round(settings.paragraphAfter * 20),
      line: Math.round(240 * settings.lineSpacing),
      lineRule: LineRuleType.AUTO,
    },
    children: [new TextRun({ text, size: pt(14), bold: run.bold, italics: run.italics })],
  });
}
