/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet (digits and
 * upper-case letters without I, O, Z, S, V); the last one is a check character over the first 17
 * (weights 3^i mod 31, check = 31 − Σ mod 31, 31 written as 0).
 */
const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character of the first 17 characters, or null when one is outside the alphabet. */
export function creditCodeCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = alphabet.indexOf(first17[i] as string);
    if (value < 0) return null;
    sum += value * (weights[i] as number);
  }
  const check = (31 - (sum % 31)) % 31;
  return alphabet[check] as string;
}

/** True when the code has the right shape and its check character matches. */
export function isValidCreditCode(code: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return false;
  return creditCodeCheckChar(code.slice(0, 17)) === code[17];
}
