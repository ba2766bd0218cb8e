import { describe, expect, it } from 'vitest';
import { creditCodeCheckChar, isValidCreditCode } from '../domain/credit-code.ts';

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it('accepts published codes, whose last character is the check character', () => {
    for (const code of ['91350100M000100Y43', '91440300708461136T', '91110000802100433B', '91310000MA1FL4CR4X']) {
      expect(isValidCreditCode(code)).toBe(true);
    }
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
  });

  it('refuses a wrong check character, a wrong length and letters outside the alphabet', () => {
    expect(isValidCreditCode('91350100M000100Y44')).toBe(false);
    expect(isValidCreditCode('91350100M000100Y4')).toBe(false);
    expect(isValidCreditCode('91350100M000100Y433')).toBe(false);
    // I, O, Z, S and V are not used, so they cannot be mistaken for 1, 0, 2, 5 and U.
    expect(isValidCreditCode('91350100M000I00Y43')).toBe(false);
    expect(isValidCreditCode('91350100m000100y43')).toBe(false);
  });

  it('detects every single-character typo of a valid code', () => {
    const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    const valid = '91440300708461136T';
    for (let i = 0; i < 17; i++) {
      for (const c of alphabet) {
        if (c === valid[i]) continue;
        expect(isValidCreditCode(valid.slice(0, i) + c + valid.slice(i + 1))).toBe(false);
      }
    }
  });
});
