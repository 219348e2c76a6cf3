import { describe, expect, it } from 'vitest';
import { saxesWalk } from '../../src/xlsx/form-xml.ts';
import { PlainXmlOnly, plainWalk } from '../../src/xlsx/plain-xml.ts';
import { walkEvents } from './walk-events.ts';


const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

describe('plain XML scanner against saxes', () => {
  // Shapes spreadsheet writers produce: the scanner gives saxes's events exactly.
  const plain: Array<[string, string]> = [
    ['a sheet row as exceljs writes it', `${DECL}<worksheet xmlns="x" xmlns:r="y"><sheetData><row r="3" spans="1:4"><c r="A3" s="2" t="s"><v>7</v></c><c r="B3" s="5"/></row></sheetData></worksheet>`],
    ['Vietnamese text with the five entities and character references', '<sst><si><t xml:space="preserve">Hội &amp; Đoàn &lt;2024&gt; &quot;x&quot; &apos;y&apos; &#7841;&#x1EA1;&#x1F600;</t></si></sst>'],
    ['attributes in single quotes, spaces around =, entities in a value', "<a  x = '1'\n y=\"&amp;2\"  z='Tổng &lt; 3' />"],
    ['whitespace between tags, a closing tag with trailing space, newlines and tabs in text', '<a>\n\t<b>x\ty\nz</b >\n</a>\n'],
    ['namespace prefixes kept as written', '<x:worksheet xmlns:x="u"><x:c r="A1"/></x:worksheet>'],
    ['an empty root', '<root/>'],
  ];
  for (const [name, xml] of plain) {
    it(`${name} → saxes's events`, () => {
      expect(walkEvents(plainWalk, xml)).toEqual(walkEvents(saxesWalk, xml));
    });
  }

  it('up to an end just after a closing tag → the events up to it, as saxes gives them', () => {
    const xml = `${DECL}<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><dataValidations count="1"><dataValidation/></dataValidations></worksheet>`;
    const end = xml.indexOf('</sheetData>') + '</sheetData>'.length;
    const got = walkEvents(plainWalk, xml, end);
    expect(got).toEqual(walkEvents(saxesWalk, xml, end));
    expect(got.at(-1)).toEqual(['close', 'sheetData']);
  });

  // Everything else is left to saxes (PlainXmlOnly): what saxes would normalise, refuse or report otherwise.
  const left: Array<[string, string]> = [
    ['a comment', '<a><!-- note --><b/></a>'],
    ['CDATA', '<a><![CDATA[x & y]]></a>'],
    ['a processing instruction inside', '<a><?pi x?></a>'],
    ['a doctype', '<!DOCTYPE a><a/>'],
    ['an entity other than the five', '<a>&nbsp;</a>'],
    ['a reference to a character XML does not allow', '<a>&#1;</a>'],
    ['a carriage return in text (XML turns CR LF into LF)', '<a>x\r\ny</a>'],
    ['a newline inside an attribute value (XML turns it into a space)', '<a x="1\n2"/>'],
    ['a control character in text', '<a>x\u0001y</a>'],
    ['a byte-order mark', '\uFEFF<a/>'],
    ['a name outside ASCII', '<bảng/>'],
    ['an attribute repeated', '<a x="1" x="2"/>'],
    ['attributes without space between them', '<a x="1"y="2"/>'],
    ['an unquoted value', '<a x=1/>'],
    ['a tag closed that was not open', '<a><b></c></a>'],
    ['an element never closed', '<a><b></b>'],
    ['text outside the root', '<a/>x'],
    ['two roots', '<a/><b/>'],
    ['no root at all', DECL],
  ];
  for (const [name, xml] of left) {
    it(`${name} → left to saxes`, () => {
      expect(() => walkEvents(plainWalk, xml)).toThrow(PlainXmlOnly);
    });
  }

  it('broken XML → left to saxes, which then says what is broken', () => {
    const broken = '<a><b></c></a>';
    expect(() => walkEvents(plainWalk, broken)).toThrow(PlainXmlOnly);
    expect(() => walkEvents(saxesWalk, broken)).toThrow(/c/);
  });
});
