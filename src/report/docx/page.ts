import {
  AlignmentType,
  type ISectionOptions,
  Header,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
} from 'docx';
import type { ReportSettings } from '../../model/report.ts';
import { pt } from './styles.ts';

/** A4 in twips, exact (convertMillimetersToTwip floors to 11905 × 16837). */
export const A4 = { width: 11906, height: 16838 } as const;

/** Width of the text block of a portrait page. */
export function textWidth(settings: ReportSettings): number {
  return A4.width - settings.margins.left - settings.margins.right;
}

/** Width of the text block of a landscape page (binding margin on the top edge). */
export function landscapeTextWidth(settings: ReportSettings): number {
  return A4.height - settings.margins.top - settings.margins.bottom;
}

function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: pt(14) })],
      }),
    ],
  });
}

const emptyHeader = () => new Header({ children: [new Paragraph({})] });

type SectionProps = Pick<ISectionOptions, 'properties' | 'headers'>;

/** Portrait A4, the margins of the settings, page number centred in the header from page 2. */
export function portraitSection(settings: ReportSettings): SectionProps {
  const { top, bottom, left, right } = settings.margins;
  return {
    properties: {
      titlePage: true,
      page: {
        size: { width: A4.width, height: A4.height, orientation: PageOrientation.PORTRAIT },
        margin: { top, bottom, left, right, header: 567, footer: 567 },
      },
    },
    headers: { first: emptyHeader(), default: settings.pageNumbers ? pageNumberHeader() : emptyHeader() },
  };
}

/**
 * Landscape A4 for the appendix. The library swaps width and height itself: pass the portrait
 * size. A landscape page is bound on its top edge, so the binding margin goes there.
 */
export function landscapeSection(settings: ReportSettings): SectionProps {
  const { top, bottom, left, right } = settings.margins;
  return {
    properties: {
      page: {
        size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE },
        margin: { top: left, bottom: right, left: bottom, right: top, header: 567, footer: 567 },
      },
    },
    headers: { default: settings.pageNumbers ? pageNumberHeader() : emptyHeader() },
  };
}
