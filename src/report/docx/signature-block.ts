import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { AlignmentType, ImageRun, Paragraph, type Table } from 'docx';
import type { ReportSettings, ReportWording, Signer } from '../../model/report.ts';
import { upper } from '../content/fill.ts';
import { borderlessTwoColumns } from './borderless.ts';
import { textWidth } from './page.ts';
import { line } from './text.ts';

/** "- item," on each line, the last one "- item." (format-spec.md, "Nơi nhận"). */
export function recipientLines(items: readonly string[]): string[] {
  return items.map((item, i) => {
    const bare = item.trim().replace(/[.,;]+$/, '');
    return `- ${bare}${i === items.length - 1 ? '.' : ','}`;
  });
}

/** Reads the signature image; null when it cannot be read (the caller reports it). */
export async function readSignatureImage(file: string | undefined): Promise<{ data: Buffer; type: 'png' | 'jpg' } | null> {
  if (!file) return null;
  const type = extname(file).toLowerCase() === '.png' ? 'png' : 'jpg';
  try {
    return { data: await readFile(file), type };
  } catch {
    return null;
  }
}

/**
 * The borderless table that ends the document: "Nơi nhận:" and its items on the left; the
 * authority, title, room for signature and seal (or the image), and the name on the right.
 */
export function signatureBlock(
  recipients: readonly string[],
  signer: Signer,
  image: { data: Buffer; type: 'png' | 'jpg' } | null,
  settings: ReportSettings,
  wording: ReportWording,
): Table {
  const party = settings.profile === 'party';
  const total = textWidth(settings);
  const leftWidth = Math.round(total * 0.45);
  const left = [
    party
      ? line(wording.recipientsLabel, { size: 14, underline: true, align: 'left' })
      : line(wording.recipientsLabel, { size: 12, bold: true, italics: true, align: 'left' }),
    ...recipientLines(recipients).map((r) => line(r, { size: party ? 12 : 11, align: 'left' })),
  ];
  const right: Paragraph[] = [];
  if (signer.authority) right.push(line(upper(signer.authority), { size: 14, bold: true }));
  right.push(line(upper(signer.title), { size: 14, bold: !party || !signer.authority || settings.signatureTitleBold }));
  if (image) {
    right.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 120, after: 120 },
        children: [new ImageRun({ type: image.type, data: image.data, transformation: { width: 150, height: 75 } })],
      }),
    );
  } else {
    for (let i = 0; i < settings.signatureBlankLines; i++) right.push(line('', { size: 14 }));
  }
  right.push(line(signer.name, { size: 14, bold: true }));
  return borderlessTwoColumns([leftWidth, total - leftWidth], left, right);
}
