import { describe, expect, it } from 'vitest';
import { decodeLegacy, decodeVni } from '../../src/ingest/index.ts';

describe('legacy encodings', () => {
  it('TCVN3 text with a .VnTime font → Unicode', () => {
    expect(decodeLegacy('KÕt qu¶ thùc hiÖn nhiÖm vô', '.VnTime')).toEqual({ text: 'Kết quả thực hiện nhiệm vụ', encoding: 'TCVN3' });
  });

  it('TCVN3 "ư" (byte 0xAD, the soft hyphen) survives decoding', () => {
    expect(decodeLegacy('\u00ADu tiªn', '.VnTime')?.text).toBe('ưu tiên');
  });

  it('.VnTimeH capital font → upper-cased after decoding', () => {
    expect(decodeLegacy('§¬n vÞ b¸o c¸o', '.VnTimeH')?.text).toBe('ĐƠN VỊ BÁO CÁO');
  });

  it('TCVN3 without a font name → detected by its characters', () => {
    expect(decodeLegacy('§¬n vÞ b¸o c¸o', 'Arial')?.text).toBe('Đơn vị báo cáo');
  });

  it('VNI text with a VNI-Times font → Unicode', () => {
    expect(decodeLegacy('Hoäi Phuï nöõ tænh; Ñoaøn Thanh nieân', 'VNI-Times')).toEqual({ text: 'Hội Phụ nữ tỉnh; Đoàn Thanh niên', encoding: 'VNI' });
    expect(decodeVni('Cöïu chieán binh taêng cöôøng')).toBe('Cựu chiến binh tăng cường');
  });

  it.each([['Kết quả thực hiện', 'Times New Roman'], ['Café à la carte', undefined], ['100%', '.VnTime']])('Unicode or plain text %j → left alone', (t, font) => {
    expect(decodeLegacy(t, font)).toBeNull();
  });
});
