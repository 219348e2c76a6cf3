import { Document, Packer, type Paragraph, type Table } from 'docx';
import type { Finding } from '../../model/finding.ts';
import type { ReportContent, ReportInput, ReportSettings, ReportWording, Signer } from '../../model/report.ts';
import { makeFinding } from '../../vi/messages/index.ts';
import { periodOf } from '../../vi/period.ts';
import { composeReport } from '../content/compose.ts';
import { numberLine, placeDateLine } from '../content/signing.ts';
import { appendixChildren } from './appendix.ts';
import { bodyParagraphs } from './body.ts';
import { type HeaderIdentity, headerBlock, titleBlock } from './header-block.ts';
import { landscapeSection, portraitSection } from './page.ts';
import { readSignatureImage, signatureBlock } from './signature-block.ts';
import { documentStyles } from './styles.ts';

/** What a document needs besides its content: who issues it, who signs it, who receives it. */
export interface DocumentFrame {
  identity: HeaderIdentity;
  signer: Signer;
  recipients: string[];
}

/** Writes a worded report into a .docx: header, title, body, signature, then the landscape appendix. */
export async function renderDocument(
  content: ReportContent,
  frame: DocumentFrame,
  settings: ReportSettings,
  wording: ReportWording,
): Promise<{ buffer: Buffer; findings: Finding[] }> {
  const findings: Finding[] = [];
  const image = await readSignatureImage(frame.signer.image);
  if (frame.signer.image && !image) {
    findings.push(makeFinding('report/signature-image-missing', { path: ['signer', 'image'] }, { image: frame.signer.image }));
  }
  const main: (Paragraph | Table)[] = [
    headerBlock(frame.identity, settings, wording),
    ...titleBlock(content.title, content.summary, settings),
    ...bodyParagraphs(content.body),
    signatureBlock(frame.recipients, frame.signer, image, settings, wording),
  ];
  const sections = [{ ...portraitSection(settings), children: main }];
  if (content.appendix) sections.push({ ...landscapeSection(settings), children: appendixChildren(content.appendix, settings) });
  const doc = new Document({ styles: documentStyles(settings), sections });
  return { buffer: await Packer.toBuffer(doc), findings };
}

/** The consolidated report with the findings met while writing it (authority, signer, image, data). */
export async function writeReport(
  input: ReportInput,
  /** A unit's report (src/unit-report) adds its own parts to the worded content; absent: the content as composed. */
  adjust?: (content: ReportContent) => ReportContent,
): Promise<{ buffer: Buffer; findings: Finding[] }> {
  const { settings, wording } = input;
  const composed = composeReport(input);
  const findings = composed.findings;
  const content = adjust ? adjust(composed.content) : composed.content;
  const frame: DocumentFrame = {
    identity: {
      upperBody: settings.upperBody,
      issuer: settings.issuer,
      numberLine: numberLine(settings, wording),
      placeDate: placeDateLine(settings, wording, periodOf(input.period).year),
    },
    signer: settings.signer,
    recipients: settings.recipients,
  };
  const out = await renderDocument(content, frame, settings, wording);
  return { buffer: out.buffer, findings: [...findings, ...out.findings] };
}

/** The consolidated report as .docx bytes. */
export async function buildReport(input: ReportInput): Promise<Buffer> {
  return (await writeReport(input)).buffer;
}
