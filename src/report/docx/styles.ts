import { AlignmentType, type IStylesOptions, LineRuleType } from 'docx';
import type { ReportSettings } from '../../model/report.ts';

/** Points → docx half-points. */
export const pt = (points: number) => Math.round(points * 2);

/** The body paragraph style: 14 pt, justified, first-line indent, spacing and line spacing from the settings. */
export const BODY_STYLE = 'ReportBody';

/** Paragraph styles of the appendix tables: one per alignment, and the bold centred header. */
export const TABLE_STYLE = {
  left: 'TableText',
  center: 'TableTextCenter',
  right: 'TableTextRight',
  header: 'TableHeader',
} as const;

type Alignment = (typeof AlignmentType)[keyof typeof AlignmentType];

/**
 * Times New Roman 14 everywhere by default; black. Body paragraphs and the appendix tables' cells
 * take their size, spacing and alignment from named paragraph styles instead of carrying them on
 * every paragraph and run: a report of thousands of paragraphs and cells then costs a style
 * reference each, not a set of properties (and a user can restyle them in one place).
 */
export function documentStyles(settings: ReportSettings): IStylesOptions {
  const derived = (id: string, name: string, alignment: Alignment, bold = false) => ({
    id,
    name,
    basedOn: TABLE_STYLE.left,
    next: id,
    ...(bold ? { run: { bold: true } } : {}),
    paragraph: { alignment },
  });
  return {
    default: {
      document: { run: { font: 'Times New Roman', size: pt(14), color: '000000' } },
    },
    paragraphStyles: [
      {
        id: BODY_STYLE,
        name: 'Report Body',
        basedOn: 'Normal',
        next: BODY_STYLE,
        quickFormat: true,
        run: { size: pt(14) },
        paragraph: {
          alignment: AlignmentType.JUSTIFIED,
          indent: { firstLine: settings.firstLineIndent },
          spacing: { after: Math.round(settings.paragraphAfter * 20), line: Math.round(240 * settings.lineSpacing), lineRule: LineRuleType.AUTO },
        },
      },
      {
        id: TABLE_STYLE.left,
        name: 'Table Text',
        basedOn: 'Normal',
        next: TABLE_STYLE.left,
        run: { size: pt(settings.tableFontSize) },
        paragraph: { alignment: AlignmentType.LEFT, spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
      },
      derived(TABLE_STYLE.center, 'Table Text Centred', AlignmentType.CENTER),
      derived(TABLE_STYLE.right, 'Table Text Right', AlignmentType.RIGHT),
      derived(TABLE_STYLE.header, 'Table Header', AlignmentType.CENTER, true),
    ],
  };
}
