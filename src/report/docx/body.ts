import type { Paragraph } from 'docx';
import type { ReportBlock, ReportSettings } from '../../model/report.ts';
import { bodyParagraph } from './text.ts';

/** The worded body blocks as paragraphs: "I." bold caps, "1." bold, "1.1." bold italic, "- " and "+ " items. */
export function bodyParagraphs(blocks: readonly ReportBlock[], settings: ReportSettings): Paragraph[] {
  return blocks.map((b) => {
    switch (b.kind) {
      case 'h1':
      case 'h2':
        return bodyParagraph(b.text, settings, { bold: true });
      case 'h3':
        return bodyParagraph(b.text, settings, { bold: true, italics: true });
      case 'dash':
        return bodyParagraph(`- ${b.text}`, settings);
      case 'plus':
        return bodyParagraph(`+ ${b.text}`, settings);
      default:
        return bodyParagraph(b.text, settings);
    }
  });
}
