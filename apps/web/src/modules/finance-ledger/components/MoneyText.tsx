import type { CSSProperties } from 'react';
import { formatMoney, isNegativeAmount } from '../money.ts';

interface Props {
  value: string | null | undefined;
  /** Zero shows as blank, as on a paper voucher's empty side. */
  blankZero?: boolean;
  strong?: boolean;
  style?: CSSProperties;
  testId?: string;
}

/** An amount: 2 decimals, thousands separators, red ink when negative (红字). */
export function MoneyText({ value, blankZero, strong, style, testId }: Props) {
  const text = formatMoney(value);
  if (blankZero && (text === '0.00' || text === '')) return <span data-testid={testId} />;
  return (
    <span
      className={isNegativeAmount(value) ? 'fl-red-ink' : undefined}
      style={{ color: isNegativeAmount(value) ? '#cf1322' : undefined, fontWeight: strong ? 600 : undefined, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap', ...style }}
      data-testid={testId}
    >
      {text}
    </span>
  );
}
