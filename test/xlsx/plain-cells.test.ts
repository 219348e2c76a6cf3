import { describe, expect, it } from 'vitest';
import { readPlainCells, readPlainStrings } from '../../src/xlsx/plain-cells.ts';

const sheet = (rows: string) => `<?xml version="1.0"?>\n<worksheet><cols><col min="1" max="2"/></cols><sheetData>${rows}</sheetData><mergeCells count="0"/></worksheet>`;
const sst = (items: string) => `<?xml version="1.0"?>\n<sst count="2" uniqueCount="2">${items}</sst>`;

describe('plain cell reader', () => {
  it('rows and cells as baocao and Excel write them → each cell with its column, style, type, value and formula, decoded', () => {
    const xml = sheet(
      '<row r="2" s="4" customFormat="1" x14ac:dyDescent="0.25"><c r="A2" s="3" t="s"><v>7</v></c><c r="B2" s="5"/><c r="C2"><f>IF(B2&gt;0,&quot;có&quot;,&quot;&quot;)</f><v>0</v></c><c r="AB2" t="str"><v>Hội &amp; Đoàn</v></c></row><row r="5"/>',
    );
    const got = readPlainCells(xml)!;
    expect(xml.slice(got.start, got.stop)).toMatch(/^<sheetData>.*<\/sheetData>$/);
    expect(got.rows).toEqual([
      {
        r: 2,
        s: 4,
        cells: [
          { col: 1, address: 'A2', s: 3, t: 's', v: '7', f: undefined },
          { col: 2, address: 'B2', s: 5, t: undefined, v: undefined, f: undefined },
          { col: 3, address: 'C2', s: 0, t: undefined, v: '0', f: 'IF(B2>0,"có","")' },
          { col: 28, address: 'AB2', s: 0, t: 'str', v: 'Hội & Đoàn', f: undefined },
        ],
      },
      { r: 5, s: 0, cells: [] },
    ]);
  });

  const walked: Array<[string, string]> = [
    ['an inline string', '<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>'],
    ['a shared formula', '<row r="1"><c r="A1"><f t="shared" ref="A1:A3" si="0">B1</f><v>1</v></c></row>'],
    ['whitespace between cells', '<row r="1"><c r="A1"><v>1</v></c>\n<c r="B1"><v>2</v></c></row>'],
    ['attributes in another order', '<row r="1"><c s="1" r="A1"><v>1</v></c></row>'],
    ['a cell outside its row', '<row r="1"><c r="A2"><v>1</v></c></row>'],
    ['cells out of column order', '<row r="1"><c r="B1"><v>1</v></c><c r="A1"><v>2</v></c></row>'],
    ['a row repeated', '<row r="1"/><row r="1"/>'],
    ['a row without its number', '<row spans="1:2"/>'],
    ['a carriage return in a value', '<row r="1"><c r="A1" t="str"><v>a\r\nb</v></c></row>'],
  ];
  for (const [name, rows] of walked) {
    it(`${name} → left to the walk (null)`, () => {
      expect(readPlainCells(sheet(rows))).toBeNull();
    });
  }
});

describe('plain shared-string reader', () => {
  it('strings in one <t> each → their texts, decoded, and where they are', () => {
    const xml = sst('<si><t>Ủy ban &amp; Mặt trận</t></si><si><t xml:space="preserve"> hai </t></si><si><t></t></si>');
    const got = readPlainStrings(xml)!;
    expect(got.texts).toEqual(['Ủy ban & Mặt trận', ' hai ', '']);
    expect(xml.slice(0, got.start) + xml.slice(got.stop)).toBe('<?xml version="1.0"?>\n<sst count="2" uniqueCount="2"></sst>');
  });

  for (const [name, items] of [
    ['rich text runs', '<si><r><t>a</t></r></si>'],
    ['a phonetic part', '<si><t>a</t><rPh sb="0" eb="1"><t>b</t></rPh></si>'],
    ['an empty <t/>', '<si><t/></si>'],
    ['a carriage return', '<si><t>a\r\nb</t></si>'],
  ] as const) {
    it(`${name} → left to the walk (null)`, () => {
      expect(readPlainStrings(sst(items))).toBeNull();
    });
  }
});
