import type { CSSProperties } from 'react';
import { fenOf, formatMoney } from '../decimal.ts';

const base: CSSProperties = { display: 'block', textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' };

/** A money cell: 2 decimals, thousands separators, right-aligned; negatives in red. */
export function Money({ value, strong, testId }: { value: string | bigint | null | undefined; strong?: boolean; testId?: string }) {
  const negative = typeof value === 'bigint' ? value < 0n : fenOf(value) < 0n;
  return (
    <span style={{ ...base, color: negative ? '#cf1322' : undefined, fontWeight: strong ? 600 : undefined }} data-testid={testId}>
      {formatMoney(value ?? '0')}
    </span>
  );
}
