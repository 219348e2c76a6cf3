/**
 * Text of a .docx through mammoth's document model (never Word XML by hand). Unlike mammoth's
 * raw-text export, it keeps Word's automatic list numbering: an auto-numbered paragraph gets
 * the number Word would show ("3. ", "2.1. "), an auto-bulleted one "- " or "+ ".
 */
import { z } from 'zod';
import type { DocxElement } from '../../model/plan-import.ts';
import { classify } from './outline.ts';
import { taskTableLines } from './task-table.ts';

const DocxElementSchema: z.ZodType<DocxElement> = z.lazy(() =>
  z.looseObject({
    type: z.string(),
    value: z.string().optional(),
    children: z.array(DocxElementSchema).optional(),
    numbering: z.looseObject({ isOrdered: z.boolean(), level: z.string() }).nullish(),
    colSpan: z.number().int().min(1).optional(),
    rowSpan: z.number().int().min(1).optional(),
  }),
);

/** One line per paragraph (table cells included), auto-numbers written out. */
export async function docxText(buffer: Buffer): Promise<string> {
  // Loaded when a .docx plan is imported, not by every module that reaches the plan's index
  // (the ingest workers, every CLI command).
  const { default: mammoth } = await import('mammoth');
  let captured: unknown;
  await mammoth.convertToHtml({ buffer }, {
    transformDocument: (document: unknown) => {
      captured = document;
      return document;
    },
  });
  const lines: string[] = [];
  walk(DocxElementSchema.parse(captured), lines, { counters: [] });
  return lines.join('\n');
}

/** Open list counters per level; the level of the open first-rank bullet ("- "), deeper ones are "+ ". */
function walk(element: DocxElement, lines: string[], state: { counters: number[]; bullet?: number | undefined }): void {
  if (element.type === 'table') {
    const table = taskTableLines(tableGrid(element));
    if (table) {
      lines.push(...table);
      return;
    }
  }
  if (element.type !== 'paragraph') {
    for (const child of element.children ?? []) walk(child, lines, state);
    return;
  }
  const { counters } = state;
  const text = textOf(element);
  const numbering = element.numbering;
  if (!numbering) {
    // A new section or part starts a new list, as Word's separate lists do.
    const kind = classify({ text: text.trim(), line: 0 }).kind;
    if (kind === 'section' || kind === 'part') {
      counters.length = 0;
      state.bullet = undefined;
    }
    lines.push(text);
    return;
  }
  const level = Math.max(0, Number(numbering.level) || 0);
  if (!numbering.isOrdered) {
    const deeper = state.bullet !== undefined && level > state.bullet;
    if (!deeper) state.bullet = level;
    lines.push(`${deeper ? '+' : '-'} ${text}`);
    return;
  }
  state.bullet = undefined;
  counters[level] = (counters[level] ?? 0) + 1;
  counters.length = level + 1;
  const number = Array.from({ length: level + 1 }, (_, i) => counters[i] ?? 1).join('.');
  lines.push(`${number}. ${text}`);
}

/**
 * The table as a grid of cell texts, merged cells expanded: a cell merged down (mammoth drops
 * the covered cells and sets rowSpan) repeats its text in the rows it covers — the same unit
 * or deadline for several tasks — and a cell merged across leaves the covered columns empty.
 */
function tableGrid(table: DocxElement): string[][] {
  const grid: string[][] = [];
  const carried: Array<{ text: string; rows: number } | undefined> = [];
  for (const row of (table.children ?? []).filter((r) => r.type === 'tableRow')) {
    const out: string[] = [];
    const take = () => {
      for (let c = carried[out.length]; c && c.rows > 0; c = carried[out.length]) {
        out.push(c.text);
        c.rows -= 1;
      }
    };
    for (const cell of (row.children ?? []).filter((c) => c.type === 'tableCell')) {
      take();
      const text = cellText(cell);
      const span = cell.colSpan ?? 1;
      if ((cell.rowSpan ?? 1) > 1) carried[out.length] = { text, rows: (cell.rowSpan ?? 1) - 1 };
      out.push(text, ...Array.from({ length: span - 1 }, () => ''));
    }
    take();
    grid.push(out);
  }
  return grid;
}

/** A cell's paragraphs, one per line. */
function cellText(cell: DocxElement): string {
  const paragraphs: string[] = [];
  const visit = (e: DocxElement) => {
    if (e.type === 'paragraph') paragraphs.push(textOf(e).trim());
    else for (const c of e.children ?? []) visit(c);
  };
  visit(cell);
  return paragraphs.filter(Boolean).join('\n');
}

function textOf(element: DocxElement): string {
  if (element.type === 'text') return element.value ?? '';
  if (element.type === 'tab') return '\t';
  if (element.type === 'break') return '\n';
  return (element.children ?? []).map(textOf).join('');
}
