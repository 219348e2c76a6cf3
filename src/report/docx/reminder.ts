import { Document, Packer, Paragraph, TextRun } from 'docx';
import type { Finding } from '../../model/finding.ts';
import type { ReminderContent, ReportInput } from '../../model/report.ts';
import { periodOf } from '../../vi/period.ts';
import { composeReminder } from '../content/reminder.ts';
import { checkAuthority, numberLine, placeDateLine } from '../content/signing.ts';
import { bodyParagraphs } from './body.ts';
import { headerBlock } from './header-block.ts';
import { portraitSection } from './page.ts';
import { readSignatureImage, signatureBlock } from './signature-block.ts';
import { documentStyles, pt } from './styles.ts';

/** Where "Kính gửi:" and the addressees start (twips from the left margin), and the label's width. */
const ADDRESS_LEFT = 1134;
const LABEL_WIDTH = 1300;

/**
 * "Kính gửi: Hội Nông dân tỉnh." — or, for several, "Kính gửi: - A," with the other addressees
 * under the first, each "- …," and the last "." (as seed letter 394-CV/TU).
 */
function addresseeLines(label: string, names: readonly string[]): Paragraph[] {
  const run = (text: string) => new TextRun({ text, size: pt(14) });
  const para = (children: TextRun[], first: boolean) =>
    new Paragraph({
      spacing: { before: first ? 120 : 0, after: 0 },
      indent: first ? { left: ADDRESS_LEFT + LABEL_WIDTH, hanging: LABEL_WIDTH } : { left: ADDRESS_LEFT + LABEL_WIDTH },
      children,
    });
  if (names.length === 1) return [para([run(`${label} ${names[0]}.`)], true)];
  return names.map((name, i) => {
    const item = `- ${name}${i === names.length - 1 ? '.' : ','}`;
    return i === 0 ? para([run(`${label}\t${item}`)], true) : para([run(item)], false);
  });
}

/**
 * The reminder letter as .docx (null when every organisation has reported): the Party header
 * with the number "Số …-CV/BDVTU" and the summary under it, "Kính gửi:", the body, Nơi nhận and
 * the signature of the report settings.
 */
export async function writeReminder(
  input: Omit<ReportInput, 'submissions'>,
): Promise<{ buffer: Buffer; content: ReminderContent; findings: Finding[] } | null> {
  const { settings, wording } = input;
  const content = composeReminder(input);
  if (!content) return null;
  const findings: Finding[] = [...checkAuthority(settings)];
  const letter = { ...settings, symbol: { ...settings.symbol, type: wording.reminder.type } };
  const image = await readSignatureImage(settings.signer.image);
  const children = [
    headerBlock(
      {
        upperBody: settings.upperBody,
        issuer: settings.issuer,
        numberLine: numberLine(letter, wording),
        placeDate: placeDateLine(settings, wording, periodOf(input.period).year),
        about: content.about,
      },
      settings,
      wording,
    ),
    ...addresseeLines(wording.reminder.addresseesLabel, content.addressees.map((a) => a.name)),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
    ...bodyParagraphs(content.body),
    signatureBlock(content.recipients, settings.signer, image, settings, wording),
  ];
  const doc = new Document({ styles: documentStyles(settings), sections: [{ ...portraitSection(settings), children }] });
  return { buffer: await Packer.toBuffer(doc), content, findings };
}
