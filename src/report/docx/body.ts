import type { Paragraph } from 'docx';
import type { ReportBlock } from '../../model/report.ts';
import { bodyParagraph } from './text.ts';

/**
 * The worded body blocks as paragraphs: "I." bold caps, "1." bold, "1.1." bold italic, "- " and
 * "+ " items. Headings and the closing paragraph keep with the next paragraph, so a heading never
 * ends a page and the signature never stands alone.
 */
export function bodyParagraphs(blocks: readonly ReportBlock[]): Paragraph[] {
  return blocks.map((b, i) => {
    const keepNext = i === blocks.length - 1;
    switch (b.kind) {
      case 'h1':
      case 'h2':
        return bodyParagraph(b.text, { bold: true, keepNext: true });
      case 'h3':
        return bodyParagraph(b.text, { bold: true, italics: true, keepNext: true });
      case 'dash':
        return bodyParagraph(`- ${b.text}`, { keepNext });
      case 'plus':
        return bodyParagraph(`+ ${b.text}`, { keepNext });
      default:
        return bodyParagraph(b.text, { keepNext });
    }
  });
}
