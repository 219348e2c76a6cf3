/**
 * Test helper: a .docx with the same content as a text fixture, the way an office's Word file
 * holds it — "| … |" rows as a real Word table, "*…*" as italic and "**…**" as bold runs, every
 * other line a paragraph. Written with the `docx` library.
 */
import { writeFileSync } from 'node:fs';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

function runs(line: string): TextRun[] {
  const out: TextRun[] = [];
  for (const m of line.matchAll(/\*\*([^*]+)\*\*|\*([^*]+)\*|([^*]+)/gu)) {
    if (m[1]) out.push(new TextRun({ text: m[1], bold: true }));
    else if (m[2]) out.push(new TextRun({ text: m[2], italics: true }));
    else if (m[3]) out.push(new TextRun(m[3]));
  }
  return out;
}

export async function writeFixtureDocx(text: string, file: string): Promise<void> {
  const children: Array<Paragraph | Table> = [];
  let rows: string[][] = [];
  const flush = () => {
    if (rows.length === 0) return;
    children.push(new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: rows.map((cells, i) => new TableRow({
        tableHeader: i === 0,
        children: cells.map((c) => new TableCell({ children: [new Paragraph({ children: runs(c) })] })),
      })),
    }));
    rows = [];
  };
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (/^\|.*\|$/u.test(t)) {
      const cells = t.slice(1, -1).split('|').map((c) => c.trim());
      if (!cells.every((c) => /^-{2,}$/u.test(c))) rows.push(cells);
      continue;
    }
    flush();
    if (t !== '') children.push(new Paragraph({ children: runs(t) }));
  }
  flush();
  writeFileSync(file, await Packer.toBuffer(new Document({ sections: [{ children }] })));
}
