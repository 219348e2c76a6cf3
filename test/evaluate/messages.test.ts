import { describe, expect, it } from 'vitest';
import { EVALUATE_CODES } from '../../src/model/codes/evaluate.ts';
import { makeFinding } from '../../src/vi/messages/index.ts';

describe('evaluate messages', () => {
  it('every evaluate code with its usual arguments → NFC text without "undefined"', () => {
    const at = { org: 'HCCB', targetId: 'HCCB-6-t1', taskId: 'HCCB-6', period: '2024-Q2', actual: '310', expected: '300' };
    const args = { quarter: 'Quý II năm 2024', previous: '320', previousQuarter: 'Quý I năm 2024', fromQuarter: 'Quý I năm 2024' };
    for (const code of Object.keys(EVALUATE_CODES) as Array<keyof typeof EVALUATE_CODES>) {
      for (const extra of [{}, { noReport: 'yes' }]) {
        const f = makeFinding(code, at, { ...args, ...extra });
        expect(f.severity).toBe(EVALUATE_CODES[code]);
        expect(`${f.message} ${f.hint ?? ''}`).not.toMatch(/undefined|null|NaN/);
        expect(f.message).toBe(f.message.normalize('NFC'));
      }
    }
  });
});
