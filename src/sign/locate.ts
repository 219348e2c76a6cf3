import type { PDF, PDFPage } from '@libpdf/core';
import type { Box } from '../model/sign.ts';

/** Where the signature block is on the page: the title line, the name below it, the free room between. */
export interface SignatureBlock {
  pageIndex: number;
  title: Box;
  /** The first text below the title in its column (the signer's name), or null. */
  name: Box | null;
  /** The free area between title and name, as wide as the column. */
  room: Box;
  /** Every visible character on the page, to keep the marks off the text. */
  text: Box[];
}

/** Boxes of every non-blank character of a page (a line's box would span the gap between two columns). */
export function characterBoxes(page: PDFPage): Box[] {
  const boxes: Box[] = [];
  for (const line of page.extractText().lines) {
    for (const span of line.spans) {
      for (const c of span.chars) if (c.char.trim() !== '') boxes.push(c.bbox);
    }
  }
  return boxes;
}

const NAME_ROOM_DEFAULT = 70;

/**
 * Finds the signature block by its title line ("PHÓ TRƯỞNG BAN"), last occurrence first, as the
 * report's signature table writes it: authority, title, room for signature and seal, name.
 */
export function findSignatureBlock(pdf: PDF, title: string): SignatureBlock | null {
  const wanted = title.normalize('NFC').toLocaleUpperCase('vi').trim();
  const pages = pdf.getPages();
  for (let i = pages.length - 1; i >= 0; i--) {
    const page = pages[i] as PDFPage;
    const matches = page.findText(wanted);
    const match = matches.at(-1);
    if (!match) continue;
    const t = match.bbox;
    const text = characterBoxes(page);
    const left = t.x - 60;
    const right = t.x + t.width + 60;
    const below = text.filter((b) => b.y + b.height <= t.y + 0.5 && b.x + b.width / 2 >= left && b.x + b.width / 2 <= right);
    const nameTop = below.length > 0 ? Math.max(...below.map((b) => b.y + b.height)) : null;
    const name = nameTop === null ? null : nameLine(below, nameTop);
    const bottom = nameTop ?? t.y - NAME_ROOM_DEFAULT;
    const columnLeft = Math.min(t.x, name?.x ?? t.x);
    const columnRight = Math.max(t.x + t.width, name ? name.x + name.width : 0);
    return {
      pageIndex: i,
      title: t,
      name,
      room: { x: columnLeft, y: bottom, width: columnRight - columnLeft, height: Math.max(0, t.y - bottom) },
      text,
    };
  }
  return null;
}

/** The box around the characters of the name line (those within a line's height of its top). */
function nameLine(below: Box[], top: number): Box {
  const chars = below.filter((b) => b.y + b.height >= top - 2);
  const x = Math.min(...chars.map((b) => b.x));
  const y = Math.min(...chars.map((b) => b.y));
  return { x, y, width: Math.max(...chars.map((b) => b.x + b.width)) - x, height: top - y };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
