/**
 * A plan written as a Word table (STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp |
 * Thời gian hoàn thành | Sản phẩm): each row becomes the lines the text outline reads — a
 * numbered item, then "Đơn vị chủ trì: …; phối hợp: …; thời gian hoàn thành: …" — so a table
 * plan and a text plan go through one reader. Tables of another kind (the header table) give
 * null and are read as plain paragraphs.
 */
import { TABLE_COLUMNS } from '../../vi/import-words.ts';

type Column = keyof typeof TABLE_COLUMNS;

/** The outline lines of a task table, or null when the first rows hold no "Nội dung" + "chủ trì"/"thời gian" header. */
export function taskTableLines(rows: readonly string[][]): string[] | null {
  const headerAt = rows.findIndex((r) => columnsOf(r) !== null);
  if (headerAt < 0 || headerAt > 2) return null;
  const columns = columnsOf(rows[headerAt] as string[]) as Partial<Record<Column, number>>;
  const lines: string[] = [];
  let n = 0;
  for (const row of rows.slice(headerAt + 1)) {
    const cell = (c: Column) => (columns[c] !== undefined ? (row[columns[c] as number] ?? '').trim() : '');
    const content = cell('content').replace(/\s*\n\s*/gu, ' ');
    // A row of column numbers under the header ("(1) (2) (3)") or an empty row.
    if (!content || /^\(?\d+\)?$/u.test(content)) continue;
    const stt = cell('number').replace(/[.\s]+$/u, '');
    const others = [cell('responsible'), cell('supporting'), cell('timeline')].some(Boolean);
    if (/^[IVXL]+$/u.test(stt)) {
      // A group row ("I | CÔNG TÁC TUYÊN TRUYỀN"): a label, not a part, since tables number their rows straight through.
      lines.push(`${content.replace(/[.:]+$/u, '')}:`);
      continue;
    }
    const number = /^\d+(?:\.\d+)*$/u.test(stt) ? stt : String((n += 1));
    if (/^\d+$/u.test(number)) n = Number(number);
    lines.push(/^[-+•]$/u.test(stt) ? `${stt} ${content}` : `${number}. ${content}`);
    if (!others) continue;
    const fields = [
      cell('responsible') && `Đơn vị chủ trì: ${units(cell('responsible'))}`,
      cell('supporting') && `phối hợp: ${units(cell('supporting'))}`,
      cell('timeline') && `thời gian hoàn thành: ${cell('timeline').replace(/\s*\n\s*/gu, ' ')}`,
    ].filter(Boolean);
    lines.push(`${fields.join('; ')}.`);
  }
  return lines;
}

function units(text: string): string {
  return text.split(/\n+/u).map((u) => u.replace(/^[-+•]\s*/u, '').replace(/[,;.]+$/u, '').trim()).filter(Boolean).join(', ');
}

function columnsOf(row: readonly string[]): Partial<Record<Column, number>> | null {
  const found: Partial<Record<Column, number>> = {};
  row.forEach((text, i) => {
    const key = text.toLocaleLowerCase('vi').replace(/\s+/gu, ' ');
    for (const [column, pattern] of Object.entries(TABLE_COLUMNS) as Array<[Column, RegExp]>) {
      if (found[column] === undefined && pattern.test(key)) {
        found[column] = i;
        break;
      }
    }
  });
  return found.content !== undefined && (found.responsible !== undefined || found.timeline !== undefined) ? found : null;
}

/**
 * A task table that reached a .txt file as "| 1 | Nội dung | Cơ quan chủ trì | … |" rows (or
 * tab-separated rows): replaced by the same outline lines as a Word table gives.
 */
export function expandTextTables(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    const rowOf = (line: string): string[] | null => {
      const t = line.trim();
      if (/^\|.*\|$/u.test(t)) return t.slice(1, -1).split('|').map((c) => c.trim().replace(/<br\s*\/?>/giu, '\n'));
      if ((t.match(/\t/gu) ?? []).length >= 2) return t.split('\t').map((c) => c.trim());
      return null;
    };
    const rows: string[][] = [];
    let j = i;
    for (; j < lines.length; j += 1) {
      const row = rowOf(lines[j] as string);
      if (!row) break;
      if (!row.every((c) => /^:?-{2,}:?$/u.test(c) || c === '')) rows.push(row);
    }
    const table = rows.length > 1 ? taskTableLines(rows) : null;
    if (table) {
      out.push(...table);
      i = j;
    } else {
      out.push(lines[i] as string);
      i += 1;
    }
  }
  return out.join('\n');
}
