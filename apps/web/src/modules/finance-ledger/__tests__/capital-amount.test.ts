import { describe, expect, it } from 'vitest';
import { toCapitalAmount } from '../capital-amount.ts';

describe('toCapitalAmount (大写金额)', () => {
  it.each([
    ['0', '零元整'],
    ['0.00', '零元整'],
    ['500.00', '伍佰元整'],
    ['10', '壹拾元整'],
    ['1680.32', '壹仟陆佰捌拾元叁角贰分'],
    ['100.05', '壹佰元零伍分'],
    ['0.05', '伍分'],
    ['0.50', '伍角整'],
    ['1005', '壹仟零伍元整'],
    ['10050', '壹万零伍拾元整'],
    ['100000', '壹拾万元整'],
    ['1000001', '壹佰万零壹元整'],
    ['100010000', '壹亿零壹万元整'],
    ['100000000', '壹亿元整'],
    ['123456789.12', '壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元壹角贰分'],
    ['1,234.50', '壹仟贰佰叁拾肆元伍角整'],
  ])('%s → %s', (input, expected) => {
    expect(toCapitalAmount(input)).toBe(expected);
  });

  it('prefixes red-ink amounts with 负', () => {
    expect(toCapitalAmount('-500.00')).toBe('负伍佰元整');
    expect(toCapitalAmount(-50n)).toBe('负伍角整');
  });

  it('returns an empty string for text that is not an amount', () => {
    expect(toCapitalAmount('abc')).toBe('');
    expect(toCapitalAmount('1.234')).toBe('');
    expect(toCapitalAmount(null)).toBe('');
  });
});
