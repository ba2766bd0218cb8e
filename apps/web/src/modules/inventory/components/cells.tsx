import type { CSSProperties } from 'react';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { costText, moneyText, qtyText, signOf } from '../numbers.ts';
import type { StockMoveKind, StockRow } from '../api.ts';

const right: CSSProperties = { display: 'block', textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' };

/** A right-aligned quantity; negatives in red, optionally with a + on gains. */
export function Qty({ value, signed, muted, testId }: { value: string | null | undefined; signed?: boolean; muted?: boolean; testId?: string }) {
  const sign = signOf(value);
  const color = sign < 0 ? '#cf1322' : signed && sign > 0 ? '#389e0d' : muted ? 'rgba(0,0,0,0.45)' : undefined;
  return <span style={{ ...right, color }} data-testid={testId}>{value === null || value === undefined ? '-' : `${signed && sign > 0 ? '+' : ''}${qtyText(value)}`}</span>;
}

export function Amount({ value, testId }: { value: string | null | undefined; testId?: string }) {
  return <span style={{ ...right, color: signOf(value) < 0 ? '#cf1322' : undefined }} data-testid={testId}>{value === null || value === undefined ? '-' : moneyText(value)}</span>;
}

export function Cost({ value }: { value: string | null | undefined }) {
  return <span style={right}>{value === null || value === undefined ? '-' : costText(value)}</span>;
}

export type StockStatus = 'negative' | 'out' | 'low' | 'ok';

/** 负库存 (an item allowed below zero), 缺货 (nothing available), 低于再订货点, 正常. */
export function stockStatus(row: Pick<StockRow, 'onHand' | 'available' | 'low'>): StockStatus {
  if (signOf(row.onHand) < 0) return 'negative';
  if (signOf(row.available) <= 0) return 'out';
  if (row.low) return 'low';
  return 'ok';
}

const statusColors: Record<StockStatus, string> = { negative: 'magenta', out: 'red', low: 'orange', ok: 'green' };

export function StockStatusTag({ row }: { row: Pick<StockRow, 'onHand' | 'available' | 'low'> }) {
  const { t } = useTranslation();
  const status = stockStatus(row);
  return <Tag color={statusColors[status]}>{t(`inventory.status.${status}`)}</Tag>;
}

const kindColors: Record<StockMoveKind, string> = { receipt: 'green', issue: 'volcano', transfer: 'blue', adjustment: 'gold', count: 'purple' };

export function MoveKindTag({ kind }: { kind: StockMoveKind }) {
  const { t } = useTranslation();
  return <Tag color={kindColors[kind]}>{t(`inventory.kinds.${kind}`)}</Tag>;
}
