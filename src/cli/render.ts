import { styleText } from 'node:util';
import type { Finding } from '../model/finding.ts';
import { describeLocation, formatPath } from '../vi/messages/index.ts';
import { SEVERITY_LABEL } from '../vi/labels.ts';
import { compareVi } from '../vi/text.ts';

type Colour = 'red' | 'yellow' | 'green' | 'cyan' | 'gray' | 'bold';

/** Colours only on a terminal. */
export function paint(isTTY: boolean, colour: Colour, text: string): string {
  return isTTY ? styleText(colour, text) : text;
}

const SEVERITY_COLOUR = { error: 'red', warning: 'yellow', info: 'cyan' } as const;

/** One line per finding: "Lỗi  trang "Báo cáo", ô F12: … (gợi ý: …)". */
export function renderFinding(f: Finding, isTTY: boolean, withFile = true): string {
  const where = describeLocation(withFile ? f : { ...f, file: undefined });
  const label = paint(isTTY, SEVERITY_COLOUR[f.severity], SEVERITY_LABEL[f.severity].padEnd(10));
  const hint = f.hint ? paint(isTTY, 'gray', ` → ${f.hint}`) : '';
  return `  ${label}${where ? `${where}: ` : ''}${f.message}${hint} [${f.code}]`;
}

/** Findings grouped by file, files in Vietnamese order, errors before warnings. */
export function renderFindings(findings: readonly Finding[], isTTY: boolean): string {
  const order = { error: 0, warning: 1, info: 2 } as const;
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = f.file ?? '';
    byFile.set(key, [...(byFile.get(key) ?? []), f]);
  }
  const lines: string[] = [];
  for (const file of [...byFile.keys()].sort(compareVi)) {
    if (file) lines.push(paint(isTTY, 'bold', file));
    const group = (byFile.get(file) ?? []).sort((a, b) => order[a.severity] - order[b.severity]);
    for (const f of group) lines.push(renderFinding(f, isTTY, false));
  }
  return lines.join('\n');
}

/** Pads to a visible width (NFC text: one code point per letter). */
export function pad(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const t = [...text].length > width ? `${[...text].slice(0, Math.max(0, width - 1)).join('')}…` : text;
  const fill = ' '.repeat(Math.max(0, width - [...t].length));
  return align === 'left' ? t + fill : fill + t;
}

/** A plan finding as the JSON of `plan check` / `plan import` prints it: path as "targets[3].value". */
export function planFindingJson(f: Finding): { code: string; severity: string; message: string; path: string | null; line?: number } {
  return {
    code: f.code,
    severity: f.severity,
    message: f.message,
    path: f.path && f.path.length > 0 ? formatPath(f.path) : null,
    ...(f.line !== undefined ? { line: f.line } : {}),
  };
}
