import { describe, expect, it } from 'vitest';
import { cleanText, matchKey } from '../../src/vi/text.ts';

describe('cleanText', () => {
  it.each([
    ['already clean, NFC', 'Hội viên mới', 'Hội viên mới'],
    ['NFD → NFC', 'Ho\u0323\u0302i vie\u0302n', 'Hội viên'],
    ['no-break and thin spaces → space', 'Hội\u00A0viên\u202Fmới', 'Hội viên mới'],
    ['tab → space', 'a\tb', 'a b'],
    ['zero-width and BOM removed', '\uFEFFHội\u200B viên', 'Hội viên'],
    ['en dash and minus → hyphen', '15 – 20 \u2212 1', '15 - 20 - 1'],
    ['double spaces collapsed', 'Hội  viên   mới', 'Hội viên mới'],
    ['leading and trailing spaces', '  Hội viên ', 'Hội viên'],
    ['CRLF → LF, lines trimmed', 'Dòng 1 \r\n  Dòng 2', 'Dòng 1\nDòng 2'],
    ['blank line kept inside', 'a\n\nb', 'a\n\nb'],
    ['line break at the end dropped', 'a\n', 'a'],
    ['ideographic space at a line end trimmed', 'a\u3000\nb', 'a\nb'],
    ['empty', '', ''],
  ])('%s', (_, input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });
});

describe('matchKey', () => {
  it('old and new tone placement, case and spacing give one key', () => {
    expect(matchKey('Hoà  giải  THUỶ')).toBe(matchKey('hòa giải thủy'));
    expect(matchKey('Hòa giải')).toBe('hòa giải');
  });
  it('different words stay different', () => {
    expect(matchKey('Hội viên')).not.toBe(matchKey('Hội viện'));
  });
});
