import { AlignmentType, LineRuleType, Paragraph, TextRun, UnderlineType } from 'docx';
import { BODY_STYLE, pt } from './styles.ts';


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

/**
 * A body paragraph in the body style (14 pt, justified, first-line indent, spacing and line
 * spacing from the settings, see styles.ts); bold, italics and keep-with-next only when asked.
 */
export function bodyParagraph(text: string, run: { bold?: boolean; italics?: boolean; keepNext?: boolean } = {}): Paragraph {
  const styled = run.bold || run.italics;
  return new Paragraph({
    style: BODY_STYLE,
    ...(run.keepNext ? { keepNext: true } : {}),
    children: [styled ? new TextRun({ text, bold: run.bold, italics: run.italics }) : new TextRun(text)],
  });
}
