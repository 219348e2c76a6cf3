// The plain scanner and the plain cell readers against saxes on thousands of small edits of a real
// form's parts (seeded, so a failure repeats): each edited part is either read exactly as saxes
// reads it, or left to saxes — never read differently, never accepted when saxes refuses it.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseSharedStrings, parseStyles } from '../../src/xlsx/form-parts.ts';
import { parseSheet } from '../../src/xlsx/form-sheet.ts';
import { saxesWalk, withSaxes } from '../../src/xlsx/form-xml.ts';
import { PlainXmlOnly, plainWalk } from '../../src/xlsx/plain-xml.ts';
import { snapshot } from './snapshot.ts';
import { rng as random } from '../../bench/population.ts';
import { walkEvents } from './walk-events.ts';

const SAMPLES = join(import.meta.dirname, '../../samples/filled');

/** An edit that writes `text` at the place chosen. */
const insert =
  (text: string) =>
  (x: string, at: number): string =>
    x.slice(0, at) + text + x.slice(at);

/** What hand edits, scripts and other writers do to XML, one at a time, somewhere in the text. */
const EDITS: ReadonlyArray<(xml: string, at: number) => string> = [
  insert('<!-- ghi chú -->'),
  insert('<![CDATA[a & b]]>'),
  insert('&amp;'),
  insert('&nbsp;'),
  insert('&#x1EA1;'),
  insert('\r\n'),
  insert(' '),
  insert('\t'),
  (x, at) => x.slice(0, at) + x.slice(at + 1),
  insert('<'),
  insert('>'),
  insert('"'),
  insert("'"),
  insert('/'),
  insert('='),
  insert('\u0001'),
  insert('Ủy ban'),
  insert('<x a="1"/>'),
  insert('</x>'),
  (x) => x.replace(/"/, "'"),
];


/** Saxes's events, or 'broken' when saxes refuses the text. */
function bySaxes(xml: string): unknown[] | 'broken' {
  try {
    return walkEvents(saxesWalk, xml);
  } catch {
    return 'broken';
  }
}

const parts: Record<'sheet' | 'strings' | 'styles', string> = { sheet: '', strings: '', styles: '' };

beforeAll(async () => {
  const file = readdirSync(SAMPLES).filter((f) => f.endsWith('.xlsx')).sort()[0]!;
  const zip = await JSZip.loadAsync(readFileSync(join(SAMPLES, file)));
  parts.sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  parts.strings = await zip.file('xl/sharedStrings.xml')!.async('string');
  parts.styles = await zip.file('xl/styles.xml')!.async('string');
});

describe('plain XML scanner against saxes, on edited parts of a real form', () => {
  it('3,000 edits of a sheet, the shared strings and the styles → the same events as saxes, or left to saxes; never accepted where saxes refuses', () => {
    const next = random(20261204);
    let same = 0;
    let left = 0;
    for (let i = 0; i < 3000; i++) {
      const source = [parts.sheet, parts.strings, parts.styles][i % 3]!;
      const edit = EDITS[Math.floor(next() * EDITS.length)]!;
      const xml = edit(source, Math.floor(next() * source.length));
      const reference = bySaxes(xml);
      let plain: unknown[];
      try {
        plain = walkEvents(plainWalk, xml);
      } catch (error) {
        expect(error, `edit ${i}`).toBeInstanceOf(PlainXmlOnly);
        left++;
        continue;
      }
      expect(plain, `edit ${i}: ${JSON.stringify(xml.slice(0, 80))}`).toEqual(reference);
      same++;
    }
    // Both outcomes occur: the scanner reads what is plain and leaves the rest.
    expect(same).toBeGreaterThan(300);
    expect(left).toBeGreaterThan(300);
  });

  it('1,000 edits of the report sheet and the shared strings → the plain cell and string readers read what the walk reads, or leave the part', () => {
    const next = random(4);
    const styles = parseStyles(parts.styles);
    const strings = parseSharedStrings(parts.strings, { plainStrings: false });
    /** A part read as the reader reads it: the plain scanner, or saxes when it gives up; 'broken' when neither reads it. */
    const read = <T>(xml: string, fn: (x: string) => T): T | 'broken' => {
      try {
        try {
          return fn(xml);
        } catch (error) {
          if (error instanceof PlainXmlOnly) return withSaxes(() => fn(xml));
          throw error;
        }
      } catch {
        return 'broken';
      }
    };
    let compared = 0;
    for (let i = 0; i < 1000; i++) {
      const edit = EDITS[Math.floor(next() * EDITS.length)]!;
      if (i % 2 === 0) {
        const xml = edit(parts.sheet, Math.floor(next() * parts.sheet.length));
        const sheet = (plainCells: boolean) => {
          const s = read(xml, (x) => parseSheet('Báo cáo', x, styles, strings, false, { plainCells }));
          return s === 'broken' ? s : snapshot({ worksheets: [s], getWorksheet: () => s });
        };
        const walked = sheet(false);
        expect(sheet(true), `edit ${i}`).toEqual(walked);
        if (walked !== 'broken') compared++;
      } else {
        const xml = edit(parts.strings, Math.floor(next() * parts.strings.length));
        expect(read(xml, (x) => parseSharedStrings(x)), `edit ${i}`).toEqual(read(xml, (x) => parseSharedStrings(x, { plainStrings: false })));
      }
    }
    expect(compared).toBeGreaterThan(100);
  });
});
