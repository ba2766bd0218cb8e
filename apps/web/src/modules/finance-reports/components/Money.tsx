import { formatMoney, isNegativeMoney } from './money.ts';

/** A money amount: thousands separators, 2 decimals, red when negative (alignment comes from the column). */
export function Money({ value, blankZero, strong }: { value: string | number | null | undefined; blankZero?: boolean; strong?: boolean }) {
  const text = formatMoney(value, { blankZero });
  const className = isNegativeMoney(value) ? 'fin-money fin-money-negative' : 'fin-money';
  return <span className={className} style={strong ? { fontWeight: 600 } : undefined}>{text}</span>;
}
