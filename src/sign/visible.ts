import { type EmbeddedFont, type PDF, type PDFImage, type PDFPage, rgb } from '@libpdf/core';
import type { Finding } from '../model/finding.ts';
import type { Box, SigningSettings } from '../model/sign.ts';
import { makeFinding } from '../vi/messages/index.ts';
import { SIGN_TEXT } from '../vi/sign-text.ts';
import { type SignatureBlock, characterBoxes } from './locate.ts';

const MM = 72 / 25.4;
const GAP = 2;
const TEXT_SIZE = 9;
const SEAL_RED = rgb(0.75, 0.05, 0.05);

/** What is drawn: the images (already embedded) and the organisation's signing text. */
export interface VisibleMarks {
  signature: PDFImage | null;
  seal: PDFImage | null;
  /** Organisation name and signing time, when the organisation signs. */
  orgText: { name: string; signedAt: string; font: EmbeddedFont } | null;
}

function circleHits(cx: number, cy: number, r: number, b: Box): boolean {
  const nx = Math.max(b.x, Math.min(cx, b.x + b.width));
  const ny = Math.max(b.y, Math.min(cy, b.y + b.height));
  return (cx - nx) ** 2 + (cy - ny) ** 2 < r * r;
}

/**
 * Draws the visible signature on the page content, before the first digital signature (so both
 * signatures cover it): the signer's image centred in the room between title and name, the seal
 * over the left third of it, both shrunk until they cover no text; the organisation's name and
 * signing time in the top right of the first page (or under the name).
 */
export function drawVisibleSignature(pdf: PDF, block: SignatureBlock | null, marks: VisibleMarks, settings: SigningSettings): Finding[] {
  const findings: Finding[] = [];
  if (block && (marks.signature || marks.seal)) {
    const page = pdf.getPage(block.pageIndex) as PDFPage;
    const room = block.room;
    const centreX = block.title.x + block.title.width / 2 + settings.signer.offsetMm.x * MM;
    const centreY = room.y + room.height / 2 + settings.signer.offsetMm.y * MM;
    // The signature: its width from the settings, no taller than the room.
    const aspect = marks.signature ? marks.signature.height / marks.signature.width : 0.5;
    let width = settings.signer.widthMm * MM;
    const maxHeight = Math.max(0, room.height - 2 * GAP);
    if (width * aspect > maxHeight) {
      width = maxHeight / aspect;
      if (marks.signature) findings.push(makeFinding('sign/mark-shrunk', {}, { role: 'signer', mm: Math.round(width / MM) }));
    }
    const image: Box = { x: centreX - width / 2, y: centreY - (width * aspect) / 2, width, height: width * aspect };
    if (marks.signature) page.drawImage(marks.signature, image);
    if (marks.seal) {
      // The seal covers the left third of the signature: its right edge a third into the image.
      const wanted = (settings.organization.sealMm * MM) / 2;
      const right = image.x + image.width / 3 + settings.organization.offsetMm.x * MM;
      const cy = centreY + settings.organization.offsetMm.y * MM;
      let r = wanted;
      const hits = (radius: number) => block.text.some((b) => circleHits(right - radius, cy, radius, b));
      while (r > wanted * 0.3 && hits(r)) r *= 0.95;
      if (r < wanted) findings.push(makeFinding('sign/mark-shrunk', {}, { role: 'organization', mm: Math.round((2 * r) / MM) }));
      page.drawImage(marks.seal, { x: right - 2 * r, y: cy - r, width: 2 * r, height: 2 * r });
    }
  }
  if (marks.orgText) drawOrgText(pdf, block, marks.orgText, settings);
  return findings;
}

function drawOrgText(pdf: PDF, block: SignatureBlock | null, t: NonNullable<VisibleMarks['orgText']>, settings: SigningSettings): void {
  const lines = [SIGN_TEXT.orgLine(t.name), SIGN_TEXT.timeLine(t.signedAt)];
  const width = Math.max(...lines.map((l) => t.font.widthOfTextAtSize(l, TEXT_SIZE)));
  const lineHeight = TEXT_SIZE * 1.25;
  let page: PDFPage;
  let x: number;
  let top: number;
  if (settings.organization.textAt === 'signature-block' && block) {
    page = pdf.getPage(block.pageIndex) as PDFPage;
    const under = block.name ?? block.room;
    x = under.x + under.width / 2 - width / 2;
    top = under.y - 3 * GAP;
  } else {
    // Top right of the first page: above the highest text, right-aligned with the text.
    page = pdf.getPage(0) as PDFPage;
    const text = characterBoxes(page);
    const textTop = text.length > 0 ? Math.max(...text.map((b) => b.y + b.height)) : page.height - 56;
    const textRight = text.length > 0 ? Math.max(...text.map((b) => b.x + b.width)) : page.width - 42;
    x = textRight - width;
    top = Math.min(page.height - 8, textTop + 3 * GAP + lines.length * lineHeight);
  }
  const frame: Box = { x: x - 3, y: top - lines.length * lineHeight - 2, width: width + 6, height: lines.length * lineHeight + 3 };
  page.drawRectangle({ ...frame, borderColor: SEAL_RED, borderWidth: 0.6 });
  lines.forEach((line, i) => {
    page.drawText(line, { x, y: top - (i + 1) * lineHeight + 3, font: t.font, size: TEXT_SIZE, color: SEAL_RED });
  });
}
