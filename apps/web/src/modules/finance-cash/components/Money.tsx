import type { CSSProperties } from 'react';
import { fenOf, formatMoney } from '../money.ts';

interface Props {
  value: string | null | undefined;
  /** Draw attention (e.g. over-90-day balances). */
  danger?: boolean;
  strong?: boolean;
  /** Leave zero as a dash, as accountants do in wide tables. */
  dashZero?: boolean;
  testId?: string;
}

const base: CSSProperties = { display: 'block', textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' };

/** A money cell: 2 decimals, thousands separators, right-aligned; negatives in red. */
export function Money({ value, danger, strong, dashZero, testId }: Props) {
  const zero = fenOf(value) === 0n;
  const negative = fenOf(value) < 0n;
  const style: CSSProperties = { ...base, color: danger || negative ? '#cf1322' : undefined, fontWeight: strong ? 600 : undefined };
  return <span style={style} data-testid={testId}>{dashZero && zero ? '-' : formatMoney(value ?? '0')}</span>;
}
