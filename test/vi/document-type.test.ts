import { describe, expect, it } from 'vitest';
import { documentType, taskDetailsLine } from '../../src/vi/plan-text.ts';

describe('documentType: the kind of document cited in "Theo … số …"', () => {
  it('symbol -QĐ/, -KH/, -CV/, -CTr/ → Quyết định, Kế hoạch, Công văn, Chương trình', () => {
    expect(documentType({ number: '1388-QĐ/TU' })).toBe('Quyết định');
    expect(documentType({ number: '62-KH/BDVTU' })).toBe('Kế hoạch');
    expect(documentType({ number: '2078-CV/ĐUK' })).toBe('Công văn');
    expect(documentType({ number: '05-CTr/TU' })).toBe('Chương trình');
  });
  it('no symbol ("chưa rõ số") → from the title; nothing → Quyết định', () => {
    expect(documentType({ number: 'chưa rõ số', title: 'Chương trình hành động CỦA BAN CHẤP HÀNH …' })).toBe('Chương trình hành động');
    expect(documentType({ number: 'chưa rõ số' })).toBe('Quyết định');
  });
});

describe('taskDetailsLine', () => {
  it('nothing to say → undefined; a deadline without timeline → "hạn hoàn thành" in Vietnamese date style', () => {
    expect(taskDetailsLine({})).toBeUndefined();
    expect(taskDetailsLine({ deadline: '2024-04-05' })).toBe('(hạn hoàn thành: 05/4/2024)');
  });
});
